import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TDatabase } from "@topograph/db";
import type { TChecklistScope } from "@topograph/domain";
import type { TRequestCaller } from "../auth/request-credentials.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { apiAs, demoApi, failure, signedInCaller, type TCaller } from "../testing/caller.ts";

/**
 * Who may call each mutating procedure, per role and ownership mode: one row per procedure and
 * situation. Anonymous callers are always refused with 401 and viewers with 403 (checked for
 * every row); the row names which editors are refused and how, and who is allowed.
 *
 * Editors: `memberOfA` (Aiko Sato, team A) and `memberOfB` (Daichi Kato, team B). The demo's
 * default is strong ownership. Each row sets up what it changes as an administrator, so rows do
 * not depend on each other; refusals run first (they change nothing), then each allowed caller.
 */
type TEditor = "memberOfA" | "memberOfB";
type TAllowed = TEditor | "administrator";
/** NOT_OWNER: strongly owned by a team they are not in (a change request is offered); FORBIDDEN: not theirs at all. */
type TRefusal = "NOT_OWNER" | "FORBIDDEN";

interface TRow {
  procedure: string;
  situation: string;
  /** Builds what the call needs, as an administrator; its result reaches `call`. */
  setup?: (admin: TCaller) => Promise<unknown>;
  /** Makes the call; reads fresh versions itself, so each allowed caller can repeat it. */
  call: (api: TCaller, prepared: never, admin: TCaller) => Promise<unknown>;
  refused: Partial<Record<TEditor, TRefusal>>;
  allowed: TAllowed[];
}

let db: TDatabase;
let admin: TCaller;
const callers = {} as Record<"anonymous" | "viewer" | TAllowed, TCaller>;
let scanRoot = "";
let counter = 0;
const unique = (prefix: string) => `${prefix} ${++counter}`;
/** A directory of its own under the scan root: a source can be registered once. */
const scanDirectory = () => {
  const directory = path.join(scanRoot, `source-${++counter}`);
  fs.mkdirSync(directory);
  fs.writeFileSync(path.join(directory, "service.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  ports: [{ port: 80 }]\n");
  return directory;
};

beforeAll(async () => {
  scanRoot = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-permissions-"));
  fs.writeFileSync(path.join(scanRoot, "service.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  ports: [{ port: 80 }]\n");
  ({ db, api: admin } = await demoApi({ scanRoots: [scanRoot] }));
  const as = (caller: TRequestCaller | null) => apiAs(db, caller, { scanRoots: [scanRoot] });
  callers.anonymous = as(null);
  callers.viewer = as(await signedInCaller(db, "viewer"));
  callers.memberOfA = as(await signedInCaller(db, "editor", "aiko.sato@example.com", "Aiko Sato"));
  callers.memberOfB = as(await signedInCaller(db, "editor", "daichi.kato@example.com", "Daichi Kato"));
  callers.administrator = admin;
});

// What rows set up: things team A owns, strongly or collectively.
const componentOfA = (ownershipMode: "strong" | "collective") => admin.component.create({ name: unique(`svc ${ownershipMode}`), kind: "microservice", ownerTeamSlugs: ["team-a"], ownershipMode });
const fresh = (slug: string) => admin.component.get({ slug });
const repositoryOf = async (ownershipMode: "strong" | "collective") => {
  const component = await componentOfA(ownershipMode);
  return admin.repository.create({ name: unique("repo"), url: "https://github.com/example-org/repo", kind: "application", componentSlugs: [component.slug] });
};
const namespaceDeploying = async (componentSlug: string | null) => {
  const namespace = await admin.namespace.create({ name: unique("ns").replace(" ", "-"), clusterSlug: "prd", environmentSlug: "production", meshMembership: "sidecarless", deployMethod: "gitops-auto-sync" });
  if (componentSlug) {
    const component = await fresh(componentSlug);
    await admin.component.update({ id: component.id, version: component.version, namespaceSlugs: [namespace.slug] });
  }
  return namespace;
};
const scorecardOwnedBy = (ownerTeam: string | null, slug = unique("card").replace(" ", "-")) => ({
  slug,
  name: `Card ${slug}`,
  ownerTeam,
  entityKind: "component" as const,
  rules: [{ id: "owned", title: "Owned", level: "Bronze", category: "ownership", weight: 1, expression: "owners.count == 1", failureMessage: "Needs one owner." }],
});
const scorecardVersion = async (slug: string) => (await admin.scorecard.get({ scorecardId: slug })).version;
const waiverOn = (slug: string) => ({ scorecardId: "deployment-readiness", ruleId: "deploy.probes.liveness", entity: { kind: "component" as const, slug }, reason: "Ships with the next release.", expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10), grantedBy: "Someone" });
const answerOn = (scope: TChecklistScope) => ({ scope, itemId: "deploy.probes.readiness", status: "adopted" as const, answeredBy: "Someone", evidenceLinks: [], note: "" });

type TCreated = { id: string; slug: string; version: number };
const A_SCOPE = { kind: "team" as const, slug: "team-a" };

const ROWS: TRow[] = [
  // Organisation-wide settings and runtime: administrators only.
  { procedure: "organisation.update", situation: "any change", call: async (api, _p, a) => api.organisation.update({ version: (await a.organisation.get()).version, name: "Example organisation" }), refused: { memberOfA: "FORBIDDEN", memberOfB: "FORBIDDEN" }, allowed: ["administrator"] },
  { procedure: "cluster.create", situation: "any cluster", call: (api) => api.cluster.create({ name: unique("Cluster"), region: "eu" }), refused: { memberOfA: "FORBIDDEN", memberOfB: "FORBIDDEN" }, allowed: ["administrator"] },
  { procedure: "cluster.update", situation: "any cluster", setup: (a) => a.cluster.create({ name: unique("Cluster") }), call: async (api, p: TCreated, a) => api.cluster.update({ id: p.id, version: (await a.cluster.get({ slug: p.slug })).version, region: "eu" }), refused: { memberOfA: "FORBIDDEN", memberOfB: "FORBIDDEN" }, allowed: ["administrator"] },
  { procedure: "cluster.delete", situation: "any cluster", setup: (a) => a.cluster.create({ name: unique("Cluster") }), call: (api, p: TCreated) => api.cluster.delete({ id: p.id, version: p.version }), refused: { memberOfA: "FORBIDDEN", memberOfB: "FORBIDDEN" }, allowed: ["administrator"] },
  { procedure: "environment.create", situation: "any environment", call: (api) => api.environment.create({ name: unique("Env"), rank: 1 }), refused: { memberOfA: "FORBIDDEN", memberOfB: "FORBIDDEN" }, allowed: ["administrator"] },
  { procedure: "environment.update", situation: "any environment", setup: (a) => a.environment.create({ name: unique("Env"), rank: 1 }), call: async (api, p: TCreated, a) => api.environment.update({ id: p.id, version: (await a.environment.get({ slug: p.slug })).version, rank: 2 }), refused: { memberOfA: "FORBIDDEN", memberOfB: "FORBIDDEN" }, allowed: ["administrator"] },
  { procedure: "environment.delete", situation: "any environment", setup: (a) => a.environment.create({ name: unique("Env"), rank: 1 }), call: (api, p: TCreated) => api.environment.delete({ id: p.id, version: p.version }), refused: { memberOfA: "FORBIDDEN", memberOfB: "FORBIDDEN" }, allowed: ["administrator"] },
  { procedure: "backstage.import", situation: "any catalog file", setup: (a) => a.backstage.export(), call: (api, p: { text: string }) => api.backstage.import({ text: p.text }), refused: { memberOfA: "FORBIDDEN", memberOfB: "FORBIDDEN" }, allowed: ["administrator"] },

  // Teams: anyone may start one; a team's page and members are its members' (and administrators').
  { procedure: "team.create", situation: "a new team", call: (api) => api.team.create({ name: unique("Team"), type: "stream-aligned", members: [] }), refused: {}, allowed: ["memberOfA", "memberOfB", "administrator"] },
  { procedure: "team.update", situation: "team A", call: async (api, _p, a) => api.team.update({ id: (await a.team.get({ slug: "team-a" })).id, version: (await a.team.get({ slug: "team-a" })).version, contactChannel: "#team-a" }), refused: { memberOfB: "FORBIDDEN" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "team.delete", situation: "a team Aiko is in", setup: (a) => a.team.create({ name: unique("Team"), type: "enabling", members: [{ name: "Aiko Sato", email: "Aiko.Sato@example.com", role: "" }] }), call: (api, p: TCreated) => api.team.delete({ id: p.id, version: p.version }), refused: { memberOfB: "FORBIDDEN" }, allowed: ["memberOfA"] },
  { procedure: "teamInteraction.declare", situation: "between team B and Frontend X", call: (api) => api.teamInteraction.declare({ teamSlug: "team-b", withTeamSlug: "frontend-x", mode: "collaboration", description: "" }), refused: { memberOfA: "FORBIDDEN" }, allowed: ["memberOfB", "administrator"] },
  { procedure: "teamInteraction.end", situation: "between team B and BFF X", setup: (a) => a.teamInteraction.declare({ teamSlug: "team-b", withTeamSlug: "bff-x", mode: "facilitating", description: "" }), call: (api) => api.teamInteraction.end({ teamSlug: "team-b", withTeamSlug: "bff-x" }), refused: { memberOfA: "FORBIDDEN" }, allowed: ["memberOfB"] },

  // Solution areas and bounded contexts belong to their teams, under the organisation's (strong) mode.
  { procedure: "solutionArea.create", situation: "for team A", call: (api) => api.solutionArea.create({ name: unique("Area"), kind: "client-ui", teamSlugs: ["team-a"] }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "solutionArea.update", situation: "team A's", setup: (a) => a.solutionArea.create({ name: unique("Area"), kind: "client-ui", teamSlugs: ["team-a"] }), call: async (api, p: TCreated, a) => api.solutionArea.update({ id: p.id, version: (await a.solutionArea.get({ slug: p.slug })).version, description: "Edited" }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "solutionArea.delete", situation: "team A's", setup: (a) => a.solutionArea.create({ name: unique("Area"), kind: "client-ui", teamSlugs: ["team-a"] }), call: (api, p: TCreated) => api.solutionArea.delete({ id: p.id, version: p.version }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA"] },
  { procedure: "boundedContext.create", situation: "for team A", call: (api) => api.boundedContext.create({ name: unique("Context"), subdomainType: "generic", complexity: "simple", teamSlugs: ["team-a"] }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "boundedContext.update", situation: "context A", call: async (api, _p, a) => { const context = await a.boundedContext.get({ slug: "context-a" }); return api.boundedContext.update({ id: context.id, version: context.version, purpose: "Edited" }); }, refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "boundedContext.update", situation: "changing which teams answer for it", setup: (a) => a.boundedContext.create({ name: unique("Context"), subdomainType: "generic", complexity: "simple", teamSlugs: ["team-a"] }), call: async (api, p: TCreated, a) => api.boundedContext.update({ id: p.id, version: (await a.boundedContext.get({ slug: p.slug })).version, teamSlugs: ["team-a", "team-x"] }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA"] },
  { procedure: "boundedContext.delete", situation: "team A's", setup: (a) => a.boundedContext.create({ name: unique("Context"), subdomainType: "generic", complexity: "simple", teamSlugs: ["team-a"] }), call: (api, p: TCreated) => api.boundedContext.delete({ id: p.id, version: p.version }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA"] },
  { procedure: "boundedContext.relate", situation: "either side's call", call: (api) => api.boundedContext.relate({ upstreamSlug: "context-x", downstreamSlug: "context-a", pattern: "partnership", description: "" }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA"] },
  { procedure: "boundedContext.unrelate", situation: "either side's call", setup: (a) => a.boundedContext.relate({ upstreamSlug: "context-x", downstreamSlug: "context-a", pattern: "shared-kernel", description: "" }), call: (api, p: { id: string }) => api.boundedContext.unrelate({ id: p.id }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA"] },

  // Components: strong → the owning team; collective → any editor; mode and owners → the owners.
  { procedure: "component.create", situation: "owned by team A, strong", call: (api) => api.component.create({ name: unique("svc"), kind: "microservice", ownerTeamSlugs: ["team-a"] }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "component.create", situation: "owned by team A, collective", call: (api) => api.component.create({ name: unique("svc"), kind: "microservice", ownerTeamSlugs: ["team-a"], ownershipMode: "collective" }), refused: {}, allowed: ["memberOfA", "memberOfB", "administrator"] },
  { procedure: "component.update", situation: "strong", setup: () => componentOfA("strong"), call: async (api, p: TCreated) => api.component.update({ id: p.id, version: (await fresh(p.slug)).version, description: unique("Edited") }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "component.update", situation: "collective", setup: () => componentOfA("collective"), call: async (api, p: TCreated) => api.component.update({ id: p.id, version: (await fresh(p.slug)).version, description: unique("Edited") }), refused: {}, allowed: ["memberOfA", "memberOfB", "administrator"] },
  { procedure: "component.update", situation: "collective, changing its ownership mode", setup: () => componentOfA("collective"), call: async (api, p: TCreated) => { const c = await fresh(p.slug); return api.component.update({ id: p.id, version: c.version, ownershipMode: c.ownershipMode === "strong" ? "collective" : "strong" }); }, refused: { memberOfB: "FORBIDDEN" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "component.update", situation: "collective, changing its owners", setup: () => componentOfA("collective"), call: async (api, p: TCreated) => api.component.update({ id: p.id, version: (await fresh(p.slug)).version, ownerTeamSlugs: ["team-a", "team-b"] }), refused: { memberOfB: "FORBIDDEN" }, allowed: ["memberOfA"] },
  { procedure: "component.delete", situation: "strong", setup: () => componentOfA("strong"), call: (api, p: TCreated) => api.component.delete({ id: p.id, version: p.version }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA"] },
  { procedure: "component.delete", situation: "collective", setup: () => componentOfA("collective"), call: (api, p: TCreated) => api.component.delete({ id: p.id, version: p.version }), refused: {}, allowed: ["memberOfB"] },

  // Repositories and namespaces belong to the components they hold.
  { procedure: "repository.create", situation: "for a strong component of team A", setup: () => componentOfA("strong"), call: (api, p: TCreated) => api.repository.create({ name: unique("repo"), url: "https://github.com/example-org/r", kind: "application", componentSlugs: [p.slug] }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "repository.update", situation: "strong", setup: () => repositoryOf("strong"), call: async (api, p: TCreated, a) => api.repository.update({ id: p.id, version: (await a.repository.get({ slug: p.slug })).version, description: unique("Edited") }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "repository.update", situation: "collective", setup: () => repositoryOf("collective"), call: async (api, p: TCreated, a) => api.repository.update({ id: p.id, version: (await a.repository.get({ slug: p.slug })).version, description: unique("Edited") }), refused: {}, allowed: ["memberOfA", "memberOfB", "administrator"] },
  { procedure: "repository.delete", situation: "strong", setup: () => repositoryOf("strong"), call: (api, p: TCreated) => api.repository.delete({ id: p.id, version: p.version }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA"] },
  { procedure: "namespace.create", situation: "a new, empty one", call: (api) => api.namespace.create({ name: unique("ns").replace(" ", "-"), clusterSlug: "prd", environmentSlug: "production", meshMembership: "sidecarless", deployMethod: "gitops-auto-sync" }), refused: {}, allowed: ["memberOfA", "memberOfB", "administrator"] },
  { procedure: "namespace.update", situation: "deploying a strong component of team A", setup: async () => namespaceDeploying((await componentOfA("strong")).slug), call: async (api, p: TCreated, a) => api.namespace.update({ id: p.id, version: (await a.namespace.get({ slug: p.slug })).version, description: unique("Edited") }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "namespace.delete", situation: "empty: nobody owns it", setup: () => namespaceDeploying(null), call: (api, p: TCreated) => api.namespace.delete({ id: p.id, version: p.version }), refused: {}, allowed: ["memberOfB"] },

  // Checklists, decisions, waivers and evidence follow their scope.
  { procedure: "checklist.setAnswer", situation: "a strong component of team A", setup: () => componentOfA("strong"), call: (api, p: TCreated) => api.checklist.setAnswer(answerOn({ kind: "component", slug: p.slug })), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA"] },
  { procedure: "checklist.setAnswer", situation: "a collective component of team A", setup: () => componentOfA("collective"), call: (api, p: TCreated) => api.checklist.setAnswer(answerOn({ kind: "component", slug: p.slug })), refused: {}, allowed: ["memberOfB"] },
  { procedure: "checklist.setAnswer", situation: "the checklist of a team Aiko is in", setup: (a) => a.team.create({ name: unique("Team"), type: "platform", members: [{ name: "Aiko Sato", email: "aiko.sato@example.com", role: "" }] }), call: (api, p: TCreated) => api.checklist.setAnswer({ ...answerOn({ kind: "team", slug: p.slug }), itemId: "chassis.cd.shared-config" }), refused: { memberOfB: "FORBIDDEN" }, allowed: ["memberOfA"] },
  { procedure: "checklist.bulkSetAnswer", situation: "components of teams A and B", call: (api) => api.checklist.bulkSetAnswer({ scopes: [{ kind: "component", slug: "a-service" }, { kind: "component", slug: "b-service" }], itemId: "deploy.probes.readiness", status: "partial", note: "", evidenceLinks: [], answeredBy: "Someone" }), refused: { memberOfA: "NOT_OWNER", memberOfB: "NOT_OWNER" }, allowed: ["administrator"] },
  { procedure: "decision.record", situation: "a strong component of team A", setup: () => componentOfA("strong"), call: (api, p: TCreated) => api.decision.record({ scope: { kind: "component", slug: p.slug }, decisionPointId: "delivery.model", alternativeId: "gitops-polyrepo", decidedBy: "Someone" }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA"] },
  { procedure: "decision.record", situation: "the organisation's", call: async (api, _p, a) => {
      const current = (await a.decision.forScope({ scope: { kind: "organisation" } })).find((entry) => entry.point.id === "delivery.model");
      const version = current?.source === "own" && current.decision && "version" in current.decision ? current.decision.version : undefined;
      return api.decision.record({ scope: { kind: "organisation" }, decisionPointId: "delivery.model", alternativeId: "gitops-polyrepo", decidedBy: "Someone", ...(version ? { version } : {}) });
    }, refused: { memberOfA: "FORBIDDEN", memberOfB: "FORBIDDEN" }, allowed: ["administrator"] },
  { procedure: "waiver.create", situation: "a strong component of team A", setup: () => componentOfA("strong"), call: (api, p: TCreated) => api.waiver.create(waiverOn(p.slug)), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA"] },
  { procedure: "waiver.revoke", situation: "on a strong component of team A", setup: async (a) => a.waiver.create(waiverOn((await componentOfA("strong")).slug)), call: (api, p: { id: string }) => api.waiver.revoke({ id: p.id, revokedBy: "Someone" }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA"] },
  { procedure: "evidence.scan", situation: "for a strong component of team A", setup: () => componentOfA("strong"), call: (api, p: TCreated) => api.evidence.scan({ source: { kind: "directory", path: scanRoot }, component: p.slug }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "evidence.scan", situation: "for no component in particular", call: (api) => api.evidence.scan({ source: { kind: "directory", path: scanRoot } }), refused: {}, allowed: ["memberOfA", "memberOfB", "administrator"] },
  { procedure: "evidence.registerSource", situation: "for a strong component of team A", setup: () => componentOfA("strong"), call: (api, p: TCreated) => api.evidence.registerSource({ source: { kind: "directory", path: scanDirectory() }, component: p.slug }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "evidence.unregisterSource", situation: "one of a strong component of team A", setup: async (a) => a.evidence.registerSource({ source: { kind: "directory", path: scanDirectory() }, component: (await componentOfA("strong")).slug }), call: (api, p: { id: string }) => api.evidence.unregisterSource({ id: p.id }), refused: { memberOfB: "NOT_OWNER" }, allowed: ["memberOfA"] },

  // The server's own operations: administrators.
  { procedure: "job.run", situation: "any job", call: (api) => api.job.run({ name: "session-cleanup" }), refused: { memberOfA: "FORBIDDEN", memberOfB: "FORBIDDEN" }, allowed: ["administrator"] },

  // Scorecards and initiatives: administrators and the owner team.
  { procedure: "scorecard.upsert", situation: "a new one owned by team A", call: (api) => api.scorecard.upsert(scorecardOwnedBy("team-a")), refused: { memberOfB: "FORBIDDEN" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "scorecard.upsert", situation: "a built-in (no owner team)", call: async (api, _p, a) => { const stored = await a.scorecard.get({ scorecardId: "testing" }); return api.scorecard.upsert({ ...scorecardOwnedBy(null, "testing"), name: stored.name, version: stored.version, ladder: stored.ladder, rules: stored.definition.rules }); }, refused: { memberOfA: "FORBIDDEN", memberOfB: "FORBIDDEN" }, allowed: ["administrator"] },
  { procedure: "scorecard.delete", situation: "one owned by team A", setup: (a) => a.scorecard.upsert(scorecardOwnedBy("team-a")), call: async (api, p: { slug: string }) => api.scorecard.delete({ scorecardId: p.slug, version: await scorecardVersion(p.slug) }), refused: { memberOfB: "FORBIDDEN" }, allowed: ["memberOfA"] },
  { procedure: "scorecard.importYaml", situation: "a file of team A's scorecard", setup: async (a) => { const card = await a.scorecard.upsert(scorecardOwnedBy("team-a")); return a.scorecard.exportYaml({ scorecardIds: [card.slug] }); }, call: (api, p: { text: string }) => api.scorecard.importYaml({ text: p.text }), refused: { memberOfB: "FORBIDDEN" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "initiative.create", situation: "owned by team A", call: (api) => api.initiative.create({ name: unique("Initiative"), scorecardId: "testing", targetLevel: "Silver", targetDate: "2030-03-31", ownerTeam: "team-a" }), refused: { memberOfB: "FORBIDDEN" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "initiative.update", situation: "owned by team A", setup: (a) => a.initiative.create({ name: unique("Initiative"), scorecardId: "testing", targetLevel: "Silver", targetDate: "2030-03-31", ownerTeam: "team-a" }), call: async (api, p: TCreated, a) => api.initiative.update({ id: p.id, version: (await a.initiative.get({ slug: p.slug })).version, description: unique("Edited"), ownerTeam: "team-a" }), refused: { memberOfB: "FORBIDDEN" }, allowed: ["memberOfA", "administrator"] },
  { procedure: "initiative.delete", situation: "owned by team A", setup: (a) => a.initiative.create({ name: unique("Initiative"), scorecardId: "testing", targetLevel: "Silver", targetDate: "2030-03-31", ownerTeam: "team-a" }), call: (api, p: TCreated) => api.initiative.delete({ id: p.id, version: p.version }), refused: { memberOfB: "FORBIDDEN" }, allowed: ["memberOfA"] },

  // Scenarios: drafts are every editor's; applying one to the live catalog is the administrators'.
  { procedure: "scenario.create", situation: "a draft", call: (api) => api.scenario.create({ name: unique("Scenario"), description: "" }), refused: {}, allowed: ["memberOfA", "memberOfB", "administrator"] },
  { procedure: "scenario.update", situation: "a draft", setup: (a) => a.scenario.create({ name: unique("Scenario"), description: "" }), call: (api, p: { id: string }) => api.scenario.update({ scenarioId: p.id, description: unique("Edited") }), refused: {}, allowed: ["memberOfA", "memberOfB", "administrator"] },
  { procedure: "scenario.change", situation: "a draft", setup: (a) => a.scenario.create({ name: unique("Scenario"), description: "" }), call: (api, p: { id: string }) => api.scenario.change({ scenarioId: p.id, operation: { op: "rename-team", team: "team-b", name: unique("Renamed B") } }), refused: {}, allowed: ["memberOfA", "memberOfB", "administrator"] },
  { procedure: "scenario.undo", situation: "a draft", setup: async (a) => { const { id } = await a.scenario.create({ name: unique("Scenario"), description: "" }); const { changeId } = await a.scenario.change({ scenarioId: id, operation: { op: "rename-team", team: "team-b", name: "Renamed B" } }); return { id, changeId }; }, call: (api, p: { id: string; changeId: string }) => api.scenario.undo({ scenarioId: p.id, changeId: p.changeId }), refused: {}, allowed: ["memberOfB"] },
  { procedure: "scenario.delete", situation: "a draft", setup: (a) => a.scenario.create({ name: unique("Scenario"), description: "" }), call: (api, p: { id: string }) => api.scenario.delete({ scenarioId: p.id }), refused: {}, allowed: ["memberOfB"] },
  { procedure: "scenario.apply", situation: "to the live catalog", setup: async (a) => { const scenario = await a.scenario.create({ name: unique("Scenario"), description: "" }); await a.scenario.change({ scenarioId: scenario.id, operation: { op: "rename-team", team: "sre", name: "Platform team" } }); return scenario; }, call: async (api, p: { id: string }, a) => api.scenario.apply.call(null, { scenarioId: p.id, version: (await a.scenario.get({ scenarioId: p.id })).scenario.version }), refused: { memberOfA: "FORBIDDEN", memberOfB: "FORBIDDEN" }, allowed: ["administrator"] },
];

/** Mutations whose permissions have their own specification, and where. */
const SPECIFIED_ELSEWHERE: Record<string, string> = {
  "auth.signIn": "open to anyone (router/auth.test.ts)",
  "auth.signOut": "ends the caller's own session (router/auth.test.ts)",
  "auth.changePassword": "the signed-in user's own (router/auth.test.ts)",
  "auth.setup": "the one-time setup link (router/auth.test.ts)",
  "token.create": "the signed-in user's own tokens (router/token.test.ts)",
  "token.revoke": "the signed-in user's own tokens (router/token.test.ts)",
  "user.create": "administrators (router/user.test.ts)",
  "user.setRole": "administrators (router/user.test.ts)",
  "user.disable": "administrators (router/user.test.ts)",
  "changeRequest.create": "editors outside the owning teams (router/change-request.test.ts)",
  "changeRequest.approve": "the owners and administrators (router/change-request.test.ts)",
  "changeRequest.reject": "the owners and administrators (router/change-request.test.ts)",
  "changeRequest.withdraw": "the requester and administrators (router/change-request.test.ts)",
  "changeRequest.markSeen": "the signed-in user's own notifications (router/change-request.test.ts)",
};

const errorCode = async (call: Promise<unknown>) => {
  const error = await failure(call);
  return (error.cause as { code?: string } | undefined)?.code ?? error.code;
};

describe("permissions of every mutating procedure", () => {
  it("are specified for every mutation the API offers", () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
    const mutations = Object.entries(procedures).filter(([, procedure]) => procedure._def.type === "mutation").map(([name]) => name);
    const specified = new Set([...ROWS.map((row) => row.procedure), ...Object.keys(SPECIFIED_ELSEWHERE)]);
    expect(mutations.filter((name) => !specified.has(name))).toEqual([]);
  });

  it.each(ROWS.map((row) => [`${row.procedure} (${row.situation})`, row] as const))("%s", async (_name, row) => {
    const prepared = (await row.setup?.(admin)) as never;
    const attempt = (who: keyof typeof callers) => row.call(callers[who], prepared, admin);
    expect(await errorCode(attempt("anonymous"))).toBe("UNAUTHENTICATED");
    expect(await errorCode(attempt("viewer"))).toBe("FORBIDDEN");
    for (const [editor, refusal] of Object.entries(row.refused) as [TEditor, TRefusal][]) {
      expect(await errorCode(attempt(editor)), `${editor} is refused`).toBe(refusal);
    }
    for (const who of row.allowed) {
      await expect(attempt(who), `${who} is allowed`).resolves.toBeDefined();
    }
  });
});
