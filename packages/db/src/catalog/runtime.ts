import {
  AppError,
  slugify,
  type TClusterCreate,
  type TClusterUpdate,
  type TEntityRef,
  type TEnvironmentCreate,
  type TEnvironmentUpdate,
  type TRuntimeListInput,
} from "@topograph/domain";
import { expectNothingBlocksDelete, expectOneUpdated, expectSlugFree, expectVersion, inTransaction, plural, type TTransaction, type TDb } from "./integrity.ts";
import { byName, pageOf, RELATED_LIMIT, textFilter } from "./pagination.ts";
import { audited } from "../audit/audited-write.ts";
import { clusterAudit, environmentAudit } from "../audit/catalog-subjects.ts";

/** Environments and clusters: where namespaces live. Both are small reference lists. */

const namespacesOf = {
  select: { slug: true, name: true, meshMembership: true, deployMethod: true, _count: { select: { deployments: true } } },
  orderBy: byName,
  take: RELATED_LIMIT,
} as const;
const runtimeSelect = { id: true, slug: true, name: true, description: true, _count: { select: { namespaces: true } } } as const;
const detailSelect = { version: true, createdAt: true, updatedAt: true } as const;
const created = { id: true, slug: true, version: true } as const;

/** Namespaces pin their environment and cluster; both can go only once those are moved or removed. */
async function expectNoNamespaces(tx: TTransaction, kind: string, name: string, where: { environmentId: string } | { clusterId: string }) {
  const [count, examples] = await Promise.all([
    tx.namespace.count({ where }),
    tx.namespace.findMany({ where, select: { name: true }, orderBy: byName, take: 3 }),
  ]);
  expectNothingBlocksDelete(kind, name, [{ count, describe: (n) => `hosts ${plural(n, "namespace")}`, examples: examples.map((n) => n.name) }]);
}

export async function listEnvironments(db: TDb, input: TRuntimeListInput) {
  const where = textFilter(db, input.q);
  return pageOf(
    input,
    () => db.environment.count({ where }),
    (args) => db.environment.findMany({ where, select: { ...runtimeSelect, rank: true }, orderBy: [{ rank: "asc" }, { id: "asc" }], ...args }),
  );
}

export async function getEnvironment(db: TDb, slug: string) {
  const environment = await db.environment.findUnique({ where: { slug }, select: { ...runtimeSelect, ...detailSelect, rank: true, namespaces: namespacesOf } });
  if (!environment) throw AppError.notFound("environment", slug);
  return environment;
}

async function checkEnvironmentSlug(tx: TTransaction, slug: string, selfId?: string) {
  expectSlugFree("environment", slug, await tx.environment.findUnique({ where: { slug }, select: { id: true, name: true } }), selfId);
}

export async function createEnvironment(db: TDb, input: TEnvironmentCreate) {
  const slug = input.slug ?? slugify(input.name);
  return inTransaction(db, (tx) =>
    audited(tx, environmentAudit, "create", (environment) => environment.id, async () => {
      await checkEnvironmentSlug(tx, slug);
      return tx.environment.create({ data: { ...input, slug }, select: created });
    }),
  );
}

export async function updateEnvironment(db: TDb, input: TEnvironmentUpdate) {
  const { id, version, ...fields } = input;
  return inTransaction(db, (tx) =>
    audited(tx, environmentAudit, "update", id, async () => {
      expectVersion("environment", await tx.environment.findUnique({ where: { id }, select: { version: true } }), input);
      if (fields.slug) await checkEnvironmentSlug(tx, fields.slug, id);
      expectOneUpdated("environment", await tx.environment.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } }), version);
      return tx.environment.findUniqueOrThrow({ where: { id }, select: created });
    }),
  );
}

export async function deleteEnvironment(db: TDb, ref: TEntityRef) {
  return inTransaction(db, (tx) =>
    audited(tx, environmentAudit, "delete", ref.id, async () => {
      const environment = expectVersion("environment", await tx.environment.findUnique({ where: { id: ref.id }, select: { name: true, version: true } }), ref);
      await expectNoNamespaces(tx, "environment", environment.name, { environmentId: ref.id });
      await tx.environment.delete({ where: { id: ref.id } });
      return { id: ref.id };
    }),
  );
}

export async function listClusters(db: TDb, input: TRuntimeListInput) {
  const where = textFilter(db, input.q);
  return pageOf(
    input,
    () => db.cluster.count({ where }),
    (args) => db.cluster.findMany({ where, select: { ...runtimeSelect, provider: true, region: true }, orderBy: byName, ...args }),
  );
}

export async function getCluster(db: TDb, slug: string) {
  const cluster = await db.cluster.findUnique({ where: { slug }, select: { ...runtimeSelect, ...detailSelect, provider: true, region: true, namespaces: namespacesOf } });
  if (!cluster) throw AppError.notFound("cluster", slug);
  return cluster;
}

async function checkClusterSlug(tx: TTransaction, slug: string, selfId?: string) {
  expectSlugFree("cluster", slug, await tx.cluster.findUnique({ where: { slug }, select: { id: true, name: true } }), selfId);
}

export async function createCluster(db: TDb, input: TClusterCreate) {
  const slug = input.slug ?? slugify(input.name);
  return inTransaction(db, (tx) =>
    audited(tx, clusterAudit, "create", (cluster) => cluster.id, async () => {
      await checkClusterSlug(tx, slug);
      return tx.cluster.create({ data: { ...input, slug }, select: created });
    }),
  );
}

export async function updateCluster(db: TDb, input: TClusterUpdate) {
  const { id, version, ...fields } = input;
  return inTransaction(db, (tx) =>
    audited(tx, clusterAudit, "update", id, async () => {
      expectVersion("cluster", await tx.cluster.findUnique({ where: { id }, select: { version: true } }), input);
      if (fields.slug) await checkClusterSlug(tx, fields.slug, id);
      expectOneUpdated("cluster", await tx.cluster.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } }), version);
      return tx.cluster.findUniqueOrThrow({ where: { id }, select: created });
    }),
  );
}

export async function deleteCluster(db: TDb, ref: TEntityRef) {
  return inTransaction(db, (tx) =>
    audited(tx, clusterAudit, "delete", ref.id, async () => {
      const cluster = expectVersion("cluster", await tx.cluster.findUnique({ where: { id: ref.id }, select: { name: true, version: true } }), ref);
      await expectNoNamespaces(tx, "cluster", cluster.name, { clusterId: ref.id });
      await tx.cluster.delete({ where: { id: ref.id } });
      return { id: ref.id };
    }),
  );
}
