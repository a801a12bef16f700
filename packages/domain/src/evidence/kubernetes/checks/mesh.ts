import { defineCheck, describeObject } from "./check.ts";

/** The namespace labels that put its pods in the Istio mesh, and how each says so. */
const MESH_LABELS: readonly { label: string; matches: (value: string) => boolean; how: string }[] = [
  { label: "istio-injection", matches: (value) => value === "enabled", how: "sidecar injection" },
  { label: "istio.io/rev", matches: (value) => value !== "", how: "sidecar injection by revision" },
  { label: "istio.io/dataplane-mode", matches: (value) => value === "ambient", how: "ambient mode" },
];

export const namespaceInMeshCheck = defineCheck(
  {
    checkId: "mesh.namespace-labels",
    practiceId: "mesh.namespace-in-mesh",
    severity: "medium",
    title: "Namespaces are in the service mesh",
    remediation: "Label the namespace istio-injection=enabled (or istio.io/rev=<revision>) for sidecars, or istio.io/dataplane-mode=ambient for ambient mode.",
  },
  (index, report) => {
    for (const namespace of index.objects.filter((object) => object.kind === "Namespace")) {
      const label = describeObject(namespace);
      const member = MESH_LABELS.find(({ label: key, matches }) => namespace.labels[key] !== undefined && matches(namespace.labels[key]));
      if (member) report.pass(namespace, `${label}: labelled ${member.label}=${namespace.labels[member.label]} (${member.how}).`, ["metadata", "labels", member.label]);
      else report.fail(namespace, `${label}: no istio-injection=enabled, istio.io/rev or istio.io/dataplane-mode=ambient label, so its pods get no mTLS, retries or telemetry from the mesh.`, ["metadata", "labels"]);
    }
  },
);
