import { describe, expect, it } from "vitest";
import type { TComponentOwnership } from "../attribution.ts";
import type { TFinding } from "../finding.ts";
import { parseCodeowners } from "../repository/codeowners.ts";
import { checkCodeownersOwnership, ownerIsOfTeam } from "./codeowners-ownership.ts";
import { fixtureFile } from "./fixtures/fixture-file.ts";

const teamB = { slug: "team-b", memberEmails: ["daichi.kato@example.com", "emi.abe@example.com"] };
const strong: TComponentOwnership = { component: "b-service", mode: "strong", teams: [teamB] };

function check(fixture: string, ownership: TComponentOwnership = strong) {
  const { codeowners } = parseCodeowners(fixtureFile(`codeowners/${fixture}.CODEOWNERS`, ".github/CODEOWNERS"));
  return checkCodeownersOwnership(codeowners, ownership);
}

const verdicts = (findings: readonly TFinding[]) => findings.map(({ checkId, practiceId, status, file, line }) => ({ checkId, practiceId, status, file, line }));
const catalogOwner = (status: TFinding["status"], line: number) => ({ checkId: "codeowners.catalog-owner", practiceId: "org.ownership.owner-assigned", status, file: ".github/CODEOWNERS", line });
const strongOwnership = (status: TFinding["status"], line: number) => ({ checkId: "codeowners.strong-ownership", practiceId: "org.ownership.strong.single-owner", status, file: ".github/CODEOWNERS", line });

describe("CODEOWNERS against the catalog's owners", () => {
  it("matches a team by its handle's last segment in any case, or by a member's email", () => {
    expect(ownerIsOfTeam("@example-org/team-b", teamB)).toBe(true);
    expect(ownerIsOfTeam("@Other-Org/Team-B", teamB)).toBe(true);
    expect(ownerIsOfTeam("Emi.Abe@example.com", teamB)).toBe(true);
    expect(ownerIsOfTeam("@example-org/team-b-admins", teamB)).toBe(false);
    expect(ownerIsOfTeam("someone@example.com", teamB)).toBe(false);
  });

  it("passes a root rule that names the owning team, and strong ownership when every owner belongs to it", () => {
    const findings = check("pass-root-rule-names-owning-team");
    expect(verdicts(findings)).toEqual([catalogOwner("pass", 2), strongOwnership("pass", 2)]);
    expect(findings[0]!.message).toBe("CODEOWNERS gives the repository to team-b, which owns b-service in the catalog.");
  });

  it("fails a root rule that names none of the owning teams, at that rule", () => {
    const findings = check("fail-root-rule-names-another-team", { ...strong, mode: "collective" });
    expect(verdicts(findings)).toEqual([catalogOwner("fail", 2)]);
    expect(findings[0]).toMatchObject({
      severity: "medium",
      message: "CODEOWNERS gives the repository to @example-org/platform-team, none of which is b-service's owning team in the catalog (team-b).",
      remediation: 'Name the owning team in the rule "*" (e.g. @<org>/team-b), or correct b-service\'s owners in the catalog.',
    });
  });

  it("fails each rule that lets someone outside a strong owner's team approve changes", () => {
    const findings = check("fail-strong-owner-shares-rule-with-dba");
    expect(verdicts(findings)).toEqual([catalogOwner("pass", 1), strongOwnership("fail", 2), strongOwnership("fail", 3)]);
    expect(findings[1]!.message).toBe('b-service is strongly owned by team-b, but the CODEOWNERS rule "*.sql" also lets @example-org/dba approve changes.');
    expect(findings[2]!.message).toContain("also lets @ghost-writer approve changes");
  });

  it("lets anyone be a code owner under collective ownership", () => {
    expect(verdicts(check("fail-strong-owner-shares-rule-with-dba", { ...strong, mode: "collective" }))).toEqual([catalogOwner("pass", 1)]);
  });

  it("claims no single owner for a component the catalog gives two teams", () => {
    const findings = check("pass-root-rule-names-owning-team", { ...strong, teams: [teamB, { slug: "team-a", memberEmails: [] }] });
    expect(verdicts(findings)).toEqual([catalogOwner("pass", 2)]);
  });

  it("warns that nothing can be compared when the catalog names no owning team", () => {
    expect(verdicts(check("pass-root-rule-names-owning-team", { ...strong, teams: [] }))).toEqual([catalogOwner("warn", 2)]);
  });

  it("compares nothing without CODEOWNERS, without a root rule with owners, or without the scan's component", () => {
    expect(checkCodeownersOwnership(undefined, strong)).toEqual([]);
    const { codeowners } = parseCodeowners({ path: "CODEOWNERS", text: "/src/ @example-org/team-b\n" });
    expect(verdicts(checkCodeownersOwnership(codeowners, strong))).toEqual([{ ...strongOwnership("pass", 1), file: "CODEOWNERS" }]);
    expect(checkCodeownersOwnership(codeowners, undefined)).toEqual([]);
  });
});
