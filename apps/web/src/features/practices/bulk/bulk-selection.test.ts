import { describe, expect, it } from "vitest";
import { bulkScopes, componentItems, isAsked, pageSelection, scopeIssueText, toggleOne, togglePage } from "./bulk-selection.ts";

const a = { slug: "a-service", name: "a-service", kind: "microservice" };
const b = { slug: "b-service", name: "b-service", kind: "microservice" };
const lib = { slug: "shared-logging", name: "Shared logging", kind: "shared-library" };
const chaos = { scope: "component", appliesTo: ["microservice", "frontend", "bff"] as const };

describe("bulk selection", () => {
  it("offers only practices judged per component", () => {
    expect(componentItems([{ id: "x", scope: "organisation", appliesTo: "all" as const }, { id: "y", ...chaos }]).map((item) => item.id)).toEqual(["y"]);
  });

  it("knows which components an item is asked of", () => {
    expect(isAsked(chaos, "microservice")).toBe(true);
    expect(isAsked(chaos, "shared-library")).toBe(false);
    expect(isAsked({ scope: "component", appliesTo: "all" }, "shared-library")).toBe(true);
    expect(isAsked(undefined, "shared-library")).toBe(true);
  });

  it("selects all the page's askable rows, then none", () => {
    const page = [a, b, lib];
    expect(pageSelection([], page, chaos)).toBe("none");
    const all = togglePage([], page, chaos);
    expect(all.map((c) => c.slug)).toEqual(["a-service", "b-service"]);
    expect(pageSelection(all, page, chaos)).toBe("all");
    expect(togglePage(all, page, chaos)).toEqual([]);
  });

  it("keeps selections from other pages and adds the rest of this one", () => {
    const other = { slug: "x-service", name: "x-service", kind: "microservice" };
    const some = [other, a];
    expect(pageSelection(some, [a, b], chaos)).toBe("some");
    expect(togglePage(some, [a, b], chaos).map((c) => c.slug)).toEqual(["x-service", "a-service", "b-service"]);
    expect(togglePage([other, a, b], [a, b], chaos).map((c) => c.slug)).toEqual(["x-service"]);
  });

  it("drops the inner field's name from a refused checklist's message", () => {
    expect(scopeIssueText('itemId: The practice "x" is not asked on the checklist of component "y".')).toBe('The practice "x" is not asked on the checklist of component "y".');
    expect(scopeIssueText("No component has the slug \"gone\".")).toBe('No component has the slug "gone".');
  });

  it("toggles one component and turns the selection into checklist scopes", () => {
    expect(toggleOne([a], b)).toEqual([a, b]);
    expect(toggleOne([a, b], a)).toEqual([b]);
    expect(bulkScopes([a, b])).toEqual([
      { kind: "component", slug: "a-service" },
      { kind: "component", slug: "b-service" },
    ]);
  });
});
