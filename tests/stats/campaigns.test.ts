import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  campaignLink,
  CampaignCodeError,
  CampaignCounter,
  isKnownCampaign,
  parseCampaignPayload,
  registerCampaign,
  validateCampaignCode,
} from "../../src/stats/campaigns.js";
import type { SqliteStatsDb } from "../../src/stats/db.js";
import { RecordingMetrics } from "../../src/core/metrics.js";
import { cachedBotUsername, createShareLink, qrPng, qrSvg, resolveBotUsername, ShareLinkError } from "../../src/stats/share-link.js";
import { listCampaigns } from "../../src/stats/store.js";
import { tempSqlite } from "./helpers.js";

describe("campaign codes and payloads", () => {
  it("accepts 1–32 characters of a-z 0-9 _ - and nothing else", () => {
    for (const ok of ["a", "school-dhaka-01", "x_y", "0", "a".repeat(32), "-lead", "_"]) expect(validateCampaignCode(ok)).toBe(ok);
    for (const bad of ["", "A", "School", "a".repeat(33), "a b", "a.b", "a/b", "ক", "c_x?", "é", "a\n"]) {
      expect(() => validateCampaignCode(bad)).toThrow(CampaignCodeError);
    }
    expect(() => validateCampaignCode("BAD CODE")).toThrow(/1–32 characters of a–z, 0–9, _ and -/);
  });

  it("parseCampaignPayload returns the code for c_<valid code> only", () => {
    expect(parseCampaignPayload("c_school-dhaka-01")).toBe("school-dhaka-01");
    expect(parseCampaignPayload("c_a")).toBe("a");
    for (const p of [undefined, "", "c_", "school", "C_abc", "c_ABC", "c_" + "a".repeat(33), "c_a b", "c_<script>", "xc_abc", "c__ok/../"]) {
      expect(parseCampaignPayload(p)).toBeUndefined();
    }
  });

  it("builds the deep link", () => {
    expect(campaignLink("nirapod_bot", "school-dhaka-01")).toBe("https://t.me/nirapod_bot?start=c_school-dhaka-01");
    expect(() => campaignLink("nirapod_bot", "Bad")).toThrow(CampaignCodeError);
  });

  it("writes QR codes as SVG and PNG", async () => {
    const svg = await qrSvg("https://t.me/nirapod_bot?start=c_x");
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|href=/i);
    const png = await qrPng("https://t.me/nirapod_bot?start=c_x");
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });
});

describe("the bot's username", () => {
  it("comes from BOT_USERNAME first", async () => {
    expect(await resolveBotUsername({ botUsername: "@nirapod_bot" })).toBe("nirapod_bot");
  });

  it("else from getMe through BOT_API_ROOT, with the token kept out of errors", async () => {
    const token = "123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    const seen: string[] = [];
    const fetch = (async (url: string | URL) => {
      seen.push(String(url));
      return new Response(JSON.stringify({ ok: true, result: { id: 1, is_bot: true, first_name: "N", username: "from_getme_bot" } }), {
        headers: { "content-type": "application/json" },
      });
    }) as unknown as typeof globalThis.fetch;
    expect(await resolveBotUsername({ botToken: token, botApiRoot: "http://127.0.0.1:9" }, { fetch })).toBe("from_getme_bot");
    expect(seen[0]).toMatch(/^http:\/\/127\.0\.0\.1:9\/bot\d+:.*\/getMe$/);
    const failing = (async () => new Response(JSON.stringify({ ok: false, error_code: 401, description: "Unauthorized" }), { status: 401 })) as unknown as typeof globalThis.fetch;
    const error = await resolveBotUsername({ botToken: token, botApiRoot: "http://127.0.0.1:9" }, { fetch: failing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShareLinkError);
    expect(String((error as Error).message)).not.toContain(token.split(":")[1]);
    expect(String((error as Error).message)).toMatch(/set BOT_USERNAME/);
  });

  it("says what to set when neither is given", async () => {
    await expect(resolveBotUsername({})).rejects.toThrow(/set BOT_USERNAME .* or BOT_TOKEN/);
  });

  it("is asked from Telegram once and remembered; a failure is asked again next time", async () => {
    const answers = [
      { status: 502, body: { ok: false, error_code: 502, description: "Bad Gateway" } },
      { status: 200, body: { ok: true, result: { id: 1, is_bot: true, first_name: "N", username: "from_getme_bot" } } },
    ];
    let asked = 0;
    const fetch = (async () => {
      const answer = answers[Math.min(asked++, answers.length - 1)]!;
      return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { "content-type": "application/json" } });
    }) as unknown as typeof globalThis.fetch;
    const botUsername = cachedBotUsername({ botToken: "123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", botApiRoot: "http://127.0.0.1:9" }, { fetch });
    await expect(botUsername()).rejects.toThrow(ShareLinkError);
    expect(await botUsername()).toBe("from_getme_bot");
    expect(await botUsername()).toBe("from_getme_bot");
    expect(asked).toBe(2);
  });
});

describe("campaign registry and counting", () => {
  let db: SqliteStatsDb;
  let cleanup: () => Promise<void>;
  beforeEach(() => {
    ({ db, cleanup } = tempSqlite());
  });
  afterEach(async () => {
    await cleanup();
  });

  it("registers codes once, with their creation day only", async () => {
    await registerCampaign(db, "school-dhaka-01", new Date("2025-03-10T08:00:00Z"));
    await registerCampaign(db, "school-dhaka-01", new Date("2025-04-01T08:00:00Z"));
    const { link } = await createShareLink(db, "youth-club", "nirapod_bot", new Date("2025-03-12T08:00:00Z"));
    expect(link).toBe("https://t.me/nirapod_bot?start=c_youth-club");
    expect(await listCampaigns(db)).toEqual([
      { code: "school-dhaka-01", createdDay: "2025-03-10" },
      { code: "youth-club", createdDay: "2025-03-12" },
    ]);
    expect(await isKnownCampaign(db, "school-dhaka-01")).toBe(true);
    expect(await isKnownCampaign(db, "nope")).toBe(false);
    expect(await isKnownCampaign(db, "BAD CODE")).toBe(false);
    await expect(createShareLink(db, "Bad Code", "nirapod_bot")).rejects.toThrow(CampaignCodeError);
  });

  it("counts known codes as campaign.<code>; unknown, malformed and odd payloads as campaign.other; plain /start not at all", async () => {
    await registerCampaign(db, "school-dhaka-01");
    const metrics = new RecordingMetrics();
    const counter = new CampaignCounter(db, metrics);
    for (let i = 0; i < 6; i++) await counter.countStart("c_school-dhaka-01");
    await counter.countStart("c_unknown-code");
    await counter.countStart("c_BAD");
    await counter.countStart("my-phone-01712345678");
    await counter.countStart("c_" + "x".repeat(40));
    await counter.countStart(undefined);
    await counter.countStart("");
    expect(Object.fromEntries(metrics.counts)).toEqual({ "campaign.school-dhaka-01": 6, "campaign.other": 4 });
  });

  it("never makes the caller wait or throw when the database is gone", async () => {
    const metrics = new RecordingMetrics();
    const counter = new CampaignCounter(db, metrics);
    await db.close();
    const pending = counter.countStart("c_school-dhaka-01");
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    expect(Object.fromEntries(metrics.counts)).toEqual({ "campaign.other": 1 });
  });
});
