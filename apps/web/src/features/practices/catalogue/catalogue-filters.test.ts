import { describe, expect, it } from "vitest";
import { groupBySection, itemMatches, pointMatches, readCatalogueFilters } from "./catalogue-filters.ts";

const item = (id: string, section: string, overrides: Partial<{ category: string; scope: string; verifiable: boolean }> = {}) => ({
  id,
  section,
  category: "probes",
  scope: "component",
  title: `Title ${id}`,
  description: "Keeps traffic away",
  verifiable: true,
  ...overrides,
});
const point = (id: string, section: string) => ({ id, section, title: `Point ${id}`, question: "Which one?" });

describe("catalogue filters", () => {
  it("read from the URL, ignoring unknown verification values", () => {
    expect(readCatalogueFilters(new URLSearchParams("section=24&category=probes&scope=component&verification=evidence&q=probe"))).toEqual({
      q: "probe",
      section: "24",
      category: "probes",
      scope: "component",
      verification: "evidence",
    });
    expect(readCatalogueFilters(new URLSearchParams("verification=robot"))).toEqual({ q: "" });
  });

  it("match items by section, category, scope, verification and text", () => {
    const probe = item("deploy.probes.startup", "24");
    expect(itemMatches(probe, { q: "" })).toBe(true);
    expect(itemMatches(probe, { q: "", section: "25" })).toBe(false);
    expect(itemMatches(probe, { q: "", category: "testing" })).toBe(false);
    expect(itemMatches(probe, { q: "", scope: "organisation" })).toBe(false);
    expect(itemMatches(probe, { q: "", verification: "person" })).toBe(false);
    expect(itemMatches(probe, { q: "TRAFFIC" })).toBe(true);
  });

  it("hide decision points when filtering by what only items have", () => {
    const mesh = point("mesh.model", "20");
    expect(pointMatches(mesh, { q: "which" })).toBe(true);
    expect(pointMatches(mesh, { q: "", section: "20" })).toBe(true);
    expect(pointMatches(mesh, { q: "", verification: "evidence" })).toBe(false);
    expect(pointMatches(mesh, { q: "", category: "chassis" })).toBe(false);
  });

  it("group by section in order and drop empty sections", () => {
    const groups = groupBySection(["20", "21", "24"], [item("b", "24"), item("a", "20")], [point("p", "21")], { q: "" });
    expect(groups.map((group) => [group.section, group.items.map((i) => i.id), group.points.map((p) => p.id)])).toEqual([
      ["20", ["a"], []],
      ["21", [], ["p"]],
      ["24", ["b"], []],
    ]);
    expect(groupBySection(["20", "24"], [item("b", "24")], [], { q: "", section: "20" })).toEqual([]);
  });
});
