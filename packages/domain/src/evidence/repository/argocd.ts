import type { TFinding } from "../finding.ts";
import type { TYamlDocument } from "../yaml-source.ts";
import { asArray, asRecord, asText, valueAt } from "./plain-data.ts";
import { repositoryFinding } from "./repository-finding.ts";

export interface TArgoSource {
  repoURL: string;
  path: string | null;
  chart: string | null;
  targetRevision: string | null;
}

export interface TArgoApplication {
  kind: "Application" | "ApplicationSet";
  name: string;
  namespace: string | null;
  project: string | null;
  file: string;
  line: number;
  sources: TArgoSource[];
  /** Where it deploys (for an ApplicationSet, as templated, e.g. `{{path.basename}}`). */
  destination: { server: string | null; name: string | null; namespace: string | null };
  /** The line of destination.namespace (or of the nearest key above it that is there). */
  destinationLine: number;
  automatedSync: boolean;
  prune: boolean;
  selfHeal: boolean;
  /** The line of syncPolicy, or of the spec when there is none. */
  syncPolicyLine: number;
  /** Whether ArgoCD Image Updater writes new image tags for it. */
  imageUpdater: boolean;
  /** Names of the Applications kept under its source path: it is their parent (app of apps). */
  children: string[];
}

export function isArgoApplication(data: unknown): boolean {
  const object = asRecord(data);
  return /^argoproj\.io\//.test(asText(object?.apiVersion) ?? "") && (object?.kind === "Application" || object?.kind === "ApplicationSet");
}

/** An ArgoCD Application or ApplicationSet (its template), or undefined for any other document. */
export function readArgoApplication(document: TYamlDocument): TArgoApplication | undefined {
  if (!isArgoApplication(document.data)) return undefined;
  const data = asRecord(document.data)!;
  const kind = data.kind as TArgoApplication["kind"];
  const specPath = kind === "Application" ? ["spec"] : ["spec", "template", "spec"];
  const spec = asRecord(valueAt(data, specPath)) ?? {};
  const metadata = asRecord(data.metadata) ?? {};
  const automated = valueAt(spec, ["syncPolicy", "automated"]);
  // `automated: {}` turns automated sync on; newer ArgoCD versions may say `enabled: false`.
  const automatedSync = automated !== undefined && automated !== null ? automated !== false && asRecord(automated)?.enabled !== false : false;
  const destination = asRecord(spec.destination) ?? {};
  return {
    kind,
    name: asText(metadata.name) ?? "",
    namespace: asText(metadata.namespace) ?? null,
    project: asText(spec.project) ?? null,
    file: document.file,
    line: document.line,
    sources: [spec.source, ...asArray(spec.sources)].flatMap((item) => {
      const source = asRecord(item);
      const repoURL = asText(source?.repoURL);
      return source && repoURL ? [{ repoURL, path: asText(source.path) ?? null, chart: asText(source.chart) ?? null, targetRevision: asText(source.targetRevision) ?? null }] : [];
    }),
    destination: { server: asText(destination.server) ?? null, name: asText(destination.name) ?? null, namespace: asText(destination.namespace) ?? null },
    destinationLine: document.lineOf([...specPath, "destination", "namespace"]),
    automatedSync,
    prune: automatedSync && asRecord(automated)?.prune === true,
    selfHeal: automatedSync && asRecord(automated)?.selfHeal === true,
    syncPolicyLine: document.lineOf([...specPath, "syncPolicy"]),
    imageUpdater: Object.keys(asRecord(metadata.annotations) ?? {}).some((key) => key.startsWith("argocd-image-updater.argoproj.io/")),
    children: [],
  };
}

/** The namespace the Application deploys into, when it names one literally (not an ApplicationSet's `{{path.basename}}`). */
export function literalDestinationNamespace(application: TArgoApplication): string | undefined {
  const namespace = application.destination.namespace;
  return namespace && !namespace.includes("{{") ? namespace : undefined;
}

/**
 * Marks parents: an Application whose source path (read as a path of the scanned repository)
 * holds the files of other Applications.
 */
export function linkAppOfApps(applications: readonly TArgoApplication[]): TArgoApplication[] {
  return applications.map((parent) => {
    const folders = parent.sources.flatMap((source) => (source.path === null ? [] : [source.path.replace(/^\.\//, "").replace(/\/+$/, "")]));
    const children = applications.filter((child) => child !== parent && folders.some((folder) => folder !== "" && folder !== "." && child.file.startsWith(`${folder}/`)));
    return { ...parent, children: children.map((child) => child.name) };
  });
}

/**
 * delivery.gitops.cd-auto-sync per Application (at its syncPolicy); chassis.cd.shared-config for each
 * parent of other Applications; delivery.gitops.ci-updates-kubernetes-repository where Image Updater writes tags.
 */
export function checkArgoApplications(applications: readonly TArgoApplication[]): TFinding[] {
  return applications.flatMap((application) => {
    const object = { kind: application.kind, namespace: application.namespace, name: application.name };
    const at = { object, file: application.file };
    const target = application.destination.namespace ?? "its destination";
    const destinationNamespace = literalDestinationNamespace(application);
    const findings = [
      repositoryFinding({
        ...at,
        // Automated sync is how the destination namespace is deployed: evidence about it too.
        ...(destinationNamespace ? { destinationNamespace } : {}),
        checkId: "argocd.automated-sync",
        practiceId: "delivery.gitops.cd-auto-sync",
        status: application.automatedSync ? "pass" : "fail",
        severity: "medium",
        line: application.syncPolicyLine,
        message: application.automatedSync ? `${application.kind} ${application.name} syncs ${target} automatically.` : `${application.kind} ${application.name} syncs ${target} only when someone asks.`,
        remediation: "Set spec.syncPolicy.automated (with prune and selfHeal) so ArgoCD deploys every change of the Kubernetes repository.",
      }),
    ];
    if (application.children.length > 0) {
      findings.push(repositoryFinding({ ...at, checkId: "argocd.app-of-apps", practiceId: "chassis.cd.shared-config", status: "pass", severity: "low", line: application.line, message: `${application.kind} ${application.name} is the parent of ${application.children.join(", ")} (app of apps).` }));
    }
    if (application.imageUpdater) {
      findings.push(repositoryFinding({ ...at, checkId: "argocd.image-updater", practiceId: "delivery.gitops.ci-updates-kubernetes-repository", status: "pass", severity: "medium", line: application.line, message: `ArgoCD Image Updater writes new image tags for ${application.name}.` }));
    }
    return findings;
  });
}
