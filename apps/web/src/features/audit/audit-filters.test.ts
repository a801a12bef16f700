import { describe, expect, it } from "vitest";
import { auditFilterInput, auditFilterParams, hasAuditFilters, readAuditFilters, type TAuditFilters } from "./audit-filters.ts";

describe("readAuditFilters", () => {
  it("reads every filter from the query string", () => {
    const search = new URLSearchParams("kind=team&key=team-b&action=update&via=ui&actor=u-1&correlation=req-9&from=2026-11-01&to=2026-11-24");
    expect(readAuditFilters(search)).toEqual({ kind: "team", key: "team-b", action: "update", via: "ui", actor: "u-1", correlation: "req-9", from: "2026-11-01", to: "2026-11-24" });
  });

  it("drops what a hand-edited link might hold: unknown values, impossible days, a key without a kind", () => {
    const search = new URLSearchParams("kind=robot&key=x&action=rename&via=email&from=2026-02-31&to=yesterday&actor=%20%20");
    expect(readAuditFilters(search)).toEqual({});
  });

  it("round-trips through the URL parameters it writes", () => {
    const filters: TAuditFilters = { kind: "component", action: "delete", actor: "Ada <ada@example.com>", from: "2026-01-05" };
    const params = auditFilterParams(filters);
    expect(params).toEqual({ kind: "component", action: "delete", actor: "Ada <ada@example.com>", from: "2026-01-05" });
    expect(readAuditFilters(new URLSearchParams(params))).toEqual(filters);
  });

  it("knows when nothing narrows the log", () => {
    expect(hasAuditFilters({})).toBe(false);
    expect(hasAuditFilters({ via: "import" })).toBe(true);
  });
});

describe("auditFilterInput", () => {
  it("asks for one entity with a kind and key, and for every entity of a kind with a kind alone", () => {
    expect(auditFilterInput({ kind: "team", key: "team-b" })).toEqual({ entity: { kind: "team", slug: "team-b" } });
    expect(auditFilterInput({ kind: "team" })).toEqual({ entityKind: "team" });
  });

  it("names the correlation id as the API does and passes the rest through", () => {
    expect(auditFilterInput({ action: "create", via: "scenario", actor: "system", correlation: "c-1" })).toEqual({ action: "create", via: "scenario", actor: "system", correlationId: "c-1" });
  });

  it("turns days into the reader's midnights, the last day included", () => {
    expect(auditFilterInput({ from: "2026-11-24", to: "2026-11-24" })).toEqual({
      from: new Date(2026, 10, 24).toISOString(),
      to: new Date(2026, 10, 25).toISOString(),
    });
    expect(auditFilterInput({ to: "2026-12-31" })).toEqual({ to: new Date(2027, 0, 1).toISOString() });
  });

  it("asks for everything when nothing is set", () => {
    expect(auditFilterInput({})).toEqual({});
  });
});
