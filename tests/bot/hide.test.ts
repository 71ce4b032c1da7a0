import { afterEach, describe, expect, it, vi } from "vitest";
import { RecordingMetrics } from "../../src/core/metrics.js";
import { DELETABLE_MS } from "../../src/bot/message-log.js";
import { isMetricName } from "../../src/stats/metric-names.js";
import { createHarness, TestUser } from "../helpers/harness.js";
import { rendered, stubClassifier } from "../helpers/stories.js";

afterEach(() => {
  vi.useRealTimers();
});

const URGENT = "he says he will post my pics if i dont pay";

function setUp() {
  const metrics = new RecordingMetrics();
  const h = createHarness({ metrics, classifier: stubClassifier([URGENT]) });
  return { h, metrics, u: new TestUser(h) };
}

/** Every message id the chat holds so far: the teen's (sent by TestUser) and the bot's (sendMessage results). */
function idsSoFar(h: ReturnType<typeof createHarness>, chatId: number): number[] {
  const ids: number[] = [];
  for (const call of h.api.calls) {
    if (call.method === "sendMessage" && call.payload.chat_id === chatId) ids.push((call.result as { message_id: number }).message_id);
  }
  return ids;
}

describe("/hide", () => {
  it("deletes the chat's messages of the last 48 hours, the teen's and the bot's, then says what it could not delete", async () => {
    const { h, u, metrics } = setUp();
    await u.command("start");
    await u.send(URGENT);
    await u.send("hello");
    const botIds = idsSoFar(h, u.chat.id);
    await u.command("hide");
    const deleted = u.calls.filter((c) => c.method === "deleteMessages").flatMap((c) => c.payload.message_ids as number[]);
    // the teen's four messages (1–4, the last being /hide itself) and every bot message before it
    expect(deleted.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, ...botIds].sort((a, b) => a - b));
    expect(u.last.text).toBe(rendered("en", "hide-done"));
    expect(metrics.get("hide")).toBe(1);
    expect(isMetricName("hide")).toBe(true); // the count reaches the database
  });

  it("forgets the chat's state as /forget does", async () => {
    const { h, u } = setUp();
    await u.command("language");
    await u.press("lang:bn");
    expect(h.state.readAllValues()).not.toEqual([]);
    await u.command("hide");
    expect(h.state.readAllValues()).toEqual([]);
  });

  it("with nothing else in the chat, deletes only the /hide message and still answers", async () => {
    const { u } = setUp();
    await u.command("hide");
    expect(u.calls.filter((c) => c.method === "deleteMessages").map((c) => c.payload.message_ids)).toEqual([[1]]);
    expect(u.last.text).toBe(rendered("en", "hide-done"));
  });

  it("never deletes messages older than 48 hours (Telegram would refuse): only newer ones are asked for", async () => {
    const { h, u } = setUp();
    vi.useFakeTimers({ toFake: ["Date"] });
    await u.send("hello");
    const old = idsSoFar(h, u.chat.id);
    vi.setSystemTime(Date.now() + DELETABLE_MS + 60_000);
    await u.command("hide");
    const asked = u.calls.filter((c) => c.method === "deleteMessages").flatMap((c) => c.payload.message_ids as number[]);
    expect(asked).toEqual([2]);
    for (const id of [1, ...old]) expect(asked).not.toContain(id);
  });

  it("asks in batches of at most 100", async () => {
    const { u } = setUp();
    for (let i = 0; i < 120; i += 1) await u.message({ sticker: { file_id: "x", file_unique_id: "y", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } });
    await u.command("hide");
    const batches = u.calls.filter((c) => c.method === "deleteMessages").map((c) => (c.payload.message_ids as number[]).length);
    expect(Math.max(...batches)).toBeLessThanOrEqual(100);
    expect(batches.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(121);
  });

  it("when the Bot API refuses deleteMessages, deletes one by one, and a message already gone does not stop the rest", async () => {
    const { h, u } = setUp();
    await u.send("hello");
    h.api.failures.set("deleteMessages", { error_code: 400, description: "Bad Request: method not found" });
    await u.command("hide");
    const single = u.calls.filter((c) => c.method === "deleteMessage").map((c) => c.payload.message_id);
    expect(single).toContain(1);
    expect(single).toContain(2);
    expect(u.last.text).toBe(rendered("en", "hide-done"));
    expect(h.logs.text).not.toContain("update failed");
  });

  it("is offered on every referral, on /privacy and in the /forget reply", async () => {
    const { u } = setUp();
    await u.send(URGENT);
    expect(u.first.buttons.map((b) => b.data)).toContain("hide");
    await u.command("privacy");
    expect(u.last.buttons.map((b) => b.data)).toEqual(["hide"]);
    await u.command("forget");
    expect(u.last.buttons.map((b) => b.data)).toEqual(["hide"]);
    await u.press("hide");
    expect(u.calls.map((c) => c.method)).toContain("deleteMessages");
    expect(u.last.text).toBe(rendered("en", "hide-done"));
  });

  it("in Bengali too", async () => {
    const { u } = setUp();
    await u.command("language");
    await u.press("lang:bn");
    await u.command("hide");
    expect(u.last.text).toBe(rendered("bn", "hide-done"));
  });

  it("keeps message ids only, under the chat's keyed hash: no text, no chat id", async () => {
    const { h, u } = setUp();
    await u.send("zqxcanary hello");
    const held = h.messages.dump();
    expect(held).not.toContain("zqxcanary");
    expect(held).not.toContain(String(u.chat.id));
    await u.command("hide");
    // only the neutral line sent after the deletion is held now
    expect(JSON.parse(h.messages.dump())).toHaveLength(1);
  });
});
