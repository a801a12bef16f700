import type { TFinding } from "../finding.ts";
import type { TYamlDocument } from "../yaml-source.ts";
import { asArray, asRecord, asText } from "./plain-data.ts";
import { repositoryFinding } from "./repository-finding.ts";

export interface THelmfileRelease {
  file: string;
  line: number;
  name: string;
  namespace: string | null;
  /** As written: `alias/chart`, a path or an OCI reference. */
  chart: string;
  /** The URL of the chart's repository, when the helmfile declares its alias. */
  repositoryUrl: string | null;
  version: string | null;
  /** Whether the chart is part of the service mesh's control plane or its gateways. */
  meshControlPlane: boolean;
}

export function isHelmfilePath(path: string): boolean {
  return /(?:^|\/)helmfile\.ya?ml$|(?:^|\/)helmfile\.d\/[^/]+\.ya?ml$/.test(path);
}

/** Charts of Istio's official repository that make up its control plane and gateways. */
const ISTIO_CHARTS = new Set(["base", "istiod", "gateway", "cni", "ztunnel"]);
/** Control-plane charts named unambiguously whatever the repository (Istio's older names, Linkerd). */
const MESH_CHARTS = new Set(["istio-base", "istiod", "istio-ingressgateway", "istio-egressgateway", "istio-cni", "ztunnel", "linkerd-crds", "linkerd-control-plane", "linkerd2", "linkerd2-cni"]);

export function isMeshControlPlaneChart(chart: string, repositoryUrl: string | null): boolean {
  const [alias, name = alias] = chart.includes("/") ? [chart.slice(0, chart.lastIndexOf("/")), chart.slice(chart.lastIndexOf("/") + 1)] : [chart];
  const istioRepository = /istio-release|istio\.io/.test(repositoryUrl ?? "") || alias === "istio";
  return MESH_CHARTS.has(name!) || (istioRepository && ISTIO_CHARTS.has(name!));
}

/** The releases of one helmfile document, with their repositories resolved by alias. */
export function readHelmfileReleases(document: TYamlDocument): THelmfileRelease[] {
  const helmfile = asRecord(document.data) ?? {};
  const repositories = new Map(asArray(helmfile.repositories).flatMap((item) => {
    const repository = asRecord(item);
    const name = asText(repository?.name);
    const url = asText(repository?.url);
    return name && url ? [[name, url] as const] : [];
  }));
  return asArray(helmfile.releases).flatMap((item, index) => {
    const release = asRecord(item) ?? {};
    const chart = asText(release.chart);
    if (!chart) return [];
    const repositoryUrl = chart.includes("/") ? (repositories.get(chart.split("/")[0]!) ?? null) : null;
    return [{
      file: document.file,
      line: document.lineOf(["releases", index]),
      name: asText(release.name) ?? chart,
      namespace: asText(release.namespace) ?? null,
      chart,
      repositoryUrl,
      version: asText(release.version) ?? null,
      meshControlPlane: isMeshControlPlaneChart(chart, repositoryUrl),
    }];
  });
}

/** delivery.manual-deploy-only-control-plane per release: Helmfile is a manual deploy, fit only for the mesh control plane. */
export function checkHelmfileReleases(releases: readonly THelmfileRelease[]): TFinding[] {
  return releases.map((release) =>
    repositoryFinding({
      checkId: "helmfile.manual-deploy-only-control-plane",
      practiceId: "delivery.manual-deploy-only-control-plane",
      status: release.meshControlPlane ? "pass" : "warn",
      severity: "medium",
      object: { kind: "HelmfileRelease", namespace: release.namespace, name: release.name },
      file: release.file,
      line: release.line,
      message: release.meshControlPlane
        ? `Helmfile deploys ${release.chart}, part of the mesh control plane, by hand.`
        : `Helmfile deploys ${release.chart} by hand, but it is not part of the mesh control plane.`,
      remediation: "Deploy it with an ArgoCD Application from the Kubernetes repository instead.",
    }),
  );
}
