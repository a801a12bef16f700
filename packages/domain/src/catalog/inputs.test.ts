import { describe, expect, it } from "vitest";
import { ZContextRelationshipCreateSchema } from "./bounded-context.ts";
import { ZComponentCreateSchema, ZComponentUpdateSchema } from "./component.ts";
import { namespaceSlug, ZNamespaceCreateSchema } from "./namespace.ts";
import { ZRepositoryCreateSchema } from "./repository.ts";
import { ZTeamCreateSchema, ZTeamUpdateSchema } from "./team.ts";

const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("catalog inputs", () => {
  it("fills defaults for a minimal component", () => {
    const parsed = ZComponentCreateSchema.parse({ name: "a-service", kind: "microservice" });
    expect(parsed).toMatchObject({ lifecycle: "production", ownershipMode: null, ownerTeamSlugs: [], dependencies: [] });
  });

  it("names the field and the allowed values of a wrong vocabulary value", () => {
    const result = ZComponentCreateSchema.safeParse({ name: "a", kind: "lambda" });
    expect(pathsOf(result)).toEqual(["kind"]);
    expect(result.error?.issues[0]?.message).toContain("microservice, frontend, bff, sre-tool, shared-library");
  });

  it("rejects a dependency listed twice", () => {
    const result = ZComponentCreateSchema.safeParse({
      name: "a",
      kind: "microservice",
      dependencies: [{ componentSlug: "b" }, { componentSlug: "b", style: "async" }],
    });
    expect(pathsOf(result)).toEqual(["dependencies"]);
  });

  it("makes every field but id and version optional on update", () => {
    expect(ZComponentUpdateSchema.safeParse({ id: "c1", version: 3 }).success).toBe(true);
    expect(pathsOf(ZComponentUpdateSchema.safeParse({ id: "c1" }))).toEqual(["version"]);
  });

  it("points at the member whose email is invalid", () => {
    const result = ZTeamCreateSchema.safeParse({ name: "Team A", type: "platform", members: [{ name: "Ann", email: "ann" }] });
    expect(pathsOf(result)).toEqual(["members.0.email"]);
  });

  it("rejects two members with the same email, whatever the case", () => {
    const result = ZTeamCreateSchema.safeParse({
      name: "Team A",
      type: "platform",
      members: [
        { name: "Ann", email: "ann@example.com" },
        { name: "Ann B", email: "ANN@example.com" },
      ],
    });
    expect(result.success).toBe(false);
  });

  it("accepts only web, ssh or git repository URLs", () => {
    const base = { name: "a-service", kind: "application" };
    expect(ZRepositoryCreateSchema.safeParse({ ...base, url: "https://github.com/acme/a-service" }).success).toBe(true);
    expect(pathsOf(ZRepositoryCreateSchema.safeParse({ ...base, url: "javascript:alert(1)" }))).toEqual(["url"]);
  });

  it("requires namespace names to be DNS labels", () => {
    const base = { clusterSlug: "prd", environmentSlug: "production", meshMembership: "sidecar", deployMethod: "gitops-auto-sync" };
    expect(ZNamespaceCreateSchema.safeParse({ ...base, name: "x-service" }).success).toBe(true);
    expect(pathsOf(ZNamespaceCreateSchema.safeParse({ ...base, name: "X_Service" }))).toEqual(["name"]);
  });

  it("derives a namespace slug from its cluster and name", () => {
    expect(namespaceSlug("prd-cluster", "b-service")).toBe("prd-cluster-b-service");
  });

  it("refuses a context relationship with itself", () => {
    const result = ZContextRelationshipCreateSchema.safeParse({ upstreamSlug: "a", downstreamSlug: "a", pattern: "partnership" });
    expect(pathsOf(result)).toEqual(["downstreamSlug"]);
  });
});

describe("update inputs", () => {
  it("leave out what the caller did not send, instead of resetting it to the create default", () => {
    expect(ZComponentUpdateSchema.parse({ id: "c1", version: 1 })).toEqual({ id: "c1", version: 1 });
    expect(ZTeamUpdateSchema.parse({ id: "t1", version: 1, name: "Team A" })).toEqual({ id: "t1", version: 1, name: "Team A" });
  });
  it("still check the rules of the fields they carry", () => {
    const result = ZComponentUpdateSchema.safeParse({ id: "c1", version: 1, dependencies: [{ componentSlug: "b" }, { componentSlug: "b" }] });
    expect(pathsOf(result)).toEqual(["dependencies"]);
  });
});
