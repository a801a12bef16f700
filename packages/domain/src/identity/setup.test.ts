import { describe, expect, it } from "vitest";
import { setupLink } from "./setup.ts";

describe("setup link", () => {
  it("points at /setup with the token, under the server's address when known", () => {
    expect(setupLink("abc")).toBe("/setup?token=abc");
    expect(setupLink("a+b", "http://localhost:3000/")).toBe("http://localhost:3000/setup?token=a%2Bb");
  });
});
