import { CHANGE_REQUEST_VIEWS } from "@topograph/domain";
import { Link } from "react-router";
import { paths } from "../../lib/paths.ts";
import { TabNav } from "../../ui/TabNav.tsx";
import { type TChangeRequestView, VIEW_LABELS, viewParam } from "./change-request-views.ts";
import { useChangeRequestNotifications } from "./use-change-request-notifications.ts";

/** Requests to review, the user's own and all of them; the two that can wait on the user say how many do. */
export function ChangeRequestViewTabs({ view }: { view: TChangeRequestView }) {
  const notifications = useChangeRequestNotifications().data;
  const waiting: Partial<Record<TChangeRequestView, { count: number; meaning: string }>> = {
    "to-review": { count: notifications?.toReview ?? 0, meaning: "waiting for your review" },
    mine: { count: notifications?.decided ?? 0, meaning: "newly decided" },
  };
  return (
    <TabNav label="Change requests">
      {CHANGE_REQUEST_VIEWS.map((option) => {
        const badge = waiting[option];
        return (
          <Link key={option} to={paths.changeRequests(viewParam(option))} aria-current={option === view ? "page" : undefined}>
            {VIEW_LABELS[option]}
            {badge && badge.count > 0 ? (
              <span className="change-request-tabs__count">
                <span className="visually-hidden"> (</span>
                {badge.count}
                <span className="visually-hidden"> {badge.meaning})</span>
              </span>
            ) : null}
          </Link>
        );
      })}
    </TabNav>
  );
}
