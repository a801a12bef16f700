import { describe, expect, it } from "vitest";
import { errorData, errorMessage, fieldIssues } from "../../../lib/api-error.ts";
import { localValidationError } from "./local-issues.ts";

describe("local validation errors", () => {
  it("are none when there are no issues", () => {
    expect(localValidationError([])).toBeNull();
  });

  it("read like the server's: field issues, an INVALID code and a message", () => {
    const error = localValidationError([{ path: "note", message: "Say why." }]);
    expect(fieldIssues(error)).toEqual([{ path: "note", message: "Say why." }]);
    expect(errorData(error)?.appCode).toBe("INVALID");
    expect(errorMessage(error)).toBe("Say why.");
  });
});
