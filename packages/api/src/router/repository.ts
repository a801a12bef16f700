import { createRepository, deleteRepository, getRepository, listRepositories, updateRepository } from "@topograph/db";
import { ZRepositoryCreateSchema, ZRepositoryListInputSchema, ZRepositoryUpdateSchema } from "@topograph/domain";
import { REPOSITORY_NEEDS } from "../authorisation/catalog-needs.ts";
import { catalogEntityProcedures } from "./catalog-procedures.ts";

export const repositoryRouter = catalogEntityProcedures({
  listInput: ZRepositoryListInputSchema,
  list: listRepositories,
  get: getRepository,
  createInput: ZRepositoryCreateSchema,
  create: createRepository,
  updateInput: ZRepositoryUpdateSchema,
  update: updateRepository,
  remove: deleteRepository,
  needs: REPOSITORY_NEEDS,
});
