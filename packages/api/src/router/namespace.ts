import { createNamespace, deleteNamespace, getNamespace, listNamespaces, updateNamespace } from "@topograph/db";
import { ZNamespaceCreateSchema, ZNamespaceListInputSchema, ZNamespaceUpdateSchema } from "@topograph/domain";
import { NAMESPACE_NEEDS } from "../authorisation/catalog-needs.ts";
import { catalogEntityProcedures } from "./catalog-procedures.ts";

export const namespaceRouter = catalogEntityProcedures({
  listInput: ZNamespaceListInputSchema,
  list: listNamespaces,
  get: getNamespace,
  createInput: ZNamespaceCreateSchema,
  create: createNamespace,
  updateInput: ZNamespaceUpdateSchema,
  update: updateNamespace,
  remove: deleteNamespace,
  needs: NAMESPACE_NEEDS,
});
