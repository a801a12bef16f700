import { describe, expect, it } from "vitest";
import { markdownFileName } from "./markdown-file.ts";

describe("markdown file names", () => {
  it("name the scope and the gaps-only variant", () => {
    expect(markdownFileName({ kind: "component", slug: "b-service" }, false)).toBe("checklist-component-b-service.md");
    expect(markdownFileName({ kind: "organisation" }, true)).toBe("checklist-organisation-gaps.md");
    expect(markdownFileName({ kind: "team", slug: "Team_Ä/1" }, false)).toBe("checklist-team-team-1.md");
  });
});
