import { createSolutionArea, deleteSolutionArea, getSolutionArea, listSolutionAreas, updateSolutionArea } from "@topograph/db";
import { ZSolutionAreaCreateSchema, ZSolutionAreaListInputSchema, ZSolutionAreaUpdateSchema } from "@topograph/domain";
import { SOLUTION_AREA_NEEDS } from "../authorisation/catalog-needs.ts";
import { catalogEntityProcedures } from "./catalog-procedures.ts";

export const solutionAreaRouter = catalogEntityProcedures({
  listInput: ZSolutionAreaListInputSchema,
  list: listSolutionAreas,
  get: getSolutionArea,
  createInput: ZSolutionAreaCreateSchema,
  create: createSolutionArea,
  updateInput: ZSolutionAreaUpdateSchema,
  update: updateSolutionArea,
  remove: deleteSolutionArea,
  needs: SOLUTION_AREA_NEEDS,
});
