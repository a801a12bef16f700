import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../lib/trpc.ts";
import { useSignedIn } from "../identity/use-signed-in.ts";

/** Often enough that a new request or decision shows within a coffee break, rarely enough to cost nothing. */
const POLL_INTERVAL_MS = 30_000;

/** Requests waiting for the signed-in user's review and decisions on theirs not seen yet; nothing for visitors. */
export function useChangeRequestNotifications() {
  const trpc = useTRPC();
  const { user } = useSignedIn();
  return useQuery({ ...trpc.changeRequest.notifications.queryOptions(), enabled: user !== null, refetchInterval: POLL_INTERVAL_MS, refetchOnWindowFocus: true });
}
