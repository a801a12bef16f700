import { AppError } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { SignInLimiter } from "./sign-in-limiter.ts";

const wrong = () => Promise.reject(AppError.unauthenticated("wrong"));
const isWrong = (error: unknown) => error instanceof AppError && error.code === "UNAUTHENTICATED";

describe("the sign-in limit", () => {
  it("counts failures per email and address, case-insensitively, and lets the window pass", async () => {
    const limiter = new SignInLimiter({ attempts: 2, windowSeconds: 1 });
    for (const email of ["ann@example.test", "ANN@example.test"]) await expect(limiter.guard(email, "192.0.2.1", wrong, isWrong)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(limiter.guard("ann@example.test", "192.0.2.1", async () => "ok", isWrong)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: "Too many failed sign-in attempts for ann@example.test from your address. Try again in 1 minute.",
    });
    await expect(limiter.guard("ann@example.test", "192.0.2.2", async () => "ok", isWrong)).resolves.toBe("ok");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expect(limiter.guard("ann@example.test", "192.0.2.1", async () => "ok", isWrong)).resolves.toBe("ok");
  });

  it("does not count failures that are not wrong passwords", async () => {
    const limiter = new SignInLimiter({ attempts: 1, windowSeconds: 60 });
    await expect(limiter.guard("ann@example.test", "192.0.2.1", () => Promise.reject(new Error("database down")), isWrong)).rejects.toThrow("database down");
    await expect(limiter.guard("ann@example.test", "192.0.2.1", async () => "ok", isWrong)).resolves.toBe("ok");
  });
});
