import { describe, expect, it } from "vitest";
import { yamlProblems } from "./yaml-problems.ts";

describe("yamlProblems", () => {
  it("reads file, line, column, field and message", () => {
    expect(yamlProblems([{ path: "rules[2].expression", message: "team.yaml:14:17 rules[2].expression: \"foo\" is not a fact of a component." }])).toEqual([
      { file: "team.yaml", line: 14, column: 17, field: "rules[2].expression", message: "\"foo\" is not a fact of a component." },
    ]);
  });

  it("reads a problem of the document itself, without a field", () => {
    expect(yamlProblems([{ path: "(document)", message: "my file.yaml:3:1: document 2: Nested mappings are not allowed in compact mappings" }])).toEqual([
      { file: "my file.yaml", line: 3, column: 1, field: null, message: "document 2: Nested mappings are not allowed in compact mappings" },
    ]);
  });

  it("keeps problems without a position as messages", () => {
    expect(yamlProblems([{ path: "text", message: "The file holds no scorecard." }])).toEqual([{ file: null, line: null, column: null, field: "text", message: "The file holds no scorecard." }]);
  });
});
