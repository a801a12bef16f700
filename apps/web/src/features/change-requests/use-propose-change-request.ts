import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";

/** Raises a change request and opens its page, where the requester sees it open and can withdraw it. */
export function useProposeChangeRequest() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  return useMutation(trpc.changeRequest.create.mutationOptions({ onSuccess: (request) => navigate(paths.changeRequest(request.id)) }));
}
