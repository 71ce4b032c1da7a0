import { afterEach, describe, expect, it } from "vitest";
import { MAX_RANGE_DAYS, parseRange, RangeError400 } from "../../src/dashboard/app.js";
import { createBufferedMetrics } from "../../src/stats/buffered-metrics.js";
import { CampaignCounter, registerCampaign } from "../../src/stats/campaigns.js";
import { auth, NOW, testDashboard, WEEK_LATER, type TestDashboard } from "./helpers.js";

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
    d = await testDashboard({ now: () => WEEK_LATER }, false);
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
    expect(Object.keys(JSON.parse(text))).toEqual(["from", "to", "k", "metrics", "requested", "adjustments"]);
    expect(JSON.parse(text)).toEqual({
      // The day asked for is served as its whole week.
      from: "2025-03-10",
      to: "2025-03-16",
      requested: { from: "2025-03-10", to: "2025-03-10" },
      adjustments: ["whole-weeks"],
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
    // The week of 24 February holds two seeded days, 1 and 2 March.
    const { body } = await get("/api/stats?from=2025-03-01&to=2025-03-01");
    expect(body.k).toBe(10);
    expect([body.from, body.to]).toEqual(["2025-02-24", "2025-03-02"]);
    expect((body.metrics as Record<string, unknown>)["quiz.completed.safe-settings"]).toBe("<10"); // 4
    expect((body.metrics as Record<string, unknown>)["referral.shown"]).toBe(16);
    expect((body.metrics as Record<string, unknown>)["topic.grooming"]).toBe(43);
  });

  it("defaults to the last 30 days up to today, served as the whole weeks that are over", async () => {
    d = await testDashboard();
    const { status, body } = await get("/api/stats");
    expect(status).toBe(200);
    // Today (10 March, a Monday) starts a week that is not over: the range ends on the 9th.
    expect([body.from, body.to]).toEqual(["2025-02-03", "2025-03-09"]);
    expect(body.requested).toEqual({ from: "2025-02-09", to: "2025-03-10" });
    expect(body.adjustments).toEqual(["whole-weeks", "week-not-over"]);
    expect((body.metrics as Record<string, number>).messages).toBe(40 * 9 + 45 + 1);
  });

  it.each([
    ["from=2025-02-30&to=2025-03-01", /from: expected a date written YYYY-MM-DD/],
    ["from=2025/03/01&to=2025-03-02", /from: expected a date/],
    ["from=2025-03-01&to=tomorrow", /to: expected a date/],
    ["from=2025-03-05&to=2025-03-01", /from must not be after to/],
    ["from=2020-01-01&to=2025-03-01", /too long: at most 1098 days/],
    ["from=2025-03-01T00:00&to=2025-03-02", /from: expected a date/],
    ["from=2025-03-11&to=2025-03-20", /from is in the future/],
    ["from=2026-01-01&to=2026-01-01", /from is in the future/],
    ["from=&to=2025-13-01", /to: expected a date/],
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

describe("served ranges", () => {
  it("1–10 March minus 1–9 March gives nothing away: both are served as the same whole weeks", async () => {
    d = await testDashboard({ now: () => WEEK_LATER });
    const a = await get("/api/stats?from=2025-03-01&to=2025-03-10");
    const b = await get("/api/stats?from=2025-03-01&to=2025-03-09");
    expect([a.body.from, a.body.to]).toEqual(["2025-02-24", "2025-03-16"]);
    expect([b.body.from, b.body.to]).toEqual(["2025-02-24", "2025-03-09"]);
    // What differs is one whole week, each of whose counts is itself shown only if it is not small.
    const week = await get("/api/stats?from=2025-03-10&to=2025-03-16");
    const [ma, mb, mw] = [a.body.metrics, b.body.metrics, week.body.metrics] as Array<Record<string, number | string>>;
    for (const metric of Object.keys(ma!)) {
      if (typeof ma![metric] !== "number" || typeof mb![metric] !== "number") continue;
      const diff = (ma![metric] as number) - (mb![metric] as number);
      expect(diff === 0 || diff >= 5, metric).toBe(true);
      expect(diff).toBe(mw![metric] ?? 0);
    }
    // 10 March alone: urgent 7, messages 50 — never a day, only its week.
    const day = await get("/api/stats?from=2025-03-10&to=2025-03-10");
    expect([day.body.from, day.body.to]).toEqual(["2025-03-10", "2025-03-16"]);
  });

  it("a single day, a range reaching into this week, and a reversed range", async () => {
    d = await testDashboard(); // today is Monday 10 March
    const single = await get("/api/stats?from=2025-03-05&to=2025-03-05");
    expect([single.body.from, single.body.to, single.body.adjustments]).toEqual(["2025-03-03", "2025-03-09", ["whole-weeks"]]);
    // Today's week is not over: the last finished week is served instead.
    const today = await get("/api/stats?from=2025-03-10&to=2025-03-10");
    expect([today.body.from, today.body.to, today.body.adjustments]).toEqual(["2025-03-03", "2025-03-09", ["whole-weeks", "week-not-over"]]);
    const later = await get("/api/stats?from=2025-03-03&to=2025-04-30");
    expect([later.body.from, later.body.to, later.body.adjustments]).toEqual(["2025-03-03", "2025-03-09", ["whole-weeks", "week-not-over"]]);
    const asked = await get("/api/stats?from=2025-03-03&to=2025-03-09");
    expect([asked.body.from, asked.body.to, asked.body.adjustments]).toEqual(["2025-03-03", "2025-03-09", []]);
    // Reversed: 400 everywhere (API, pages, exports), never swapped.
    const reversed = await get("/api/stats?from=2025-03-09&to=2025-03-03");
    expect(reversed.status).toBe(400);
    for (const path of ["/?from=2025-03-09&to=2025-03-03", "/campaigns?from=2025-03-09&to=2025-03-03", "/export/overview.csv?from=2025-03-09&to=2025-03-03"]) {
      expect((await d.app.request(path, { headers: auth })).status).toBe(400);
    }
    for (const path of ["/?from=2025-04-01&to=2025-04-02", "/export/topics.json?from=2025-04-01&to=2025-04-02", "/?from=2025-3-1&to=2025-03-02"]) {
      expect((await d.app.request(path, { headers: auth })).status).toBe(400);
    }
  });

  it("the page shows the range it served and why it differs from the one asked for", async () => {
    d = await testDashboard();
    const res = await d.app.request("/campaigns?from=2025-03-01&to=2025-03-10", { headers: auth });
    const html = await res.text();
    expect(html).toContain('<input type="date" name="from" value="2025-02-24" required>');
    expect(html).toContain('<input type="date" name="to" value="2025-03-09"');
    expect(html).toMatch(/You asked for 2025-03-01 to 2025-03-10\. Shown: 2025-02-24 to 2025-03-09\. Every range is served as whole weeks, Monday to Sunday \(UTC\)[^<]* A week is shown only once it is over/);
    expect(html).toContain('href="/export/campaigns.csv?from=2025-02-24&to=2025-03-09"');
    // The shortcuts are whole finished weeks.
    expect(html).toContain('href="/campaigns?from=2025-03-03&amp;to=2025-03-09">Last week</a>');
    expect(html).toContain('href="/campaigns?from=2025-02-10&amp;to=2025-03-09">Last 4 weeks</a>');
    const json = (await (await d.app.request("/export/campaigns.json?from=2025-03-01&to=2025-03-10", { headers: auth })).json()) as Record<string, unknown>;
    expect([json.from, json.to, json.requested]).toEqual(["2025-02-24", "2025-03-09", { from: "2025-03-01", to: "2025-03-10" }]);
  });

  it("the campaigns view shows each campaign's funnel, suppressed, in the page and the exports", async () => {
    d = await testDashboard({ now: () => WEEK_LATER }, false);
    await registerCampaign(d.db, "school-dhaka-01", NOW);
    await registerCampaign(d.db, "youth-club", NOW);
    const { addCounts } = await import("../../src/stats/store.js");
    await addCounts(d.db, [
      { day: "2025-03-04", metric: "campaign.school-dhaka-01", n: 30 },
      { day: "2025-03-04", metric: "funnel.quiz.school-dhaka-01", n: 12 },
      { day: "2025-03-05", metric: "funnel.referral.school-dhaka-01", n: 3 },
      { day: "2025-03-05", metric: "campaign.youth-club", n: 8 },
      { day: "2025-03-05", metric: "campaign.other", n: 6 },
    ]);
    const html = await (await d.app.request("/campaigns?from=2025-03-03&to=2025-03-09", { headers: auth })).text();
    expect(html).toContain('<th scope="col">Campaign</th><th class="num" scope="col">Starts</th><th class="num" scope="col">Quizzes completed</th><th class="num" scope="col">Referrals shown</th>');
    const cells = (...values: string[]) => values.map((v) => `<td class="num">${v}</td>`).join("");
    expect(html).toContain(`<tr><td>school-dhaka-01</td>${cells("30", "12", "&lt;5")}<td>2025-03-10</td></tr>`);
    expect(html).toContain(`<tr><td>youth-club</td>${cells("8", "0", "0")}<td>2025-03-10</td></tr>`);
    expect(html).toContain(`<tr><td>other / unknown link</td>${cells("6", "–", "–")}<td>–</td></tr>`);
    expect(html).toMatch(/Starts, then quizzes completed, then referrals shown/);
    const csv = await (await d.app.request("/export/campaigns.csv?from=2025-03-03&to=2025-03-09", { headers: auth })).text();
    expect(csv).toContain("Campaigns,school-dhaka-01,Quizzes completed,12");
    expect(csv).toContain("Campaigns,school-dhaka-01,Referrals shown,<5");
    const api = await get("/api/stats?from=2025-03-03&to=2025-03-09");
    expect((api.body.metrics as Record<string, unknown>)["funnel.referral.school-dhaka-01"]).toBe("<5");
  });
});
