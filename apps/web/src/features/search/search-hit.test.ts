import { describe, expect, it } from "vitest";
import { groupHits, hitDetail, hitPath, type TSearchHit } from "./search-hit.ts";

const hit = (kind: TSearchHit["kind"], slug: string, detail = ""): TSearchHit => ({ kind, id: `${kind}:${slug}`, slug, name: slug, detail, score: 100 });

describe("groupHits", () => {
  it("groups by kind in the order the best hit of each kind was ranked", () => {
    const groups = groupHits([hit("repository", "b-service-app"), hit("component", "b-service"), hit("repository", "b-service-kubernetes")]);
    expect(groups.map((group) => group.label)).toEqual(["Repositories", "Components"]);
    expect(groups[0]?.hits.map((h) => h.slug)).toEqual(["b-service-app", "b-service-kubernetes"]);
  });
});

describe("hitPath and hitDetail", () => {
  it("link each kind to its page and label raw vocabulary values", () => {
    expect(hitPath(hit("bounded-context", "context-a"))).toBe("/bounded-contexts/context-a");
    expect(hitDetail(hit("component", "b-service", "microservice"))).toBe("Microservice");
    expect(hitDetail(hit("team", "sre", "platform"))).toBe("Platform team");
    expect(hitDetail(hit("repository", "sre-kubernetes", "kubernetes repository"))).toBe("Kubernetes repository");
  });
});
