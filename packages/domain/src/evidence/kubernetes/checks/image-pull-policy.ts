import { defineCheck } from "./check.ts";
import { eachContainer } from "./containers.ts";

const WHY_IF_NOT_PRESENT =
  "kube-score and Polaris prefer Always, so a mutable tag is re-resolved and the node re-checks pull credentials at every start; " +
  "with immutable tags (a version or digest, never latest) the image cannot change, so IfNotPresent gives the same image without loading the registry at every container start, and pods still start while the registry is down.";

export const imagePullPolicyCheck = defineCheck(
  {
    checkId: "image-pull-policy.if-not-present",
    practiceId: "deploy.image-pull-policy.if-not-present",
    severity: "low",
    title: "Containers pull immutable images IfNotPresent",
    remediation: `Tag images immutably (a version or digest, never latest) and set imagePullPolicy: IfNotPresent. ${WHY_IF_NOT_PRESENT}`,
  },
  (index, report) => {
    eachContainer(
      index,
      (workload, container, label) => {
        const image = typeof container.data["image"] === "string" ? container.data["image"] : "";
        const policy = container.data["imagePullPolicy"];
        const mutable = isMutableTag(image);
        const policyPath = [...container.path, "imagePullPolicy"];
        if (mutable) {
          report.fail(workload.object, `${label}: image ${image || "(none)"} has a mutable tag (latest or none), so IfNotPresent could run a stale image.`, [...container.path, "image"]);
        } else if (policy === "IfNotPresent") {
          report.pass(workload.object, `${label}: imagePullPolicy is IfNotPresent and the image ${image} has an immutable tag.`, policyPath);
        } else if (policy === undefined) {
          report.warn(workload.object, `${label}: imagePullPolicy is not set; Kubernetes defaults to IfNotPresent for the tag of ${image}, but the choice is not written down.`, container.path);
        } else {
          report.fail(workload.object, `${label}: imagePullPolicy is ${String(policy)}, so every container start pulls from the registry.`, policyPath);
        }
      },
      { withInit: true },
    );
  },
);

/** An image without a tag or digest, or tagged latest, can change under the same reference. */
function isMutableTag(image: string): boolean {
  if (image === "") return true;
  if (image.includes("@sha256:")) return false;
  const lastSegment = image.slice(image.lastIndexOf("/") + 1);
  const colon = lastSegment.lastIndexOf(":");
  return colon < 0 || lastSegment.slice(colon + 1) === "latest";
}
