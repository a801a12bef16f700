import {
  createCluster,
  createEnvironment,
  deleteCluster,
  deleteEnvironment,
  getCluster,
  getEnvironment,
  listClusters,
  listEnvironments,
  updateCluster,
  updateEnvironment,
} from "@topograph/db";
import { ZClusterCreateSchema, ZClusterUpdateSchema, ZEnvironmentCreateSchema, ZEnvironmentUpdateSchema, ZRuntimeListInputSchema } from "@topograph/domain";
import { administeredNeeds } from "../authorisation/catalog-needs.ts";
import { catalogEntityProcedures } from "./catalog-procedures.ts";

/** Clusters and environments: where namespaces live. */
export const clusterRouter = catalogEntityProcedures({
  listInput: ZRuntimeListInputSchema,
  list: listClusters,
  get: getCluster,
  createInput: ZClusterCreateSchema,
  create: createCluster,
  updateInput: ZClusterUpdateSchema,
  update: updateCluster,
  remove: deleteCluster,
  needs: administeredNeeds("cluster"),
});

export const environmentRouter = catalogEntityProcedures({
  listInput: ZRuntimeListInputSchema,
  list: listEnvironments,
  get: getEnvironment,
  createInput: ZEnvironmentCreateSchema,
  create: createEnvironment,
  updateInput: ZEnvironmentUpdateSchema,
  update: updateEnvironment,
  remove: deleteEnvironment,
  needs: administeredNeeds("environment"),
});
