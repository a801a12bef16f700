import { describe, expect, it } from "vitest";
import { ReadCache } from "./read-cache.ts";

function counting() {
  let reads = 0;
  let revision = 0;
  const cache = new ReadCache(
    async () => ++reads,
    async () => revision,
  );
  return { cache, reads: () => reads, writeElsewhere: () => (revision += 1) };
}

describe("a read cache", () => {
  it("reads once and reuses the read until something changes", async () => {
    const { cache, reads } = counting();
    expect(await cache.get()).toBe(1);
    expect(await cache.get()).toBe(1);
    expect(reads()).toBe(1);
  });

  it("reads again after a write in this process", async () => {
    const { cache } = counting();
    await cache.get();
    cache.invalidate();
    expect(await cache.get()).toBe(2);
  });

  it("reads again when another process counted a write on the shared marker", async () => {
    const { cache, writeElsewhere } = counting();
    await cache.get();
    writeElsewhere();
    expect(await cache.get()).toBe(2);
    expect(await cache.get()).toBe(2);
  });

  it("does not keep a failed read", async () => {
    let attempt = 0;
    const cache = new ReadCache(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error("database busy");
      return "facts";
    });
    await expect(cache.get()).rejects.toThrow("database busy");
    expect(await cache.get()).toBe("facts");
  });
});
