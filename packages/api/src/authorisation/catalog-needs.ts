import {
  areaTeamSlugs,
  boundedContextTarget,
  componentOwnershipSettings,
  componentTarget,
  componentTargetsBySlug,
  namespaceTarget,
  organisationMode,
  repositoryTarget,
  solutionAreaTarget,
  teamRef,
  teamRefsBySlug,
  type TDb,
} from "@topograph/db";
import {
  type TComponentCreate,
  type TComponentUpdate,
  type TEntityRef,
  type TOwnedTarget,
  type TOwnershipMode,
  type TPermissionNeed,
  type TRepositoryCreate,
  type TRepositoryUpdate,
} from "@topograph/domain";

/**
 * What each catalog write needs (see domain/authorisation/permission.ts for the kinds of need).
 * A missing entity needs nothing here: the write itself answers NOT_FOUND.
 */
export interface TCatalogNeeds<TCreate, TUpdate> {
  create: (db: TDb, input: TCreate) => Promise<TPermissionNeed[]>;
  update: (db: TDb, input: TUpdate) => Promise<TPermissionNeed[]>;
  remove: (db: TDb, ref: TEntityRef) => Promise<TPermissionNeed[]>;
}

const change = (target: TOwnedTarget | null, what: string): TPermissionNeed[] => (target ? [{ kind: "change", target, what }] : []);
const govern = (target: TOwnedTarget | null, what: string): TPermissionNeed[] => (target ? [{ kind: "govern", target, what }] : []);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

/** What something will be owned by once created: the teams it names, under the mode it sets or the organisation's. */
async function wouldBeOwned(db: TDb, kind: string, name: string, teamSlugs: readonly string[], mode: TOwnershipMode | null): Promise<TOwnedTarget> {
  return { kind, name, ownerTeams: await teamRefsBySlug(db, teamSlugs), mode: mode ?? (await organisationMode(db)) };
}

/** Organisation-wide things (clusters, environments, the organisation itself): administrators only. */
export function administeredNeeds(noun: string): TCatalogNeeds<unknown, unknown> {
  return {
    create: async () => [{ kind: "administer", what: `create ${noun}s` }],
    update: async () => [{ kind: "administer", what: `change ${noun}s` }],
    remove: async () => [{ kind: "administer", what: `delete ${noun}s` }],
  };
}

/** Any editor may start a team; only its members (or administrators) change or delete it, members list included. */
async function teamMembersNeed(db: TDb, id: string, verb: string): Promise<TPermissionNeed[]> {
  const team = await teamRef(db, { id });
  return team ? [{ kind: "belong", teams: [team], what: `${verb} ${team.name}` }] : [];
}

export const TEAM_NEEDS: TCatalogNeeds<unknown, TEntityRef> = {
  create: async () => [{ kind: "edit", what: "create a team" }],
  update: (db, { id }) => teamMembersNeed(db, id, "change"),
  remove: (db, { id }) => teamMembersNeed(db, id, "delete"),
};

type TAreaCreate = { name: string; teamSlugs: readonly string[] };
type TAreaUpdate = TEntityRef & { teamSlugs?: readonly string[] | undefined };

/** Solution areas and bounded contexts belong to the teams that answer for them; changing those teams is the owners' call. */
function areaNeeds(kind: string, target: (db: TDb, id: string) => Promise<TOwnedTarget | null>, teamsOf: (db: TDb, id: string) => Promise<string[]>): TCatalogNeeds<TAreaCreate, TAreaUpdate> {
  return {
    create: async (db, input) => change(await wouldBeOwned(db, kind, input.name, input.teamSlugs, null), `create a ${kind} for these teams`),
    update: async (db, input) => {
      const current = await target(db, input.id);
      const retargeted = input.teamSlugs !== undefined && !sameSet(input.teamSlugs, await teamsOf(db, input.id));
      return [...change(current, `change this ${kind}`), ...(retargeted ? govern(current, `change which teams answer for this ${kind}`) : [])];
    },
    remove: async (db, { id }) => change(await target(db, id), `delete this ${kind}`),
  };
}

export const SOLUTION_AREA_NEEDS = areaNeeds(
  "solution area",
  (db, id) => solutionAreaTarget(db, { id }),
  (db, id) => areaTeamSlugs(db, { solutionAreaId: id }),
);
export const BOUNDED_CONTEXT_NEEDS = areaNeeds(
  "bounded context",
  (db, id) => boundedContextTarget(db, { id }),
  (db, id) => areaTeamSlugs(db, { boundedContextId: id }),
);

/**
 * Components: their ownership mode decides who changes them; who owns them and under which mode
 * is the owners' call even under collective ownership.
 */
export const COMPONENT_NEEDS: TCatalogNeeds<TComponentCreate, TComponentUpdate> = {
  create: async (db, input) => change(await wouldBeOwned(db, "component", input.name, input.ownerTeamSlugs, input.ownershipMode), "create a component owned by these teams"),
  update: async (db, input) => {
    const [current, settings] = await Promise.all([componentTarget(db, { id: input.id }), componentOwnershipSettings(db, input.id)]);
    const modeChanges = input.ownershipMode !== undefined && input.ownershipMode !== settings?.ownershipMode;
    const ownersChange = input.ownerTeamSlugs !== undefined && !sameSet(input.ownerTeamSlugs, settings?.ownerTeamSlugs ?? []);
    return [
      ...change(current, "change this component"),
      ...(modeChanges ? govern(current, "change this component's ownership mode") : []),
      ...(ownersChange ? govern(current, "change who owns this component") : []),
    ];
  },
  remove: async (db, { id }) => change(await componentTarget(db, { id }), "delete this component"),
};

/** Repositories belong to the components built from them; linking one to components needs leave to change each. */
async function linkNeeds(db: TDb, componentSlugs: readonly string[] | undefined): Promise<TPermissionNeed[]> {
  const linked = componentSlugs ? await componentTargetsBySlug(db, componentSlugs) : [];
  return linked.flatMap((component) => change(component, "link repositories to it"));
}

export const REPOSITORY_NEEDS: TCatalogNeeds<TRepositoryCreate, TRepositoryUpdate> = {
  create: async (db, input) => [{ kind: "edit", what: "create a repository" }, ...(await linkNeeds(db, input.componentSlugs))],
  update: async (db, input) => [...change(await repositoryTarget(db, { id: input.id }), "change this repository"), ...(await linkNeeds(db, input.componentSlugs))],
  remove: async (db, { id }) => change(await repositoryTarget(db, { id }), "delete this repository"),
};

/** Namespaces belong to the components deployed into them; a new, empty one to nobody yet. */
export const NAMESPACE_NEEDS: TCatalogNeeds<unknown, TEntityRef> = {
  create: async () => [{ kind: "edit", what: "create a namespace" }],
  update: async (db, { id }) => change(await namespaceTarget(db, { id }), "change this namespace"),
  remove: async (db, { id }) => change(await namespaceTarget(db, { id }), "delete this namespace"),
};
