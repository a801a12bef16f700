import { describe, expect, test } from "vitest";
import { deeplyNested } from "./hostile-values.ts";
import { expectStorableRawInput, unstorableText } from "./storable-text.ts";

describe("unstorable text in an input", () => {
  test("ordinary text of every script, emoji and paired surrogates included, is storable", () => {
    expect(unstorableText({ name: "Ωmega 👩‍👩‍👧‍👦 مرحبا 𝕿", tags: ["שלום", "e\u0301"], nested: { note: "\u202Eevil\u202C" } })).toEqual([]);
  });

  test("a lone surrogate, high or low, is named by its field's path", () => {
    expect(unstorableText({ name: "x\uD800", members: [{ email: "ok" }, { email: "\uDFFFx" }] })).toEqual([
      { path: "members.1.email", message: "Text cannot hold half of a character (a lone UTF-16 surrogate)." },
      { path: "name", message: "Text cannot hold half of a character (a lone UTF-16 surrogate)." },
    ]);
  });

  test("a NUL character is named by its field's path; a whole input that is text is named (input)", () => {
    expect(unstorableText({ description: "a\u0000b" })).toEqual([{ path: "description", message: "Text cannot hold a NUL character." }]);
    expect(unstorableText("\u0000")).toEqual([{ path: "(input)", message: "Text cannot hold a NUL character." }]);
  });

  test("a key holding unstorable text is named, shown with a replacement character", () => {
    expect(unstorableText({ labels: { "tier\uD800": "gold" } })).toEqual([{ path: "labels.tier\uFFFD", message: "The name of this field is not storable. Text cannot hold half of a character (a lone UTF-16 surrogate)." }]);
  });

  test("an input nested 100,000 levels deep is walked without exhausting the stack", () => {
    expect(unstorableText(deeplyNested(100_000, "object"))).toEqual([]);
    expect(unstorableText({ deep: deeplyNested(100_000, "array"), bad: "\u0000" })).toHaveLength(1);
  });

  test("a raw input that is not JSON is left to the procedure, which answers it or never reads it", async () => {
    await expect(expectStorableRawInput(() => Promise.reject(new SyntaxError("Unexpected end of JSON input")))).resolves.toBeUndefined();
    await expect(expectStorableRawInput(() => Promise.resolve({ name: "a\u0000" }))).rejects.toMatchObject({ code: "INVALID", issues: [{ path: "name", message: "Text cannot hold a NUL character." }] });
  });
});
