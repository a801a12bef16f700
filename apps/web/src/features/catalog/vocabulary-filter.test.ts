import { COMPONENT_KINDS } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { vocabularyFilter } from "./vocabulary-filter.ts";

describe("vocabularyFilter", () => {
  it("passes known values and drops anything a hand-edited link might hold", () => {
    expect(vocabularyFilter(COMPONENT_KINDS, "frontend")).toBe("frontend");
    expect(vocabularyFilter(COMPONENT_KINDS, "mainframe")).toBeUndefined();
    expect(vocabularyFilter(COMPONENT_KINDS, undefined)).toBeUndefined();
  });
});
