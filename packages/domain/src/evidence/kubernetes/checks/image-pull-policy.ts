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
    remediation: `Tag images immutably (a version or digest, never latest or a channel such as alpine) and set imagePullPolicy: IfNotPresent. ${WHY_IF_NOT_PRESENT}`,
  },
  (index, report) => {
    eachContainer(
      index,
      (workload, container, label) => {
        const image = typeof container.data["image"] === "string" ? container.data["image"] : "";
        const policy = container.data["imagePullPolicy"];
        const mutable = mutableTagOf(image);
        const policyPath = [...container.path, "imagePullPolicy"];
        if (mutable) {
          report.fail(workload.object, `${label}: image ${image || "(none)"} has ${mutable.what}, so ${whatPullingDoes(mutable, policy)}.`, [...container.path, "image"]);
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

interface TMutableTag {
  /** "the tag latest", "no tag", "the moving tag alpine". */
  what: string;
  /** Kubernetes pulls latest and untagged images Always when no policy is written, any other tag IfNotPresent. */
  defaultPolicy: "Always" | "IfNotPresent";
}

/**
 * An image whose reference can name another image tomorrow: no tag or digest, latest, or a tag
 * without a single digit (alpine, stable, mainline), which is a channel, not a version.
 */
export function mutableTagOf(image: string): TMutableTag | undefined {
  if (image.includes("@sha256:")) return undefined;
  const lastSegment = image.slice(image.lastIndexOf("/") + 1);
  const colon = lastSegment.lastIndexOf(":");
  if (image === "" || colon < 0) return { what: "no tag", defaultPolicy: "Always" };
  const tag = lastSegment.slice(colon + 1);
  if (tag === "latest") return { what: "the tag latest", defaultPolicy: "Always" };
  return /\d/.test(tag) ? undefined : { what: `the moving tag ${tag}`, defaultPolicy: "IfNotPresent" };
}

/** What the pull policy in force does with a mutable tag. */
function whatPullingDoes(mutable: TMutableTag, policy: unknown): string {
  const inForce = policy ?? mutable.defaultPolicy;
  const how = policy === undefined ? `Kubernetes pulls it ${inForce} (the default for it)` : `imagePullPolicy ${String(inForce)}`;
  if (inForce === "IfNotPresent") return `${how} and each node keeps running whichever image it pulled first`;
  if (inForce === "Always") return `${how}: every start loads the registry and may run a different image`;
  return `${how} cannot make it the same image everywhere`;
}
