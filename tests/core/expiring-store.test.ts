import { afterEach, describe, expect, it, vi } from "vitest";
import { ExpiringStore } from "../../src/core/expiring-store.js";

/** A clock the test moves by hand. */
function clock() {
  let t = Date.UTC(2026, 0, 5, 9, 0, 0);
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const CHAT = 987_654_321;

describe("ExpiringStore", () => {
  afterEach(() => vi.useRealTimers());

  it("keeps a value for its TTL after the last write, then reads nothing and drops it", () => {
    const c = clock();
    const store = new ExpiringStore<string>({ ttlMs: 10_000, now: c.now });
    store.write(CHAT, "a");
    c.advance(9_999);
    expect(store.read(CHAT)).toBe("a");
    store.write(CHAT, "b"); // a write renews the expiry
    c.advance(9_999);
    expect(store.read(CHAT)).toBe("b");
    expect(store.has(CHAT)).toBe(true);
    c.advance(1);
    expect(store.read(CHAT)).toBeUndefined();
    expect(store.has(CHAT)).toBe(false);
    expect(store.size).toBe(0); // the expired entry was deleted by the read, not just hidden
    store.stop();
  });

  it("a write may give its own TTL (the rate limit's window keeps the end its first message gave it)", () => {
    const c = clock();
    const store = new ExpiringStore<number>({ ttlMs: 60_000, now: c.now });
    store.write(CHAT, 1, 5_000);
    c.advance(5_000);
    expect(store.read(CHAT)).toBeUndefined();
    store.stop();
  });

  it("a sweep removes expired entries from memory without anyone reading them", () => {
    const c = clock();
    const store = new ExpiringStore<string>({ ttlMs: 1_000, now: c.now });
    store.write(1, "old");
    c.advance(600);
    store.write(2, "new");
    c.advance(600);
    store.sweep();
    expect(store.size).toBe(1);
    expect(store.readAllValues()).toEqual(["new"]);
    c.advance(1_000);
    store.sweep();
    expect(store.size).toBe(0);
    expect(store.dump()).toBe("[]");
  });

  it("sweeps on a timer that runs only while something is held, and never keeps the process alive", () => {
    vi.useFakeTimers();
    const store = new ExpiringStore<string>({ ttlMs: 90_000 });
    expect(vi.getTimerCount()).toBe(0);
    store.write(CHAT, "x");
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(store.size).toBe(1); // not yet expired
    vi.advanceTimersByTime(60_000);
    expect(store.size).toBe(0); // gone from memory, though nobody read it
    expect(vi.getTimerCount()).toBe(0); // and the sweeper stopped with nothing left to sweep
  });

  it("holds at most maxEntries: expired entries go first, then the least recently written", () => {
    const c = clock();
    const store = new ExpiringStore<string>({ ttlMs: 10_000, maxEntries: 3, now: c.now });
    store.write(1, "one");
    c.advance(6_000);
    store.write(2, "two");
    store.write(3, "three");
    c.advance(5_000); // 1 has expired, 2 and 3 have not
    store.write(4, "four");
    expect(store.size).toBe(3);
    expect([2, 3, 4].map((k) => store.read(k))).toEqual(["two", "three", "four"]);

    store.write(2, "two again"); // 2 is now the most recently written, 3 the stalest
    store.write(5, "five");
    expect(store.size).toBe(3);
    expect(store.read(3)).toBeUndefined();
    expect([2, 4, 5].map((k) => store.read(k))).toEqual(["two again", "four", "five"]);
    store.stop();
  });

  it("delete (/forget) removes the chat at once and leaves the others", () => {
    const store = new ExpiringStore<string>({ ttlMs: 60_000 });
    store.write(1, "a");
    store.write(2, "b");
    store.delete(1);
    store.delete(3); // nothing there: nothing happens
    store.delete(undefined);
    expect(store.read(1)).toBeUndefined();
    expect(store.read(2)).toBe("b");
    expect(store.size).toBe(1);
    store.stop();
  });

  it("keeps entries under a keyed hash: never the id, the same for a chat's id and grammY's session key", () => {
    const store = new ExpiringStore<{ lang: string }>({ ttlMs: 60_000 });
    store.write(CHAT, { lang: "bn" });
    const key = store.keyFor(CHAT)!;
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(key).not.toContain(String(CHAT));
    expect(store.keyFor(String(CHAT))).toBe(key); // grammY's session key is the id as a string
    expect(store.read(String(CHAT))).toEqual({ lang: "bn" });
    expect(store.readAllKeys()).toEqual([key]);
    expect(store.dump()).not.toContain(String(CHAT));
    // Another process (another secret) cannot tell which chat a key belongs to.
    expect(new ExpiringStore({ ttlMs: 1 }).keyFor(CHAT)).not.toBe(key);
    expect(new ExpiringStore({ ttlMs: 1, secret: Buffer.alloc(32, 1) }).keyFor(CHAT)).toBe(new ExpiringStore({ ttlMs: 1, secret: Buffer.alloc(32, 1) }).keyFor(CHAT));
    // No key, no entry: an update without a chat keeps nothing.
    store.write(undefined, { lang: "en" });
    expect(store.size).toBe(1);
    expect(store.read(undefined)).toBeUndefined();
    store.stop();
  });
});
