import { CHANGE_REQUEST_VIEWS } from "@topograph/domain";
import { plural } from "../../lib/labels.ts";
import { vocabularyFilter } from "../catalog/vocabulary-filter.ts";
import type { TChangeRequestNotifications } from "./change-request-types.ts";

export type TChangeRequestView = (typeof CHANGE_REQUEST_VIEWS)[number];

/** What owners come for first; the URL leaves it out. */
export const DEFAULT_VIEW: TChangeRequestView = "to-review";

export const VIEW_LABELS: Record<TChangeRequestView, string> = { "to-review": "To review", mine: "My requests", all: "All" };

/** The view in the page's URL (`?view=mine`); anything else, hand-edited or missing, is the default. */
export function readView(search: URLSearchParams): TChangeRequestView {
  return vocabularyFilter(CHANGE_REQUEST_VIEWS, search.get("view") ?? undefined) ?? DEFAULT_VIEW;
}

/** The URL parameter for a view; none for the default, so the plain link and the default tab are one page. */
export function viewParam(view: TChangeRequestView): string | undefined {
  return view === DEFAULT_VIEW ? undefined : view;
}

/** What the header counts: requests waiting for the user's review and decisions on theirs not seen yet. */
export function notificationCount(notifications: TChangeRequestNotifications | undefined): number {
  return notifications ? notifications.toReview + notifications.decided : 0;
}

/** The header link's tooltip: what the count is made of. */
export function notificationSummary(notifications: TChangeRequestNotifications | undefined): string {
  if (!notifications || notificationCount(notifications) === 0) return "Nothing waiting for you";
  const parts = [];
  if (notifications.toReview > 0) parts.push(`${plural(notifications.toReview, "request")} to review`);
  if (notifications.decided > 0) parts.push(`${plural(notifications.decided, "decision")} on your requests`);
  return parts.join(", ");
}

/** Where the header link leads: reviews first; with only decisions waiting, the user's own requests, where they are read. */
export function viewForNotifications(notifications: TChangeRequestNotifications | undefined): TChangeRequestView {
  return notifications && notifications.toReview === 0 && notifications.decided > 0 ? "mine" : DEFAULT_VIEW;
}

/** The requester has seen the decisions once they look at their own requests while some are unseen. */
export function shouldMarkSeen(view: TChangeRequestView, notifications: TChangeRequestNotifications | undefined): boolean {
  return view === "mine" && (notifications?.decided ?? 0) > 0;
}
