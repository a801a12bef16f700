import { describe, expect, it } from "vitest";
import { PRACTICE_CATALOGUE } from "./catalogue.ts";
import { checklistItems, checklistProgress, resolveChecklist, ZAnswerFieldsSchema, type TRecordedAnswer } from "./checklist.ts";

const answer = (itemId: string, status: TRecordedAnswer["status"]): TRecordedAnswer => ({ itemId, status, note: "", evidenceLinks: [], answeredBy: "ann", answeredAt: "2026-11-23T00:00:00.000Z" });
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("which items a checklist asks", () => {
  it("asks a frontend about CDN purges but not about database migrations", () => {
    const items = ids(checklistItems(PRACTICE_CATALOGUE, "component", "frontend"));
    expect(items).toContain("delivery.frontend.cdn-purge");
    expect(items).not.toContain("delivery.microservice.db-migration-before-deploy");
  });

  it("asks an SRE tool nothing about an application repository", () => {
    expect(ids(checklistItems(PRACTICE_CATALOGUE, "component", "sre-tool"))).not.toContain("repo.polyrepo.application-repository");
  });

  it("shows organisation, team and context practices on a component's checklist", () => {
    const items = checklistItems(PRACTICE_CATALOGUE, "component", "microservice");
    expect(new Set(items.map((i) => i.scope))).toEqual(new Set(["component", "organisation", "team", "bounded-context"]));
    expect(ids(items)).toContain("org.team-per-bounded-context");
    expect(ids(items)).toContain("scaling.pod.metrics-server");
    expect(ids(items)).toContain("chassis.cd.shared-config");
  });

  it("asks a namespace its own practices and inherits the organisation's", () => {
    const items = checklistItems(PRACTICE_CATALOGUE, "namespace");
    expect(new Set(items.map((i) => i.scope))).toEqual(new Set(["namespace", "organisation"]));
  });

  it("asks the organisation only organisation practices", () => {
    expect(checklistItems(PRACTICE_CATALOGUE, "organisation").every((i) => i.scope === "organisation")).toBe(true);
  });

  it("no longer asks retired items", () => {
    const catalogue = { ...PRACTICE_CATALOGUE, retiredItemIds: ["deploy.probes.startup"] };
    expect(ids(checklistItems(catalogue, "component", "microservice"))).not.toContain("deploy.probes.startup");
  });
});

describe("resolving answers", () => {
  const items = checklistItems(PRACTICE_CATALOGUE, "component", "microservice").filter((i) =>
    ["scaling.pod.metrics-server", "deploy.probes.readiness", "chassis.cd.shared-config", "scaling.pod.pdb"].includes(i.id),
  );

  it("uses the component's own answer, else the nearest broader answer, else unknown", () => {
    const entries = resolveChecklist(
      items,
      [answer("deploy.probes.readiness", "adopted")],
      [
        { kind: "team", slug: "team-a", name: "Team A", answers: [answer("chassis.cd.shared-config", "partial")] },
        { kind: "organisation", name: "Acme", answers: [answer("scaling.pod.metrics-server", "adopted"), answer("chassis.cd.shared-config", "adopted")] },
      ],
    );
    const byId = Object.fromEntries(entries.map((e) => [e.item.id, `${e.status}/${e.source}${e.inheritedFrom ? `/${e.inheritedFrom.kind}` : ""}`]));
    expect(byId).toEqual({
      "deploy.probes.readiness": "adopted/answered",
      "chassis.cd.shared-config": "partial/inherited/team",
      "scaling.pod.metrics-server": "adopted/inherited/organisation",
      "scaling.pod.pdb": "unknown/unanswered",
    });
  });

  it("lets a component override an inherited answer", () => {
    const [entry] = resolveChecklist(
      items.filter((i) => i.id === "scaling.pod.metrics-server"),
      [answer("scaling.pod.metrics-server", "not-applicable")],
      [{ kind: "organisation", name: "Acme", answers: [answer("scaling.pod.metrics-server", "adopted")] }],
    );
    expect(entry).toMatchObject({ status: "not-applicable", source: "answered" });
  });
});

describe("progress", () => {
  it("counts adopted fully and partial half, leaving out what does not apply", () => {
    expect(checklistProgress([{ status: "adopted" }, { status: "partial" }, { status: "not-adopted" }, { status: "not-applicable" }, { status: "unknown" }])).toEqual({
      applicable: 4, adopted: 1, partial: 1, notAdopted: 1, unknown: 1, percent: 38,
    });
    expect(checklistProgress([]).percent).toBe(100);
  });
});

describe("answers", () => {
  it("need a reason when a practice does not apply", () => {
    const result = ZAnswerFieldsSchema.safeParse({ status: "not-applicable", answeredBy: "Ann" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["note"]);
    expect(ZAnswerFieldsSchema.safeParse({ status: "not-applicable", note: "No database", answeredBy: "Ann" }).success).toBe(true);
  });
});
