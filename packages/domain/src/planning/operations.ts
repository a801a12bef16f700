import { z } from "zod";
import { vocabulary, ZNameSchema } from "../catalog/fields.ts";
import { OWNERSHIP_MODES } from "../catalog/organisation.ts";
import { TEAM_INTERACTION_MODES } from "../catalog/team-interaction.ts";
import { TEAM_TYPES } from "../catalog/team.ts";
import { ZSlugSchema } from "../catalog/slug.ts";

const ZRef = (what: string) => z.string().trim().min(1, `Name the ${what}.`).max(200, `The ${what} reference is too long.`);
const ZTeamRef = ZRef("team");
const ZRefs = (what: string) =>
  z
    .array(ZRef(what))
    .max(500, `At most 500 ${what} references.`)
    .refine((refs) => new Set(refs).size === refs.length, `The ${what} list names the same entry twice.`)
    .default([]);
const ZNewTeamSchema = z.object({ slug: ZSlugSchema, name: ZNameSchema, type: vocabulary("Team type", TEAM_TYPES) }).strict();

/** What a `move` operation moves. Repositories and namespaces move the components they hold or run. */
export const MOVABLE_KINDS = ["component", "repository", "bounded-context", "namespace", "member"] as const;
export type TMovableKind = (typeof MOVABLE_KINDS)[number];

/**
 * One change a scenario makes to the catalog. `move` without `from` gives the item to `to` alone;
 * with `from` it hands over only that team's share (co-owners keep theirs).
 */
export const ZScenarioOperationSchema = z.discriminatedUnion(
  "op",
  [
    z.object({ op: z.literal("create-team"), team: ZNewTeamSchema }).strict(),
    z.object({ op: z.literal("rename-team"), team: ZTeamRef, name: ZNameSchema }).strict(),
    z.object({ op: z.literal("set-team-type"), team: ZTeamRef, type: vocabulary("Team type", TEAM_TYPES) }).strict(),
    z
      .object({ op: z.literal("merge-teams"), team: ZTeamRef, into: ZTeamRef })
      .strict()
      .refine((o) => o.team !== o.into, { path: ["into"], message: "A team cannot be merged into itself." }),
    z
      .object({
        op: z.literal("split-team"),
        team: ZTeamRef,
        newTeam: ZNewTeamSchema,
        components: ZRefs("component"),
        boundedContexts: ZRefs("bounded context"),
        members: ZRefs("member"),
      })
      .strict()
      .refine((o) => o.components.length + o.boundedContexts.length + o.members.length > 0, { path: ["components"], message: "A split moves at least one component, bounded context or member to the new team." }),
    z
      .object({ op: z.literal("move"), item: z.object({ kind: vocabulary("Item kind", MOVABLE_KINDS), ref: ZRef("item") }).strict(), from: ZTeamRef.optional(), to: ZTeamRef })
      .strict()
      .refine((o) => o.from !== o.to, { path: ["to"], message: "Moving to the team it comes from changes nothing." }),
    z.object({ op: z.literal("set-ownership-mode"), component: ZRef("component"), mode: z.enum([...OWNERSHIP_MODES, "organisation-default"], { error: () => "Ownership mode must be one of: collective, strong, organisation-default." }) }).strict(),
    z
      .object({ op: z.literal("declare-interaction"), team: ZTeamRef, withTeam: ZTeamRef, mode: z.enum([...TEAM_INTERACTION_MODES, "none"], { error: () => `Interaction mode must be one of: ${TEAM_INTERACTION_MODES.join(", ")}, none.` }) })
      .strict()
      .refine((o) => o.team !== o.withTeam, { path: ["withTeam"], message: "A team does not interact with itself." }),
  ],
  { error: () => "The operation is one of: create-team, rename-team, set-team-type, merge-teams, split-team, move, set-ownership-mode, declare-interaction." },
);
export type TScenarioOperation = z.infer<typeof ZScenarioOperationSchema>;
export type TScenarioOperationInput = z.input<typeof ZScenarioOperationSchema>;
export const SCENARIO_OPERATIONS = ["create-team", "rename-team", "set-team-type", "merge-teams", "split-team", "move", "set-ownership-mode", "declare-interaction"] as const;
