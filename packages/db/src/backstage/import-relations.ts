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
 * Team interactions: a pair of known teams with no interaction yet is inserted with the others;
 * any other goes through declareTeamInteraction (which replaces the pair's interaction, either
 * way round), unless the very same interaction is already declared.
 */
export async function writeTeamInteractions(tx: TTransaction, interactions: readonly TTeamInteraction[], directory: SlugDirectory, outcome: TRelationOutcome) {
  const declared = await tx.teamInteraction.findMany({ select: { teamId: true, withTeamId: true, mode: true, description: true } });
  const pairs = new Set(declared.flatMap((i) => [`${i.teamId}|${i.withTeamId}`, `${i.withTeamId}|${i.teamId}`]));
  /** Interactions stored exactly as declared when the import began, for pairs it has not since replaced. */
  const exactly = new Set(declared.map((i) => JSON.stringify([i.teamId, i.withTeamId, i.mode, i.description])));
  const replaced = new Set<string>();
  const team = directory.idOf("team");
  const label = (i: TTeamInteraction) => `${i.teamSlug} → ${i.withTeamSlug} (${i.mode})`;
  const fresh: TTeamInteraction[] = [];
  const rest: TTeamInteraction[] = [];
  for (const interaction of interactions) {
    const known = interaction.teamSlug !== interaction.withTeamSlug && directory.hasAll("team", [interaction.teamSlug, interaction.withTeamSlug]);
    const pair = known ? `${team(interaction.teamSlug)}|${team(interaction.withTeamSlug)}` : "";
    if (!known || pairs.has(pair)) {
      rest.push(interaction);
      continue;
    }
    fresh.push(interaction);
    pairs.add(pair).add(`${team(interaction.withTeamSlug)}|${team(interaction.teamSlug)}`);
  }
  if (fresh.length > 0) {
    outcome.insertedInBulk(teamInteractionAudit, await insertTeamInteractions(tx, fresh, team));
    outcome.created.push(...fresh.map(label));
  }
  for (const interaction of rest) {
    const ids = directory.hasAll("team", [interaction.teamSlug, interaction.withTeamSlug]) ? [team(interaction.teamSlug), team(interaction.withTeamSlug)] : null;
    const pair = ids ? [...ids].sort().join("|") : "";
    if (ids && !replaced.has(pair) && exactly.has(JSON.stringify([...ids, interaction.mode, interaction.description]))) {
      outcome.kept.push(label(interaction));
      continue;
    }
    replaced.add(pair);
    const same = await tx.teamInteraction.count({ where: { team: { slug: interaction.teamSlug }, withTeam: { slug: interaction.withTeamSlug }, mode: interaction.mode, description: interaction.description } });
    if (same > 0) {
      outcome.kept.push(label(interaction));
      continue;
    }
    await about("Team interaction", label(interaction), () => declareTeamInteraction(tx, interaction));
    outcome.created.push(label(interaction));
  }
}
