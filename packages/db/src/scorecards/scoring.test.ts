import { describe, expect, it } from "vitest";
import { demoDatabase } from "../testing/index.ts";
import { getStoredScorecard, installBuiltInScorecards, upsertScorecard } from "./definitions.ts";
import { loadFacts, scoreScorecard } from "./scoring.ts";
import { createWaiver } from "./waivers.ts";

const NOW = new Date("2026-11-24T12:00:00Z");
const SCORECARD = "deployment-readiness";

describe("scoring a scorecard", () => {
  it("scores once per facts, scorecard version and waivers in force, however often it is asked", async () => {
    const db = await demoDatabase();
    await installBuiltInScorecards(db);
    const facts = await loadFacts(db);
    const first = await scoreScorecard(db, SCORECARD, NOW, facts);
    expect((await scoreScorecard(db, SCORECARD, NOW, facts)).results).toBe(first.results);

    const failing = first.results.find((r) => r.statuses.includes("fail"))!;
    const rule = first.stored.definition.rules[failing.statuses.indexOf("fail")]!;
    await createWaiver(db, { scorecardId: SCORECARD, ruleId: rule.id, entity: { kind: failing.kind, slug: failing.slug }, reason: "Migrating next sprint, agreed with SRE.", expiresAt: "2026-12-31", grantedBy: "Ana" }, NOW);
    const waived = await scoreScorecard(db, SCORECARD, NOW, facts);
    expect(waived.results).not.toBe(first.results);
    expect(waived.results.find((r) => r.slug === failing.slug)!.statuses).toContain("waived");
    expect((await scoreScorecard(db, SCORECARD, new Date("2027-01-01T00:00:00Z"), facts)).results.find((r) => r.slug === failing.slug)!.statuses).not.toContain("waived");

    const stored = await getStoredScorecard(db, SCORECARD);
    const { rules, ...definition } = stored.definition;
    await upsertScorecard(db, { ...definition, rules: rules.slice(1), version: stored.version }, { replaceAnyVersion: true });
    const edited = await scoreScorecard(db, SCORECARD, NOW, facts);
    expect(edited.results[0]!.statuses).toHaveLength(rules.length - 1);

    expect((await scoreScorecard(db, SCORECARD, NOW, await loadFacts(db))).results).not.toBe(edited.results);
  });
});
