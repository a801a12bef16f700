import { describe, expect, it } from "vitest";
import { formatDuration, nextRunLabel } from "./job-labels.ts";

describe("job labels", () => {
  it("write a run's duration in the unit that reads best", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(4_230)).toBe("4.2 s");
    expect(formatDuration(180_000)).toBe("3 min");
    expect(formatDuration(185_000)).toBe("3 min 5 s");
  });

  it("call a next run that is already due 'Due now'", () => {
    const now = new Date("2026-11-24T10:00:00Z");
    const relative = () => "in 15 minutes";
    expect(nextRunLabel("2026-11-24T09:59:00Z", now, relative)).toBe("Due now");
    expect(nextRunLabel("2026-11-24T10:15:00Z", now, relative)).toBe("in 15 minutes");
  });
});
