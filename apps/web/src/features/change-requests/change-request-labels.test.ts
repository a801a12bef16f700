import { REQUESTABLE_OPERATIONS, CHANGE_REQUEST_STATUSES } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { operationLabel, personOf, requestTitle, STATUS_LABELS, STATUS_TONES } from "./change-request-labels.ts";

describe("operationLabel", () => {
  it("says every requestable operation in words", () => {
    expect(operationLabel("component.update")).toBe("Edit component");
    expect(operationLabel("checklist.setAnswer")).toBe("Answer checklist item");
    for (const operation of REQUESTABLE_OPERATIONS) expect(operationLabel(operation)).not.toBe(operation);
  });

  it("shows an operation it does not know yet as itself", () => {
    expect(operationLabel("team.update")).toBe("team.update");
  });
});

describe("requestTitle", () => {
  it("names the operation and the entity, falling back to its key", () => {
    expect(requestTitle({ operation: "repository.update", entity: { name: "a-service-app", key: "a-service-app" } })).toBe("Edit repository a-service-app");
    expect(requestTitle({ operation: "namespace.update", entity: { name: "", key: "prod/a" } })).toBe("Edit namespace prod/a");
  });
});

describe("status vocabulary", () => {
  it("labels and colours every status", () => {
    for (const status of CHANGE_REQUEST_STATUSES) {
      expect(STATUS_LABELS[status]).toBeTruthy();
      expect(STATUS_TONES[status]).toBeTruthy();
    }
  });
});

describe("personOf", () => {
  it("splits a name and email label", () => {
    expect(personOf("Daichi Kato <daichi.kato@example.com>")).toEqual({ name: "Daichi Kato", email: "daichi.kato@example.com" });
  });

  it("uses the email as the name when there is no name", () => {
    expect(personOf("<bo@example.com>")).toEqual({ name: "bo@example.com", email: "bo@example.com" });
  });

  it("keeps any other label whole", () => {
    expect(personOf("System")).toEqual({ name: "System", email: null });
    expect(personOf("Ops <team>")).toEqual({ name: "Ops <team>", email: null });
  });
});
