import { isAnswerStatus, isGap, type TAnswerStatus } from "../shared/answer-status.ts";

export const ANSWER_SOURCES = ["answered", "inherited", "unanswered"] as const;
export type TAnswerSource = (typeof ANSWER_SOURCES)[number];

export const SOURCE_FILTER_LABELS: Record<TAnswerSource, string> = {
  answered: "Answered here",
  inherited: "Inherited",
  unanswered: "Not answered",
};

/** What a checklist page shows; kept in the URL so a filtered view can be shared ("?gaps=1"). */
export interface TChecklistFilters {
  q: string;
  gapsOnly: boolean;
  status?: TAnswerStatus;
  source?: TAnswerSource;
  section?: string;
}

interface TFilterableEntry {
  item: { id: string; title: string; description: string; section: string };
  status: string;
  source: string;
}

export function readChecklistFilters(params: URLSearchParams): TChecklistFilters {
  const status = params.get("status");
  const source = params.get("source");
  const section = params.get("section");
  return {
    q: params.get("q")?.trim() ?? "",
    gapsOnly: params.get("gaps") === "1",
    ...(isAnswerStatus(status) ? { status } : {}),
    ...((ANSWER_SOURCES as readonly (string | null)[]).includes(source) ? { source: source as TAnswerSource } : {}),
    ...(section ? { section } : {}),
  };
}

/** The URL parameters for a set of filters; unset filters leave no trace. */
export function checklistFilterParams(filters: TChecklistFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.q) params.q = filters.q;
  if (filters.gapsOnly) params.gaps = "1";
  if (filters.status) params.status = filters.status;
  if (filters.source) params.source = filters.source;
  if (filters.section) params.section = filters.section;
  return params;
}

export function isFiltered(filters: TChecklistFilters): boolean {
  return Object.keys(checklistFilterParams(filters)).length > 0;
}

export function entryMatches(entry: TFilterableEntry, filters: TChecklistFilters): boolean {
  if (filters.gapsOnly && !isGap(entry.status)) return false;
  if (filters.status && entry.status !== filters.status) return false;
  if (filters.source && entry.source !== filters.source) return false;
  if (filters.section && entry.item.section !== filters.section) return false;
  if (filters.q) {
    const q = filters.q.toLowerCase();
    const { id, title, description } = entry.item;
    if (![id, title, description].some((text) => text.toLowerCase().includes(q))) return false;
  }
  return true;
}

/** The sections with only the entries the filters let through; sections left empty are dropped. */
export function filterSections<TEntry extends TFilterableEntry, TSection extends { entries: TEntry[] }>(sections: TSection[], filters: TChecklistFilters): TSection[] {
  return sections.map((section) => ({ ...section, entries: section.entries.filter((entry) => entryMatches(entry, filters)) })).filter((section) => section.entries.length > 0);
}

/** In the status select, "Gaps only" stands beside the statuses: partially adopted, not adopted and unknown. */
export const GAPS_CHOICE = "gaps";

/** The filters after one select changed to `value` ("" clears it). */
export function changeFilter(filters: TChecklistFilters, name: "status" | "source" | "section", value: string): TChecklistFilters {
  const next: TChecklistFilters = { ...filters };
  if (name === "status") {
    delete next.status;
    next.gapsOnly = value === GAPS_CHOICE;
    if (isAnswerStatus(value)) next.status = value;
  } else if (name === "source") {
    delete next.source;
    if ((ANSWER_SOURCES as readonly string[]).includes(value)) next.source = value as TAnswerSource;
  } else {
    delete next.section;
    if (value) next.section = value;
  }
  return next;
}

/** What the status select shows for the current filters. */
export function statusChoice(filters: TChecklistFilters): string {
  return filters.gapsOnly ? GAPS_CHOICE : (filters.status ?? "");
}
