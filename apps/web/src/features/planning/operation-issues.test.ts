import { describe, expect, it } from "vitest";
import { fieldIssues } from "../../lib/api-error.ts";
import { fieldPathOf, withFieldPaths } from "./operation-issues.ts";

const apiError = (issues: { path: string; message: string }[]) =>
  Object.assign(new Error(issues.map((i) => i.message).join(" ")), { data: { code: "BAD_REQUEST", httpStatus: 400, path: "scenario.change", appCode: "INVALID", issues } });

describe("withFieldPaths", () => {
  it("moves issues about list entries to the list's field", () => {
    expect(fieldPathOf("operation.components.2")).toBe("operation.components");
    expect(fieldPathOf("operation.newTeam.slug")).toBe("operation.newTeam.slug");
    const error = withFieldPaths(apiError([{ path: "operation.members.0", message: "Not a member." }, { path: "operation.to", message: "No team." }]));
    expect(fieldIssues(error)).toEqual([
      { path: "operation.members", message: "Not a member." },
      { path: "operation.to", message: "No team." },
    ]);
    expect((error as Error).message).toBe("Not a member. No team.");
  });

  it("leaves errors without field issues alone", () => {
    const plain = new Error("offline");
    expect(withFieldPaths(plain)).toBe(plain);
    const noIssues = apiError([]);
    expect(withFieldPaths(noIssues)).toBe(noIssues);
  });
});
