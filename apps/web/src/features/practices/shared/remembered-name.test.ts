import { describe, expect, it } from "vitest";
import { readRememberedName, rememberName } from "./remembered-name.ts";

function memoryStorage() {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
}

describe("remembered name", () => {
  it("starts empty and keeps the last name used, trimmed", () => {
    const storage = memoryStorage();
    expect(readRememberedName(storage)).toBe("");
    rememberName("  Daichi Kato ", storage);
    expect(readRememberedName(storage)).toBe("Daichi Kato");
  });

  it("does not forget a name for a blank one", () => {
    const storage = memoryStorage();
    rememberName("Mai Fujita", storage);
    rememberName("   ", storage);
    expect(readRememberedName(storage)).toBe("Mai Fujita");
  });

  it("works without storage", () => {
    expect(readRememberedName(null)).toBe("");
    expect(() => rememberName("x", null)).not.toThrow();
    const broken = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); } };
    expect(readRememberedName(broken)).toBe("");
    expect(() => rememberName("x", broken)).not.toThrow();
  });
});
