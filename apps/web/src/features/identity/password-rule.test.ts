import { describe, expect, it } from "vitest";
import { passwordRuleHint } from "./password-rule.ts";

describe("passwordRuleHint", () => {
  it("states the 12-character rule before anything is typed", () => {
    expect(passwordRuleHint("")).toBe("At least 12 characters; a few unrelated words make a good one.");
  });

  it("counts down to the rule, then says it is met", () => {
    expect(passwordRuleHint("correct")).toMatch(/5 more to go\.$/);
    expect(passwordRuleHint("correct hors")).toMatch(/Long enough\.$/);
  });
});
