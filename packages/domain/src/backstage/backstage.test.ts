import { describe, expect, it } from "vitest";
import { DEMO_ORGANISATION } from "../demo/demo-organisation.ts";
import { formatYamlProblem } from "../scorecards/scorecard-yaml.ts";
import { catalogToBackstageYaml, type TBackstageCatalog } from "./backstage-export.ts";
import { backstageLocationTargets, importBackstageFiles, type TBackstageImport } from "./backstage-import.ts";

const { checklistAnswers: _answers, decisions: _decisions, ...DEMO_CATALOG } = DEMO_ORGANISATION;

/** Sorts every list and every object's keys, deeply, so catalogs compare regardless of order. */
function unordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unordered).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, unordered(v)]));
  return value;
}

function imported(text: string, file = "catalog-info.yaml") {
  const result = importBackstageFiles([{ file, text }]);
  if (!result.ok) throw new Error(result.problems.map(formatYamlProblem).join("\n"));
  return result;
}

function problemsOf(result: TBackstageImport): string[] {
  if (result.ok) throw new Error("Expected problems, but the import succeeded.");
  return result.problems.map(formatYamlProblem);
}

const PLAIN_BACKSTAGE = `apiVersion: backstage.io/v1alpha1
kind: Location
metadata:
  name: more
spec:
  targets: [./teams.yaml, https://example.com/catalog-info.yaml]
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: payments
  description: Takes the money.
spec:
  type: team
  profile: { displayName: Payments team }
  children: []
  members: [jane]
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: finance-department }
spec: { type: department, children: [payments] }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: jane }
spec:
  profile: { displayName: Jane Doe, email: jane@example.com }
  memberOf: []
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: john.smith }
spec:
  profile: { displayName: John Smith, email: john@example.com }
  memberOf: [group:default/payments]
---
apiVersion: backstage.io/v1alpha1
kind: Domain
metadata: { name: commerce, title: Commerce }
spec: { owner: payments }
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata: { name: checkout, title: Checkout, description: Paying for an order. }
spec: { owner: group:payments, domain: commerce }
---
apiVersion: backstage.io/v1alpha1
kind: Domain
metadata: { name: identity, description: Who is who. }
spec: { owner: payments }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payment-service
  description: Charges cards.
  annotations:
    backstage.io/kubernetes-namespace: payments
    backstage.io/source-location: url:https://github.com/acme/payment-service/tree/main/
spec:
  type: service
  lifecycle: experimental
  owner: payments
  system: checkout
  providesApis: [payment-api]
  dependsOn: [component:default/ledger, resource:payments-db]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ledger
  annotations:
    github.com/project-slug: acme/ledger
    topograph.io/cluster: prod-eu
spec: { type: library, lifecycle: deprecated, owner: payments }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: shop-web
  annotations:
    backstage.io/kubernetes-namespace: shop
    topograph.io/cluster: prod-eu
    topograph.io/environment: production
spec: { type: website, lifecycle: production, owner: payments, consumesApis: [api:payment-api] }
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata: { name: payment-api }
spec: { type: openapi, lifecycle: production, owner: payments, definition: "openapi: 3.0.0" }
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: { name: payments-db }
spec: { type: database, owner: payments }
`;

describe("Backstage export and import", () => {
  it("round-trips the demo organisation: import(export(catalog)) is the same catalog", () => {
    const { catalog } = imported(catalogToBackstageYaml(DEMO_CATALOG));
    const { implied, ...data } = catalog;
    expect(implied).toEqual({ environments: [], clusters: [], namespaces: [], repositories: [] });
    expect(unordered(data)).toEqual(unordered(DEMO_CATALOG));
  });

  it("keeps what Backstage has no field for in topograph.io annotations", () => {
    const edited: TBackstageCatalog = {
      ...DEMO_CATALOG,
      teams: DEMO_CATALOG.teams.map((t) => (t.slug === "team-b" ? { ...t, members: [...t.members, { name: "Aiko Sato", email: "aiko.sato@example.com", role: "Reviewer" }] } : t)),
      repositories: DEMO_CATALOG.repositories.map((r) => (r.slug === "sre-kubernetes" ? { ...r, componentSlugs: ["observability-stack"] } : r)),
      components: DEMO_CATALOG.components.map((c) =>
        c.slug === "b-service" ? { ...c, ownershipMode: "collective" as const, ownerTeamSlugs: ["team-b", "team-x"], labels: { tier: "critical: yes, really" } } : c.slug === "x-bff" ? { ...c, ownerTeamSlugs: [], solutionAreaSlug: null } : c,
      ),
    };
    const text = catalogToBackstageYaml(edited);
    expect(text).toContain("topograph.io/ownership-mode: collective");
    expect(text).toContain('topograph.io/roles: \'{"team-a":"Tech lead","team-b":"Reviewer"}\'');
    expect(text).toContain("topograph.io/mesh-membership: control-plane");
    expect(text).toContain("topograph.io/subdomain-type: core");
    expect(text).toContain("backstage.io/kubernetes-namespace: a-service");
    expect(text).toContain("backstage.io/source-location: url:https://github.com/example-org/a-service");
    const { implied: _, ...data } = imported(text).catalog;
    expect(unordered(data)).toEqual(unordered(edited));
  });

  describe("reading plain Backstage descriptors", () => {
    const result = imported(PLAIN_BACKSTAGE);
    const { catalog } = result;

    it("maps a Group of type team to a team, its members from Group.spec.members and User.spec.memberOf", () => {
      expect(catalog.teams).toEqual([
        {
          slug: "payments",
          name: "Payments team",
          type: "stream-aligned",
          description: "Takes the money.",
          contactChannel: "",
          members: [
            { name: "Jane Doe", email: "jane@example.com", role: "" },
            { name: "John Smith", email: "john@example.com", role: "" },
          ],
        },
      ]);
      expect(catalog.organisation).toBeNull();
    });

    it("maps a System to a bounded context, recording its Domain in the purpose; a Domain without systems is a context itself", () => {
      expect(catalog.boundedContexts).toEqual([
        { slug: "checkout", name: "Checkout", purpose: "Paying for an order.\n\nDomain: Commerce.", subdomainType: "supporting", complexity: "complicated", teamSlugs: ["payments"] },
        { slug: "identity", name: "identity", purpose: "Who is who.", subdomainType: "supporting", complexity: "complicated", teamSlugs: ["payments"] },
      ]);
    });

    it("maps Components: type to kind, lifecycle, owner, system, dependsOn and the APIs they consume", () => {
      const bySlug = Object.fromEntries(catalog.components.map((c) => [c.slug, c]));
      expect(bySlug["payment-service"]).toMatchObject({
        kind: "microservice",
        lifecycle: "experimental",
        ownerTeamSlugs: ["payments"],
        solutionAreaSlug: "checkout",
        dependencies: [{ componentSlug: "ledger", style: "sync" }],
        repositorySlugs: ["payment-service"],
        namespaceSlugs: ["backstage-payments"],
      });
      expect(bySlug.ledger).toMatchObject({ kind: "shared-library", lifecycle: "deprecated", solutionAreaSlug: null, repositorySlugs: ["ledger"], namespaceSlugs: [] });
      expect(bySlug["shop-web"]).toMatchObject({ kind: "frontend", dependencies: [{ componentSlug: "payment-service", style: "sync" }], namespaceSlugs: ["prod-eu-shop"] });
    });

    it("turns source locations into application repositories and namespace annotations into namespaces, in a default or named cluster", () => {
      expect(catalog.repositories).toEqual([
        { slug: "payment-service", name: "payment-service", url: "https://github.com/acme/payment-service", kind: "application", defaultBranch: "main", branchModel: "github-flow", description: "", componentSlugs: [] },
        { slug: "ledger", name: "ledger", url: "https://github.com/acme/ledger", kind: "application", defaultBranch: "main", branchModel: "github-flow", description: "", componentSlugs: [] },
      ]);
      expect(catalog.namespaces.map((n) => [n.slug, n.name, n.clusterSlug, n.environmentSlug, n.meshMembership, n.deployMethod])).toEqual([
        ["backstage-payments", "payments", "backstage", "backstage", "outside", "gitops-auto-sync"],
        ["prod-eu-shop", "shop", "prod-eu", "production", "outside", "gitops-auto-sync"],
      ]);
      expect(catalog.clusters.map((c) => c.slug)).toEqual(["backstage", "prod-eu"]);
      expect(catalog.environments.map((e) => e.slug)).toEqual(["backstage", "production"]);
      expect(catalog.implied).toEqual({
        environments: ["backstage", "production"],
        clusters: ["backstage", "prod-eu"],
        namespaces: ["backstage-payments", "prod-eu-shop"],
        repositories: ["payment-service", "ledger"],
      });
    });

    it("returns Location targets for the caller to read, and says which entities it skipped and why", () => {
      expect(result.locations).toEqual([
        { file: "catalog-info.yaml", target: "./teams.yaml", type: "url" },
        { file: "catalog-info.yaml", target: "https://example.com/catalog-info.yaml", type: "url" },
      ]);
      expect(backstageLocationTargets({ file: "catalog-info.yaml", text: PLAIN_BACKSTAGE })).toEqual(result.locations);
      expect(result.skipped.map((s) => `${s.kind} ${s.name} (line ${s.line})`)).toEqual([
        "Group finance-department (line 19)",
        "Domain commerce (line 38)",
        "Resource payments-db (line 93)",
        "API payment-api (line 88)",
      ]);
    });
  });

  describe("reading the files", () => {
    it("reads the same catalog whether a file takes the quick reader or the full parser (anything like an alias sends it to the full one)", () => {
      const text = catalogToBackstageYaml(DEMO_CATALOG);
      expect(imported(`${text}# a *starred* comment\n`)).toEqual(imported(text));
    });

    it("skips empty documents, such as a trailing ---, with either reader", () => {
      const text = catalogToBackstageYaml(DEMO_CATALOG);
      expect(imported(`${text}---\n`)).toEqual(imported(text));
      expect(imported(`${text}---\n# *starred*\n`)).toEqual(imported(text));
    });

    it("expands anchors and aliases through the full parser, which bounds how far they expand", () => {
      const text = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: team-a }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: a, title: &title Payments, description: *title }
spec: { type: service, lifecycle: production, owner: team-a }
`;
      expect(imported(text).catalog.components.map((c) => [c.slug, c.name, c.description])).toEqual([["a", "Payments", "Payments"]]);
      const laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`)];
      expect(problemsOf(importBackstageFiles([{ file: "laughs.yaml", text: `${laughs.join("\n")}\n` }]))).toEqual(["laughs.yaml:1:1: The document cannot be read: Excessive alias count indicates a resource exhaustion attack."]);
    });
  });

  describe("problems name file, line, column and field", () => {
    it("reports values Topograph cannot hold where they are written", () => {
      const text = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: a
spec:
  type: service
  lifecycle: beta
  owner: user:jane
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: b }
spec: { type: documentation, lifecycle: production, owner: team-a }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: jane }
spec: { profile: { displayName: Jane }, memberOf: [team-a] }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: team-a
  annotations:
    topograph.io/team-type: squad
spec: { type: team, children: [] }
`;
      expect(problemsOf(importBackstageFiles([{ file: "svc/catalog-info.yaml", text }]))).toEqual([
        'svc/catalog-info.yaml:7:14 spec.lifecycle: Component "a": Lifecycle must be one of: experimental, production, deprecated.',
        'svc/catalog-info.yaml:8:10 spec.owner: Component "a": The owner must be a Group (a Topograph team), not "user:jane".',
        'svc/catalog-info.yaml:13:15 spec.type: Component "b": Component type "documentation" has no Topograph kind; use service, website or library, or add the annotation topograph.io/component-kind.',
        'svc/catalog-info.yaml:18:18 spec.profile.email: User "jane": Email must be a valid address.',
      ]);
    });

    it("reports broken YAML, documents that are not Backstage entities, and duplicate names", () => {
      const text = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: team-a }
spec: { type: team }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: team-a }
spec: { type: team }
---
apiVersion: v1
kind: Namespace
metadata: { name: x }
---
kind: System
metadata: { name: [oops
`;
      expect(problemsOf(importBackstageFiles([{ file: "c.yaml", text }]))).toEqual([
        'c.yaml:8:19 metadata.name: Group "team-a": Another Group in the files is also named "team-a".',
        'c.yaml:11:13 apiVersion: apiVersion must be a Backstage version, e.g. "backstage.io/v1alpha1".',
        "c.yaml:17:1: Flow sequence in block collection must be sufficiently indented and end with a ]",
        "c.yaml:17:1: Flow map in block collection must be sufficiently indented and end with a }",
      ]);
    });

    it("checks Topograph annotations as strictly as the API checks its inputs", () => {
      const result = importBackstageFiles([
        {
          file: "t.yaml",
          text: `apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: billing
  annotations:
    topograph.io/subdomain-type: central
    topograph.io/upstream-contexts: "[{not json"
spec: { owner: team-a }
`,
        },
      ]);
      expect(problemsOf(result)).toEqual([
        't.yaml:6:34 metadata.annotations.topograph.io/subdomain-type: System "billing": Subdomain type must be one of: core, supporting, generic.',
        't.yaml:7:37 metadata.annotations.topograph.io/upstream-contexts: System "billing": The annotation must hold JSON.',
      ]);
    });
  });
});
