import { NavLink } from "react-router";
import { paths } from "../../lib/paths.ts";
import { useSignedIn } from "../identity/use-signed-in.ts";
import { notificationCount, notificationSummary, viewForNotifications, viewParam } from "./change-request-views.ts";
import { useChangeRequestNotifications } from "./use-change-request-notifications.ts";
import "./ChangeRequestsLink.css";

/** The header's way to change requests, counting what waits for the signed-in user: reviews, and decisions on theirs. */
export function ChangeRequestsLink({ className }: { className?: string }) {
  const { user } = useSignedIn();
  const notifications = useChangeRequestNotifications().data;
  if (!user) return null;
  const count = notificationCount(notifications);
  return (
    <NavLink
      to={paths.changeRequests(viewParam(viewForNotifications(notifications)))}
      className={className}
      title={notificationSummary(notifications)}
      aria-label={count > 0 ? `Change requests: ${count} new` : undefined}
    >
      Change requests
      {count > 0 ? (
        <span className="change-requests-link__count" aria-hidden="true">
          {count}
        </span>
      ) : null}
    </NavLink>
  );
}
