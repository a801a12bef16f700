export { changeRequestNotifications, getChangeRequest, listChangeRequests, markChangeRequestsSeen, raiseChangeRequest, type TNewChangeRequest } from "./change-requests.ts";
export { approveChangeRequest, rejectChangeRequest, withdrawChangeRequest } from "./decide-change-request.ts";
export { dryRun } from "./dry-run.ts";
