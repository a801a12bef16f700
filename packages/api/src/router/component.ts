import { createComponent, deleteComponent, getComponent, listComponents, updateComponent } from "@topograph/db";
import { ZComponentCreateSchema, ZComponentListInputSchema, ZComponentUpdateSchema } from "@topograph/domain";
import { COMPONENT_NEEDS } from "../authorisation/catalog-needs.ts";
import { catalogEntityProcedures } from "./catalog-procedures.ts";

export const componentRouter = catalogEntityProcedures({
  listInput: ZComponentListInputSchema,
  list: listComponents,
  get: getComponent,
  createInput: ZComponentCreateSchema,
  create: createComponent,
  updateInput: ZComponentUpdateSchema,
  update: updateComponent,
  remove: deleteComponent,
  needs: COMPONENT_NEEDS,
});
