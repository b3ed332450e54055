import { describe, expect, it } from "vitest";
import { ByteLru } from "./byte-lru";

const lru = (max: number) => new ByteLru<string>(max, (v) => v.length);

describe("ByteLru", () => {
  it("evicts the least recently used until the values fit the bound", () => {
    const cache = lru(10);
    cache.set("a", "aaaa");
    cache.set("b", "bbbb");
    expect(cache.get("a")).toBe("aaaa"); // a is now the most recent
    cache.set("c", "cccc");
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("aaaa");
    expect(cache.get("c")).toBe("cccc");
    expect(cache.bytes).toBe(8);
  });

  it("never holds more than the bound, whatever the sequence", () => {
    const cache = lru(100);
    for (let i = 0; i < 500; i++) {
      cache.set(`k${i % 37}`, "x".repeat((i * 7) % 60));
      expect(cache.bytes).toBeLessThanOrEqual(100);
    }
  });

  it("does not store a value larger than the bound, and replacing a key recounts it", () => {
    const cache = lru(5);
    cache.set("big", "123456");
    expect(cache.get("big")).toBeUndefined();
    cache.set("k", "12");
    cache.set("k", "1234");
    expect(cache.bytes).toBe(4);
    expect(cache.size).toBe(1);
  });

  it("deletes by test", () => {
    const cache = lru(100);
    cache.set("plan1|en", "a");
    cache.set("plan1|zh", "b");
    cache.set("plan2|en", "c");
    cache.deleteWhere((k) => k.startsWith("plan1|"));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(1);
  });
});
