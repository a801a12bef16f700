import { describe, expect, it } from "vitest";
import { slugify, ZSlugSchema } from "./slug.ts";

describe("slugify", () => {
  it("lowercases and joins words with single hyphens", () => {
    expect(slugify("Microservice Team B (payments)")).toBe("microservice-team-b-payments");
  });
  it("drops accents and leading or trailing separators", () => {
    expect(slugify("  Équipe Café ")).toBe("equipe-cafe");
  });
  it("cuts to 63 characters without leaving a trailing hyphen", () => {
    const slug = slugify(`${"a".repeat(62)} b`);
    expect(slug).toHaveLength(62);
    expect(ZSlugSchema.safeParse(slug).success).toBe(true);
  });
});

describe("slug rule", () => {
  it.each(["b-service", "team-a", "x1"])("accepts %s", (slug) => {
    expect(ZSlugSchema.safeParse(slug).success).toBe(true);
  });
  it.each(["B-Service", "-a", "a-", "a--b", "a b", "a_b", ""])("rejects %j", (slug) => {
    expect(ZSlugSchema.safeParse(slug).success).toBe(false);
  });
});
