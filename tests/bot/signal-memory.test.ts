import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SIGNAL_MESSAGES, SIGNAL_WINDOW_MS, SignalMemory } from "../../src/bot/signal-memory.js";

describe("SignalMemory", () => {
  let memory: SignalMemory;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    memory = new SignalMemory();
  });
  afterEach(() => {
    memory.stop();
    vi.useRealTimers();
  });
  const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

  it("adds up the last few messages of one chat, and only of that chat", () => {
    memory.remember(1, ["known_person"]);
    memory.remember(1, ["touch", "known_person"]);
    memory.remember(2, ["meet"]);
    expect(memory.recent(1).sort()).toEqual(["known_person", "touch"]);
    expect(memory.recent(2)).toEqual(["meet"]);
    expect(memory.recent(3)).toEqual([]);
    expect(memory.recent(undefined)).toEqual([]);
  });

  it(`keeps at most the last ${SIGNAL_MESSAGES} messages`, () => {
    for (const s of ["a1", "a2", "a3", "a4", "a5"]) memory.remember(1, [s]);
    expect(memory.recent(1)).toEqual(["a2", "a3", "a4", "a5"]);
  });

  it("ignores pieces older than the window even while the chat's entry lives on", () => {
    memory.remember(1, ["old"]);
    later(SIGNAL_WINDOW_MS - 60_000);
    memory.remember(1, ["middle"]);
    later(2 * 60_000);
    expect(memory.recent(1)).toEqual(["middle"]);
  });

  it("the whole entry expires one window after the last piece and is swept", () => {
    memory.remember(1, ["meet"]);
    memory.remember(2, ["touch"]);
    later(SIGNAL_WINDOW_MS + 1);
    memory.sweep();
    expect(memory.size).toBe(0);
  });

  it("stores only things shaped like signal ids, and nothing for a message without any", () => {
    memory.remember(1, []);
    memory.remember(1, undefined);
    expect(memory.size).toBe(0);
    memory.remember(1, ["he touches me", "Touch", "১২৩", "touch", "x".repeat(200)]);
    expect(memory.contents()).toEqual([[{ at: Date.now(), signals: ["touch"] }]]);
  });

  it("forget deletes the chat at once", () => {
    memory.remember(1, ["meet"]);
    memory.forget(1);
    expect(memory.size).toBe(0);
  });
});
