import { createTeam, deleteTeam, getTeam, listTeams, updateTeam } from "@topograph/db";
import { ZTeamCreateSchema, ZTeamListInputSchema, ZTeamUpdateSchema } from "@topograph/domain";
import { TEAM_NEEDS } from "../authorisation/catalog-needs.ts";
import { catalogEntityProcedures } from "./catalog-procedures.ts";

export const teamRouter = catalogEntityProcedures({
  listInput: ZTeamListInputSchema,
  list: listTeams,
  get: getTeam,
  createInput: ZTeamCreateSchema,
  create: createTeam,
  updateInput: ZTeamUpdateSchema,
  update: updateTeam,
  remove: deleteTeam,
  needs: TEAM_NEEDS,
});
