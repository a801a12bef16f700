import { describe, expect, it } from "vitest";
import { appliesToText, sectionTitle } from "./practice-labels.ts";

describe("practice labels", () => {
  it("name sections by number and title", () => {
    expect(sectionTitle("24")).toBe("24 Deployment");
    expect(sectionTitle("99")).toBe("99 99");
  });

  it("say which component kinds an item is asked of, or how often it is judged", () => {
    expect(appliesToText({ scope: "component", appliesTo: "all" })).toBe("Every component kind");
    expect(appliesToText({ scope: "component", appliesTo: ["microservice", "bff"] })).toBe("Microservice, BFF");
    expect(appliesToText({ scope: "organisation", appliesTo: "all" })).toBe("Once for the organisation");
  });
});
