import type { TChecklistScope } from "@topograph/domain";
import { CATALOG_KINDS, type TCatalogKind } from "./catalog-kinds.ts";

const section = (kind: TCatalogKind) => `/${CATALOG_KINDS[kind].section}`;

/** The one place URLs are spelled, so links and routes cannot drift apart. */
export const paths = {
  home: "/",
  /** Sign-in, coming back to `next` (a path on this site) afterwards. */
  signIn: (next?: string) => (next && next !== "/" ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"),
  /** The first administrator's one-time setup; the server prints the link with its token. */
  setup: "/setup",
  account: "/account",
  adminUsers: "/admin/users",
  adminJobs: "/admin/jobs",
  settings: "/settings",
  /** The audit log, narrowed by the filters its page keeps in the URL (features/audit/audit-filters.ts). */
  audit: (filters?: Record<string, string>) => {
    const query = filters ? new URLSearchParams(filters).toString() : "";
    return query ? `/audit?${query}` : "/audit";
  },
  search: (q: string) => `/search?q=${encodeURIComponent(q)}`,
  /** Change requests, in one of the views the page keeps in its URL (features/change-requests/change-request-views.ts). */
  changeRequests: (view?: string) => (view ? `/change-requests?view=${encodeURIComponent(view)}` : "/change-requests"),
  changeRequest: (id: string) => `/change-requests/${encodeURIComponent(id)}`,
  list: (kind: TCatalogKind, filters?: Record<string, string>) => {
    const query = filters ? new URLSearchParams(filters).toString() : "";
    return query ? `${section(kind)}?${query}` : section(kind);
  },
  create: (kind: TCatalogKind) => `${section(kind)}/new`,
  detail: (kind: TCatalogKind, slug: string) => `${section(kind)}/${encodeURIComponent(slug)}`,
  edit: (kind: TCatalogKind, slug: string) => `${section(kind)}/${encodeURIComponent(slug)}/edit`,
  practices: "/practices",
  /** The catalogue page scrolled to one item. */
  practiceItem: (itemId: string) => `/practices#practice-${encodeURIComponent(itemId)}`,
  bulkAnswer: (itemId?: string) => (itemId ? `/practices/bulk?item=${encodeURIComponent(itemId)}` : "/practices/bulk"),
  /** Decision point ids contain dots ("delivery.model"); the server serves the app for such page routes. */
  decision: (decisionPointId: string) => `/decisions/${encodeURIComponent(decisionPointId)}`,
  /** The practice checklist of the organisation, a team, a bounded context, a component or a namespace. */
  checklist: (scope: TChecklistScope, filters?: Record<string, string>) => {
    const base = scope.kind === "organisation" ? "/settings/checklist" : `${section(scope.kind)}/${encodeURIComponent(scope.slug)}/checklist`;
    const query = filters ? new URLSearchParams(filters).toString() : "";
    return query ? `${base}?${query}` : base;
  },
  evidence: "/evidence",
  evidenceScan: (scanId: string) => `/evidence/scans/${encodeURIComponent(scanId)}`,
  scorecards: "/scorecards",
  scorecard: (slug: string, filters?: Record<string, string>) => {
    const query = filters ? new URLSearchParams(filters).toString() : "";
    return query ? `/scorecards/${encodeURIComponent(slug)}?${query}` : `/scorecards/${encodeURIComponent(slug)}`;
  },
  scorecardNew: "/scorecards/new",
  scorecardEdit: (slug: string) => `/scorecards/${encodeURIComponent(slug)}/edit`,
  scorecardImport: "/scorecards/import",
  initiatives: "/initiatives",
  initiative: (slug: string) => `/initiatives/${encodeURIComponent(slug)}`,
  initiativeNew: "/initiatives/new",
  planning: "/planning",
  scenario: (scenarioId: string) => `/planning/${encodeURIComponent(scenarioId)}`,
  /** Two scenarios side by side; no `left` is today's catalog. */
  compareScenarios: (sides: { left?: string; right?: string } = {}) => {
    const query = new URLSearchParams(Object.entries(sides).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
    return query ? `/planning/compare?${query}` : "/planning/compare";
  },
};
