import type { TScoredKind } from "@topograph/domain";
import { EMPTY_FILTER, filterToDraft, filterToInput, type TFilterDraft } from "../editor/editor-values.ts";
import type { TInitiativeSummary } from "../shared/scorecard-types.ts";

export interface TInitiativeValues {
  name: string;
  slug: string;
  description: string;
  scorecardId: string;
  targetLevel: string;
  /** yyyy-mm-dd, as <input type="date"> gives it. */
  targetDate: string;
  ownerTeam: string;
  filter: TFilterDraft;
}

export function emptyInitiativeValues(): TInitiativeValues {
  return { name: "", slug: "", description: "", scorecardId: "", targetLevel: "", targetDate: "", ownerTeam: "", filter: { ...EMPTY_FILTER } };
}

export function initiativeToValues(initiative: Pick<TInitiativeSummary, "name" | "slug" | "description" | "scorecard" | "targetLevel" | "targetDate" | "ownerTeam" | "filter">): TInitiativeValues {
  return {
    name: initiative.name,
    slug: initiative.slug,
    description: initiative.description,
    scorecardId: initiative.scorecard.slug,
    targetLevel: initiative.targetLevel,
    targetDate: initiative.targetDate,
    ownerTeam: initiative.ownerTeam?.slug ?? "",
    filter: filterToDraft(initiative.filter),
  };
}

/** The create input; the filter keeps only the fields the scorecard's kind allows. Without a kind yet, no filter. */
export function initiativeInput(values: TInitiativeValues, kind: TScoredKind | undefined) {
  return {
    ...(values.slug.trim() ? { slug: values.slug.trim() } : {}),
    name: values.name,
    description: values.description,
    scorecardId: values.scorecardId,
    targetLevel: values.targetLevel,
    targetDate: values.targetDate,
    ownerTeam: values.ownerTeam || null,
    filter: kind ? filterToInput(kind, values.filter) : {},
  };
}
