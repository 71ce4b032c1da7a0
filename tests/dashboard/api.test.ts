import { afterEach, describe, expect, it } from "vitest";
import { MAX_RANGE_DAYS, parseRange, RangeError400 } from "../../src/dashboard/app.js";
import { createBufferedMetrics } from "../../src/stats/buffered-metrics.js";
import { CampaignCounter, registerCampaign } from "../../src/stats/campaigns.js";
import { auth, NOW, testDashboard, type TestDashboard } from "./helpers.js";

let d: TestDashboard | undefined;
afterEach(async () => {
  await d?.cleanup();
  d = undefined;
});

const get = async (path: string) => {
  const res = await d!.app.request(path, { headers: auth });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe("GET /api/stats", () => {
  it("six teens through one campaign link and one through another: 6 shown, the single start suppressed", async () => {
    d = await testDashboard({}, false);
    await registerCampaign(d.db, "school-dhaka-01", NOW);
    await registerCampaign(d.db, "youth-club", NOW);
    const metrics = createBufferedMetrics(d.db, { flushIntervalMs: 0, now: () => NOW });
    const campaigns = new CampaignCounter(d.db, metrics);
    for (let teen = 0; teen < 6; teen++) {
      await campaigns.countStart("c_school-dhaka-01");
      metrics.seen(7_100_000_000 + teen);
      for (let m = 0; m < 3; m++) {
        metrics.count("messages");
        metrics.count("topic.grooming");
        metrics.count("lang.bn-Latn");
      }
    }
    await campaigns.countStart("c_youth-club");
    metrics.seen(7_200_000_000);
    metrics.count("messages");
    metrics.count("topic.greeting");
    metrics.count("lang.en");
    await metrics.close();

    const res = await d.app.request("/api/stats?from=2025-03-10&to=2025-03-10", { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const text = await res.text();
    expect(Object.keys(JSON.parse(text))).toEqual(["from", "to", "k", "metrics"]);
    expect(JSON.parse(text)).toEqual({
      from: "2025-03-10",
      to: "2025-03-10",
      k: 5,
      metrics: {
        "campaign.school-dhaka-01": 6,
        "campaign.youth-club": "<5",
        "lang.bn-Latn": "<5", // complement of lang.en = 1 (messages - 18 would reveal it)
        "lang.en": "<5",
        messages: 19,
        "topic.greeting": "<5",
        "topic.grooming": "<5",
        users: 7,
      },
    });
    expect((await d.app.request("/api/stats?from=2025-03-10&to=2025-03-10")).status).toBe(401);
  });

  it("uses k from STATS_MIN_COUNT", async () => {
    d = await testDashboard({ k: 10 });
    const { body } = await get("/api/stats?from=2025-03-01&to=2025-03-01");
    expect(body.k).toBe(10);
    expect((body.metrics as Record<string, unknown>)["referral.shown"]).toBe("<10");
    expect((body.metrics as Record<string, unknown>)["topic.grooming"]).toBe(21);
  });

  it("defaults to the last 30 days up to today", async () => {
    d = await testDashboard();
    const { status, body } = await get("/api/stats");
    expect(status).toBe(200);
    expect([body.from, body.to]).toEqual(["2025-02-09", "2025-03-10"]);
    expect((body.metrics as Record<string, number>).messages).toBe(40 * 10 + 55 + 1);
  });

  it.each([
    ["from=2025-02-30&to=2025-03-01", /from: expected a date written YYYY-MM-DD/],
    ["from=2025/03/01&to=2025-03-02", /from: expected a date/],
    ["from=2025-03-01&to=tomorrow", /to: expected a date/],
    ["from=2025-03-05&to=2025-03-01", /from must not be after to/],
    ["from=2020-01-01&to=2025-03-01", /too long: at most 1098 days/],
    ["from=2025-03-01T00:00&to=2025-03-02", /from: expected a date/],
  ])("answers 400 with a clear message for %s", async (query, message) => {
    d = await testDashboard();
    const { status, body } = await get(`/api/stats?${query}`);
    expect(status).toBe(400);
    expect(String(body.error)).toMatch(message);
    expect(body).not.toHaveProperty("metrics");
  });
});

describe("parseRange", () => {
  it("accepts exactly three years and no more", () => {
    expect(MAX_RANGE_DAYS).toBe(1098);
    expect(parseRange("2022-03-09", "2025-03-10", "2025-03-10")).toEqual({ from: "2022-03-09", to: "2025-03-10" });
    expect(() => parseRange("2022-03-08", "2025-03-10", "2025-03-10")).toThrow(RangeError400);
  });
});
