import { describe, expect, it } from "vitest";
import { rankSearchHits, scoreMatch, type TSearchCandidate } from "./search.ts";

const candidate = (kind: TSearchCandidate["kind"], slug: string, name = slug): TSearchCandidate => ({ kind, id: slug, slug, name, detail: "" });

describe("search ranking", () => {
  it("scores exact matches above prefixes, word starts and substrings", () => {
    const c = { slug: "b-service", name: "b-service" };
    expect(scoreMatch("b-service", c)).toBeGreaterThan(scoreMatch("b-serv", c));
    expect(scoreMatch("b-serv", c)).toBeGreaterThan(scoreMatch("service", c));
    expect(scoreMatch("service", c)).toBeGreaterThan(scoreMatch("ervic", c));
    expect(scoreMatch("zzz", c)).toBe(0);
  });

  it("is case-insensitive", () => {
    expect(scoreMatch("B-SERVICE", { slug: "b-service", name: "B service" })).toBe(100);
  });

  it("puts the exact component first, then other kinds with the same name", () => {
    const hits = rankSearchHits(
      "b-service",
      [candidate("namespace", "prd-b-service", "b-service"), candidate("repository", "b-service-app"), candidate("component", "b-service")],
      10,
    );
    expect(hits.map((h) => `${h.kind}:${h.slug}`)).toEqual(["component:b-service", "namespace:prd-b-service", "repository:b-service-app"]);
  });

  it("drops non-matches and honours the limit", () => {
    const hits = rankSearchHits("a", [candidate("team", "team-a"), candidate("team", "team-b"), candidate("team", "alpha")], 1);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.slug).toBe("alpha");
  });
});
