import type { TContextRelationshipCreate, TTeamInteraction } from "@topograph/domain";
import { contextRelationshipAudit, teamInteractionAudit, type TCatalogAuditSubject } from "../audit/catalog-subjects.ts";
import { relateBoundedContexts } from "../catalog/bounded-context.ts";
import { insertContextRelationships, insertTeamInteractions } from "../bulk/catalog-inserts.ts";
import type { TTransaction } from "../catalog/integrity.ts";
import { declareTeamInteraction } from "../catalog/team-interaction.ts";
import { about } from "./entry-errors.ts";
import type { SlugDirectory } from "./slug-directory.ts";

/** Where an import notes what it did with one kind of relation (labels), and the entries it inserted in bulk. */
export interface TRelationOutcome {
  created: string[];
  kept: string[];
  insertedInBulk: (subject: TCatalogAuditSubject, ids: string[]) => void;
}

/**
 * Context-map relationships: one already recorded (or repeated in the files) is kept; new ones
 * between known contexts are inserted together; any other goes through relateBoundedContexts,
 * which names the unknown context.
 */
export async function writeContextRelationships(tx: TTransaction, relationships: readonly TContextRelationshipCreate[], directory: SlugDirectory, outcome: TRelationOutcome) {
  const recorded = await tx.contextRelationship.findMany({ select: { upstreamId: true, downstreamId: true, pattern: true } });
  const keys = new Set(recorded.map((r) => `${r.upstreamId}|${r.downstreamId}|${r.pattern}`));
  const context = directory.idOf("boundedContext");
  const label = (r: TContextRelationshipCreate) => `${r.upstreamSlug} → ${r.downstreamSlug} (${r.pattern})`;
  const fresh: TContextRelationshipCreate[] = [];
  const unresolved: TContextRelationshipCreate[] = [];
  for (const relationship of relationships) {
    if (!directory.hasAll("boundedContext", [relationship.upstreamSlug, relationship.downstreamSlug])) {
      unresolved.push(relationship);
      continue;
    }
    const key = `${context(relationship.upstreamSlug)}|${context(relationship.downstreamSlug)}|${relationship.pattern}`;
    (keys.has(key) ? outcome.kept : outcome.created).push(label(relationship));
    if (!keys.has(key)) fresh.push(relationship);
    keys.add(key);
  }
  if (fresh.length > 0) outcome.insertedInBulk(contextRelationshipAudit, await insertContextRelationships(tx, fresh, context));
  for (const relationship of unresolved) await about("Context relationship", label(relationship), () => relateBoundedContexts(tx, relationship));
}

/**
 * Team interactions: a pair of known teams with no interaction yet is inserted with the others; an
 * interaction the pair already holds exactly is kept; any other goes through declareTeamInteraction
 * (which replaces the pair's interaction, either way round, or names the unknown team).
 */
export async function writeTeamInteractions(tx: TTransaction, interactions: readonly TTeamInteraction[], directory: SlugDirectory, outcome: TRelationOutcome) {
  const team = directory.idOf("team");
  const pairOf = (teamId: string, withTeamId: string) => [teamId, withTeamId].sort().join("|");
  const exactly = (teamId: string, withTeamId: string, mode: string, description: string) => JSON.stringify([teamId, withTeamId, mode, description]);
  /** The interaction each pair holds, exactly, as the import goes: a pair has one, declared either way round. */
  const held = new Map<string, string>();
  for (const i of await tx.teamInteraction.findMany({ select: { teamId: true, withTeamId: true, mode: true, description: true } })) {
    held.set(pairOf(i.teamId, i.withTeamId), exactly(i.teamId, i.withTeamId, i.mode, i.description));
  }
  const label = (i: TTeamInteraction) => `${i.teamSlug} → ${i.withTeamSlug} (${i.mode})`;
  const fresh: TTeamInteraction[] = [];
  const rest: { interaction: TTeamInteraction; pair: string | null; exact: string | null }[] = [];
  for (const interaction of interactions) {
    const known = interaction.teamSlug !== interaction.withTeamSlug && directory.hasAll("team", [interaction.teamSlug, interaction.withTeamSlug]);
    const [teamId, withTeamId] = known ? [team(interaction.teamSlug), team(interaction.withTeamSlug)] : ["", ""];
    const pair = known ? pairOf(teamId, withTeamId) : null;
    const exact = known ? exactly(teamId, withTeamId, interaction.mode, interaction.description) : null;
    if (pair && exact && !held.has(pair)) {
      fresh.push(interaction);
      held.set(pair, exact);
    } else {
      rest.push({ interaction, pair, exact });
    }
  }
  if (fresh.length > 0) {
    outcome.insertedInBulk(teamInteractionAudit, await insertTeamInteractions(tx, fresh, team));
    outcome.created.push(...fresh.map(label));
  }
  for (const { interaction, pair, exact } of rest) {
    if (pair && held.get(pair) === exact) {
      outcome.kept.push(label(interaction));
      continue;
    }
    await about("Team interaction", label(interaction), () => declareTeamInteraction(tx, interaction));
    if (pair && exact) held.set(pair, exact);
    outcome.created.push(label(interaction));
  }
}
