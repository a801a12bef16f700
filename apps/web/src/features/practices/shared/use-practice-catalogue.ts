import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc.ts";

/** The practice catalogue changes only with a new server version: fetched once per visit. */
export function usePracticeCatalogue() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.practice.list.queryOptions(), staleTime: Number.POSITIVE_INFINITY });
}
