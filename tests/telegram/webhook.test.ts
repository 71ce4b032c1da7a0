import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebhookServer } from "../../src/telegram/webhook-server.js";
import pino from "pino";
import { createHarness } from "../helpers/harness.js";

const silentLogger = pino({ level: "silent" });

const SECRET = "correct-horse-battery-staple-42";
const harness = createHarness();
let server: Server;
let base: string;

beforeAll(async () => {
  server = await startWebhookServer(harness.bot, { path: "/tg/hook", secret: SECRET, host: "127.0.0.1", port: 0 }, silentLogger);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const update = (id: number) => ({
  update_id: id,
  message: { message_id: 1, date: 1, chat: { id: 42, type: "private" }, from: { id: 42, is_bot: false, first_name: "T" }, text: "/helpline", entities: [{ type: "bot_command", offset: 0, length: 9 }] },
});

function post(path: string, headers: Record<string, string>, body: unknown) {
  return fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

describe("webhook server", () => {
  it("answers 401 and does nothing without the secret header", async () => {
    const mark = harness.api.calls.length;
    const res = await post("/tg/hook", {}, update(1));
    expect(res.status).toBe(401);
    expect(harness.api.since(mark, "sendMessage")).toEqual([]);
  });

  it("answers 401 to a wrong secret, even one of the right length", async () => {
    const mark = harness.api.calls.length;
    for (const wrong of ["nope", SECRET.replace(/.$/, "x")]) {
      const res = await post("/tg/hook", { "X-Telegram-Bot-Api-Secret-Token": wrong }, update(2));
      expect(res.status).toBe(401);
    }
    expect(harness.api.since(mark, "sendMessage")).toEqual([]);
  });

  it("handles the update with the right secret", async () => {
    const mark = harness.api.calls.length;
    const res = await post("/tg/hook", { "X-Telegram-Bot-Api-Secret-Token": SECRET }, update(3));
    expect(res.status).toBe(200);
    const sent = harness.api.since(mark, "sendMessage");
    expect(sent).toHaveLength(1);
    expect(String(sent[0]!.payload.text)).toContain("1098");
  });

  it("serves nothing but POSTs to the webhook path", async () => {
    expect((await fetch(`${base}/tg/hook`)).status).toBe(404);
    expect((await post("/other", { "X-Telegram-Bot-Api-Secret-Token": SECRET }, update(4))).status).toBe(404);
  });
});
