import { describe, expect, it } from "vitest";
import { notificationCount, notificationSummary, readView, shouldMarkSeen, viewForNotifications, viewParam } from "./change-request-views.ts";

const search = (query: string) => new URLSearchParams(query);

describe("readView", () => {
  it("reads a known view from the URL", () => {
    expect(readView(search("view=mine"))).toBe("mine");
    expect(readView(search("view=all"))).toBe("all");
  });

  it("falls back to the requests to review", () => {
    expect(readView(search(""))).toBe("to-review");
    expect(readView(search("view=everything"))).toBe("to-review");
  });

  it("leaves the default out of the URL", () => {
    expect(viewParam("to-review")).toBeUndefined();
    expect(viewParam("mine")).toBe("mine");
  });
});

describe("notifications", () => {
  it("count reviews and unseen decisions together", () => {
    expect(notificationCount({ toReview: 2, decided: 1 })).toBe(3);
    expect(notificationCount(undefined)).toBe(0);
  });

  it("say what the count is made of", () => {
    expect(notificationSummary({ toReview: 1, decided: 2 })).toBe("1 request to review, 2 decisions on your requests");
    expect(notificationSummary({ toReview: 0, decided: 1 })).toBe("1 decision on your requests");
    expect(notificationSummary({ toReview: 0, decided: 0 })).toBe("Nothing waiting for you");
  });

  it("lead to the user's own requests when only decisions wait", () => {
    expect(viewForNotifications({ toReview: 0, decided: 1 })).toBe("mine");
    expect(viewForNotifications({ toReview: 1, decided: 1 })).toBe("to-review");
    expect(viewForNotifications(undefined)).toBe("to-review");
  });
});

describe("shouldMarkSeen", () => {
  it("marks decisions seen on the user's own requests while some are unseen", () => {
    expect(shouldMarkSeen("mine", { toReview: 0, decided: 1 })).toBe(true);
  });

  it("leaves them unseen elsewhere, and does nothing when none are", () => {
    expect(shouldMarkSeen("to-review", { toReview: 0, decided: 1 })).toBe(false);
    expect(shouldMarkSeen("all", { toReview: 0, decided: 3 })).toBe(false);
    expect(shouldMarkSeen("mine", { toReview: 4, decided: 0 })).toBe(false);
    expect(shouldMarkSeen("mine", undefined)).toBe(false);
  });
});
