import { describe, expect, it } from "vitest";
import { effectiveOwnershipMode } from "./ownership.ts";

describe("effective ownership mode", () => {
  it("follows the organisation default when the component has no override", () => {
    expect(effectiveOwnershipMode(null, "strong")).toEqual({ mode: "strong", source: "organisation" });
  });
  it("lets a component override the organisation default", () => {
    expect(effectiveOwnershipMode("collective", "strong")).toEqual({ mode: "collective", source: "component" });
  });
  it("reports an override equal to the default as the component's own choice", () => {
    expect(effectiveOwnershipMode("strong", "strong").source).toBe("component");
  });
});
