import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC } from "../../lib/trpc.ts";
import { shouldMarkSeen, type TChangeRequestView } from "./change-request-views.ts";
import { useChangeRequestNotifications } from "./use-change-request-notifications.ts";

/**
 * Looking at one's own requests is reading their decisions: the header stops counting them. Every
 * write refreshes the queries on screen (app/query-client.ts), so the count drops once it is done.
 */
export function useMarkDecisionsSeen(view: TChangeRequestView) {
  const trpc = useTRPC();
  const notifications = useChangeRequestNotifications();
  const markSeen = useMutation(trpc.changeRequest.markSeen.mutationOptions());
  const due = shouldMarkSeen(view, notifications.data) && !markSeen.isPending;
  const { mutate } = markSeen;
  useEffect(() => {
    if (due) mutate();
  }, [due, mutate]);
}
