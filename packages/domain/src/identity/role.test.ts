import { describe, expect, it } from "vitest";
import { actionsOf, roleAtLeast, roleMay, ZRoleSchema } from "./role.ts";

describe("roles", () => {
  it("a viewer reads, an editor also edits, an administrator also administers", () => {
    expect(actionsOf("viewer")).toEqual(["read"]);
    expect(actionsOf("editor")).toEqual(["read", "edit"]);
    expect(actionsOf("administrator")).toEqual(["read", "edit", "administer"]);
  });

  it("orders roles by trust", () => {
    expect(roleAtLeast("administrator", "editor")).toBe(true);
    expect(roleAtLeast("editor", "editor")).toBe(true);
    expect(roleAtLeast("viewer", "editor")).toBe(false);
    expect(roleMay("editor", "administer")).toBe(false);
  });

  it("names the allowed roles when given another", () => {
    const result = ZRoleSchema.safeParse("owner");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Role must be one of: viewer, editor, administrator.");
  });
});
