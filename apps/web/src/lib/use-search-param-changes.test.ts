import { describe, expect, it } from "vitest";
import { withSearchParamChanges } from "./use-search-param-changes.ts";

describe("withSearchParamChanges", () => {
  it("sets the params given a value, removes those given none and keeps the rest", () => {
    const params = new URLSearchParams("q=api&by=practice&status=fail");
    const next = withSearchParamChanges(params, { q: "web", by: "", status: undefined, category: "delivery" });
    expect(next.toString()).toBe("q=web&category=delivery");
    expect(params.toString()).toBe("q=api&by=practice&status=fail");
  });
});
