import { createSolutionArea, deleteSolutionArea, getSolutionArea, listSolutionAreas, updateSolutionArea } from "@topograph/db";
import { ZSolutionAreaCreateSchema, ZSolutionAreaListInputSchema, ZSolutionAreaUpdateSchema } from "@topograph/domain";
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
});
