import type { TTransaction } from "./integrity.ts";
import { resolveSlugs } from "./integrity.ts";

/** Slug → id lookups for the relations an input names, each reporting the field it came from. */
export const resolveTeams = (tx: TTransaction, field: string, slugs: readonly string[]) =>
  resolveSlugs(field, "team", slugs, (s) => tx.team.findMany({ where: { slug: { in: s } }, select: { id: true, slug: true } }));

export const resolveComponents = (tx: TTransaction, field: string, slugs: readonly string[]) =>
  resolveSlugs(field, "component", slugs, (s) => tx.component.findMany({ where: { slug: { in: s } }, select: { id: true, slug: true } }));

export const resolveRepositories = (tx: TTransaction, field: string, slugs: readonly string[]) =>
  resolveSlugs(field, "repository", slugs, (s) => tx.repository.findMany({ where: { slug: { in: s } }, select: { id: true, slug: true } }));

export const resolveNamespaces = (tx: TTransaction, field: string, slugs: readonly string[]) =>
  resolveSlugs(field, "namespace", slugs, (s) => tx.namespace.findMany({ where: { slug: { in: s } }, select: { id: true, slug: true } }));

export const resolveSolutionAreas = (tx: TTransaction, field: string, slugs: readonly string[]) =>
  resolveSlugs(field, "solution area", slugs, (s) => tx.solutionArea.findMany({ where: { slug: { in: s } }, select: { id: true, slug: true } }));

export const resolveBoundedContexts = (tx: TTransaction, field: string, slugs: readonly string[]) =>
  resolveSlugs(field, "bounded context", slugs, (s) => tx.boundedContext.findMany({ where: { slug: { in: s } }, select: { id: true, slug: true } }));

export const resolveClusters = (tx: TTransaction, field: string, slugs: readonly string[]) =>
  resolveSlugs(field, "cluster", slugs, (s) => tx.cluster.findMany({ where: { slug: { in: s } }, select: { id: true, slug: true } }));

export const resolveEnvironments = (tx: TTransaction, field: string, slugs: readonly string[]) =>
  resolveSlugs(field, "environment", slugs, (s) => tx.environment.findMany({ where: { slug: { in: s } }, select: { id: true, slug: true } }));

/** Replaces which teams answer for a solution area. */
export async function writeAreaTeams(tx: TTransaction, solutionAreaId: string, teamIds: string[]) {
  await tx.solutionAreaTeam.deleteMany({ where: { solutionAreaId } });
  if (teamIds.length > 0) await tx.solutionAreaTeam.createMany({ data: teamIds.map((teamId) => ({ solutionAreaId, teamId })) });
}

/** The selection used wherever a list shows who owns a component. */
export const ownersSelect = { select: { team: { select: { slug: true, name: true } } }, orderBy: { team: { name: "asc" as const } } };
export const teamsOf = (links: { team: { slug: string; name: string } }[]) => links.map((link) => link.team);
