import { describe, expect, it } from "vitest";
import { isNotOwner, proposalAfterRefusal } from "./proposal.ts";

/** An error as the tRPC client reports it: the server's message and its error data. */
const apiError = (appCode: string, message: string) => Object.assign(new Error(message), { data: { code: "FORBIDDEN", httpStatus: 403, appCode, issues: [] } });

const refusal = "Component a-service is strongly owned by Microservice team A: only its members or administrators may change it directly. Propose the change as a change request instead.";
const sent = { id: "c1", version: 3, description: "Serves reports too." };

describe("proposalAfterRefusal", () => {
  it("turns an ownership refusal into a proposal of the same input", () => {
    expect(proposalAfterRefusal("component.update", { error: apiError("NOT_OWNER", refusal), variables: sent })).toEqual({ operation: "component.update", input: sent, refusal });
  });

  it("offers nothing for other failures, or before anything was sent", () => {
    expect(proposalAfterRefusal("component.update", { error: apiError("FORBIDDEN", "Viewers read only."), variables: sent })).toBeNull();
    expect(proposalAfterRefusal("component.update", { error: apiError("STALE_VERSION", "Changed."), variables: sent })).toBeNull();
    expect(proposalAfterRefusal("component.update", { error: null, variables: sent })).toBeNull();
    expect(proposalAfterRefusal("component.update", { error: apiError("NOT_OWNER", refusal), variables: undefined })).toBeNull();
  });
});

describe("isNotOwner", () => {
  it("reads the application code, not the transport code", () => {
    expect(isNotOwner(apiError("NOT_OWNER", refusal))).toBe(true);
    expect(isNotOwner(apiError("FORBIDDEN", "No."))).toBe(false);
    expect(isNotOwner(new Error("network"))).toBe(false);
  });
});
