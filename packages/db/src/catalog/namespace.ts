import { AppError, namespaceSlug, type TEntityRef, type TNamespaceCreate, type TNamespaceListInput, type TNamespaceUpdate } from "@topograph/domain";
import { expectNothingBlocksDelete, expectOneUpdated, expectSlugFree, expectVersion, inTransaction, plural, type TTransaction, type TDb } from "./integrity.ts";
import { byName, pageOf, RELATED_LIMIT, textFilter } from "./pagination.ts";
import { countsById } from "./relation-counts.ts";
import { ownersSelect, resolveClusters, resolveEnvironments, teamsOf } from "./references.ts";
import { audited } from "../audit/audited-write.ts";
import { namespaceAudit } from "../audit/catalog-subjects.ts";

const namespaceListSelect = {
  id: true,
  slug: true,
  name: true,
  meshMembership: true,
  deployMethod: true,
  description: true,
  cluster: { select: { slug: true, name: true } },
  environment: { select: { slug: true, name: true, rank: true } },
} as const;

/** How many components are deployed to each of these namespaces (see countsById). */
async function deploymentCounts(db: TDb, ids: string[]) {
  const rows = await db.deployment.groupBy({ by: ["namespaceId"], where: { namespaceId: { in: ids } }, _count: { _all: true } });
  const deployments = countsById(rows, "namespaceId");
  return (id: string) => ({ deployments: deployments(id) });
}

export async function listNamespaces(db: TDb, input: TNamespaceListInput) {
  const where = {
    ...textFilter(db, input.q),
    ...(input.clusterSlug ? { cluster: { slug: input.clusterSlug } } : {}),
    ...(input.environmentSlug ? { environment: { slug: input.environmentSlug } } : {}),
    ...(input.meshMembership ? { meshMembership: input.meshMembership } : {}),
    ...(input.deployMethod ? { deployMethod: input.deployMethod } : {}),
    ...(input.teamSlug ? { deployments: { some: { component: { owners: { some: { team: { slug: input.teamSlug } } } } } } } : {}),
  };
  const page = await pageOf(
    input,
    () => db.namespace.count({ where }),
    (args) => db.namespace.findMany({ where, select: namespaceListSelect, orderBy: byName, ...args }),
  );
  const countsOf = await deploymentCounts(db, page.items.map((namespace) => namespace.id));
  return { ...page, items: page.items.map((namespace) => ({ ...namespace, _count: countsOf(namespace.id) })) };
}

export async function getNamespace(db: TDb, slug: string) {
  const namespace = await db.namespace.findUnique({
    where: { slug },
    select: {
      ...namespaceListSelect,
      version: true,
      createdAt: true,
      updatedAt: true,
      deployments: {
        select: { component: { select: { slug: true, name: true, kind: true, lifecycle: true, owners: ownersSelect } } },
        orderBy: { component: { name: "asc" } },
        take: RELATED_LIMIT,
      },
    },
  });
  if (!namespace) throw AppError.notFound("namespace", slug);
  const countsOf = await deploymentCounts(db, [namespace.id]);
  const { deployments, ...rest } = namespace;
  return { ...rest, _count: countsOf(namespace.id), components: deployments.map(({ component }) => ({ ...component, owners: teamsOf(component.owners) })) };
}

/** A namespace name is unique within its cluster, and its slug across the catalog. */
async function checkUnique(tx: TTransaction, slug: string, clusterId: string, name: string, selfId?: string) {
  expectSlugFree("namespace", slug, await tx.namespace.findUnique({ where: { slug }, select: { id: true, name: true } }), selfId);
  const sameName = await tx.namespace.findUnique({ where: { clusterId_name: { clusterId, name } }, select: { id: true } });
  if (sameName && sameName.id !== selfId) {
    throw new AppError("DUPLICATE", `The cluster already has a namespace "${name}".`, [{ path: "name", message: `The cluster already has a namespace "${name}".` }]);
  }
}

export async function createNamespace(db: TDb, input: TNamespaceCreate) {
  const { clusterSlug, environmentSlug, ...fields } = input;
  const slug = fields.slug ?? namespaceSlug(clusterSlug, fields.name);
  return inTransaction(db, (tx) =>
    audited(tx, namespaceAudit, "create", (namespace) => namespace.id, async () => {
      const [clusterId] = await resolveClusters(tx, "clusterSlug", [clusterSlug]);
      const [environmentId] = await resolveEnvironments(tx, "environmentSlug", [environmentSlug]);
      await checkUnique(tx, slug, clusterId!, fields.name);
      return tx.namespace.create({ data: { ...fields, slug, clusterId: clusterId!, environmentId: environmentId! }, select: { id: true, slug: true, version: true } });
    }),
  );
}

export async function updateNamespace(db: TDb, input: TNamespaceUpdate) {
  const { id, version, clusterSlug, environmentSlug, ...fields } = input;
  return inTransaction(db, (tx) =>
    audited(tx, namespaceAudit, "update", id, async () => {
      const current = expectVersion("namespace", await tx.namespace.findUnique({ where: { id }, select: { version: true, slug: true, name: true, clusterId: true } }), input);
      const clusterId = clusterSlug ? (await resolveClusters(tx, "clusterSlug", [clusterSlug]))[0]! : current.clusterId;
      const environmentId = environmentSlug ? (await resolveEnvironments(tx, "environmentSlug", [environmentSlug]))[0] : undefined;
      await checkUnique(tx, fields.slug ?? current.slug, clusterId, fields.name ?? current.name, id);
      expectOneUpdated(
        "namespace",
        await tx.namespace.updateMany({ where: { id, version }, data: { ...fields, clusterId, environmentId, version: { increment: 1 } } }),
        version,
      );
      return tx.namespace.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, version: true } });
    }),
  );
}

export async function deleteNamespace(db: TDb, ref: TEntityRef) {
  return inTransaction(db, (tx) =>
    audited(tx, namespaceAudit, "delete", ref.id, async () => {
      const namespace = expectVersion("namespace", await tx.namespace.findUnique({ where: { id: ref.id }, select: { name: true, version: true } }), ref);
      const [count, deployed] = await Promise.all([
        tx.deployment.count({ where: { namespaceId: ref.id } }),
        tx.deployment.findMany({ where: { namespaceId: ref.id }, select: { component: { select: { name: true } } }, orderBy: { component: { name: "asc" } }, take: 3 }),
      ]);
      expectNothingBlocksDelete("namespace", namespace.name, [
        { count, describe: (n) => `runs ${plural(n, "component")}`, examples: deployed.map((d) => d.component.name) },
      ]);
      await tx.namespace.delete({ where: { id: ref.id } });
      return { id: ref.id };
    }),
  );
}
