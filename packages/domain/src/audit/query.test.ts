import { describe, expect, it } from "vitest";
import { ZAuditExportInputSchema, ZAuditForEntityInputSchema, ZAuditListInputSchema } from "./query.ts";
import { actorOf, viaOfCredential } from "./vocabulary.ts";

describe("audit query inputs", () => {
  it("accepts no filter at all, with the default page size", () => {
    expect(ZAuditListInputSchema.parse({})).toEqual({ limit: 50 });
  });

  it("refuses an unknown entity kind, via or action, naming the allowed values", () => {
    expect(ZAuditListInputSchema.safeParse({ entity: { kind: "robot", slug: "x" } }).error?.issues[0]?.message).toMatch(/^Entity kind must be one of: organisation, team/);
    expect(ZAuditListInputSchema.safeParse({ via: "email" }).success).toBe(false);
    expect(ZAuditListInputSchema.safeParse({ action: "rename" }).success).toBe(false);
  });

  it("narrows to one entity kind without naming an entity", () => {
    expect(ZAuditListInputSchema.parse({ entityKind: "team" })).toEqual({ entityKind: "team", limit: 50 });
    expect(ZAuditListInputSchema.safeParse({ entityKind: "robot" }).success).toBe(false);
  });

  it("accepts the paging direction tRPC's infinite queries send, and still refuses unknown keys", () => {
    const entity = { kind: "team", slug: "team-b" } as const;
    expect(ZAuditForEntityInputSchema.parse({ entity, direction: "forward" })).toEqual({ entity, limit: 50, direction: "forward" });
    expect(ZAuditListInputSchema.parse({ via: "ui", direction: "forward" })).toEqual({ via: "ui", limit: 50, direction: "forward" });
    expect(ZAuditForEntityInputSchema.safeParse({ entity, entityKind: "team" }).success).toBe(false);
  });

  it("refuses a period that ends before it starts, and a cursor that is not one", () => {
    expect(ZAuditListInputSchema.safeParse({ from: "2026-02-01", to: "2026-01-01" }).error?.issues[0]?.message).toBe("From must be before to.");
    expect(ZAuditListInputSchema.safeParse({ cursor: "abc" }).success).toBe(false);
  });

  it("asks an export for jsonl or csv", () => {
    expect(ZAuditExportInputSchema.safeParse({ format: "xml" }).error?.issues[0]?.message).toBe("Format must be one of: jsonl, csv.");
    expect(ZAuditExportInputSchema.parse({ format: "csv", via: "import" })).toEqual({ format: "csv", via: "import" });
  });
});

describe("who and which path", () => {
  it("labels a user by name and email, and no user as anonymous", () => {
    expect(actorOf({ id: "u1", name: "Ada", email: "ada@example.com" })).toEqual({ userId: "u1", label: "Ada <ada@example.com>" });
    expect(actorOf(null)).toEqual({ userId: null, label: "anonymous" });
  });

  it("tells an API token from the UI by the credential's kind", () => {
    expect(viaOfCredential({ kind: "api-token" })).toBe("api-token");
    expect(viaOfCredential({ kind: "session" })).toBe("ui");
    expect(viaOfCredential(null)).toBe("ui");
  });
});
