import type { TComponentOwnership, TOwningTeam } from "../attribution.ts";
import type { TFinding } from "../finding.ts";
import { rootRuleOf, type TCodeowners, type TCodeownersRule } from "../repository/codeowners.ts";
import { repositoryFinding } from "../repository/repository-finding.ts";

/**
 * Whether a CODEOWNERS owner stands for the team: a handle whose last segment is the team's slug
 * (`@acme/payments-team` for payments-team, in any case), or the email of one of its members.
 */
export function ownerIsOfTeam(owner: string, team: TOwningTeam): boolean {
  const name = owner.toLowerCase();
  if (name.startsWith("@")) return name.slice(1).split("/").pop() === team.slug.toLowerCase();
  return team.memberEmails.some((email) => email.toLowerCase() === name);
}

const teamList = (teams: readonly TOwningTeam[]) => teams.map((team) => team.slug).join(", ");

/**
 * org.ownership.owner-assigned: the rule for the whole repository must name one of the component's
 * owning teams. Without such a rule the CODEOWNERS check itself fails, so nothing is compared.
 */
function checkRootRuleNamesOwningTeam(codeowners: TCodeowners, ownership: TComponentOwnership): TFinding[] {
  const rootRule = rootRuleOf(codeowners);
  if (!rootRule || rootRule.owners.length === 0) return [];
  const at = { checkId: "codeowners.catalog-owner", practiceId: "org.ownership.owner-assigned", file: codeowners.file, line: rootRule.line } as const;
  if (ownership.teams.length === 0) {
    return [
      repositoryFinding({
        ...at,
        status: "warn",
        severity: "medium",
        message: `The catalog names no owning team of ${ownership.component}, so the owners of CODEOWNERS (${rootRule.owners.join(", ")}) cannot be checked against it.`,
        remediation: `Add ${ownership.component}'s owning team in the catalog.`,
      }),
    ];
  }
  const named = ownership.teams.filter((team) => rootRule.owners.some((owner) => ownerIsOfTeam(owner, team)));
  if (named.length > 0) {
    return [repositoryFinding({ ...at, status: "pass", severity: "info", message: `CODEOWNERS gives the repository to ${teamList(named)}, which owns ${ownership.component} in the catalog.` })];
  }
  return [
    repositoryFinding({
      ...at,
      status: "fail",
      severity: "medium",
      message: `CODEOWNERS gives the repository to ${rootRule.owners.join(", ")}, none of which is ${ownership.component}'s owning team in the catalog (${teamList(ownership.teams)}).`,
      remediation: `Name the owning team in the rule "${rootRule.pattern}" (e.g. @<org>/${ownership.teams[0]!.slug}), or correct ${ownership.component}'s owners in the catalog.`,
    }),
  ];
}

/**
 * org.ownership.strong.single-owner: under strong ownership only the owning team approves changes,
 * so a rule naming anyone else fails (one finding per rule). With one owning team and no outsider,
 * it passes at the root rule (or the file's first rule).
 */
function checkStrongOwnershipOutsiders(codeowners: TCodeowners, ownership: TComponentOwnership): TFinding[] {
  if (ownership.mode !== "strong" || ownership.teams.length === 0) return [];
  const at = { checkId: "codeowners.strong-ownership", practiceId: "org.ownership.strong.single-owner", file: codeowners.file } as const;
  const outsidersOf = (rule: TCodeownersRule) => rule.owners.filter((owner) => !ownership.teams.some((team) => ownerIsOfTeam(owner, team)));
  const failures = codeowners.rules.flatMap((rule) => {
    const outsiders = outsidersOf(rule);
    if (outsiders.length === 0) return [];
    return [
      repositoryFinding({
        ...at,
        status: "fail",
        severity: "medium",
        line: rule.line,
        message: `${ownership.component} is strongly owned by ${teamList(ownership.teams)}, but the CODEOWNERS rule "${rule.pattern}" also lets ${outsiders.join(", ")} approve changes.`,
        remediation: `Under strong ownership others propose changes by pull request and the owners review them: remove ${outsiders.join(", ")} from the rule (name members by their email), or make ${ownership.component} collectively owned in the catalog.`,
      }),
    ];
  });
  if (failures.length > 0) return failures;
  const rule = rootRuleOf(codeowners) ?? codeowners.rules[0];
  if (ownership.teams.length !== 1 || !rule) return [];
  return [repositoryFinding({ ...at, status: "pass", severity: "info", line: rule.line, message: `Every owner in CODEOWNERS belongs to ${teamList(ownership.teams)}, which owns ${ownership.component} strongly.` })];
}

/** CODEOWNERS compared with the catalog's owners of the scan's component; nothing without either. */
export function checkCodeownersOwnership(codeowners: TCodeowners | undefined, ownership: TComponentOwnership | undefined): TFinding[] {
  if (!codeowners || !ownership) return [];
  return [...checkRootRuleNamesOwningTeam(codeowners, ownership), ...checkStrongOwnershipOutsiders(codeowners, ownership)];
}
