import { describe, expect, it } from "vitest";
import { signInFrom } from "./next-path.ts";

describe("signInFrom", () => {
  it("comes back to the page the link was followed from", () => {
    expect(signInFrom({ pathname: "/teams", search: "?q=a", hash: "" })).toBe("/sign-in?next=%2Fteams%3Fq%3Da");
  });

  it("needs no way back from home or from sign-in itself", () => {
    expect(signInFrom({ pathname: "/", search: "", hash: "" })).toBe("/sign-in");
    expect(signInFrom({ pathname: "/sign-in", search: "?next=%2Fteams", hash: "" })).toBe("/sign-in");
  });
});
