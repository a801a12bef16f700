import type { TComponentKind } from "../catalog/component.ts";
import type { TCatalogData } from "../demo/demo-organisation.ts";
import { PRACTICE_CATALOGUE } from "../practices/catalogue.ts";
import { practiceAppliesTo, type TEvidenceKind, type TPracticeItem } from "../practices/practice.ts";
import type { TEvidenceFact } from "../scorecards/facts.ts";
import { daysBefore, SYNTHETIC_HISTORY_WEEKS } from "./history.ts";
import type { TSeededRandom } from "./random.ts";

/**
 * The repository scans a generated organisation has run: which repository of a component each
 * reads, what it can prove, and how many components have had one.
 */
const REPOSITORY_SCANS = [
  { repositoryKind: "kubernetes", evidence: ["kubernetes-manifests", "argocd", "sops"], share: 0.5, file: (slug: string) => `apps/${slug}/deployment.yaml` },
  { repositoryKind: "application", evidence: ["ci-pipeline", "contract-tests", "codeowners"], share: 0.4, file: () => ".github/workflows/ci.yaml" },
] as const;

/** How often a scanned practice is found in place. */
const PASS_RATE = 0.8;
/** Cluster scans agree with the catalog this often; the rest is drift a scan would reveal. */
const CLUSTER_AGREEMENT = 0.95;

const provable = (item: TPracticeItem, evidence: readonly TEvidenceKind[]) => item.verification.by === "evidence" && item.verification.evidence.some((kind) => evidence.includes(kind));

/**
 * Evidence facts as repository and cluster scans record them: about half the components'
 * Kubernetes repositories and fewer application repositories were scanned, each on one day of
 * the history window, with a verdict for every practice the scan can prove (mostly in place);
 * half the namespaces had a cluster scan that confirms, or now and then contradicts, their mesh
 * membership and deploy method. Deterministic for a given random stream and `asOf`.
 */
export function syntheticEvidence(catalog: TCatalogData, asOf: Date, rng: TSeededRandom): TEvidenceFact[] {
  const repositories = new Map(catalog.repositories.map((r) => [r.slug!, r]));
  const componentItems = PRACTICE_CATALOGUE.items.filter((item) => item.scope === "component");
  const itemsByKind = new Map<TComponentKind, TPracticeItem[]>();
  const observedAt = () => daysBefore(asOf, rng.int(SYNTHETIC_HISTORY_WEEKS * 7)).toISOString();
  const facts: TEvidenceFact[] = [];

  for (const component of catalog.components) {
    if (!itemsByKind.has(component.kind)) itemsByKind.set(component.kind, componentItems.filter((item) => practiceAppliesTo(item, component.kind)));
    // A practice two scans can prove (a deploy stage: pipeline and ArgoCD) holds one fact, as recording a newer one replaces it.
    const proven = new Set<string>();
    for (const scan of REPOSITORY_SCANS) {
      const repository = component.repositorySlugs.map((slug) => repositories.get(slug)!).find((r) => r.kind === scan.repositoryKind);
      if (!repository || rng.next() >= scan.share) continue;
      const at = observedAt();
      const file = scan.file(component.slug!);
      for (const item of itemsByKind.get(component.kind)!.filter((i) => provable(i, scan.evidence) && !proven.has(i.id))) {
        proven.add(item.id);
        const value = rng.next() < PASS_RATE;
        facts.push({
          subject: { kind: "component", slug: component.slug! },
          key: item.id,
          value,
          message: `${item.title}: ${value ? "in place" : "missing"} in ${file}.`,
          location: { source: repository.url, file, line: 1 + rng.int(120) },
          observedAt: at,
        });
      }
    }
  }

  for (const namespace of catalog.namespaces) {
    if (rng.next() >= 0.5) continue;
    const at = observedAt();
    const agrees = () => rng.next() < CLUSTER_AGREEMENT;
    const inMesh = namespace.meshMembership === "sidecar" || namespace.meshMembership === "sidecarless";
    const autoSync = namespace.deployMethod === "gitops-auto-sync";
    const verdicts = [
      { key: "mesh.namespace-in-mesh", value: agrees() ? inMesh : !inMesh, says: ["is in the service mesh", "is outside the service mesh"] },
      { key: "delivery.gitops.cd-auto-sync", value: agrees() ? autoSync : !autoSync, says: ["is deployed by GitOps with auto-sync", "is not auto-synced by GitOps"] },
    ];
    for (const { key, value, says } of verdicts) {
      facts.push({
        subject: { kind: "namespace", slug: namespace.slug! },
        key,
        value,
        message: `Namespace ${namespace.name} ${value ? says[0] : says[1]} (cluster ${namespace.clusterSlug}).`,
        location: { source: `cluster:${namespace.clusterSlug}` },
        observedAt: at,
      });
    }
  }
  return facts;
}
