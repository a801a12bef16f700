import { describe, expect, it } from "vitest";
import { SearchIndex, type TSearchEntries } from "./search-index.ts";
import { ZSearchInputSchema, type TEntityKind, type TSearchCandidate } from "./search.ts";

const entry = (kind: TEntityKind, slug: string, name = slug, detail = ""): TSearchCandidate => ({ kind, id: `${kind}-${slug}`, slug, name, detail });

function indexOf(entries: Partial<TSearchEntries>): SearchIndex {
  return new SearchIndex({ component: [], team: [], "bounded-context": [], "solution-area": [], repository: [], namespace: [], ...entries });
}

const search = (index: SearchIndex, input: { q: string; limit?: number; kinds?: TEntityKind[] }) =>
  index.search(ZSearchInputSchema.parse(input)).items.map((hit) => `${hit.kind}:${hit.slug}`);

describe("the search index", () => {
  it("matches name or slug, by prefix or anywhere, ignoring case", () => {
    const index = indexOf({
      component: [entry("component", "billing-api", "Billing API"), entry("component", "ledger", "Ledger"), entry("component", "ledger-billing", "Ledger billing")],
      team: [entry("team", "payments", "Payments")],
    });
    expect(search(index, { q: "BILLING" })).toEqual(["component:billing-api", "component:ledger-billing"]);
    expect(search(index, { q: "pay" })).toEqual(["team:payments"]);
    expect(search(index, { q: "nothing like it" })).toEqual([]);
  });

  it("keeps every kind's prefix matches although more entries merely contain the text", () => {
    // Ten entries contain "order" before, in name order, the one that starts with it.
    const containing = Array.from({ length: 10 }, (_, i) => entry("repository", `a${i}-reorder`));
    const index = indexOf({ repository: [...containing, entry("repository", "order-app")] });
    expect(search(index, { q: "order", limit: 3 })).toEqual(["repository:order-app", "repository:a0-reorder", "repository:a1-reorder"]);
  });

  it("takes each kind's first matches in the order the entries were given (the database's name order)", () => {
    const index = indexOf({ team: [entry("team", "zeta-ops", "Ops Zeta"), entry("team", "alfa-ops", "Ops Alfa"), entry("team", "beta-ops", "Ops Beta")] });
    // All three score alike and have names of one length: only the first two given are candidates.
    expect(search(index, { q: "ops", limit: 2 })).toEqual(["team:alfa-ops", "team:zeta-ops"]);
  });

  it("searches only the kinds asked for, each once, and ranks across kinds", () => {
    const index = indexOf({
      component: [entry("component", "checkout", "Checkout")],
      namespace: [entry("namespace", "prd-checkout", "checkout", "cluster-1 · production")],
      repository: [entry("repository", "checkout-app", "checkout-app", "application repository")],
    });
    expect(search(index, { q: "checkout" })).toEqual(["component:checkout", "namespace:prd-checkout", "repository:checkout-app"]);
    expect(search(index, { q: "checkout", kinds: ["repository", "namespace"] })).toEqual(["namespace:prd-checkout", "repository:checkout-app"]);
    expect(index.search(ZSearchInputSchema.parse({ q: "checkout", kinds: ["namespace"] })).items[0]).toMatchObject({ name: "checkout", detail: "cluster-1 · production" });
  });

  it("counts its entries", () => {
    expect(indexOf({ component: [entry("component", "a")], team: [entry("team", "b"), entry("team", "c")] }).size).toBe(3);
  });
});
