import { createRepository, deleteRepository, getRepository, listRepositories, updateRepository } from "@topograph/db";
import { ZRepositoryCreateSchema, ZRepositoryListInputSchema, ZRepositoryUpdateSchema } from "@topograph/domain";
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
});
