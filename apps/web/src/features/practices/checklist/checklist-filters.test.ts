import { describe, expect, it } from "vitest";
import { changeFilter, checklistFilterParams, entryMatches, filterSections, isFiltered, readChecklistFilters, statusChoice } from "./checklist-filters.ts";

const entry = (id: string, status: string, source = "answered", section = "24") => ({
  item: { id, title: `Title of ${id}`, description: "Pods spread over zones", section },
  status,
  source,
});

describe("checklist filters", () => {
  it("reads known values from the URL and ignores the rest", () => {
    expect(readChecklistFilters(new URLSearchParams("gaps=1&status=partial&source=inherited&section=24&q=%20probe%20"))).toEqual({
      q: "probe",
      gapsOnly: true,
      status: "partial",
      source: "inherited",
      section: "24",
    });
    expect(readChecklistFilters(new URLSearchParams("gaps=yes&status=great&source=elsewhere"))).toEqual({ q: "", gapsOnly: false });
  });

  it("writes only what is set, and round-trips", () => {
    const filters = { q: "", gapsOnly: true, status: "unknown" as const };
    expect(checklistFilterParams(filters)).toEqual({ gaps: "1", status: "unknown" });
    expect(readChecklistFilters(new URLSearchParams(checklistFilterParams(filters)))).toEqual(filters);
    expect(isFiltered({ q: "", gapsOnly: false })).toBe(false);
    expect(isFiltered(filters)).toBe(true);
  });

  it("gaps are partial, not adopted and unknown; not applicable and adopted are not", () => {
    const gaps = { q: "", gapsOnly: true };
    expect(["adopted", "partial", "not-adopted", "not-applicable", "unknown"].filter((status) => entryMatches(entry("x", status), gaps))).toEqual([
      "partial",
      "not-adopted",
      "unknown",
    ]);
  });

  it("matches text in the id, title or description, case-insensitively", () => {
    expect(entryMatches(entry("deploy.probes.startup", "adopted"), { q: "PROBES", gapsOnly: false })).toBe(true);
    expect(entryMatches(entry("a", "adopted"), { q: "zones", gapsOnly: false })).toBe(true);
    expect(entryMatches(entry("a", "adopted"), { q: "helm", gapsOnly: false })).toBe(false);
  });

  it("filters by source and section, and drops sections left empty", () => {
    const sections = [
      { section: "20", entries: [entry("a", "unknown", "unanswered", "20")] },
      { section: "24", entries: [entry("b", "adopted", "inherited"), entry("c", "partial", "answered")] },
    ];
    expect(filterSections(sections, { q: "", gapsOnly: false, source: "inherited" })).toEqual([{ section: "24", entries: [sections[1]!.entries[0]] }]);
    expect(filterSections(sections, { q: "", gapsOnly: false, section: "20" }).map((s) => s.section)).toEqual(["20"]);
  });

  it("change one select at a time; gaps only and a status replace each other", () => {
    const start = { q: "probe", gapsOnly: false, section: "24" };
    const gaps = changeFilter(start, "status", "gaps");
    expect(gaps).toEqual({ q: "probe", gapsOnly: true, section: "24" });
    expect(statusChoice(gaps)).toBe("gaps");
    const partial = changeFilter(gaps, "status", "partial");
    expect(partial).toEqual({ q: "probe", gapsOnly: false, section: "24", status: "partial" });
    expect(statusChoice(partial)).toBe("partial");
    expect(changeFilter(partial, "status", "")).toEqual({ q: "probe", gapsOnly: false, section: "24" });
    expect(changeFilter(start, "source", "inherited")).toEqual({ ...start, source: "inherited" });
    expect(changeFilter(start, "source", "elsewhere")).toEqual(start);
    expect(changeFilter(start, "section", "")).toEqual({ q: "probe", gapsOnly: false });
  });
});
