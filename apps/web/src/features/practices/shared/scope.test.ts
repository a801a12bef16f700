import { describe, expect, it } from "vitest";
import { paths } from "../../../lib/paths.ts";
import { scopeFromRef, scopeKey, scopeKindLabel, scopeOf } from "./scope.ts";

describe("checklist scopes", () => {
  it("are built from a kind and a slug; entities need the slug", () => {
    expect(scopeOf("organisation")).toEqual({ kind: "organisation" });
    expect(scopeOf("team", "team-a")).toEqual({ kind: "team", slug: "team-a" });
    expect(scopeOf("team", null)).toBeNull();
  });

  it("are read from what the API says, ignoring kinds the UI does not know", () => {
    expect(scopeFromRef({ kind: "organisation", slug: null })).toEqual({ kind: "organisation" });
    expect(scopeFromRef({ kind: "bounded-context", slug: "context-b" })).toEqual({ kind: "bounded-context", slug: "context-b" });
    expect(scopeFromRef({ kind: "galaxy", slug: "x" })).toBeNull();
  });

  it("have keys, labels and checklist URLs", () => {
    expect(scopeKey({ kind: "component", slug: "b-service" })).toBe("component:b-service");
    expect(scopeKindLabel("bounded-context")).toBe("Bounded context");
    expect(paths.checklist({ kind: "organisation" })).toBe("/settings/checklist");
    expect(paths.checklist({ kind: "bounded-context", slug: "context-b" }, { gaps: "1" })).toBe("/bounded-contexts/context-b/checklist?gaps=1");
    expect(paths.decision("delivery.model")).toBe("/decisions/delivery.model");
  });
});
