import { emptyDatabase } from "@topograph/db/testing";
import { describe, expect, it } from "vitest";
import { createContext } from "../context.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);

describe("auth.providers", () => {
  it("names the OpenID Connect provider's button label to anyone, signed in or not", async () => {
    const db = await emptyDatabase();
    expect(await createCaller(createContext({ db, oidc: { label: "Company SSO" } })).auth.providers()).toEqual({ oidc: { label: "Company SSO" } });
  });

  it("says there is none when the server has no provider configured", async () => {
    const db = await emptyDatabase();
    expect(await createCaller(createContext({ db })).auth.providers()).toEqual({ oidc: null });
  });
});
