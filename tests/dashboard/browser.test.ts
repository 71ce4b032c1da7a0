import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { startDashboard, type RunningDashboard } from "../../src/dashboard/server.js";
import type { SqliteStatsDb } from "../../src/stats/db.js";
import { addCounts } from "../../src/stats/store.js";
import { tempSqlite } from "../stats/helpers.js";
import { answerRows, SCENARIOS, seedRows, TOKEN, WEEK_LATER } from "./helpers.js";

/**
 * The dashboard in a real browser: Debian's Chromium driven by playwright-core (never
 * `playwright install`). Skipped, with the reason, where /usr/bin/chromium is missing.
 */
const CHROMIUM = "/usr/bin/chromium";
const missing = !existsSync(CHROMIUM);
if (missing) console.warn(`browser test skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

describe.skipIf(missing)(`dashboard in Chromium${missing ? ` (skipped: ${CHROMIUM} is not installed)` : ""}`, () => {
  let db: SqliteStatsDb;
  let cleanupDb: () => Promise<void>;
  let dashboard: RunningDashboard;
  let context: BrowserContext;
  let profile: string;
  const outside: string[] = [];

  beforeAll(async () => {
    ({ db, cleanup: cleanupDb } = tempSqlite());
    await addCounts(db, [...seedRows(), ...answerRows()]);
    const config = loadConfig({ BOT_USERNAME: "nirapod_bot", DASHBOARD_TOKEN: TOKEN });
    dashboard = await startDashboard({ ...config, dashboard: { host: "127.0.0.1", port: 0, token: TOKEN } }, { db, now: () => WEEK_LATER, scenarios: SCENARIOS });
    profile = mkdtempSync(join(tmpdir(), "nirapod-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    context.on("request", (request) => {
      if (!request.url().startsWith(dashboard.url) && !request.url().startsWith("data:")) outside.push(request.url());
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await dashboard?.close();
    await cleanupDb?.();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("logs in, shows charts, changes the range, downloads CSV, creates a share link with its QR, and fits a phone", async () => {
    const page = await context.newPage();
    const first = await page.goto(`${dashboard.url}/?from=2025-03-01&to=2025-03-10`);
    expect(first?.status()).toBe(401);
    await page.fill('input[name="token"]', TOKEN);
    await Promise.all([page.waitForURL(/\?from=2025-03-01&to=2025-03-10$/), page.click('button[type="submit"]')]);
    expect(await page.textContent("h1")).toBe("Overview");

    // Charts render, with data.
    const charts = page.locator("svg.chart-columns");
    expect(await charts.count()).toBe(5);
    // 1–10 March is served as three whole weeks; 4 March had 2 urgent messages, so the five
    // series are drawn per week, none hidden.
    expect(await page.locator("svg.chart-columns rect.bar").count()).toBe(15);
    expect(await page.locator("svg.chart-columns rect.bar-hidden").count()).toBe(0);
    const box = await charts.first().boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(60);

    // Change the range with the date picker.
    await page.fill('input[name="from"]', "2025-03-06");
    await page.fill('input[name="to"]', "2025-03-08");
    await Promise.all([page.waitForURL(/from=2025-03-06&to=2025-03-08/), page.click("form.range button")]);
    // Served as the week of 3–9 March, and the page says so.
    expect(await page.textContent("#served-range")).toMatch(/^You asked for 2025-03-06 to 2025-03-08\. Shown: 2025-03-03 to 2025-03-09\. Every range is served as whole weeks/);
    expect(await page.inputValue('input[name="from"]')).toBe("2025-03-03");
    expect(await page.locator("#table-daily tbody tr").count()).toBe(1);
    const messagesKpi = page.locator(".kpi").filter({ has: page.locator(".l", { hasText: /^Messages$/ }) });
    expect(await messagesKpi.locator(".n").textContent()).toBe(String(43 + 44 + 45 + 46 + 47 + 48 + 49 + 1));

    // Download the CSV of what is shown.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
    expect(download.suggestedFilename()).toBe("nirapod-overview-2025-03-03-to-2025-03-09.csv");
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toBe("table,row,column,value");
    expect(csv).toContain("Totals for the range,Messages,Count,323");

    // Create a share link and see its QR.
    await page.click('nav a:has-text("Share links")');
    await page.fill('input[name="campaign"]', "school-dhaka-01");
    await Promise.all([page.waitForLoadState("load"), page.click('form.range button:has-text("Create link")')]);
    expect(await page.textContent("#share-link")).toBe("https://t.me/nirapod_bot?start=c_school-dhaka-01");
    const qr = page.locator("#share-qr");
    await qr.waitFor();
    expect(await qr.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).complete && (img as unknown as { naturalWidth: number }).naturalWidth > 0)).toBe(true);
    await page.screenshot({ path: "/tmp/nirapod-dashboard-share.png", fullPage: true });

    // Readable on a phone: nothing wider than the screen.
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${dashboard.url}/?from=2025-02-09&to=2025-03-10`);
    const widths = await phone.evaluate(() => {
      const w = globalThis as unknown as { innerWidth: number; document: { documentElement: { scrollWidth: number } } };
      return { page: w.document.documentElement.scrollWidth, screen: w.innerWidth };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    await phone.screenshot({ path: "/tmp/nirapod-dashboard-phone.png", fullPage: true });
    await phone.goto(`${dashboard.url}/topics?from=2025-03-01&to=2025-03-10`);
    await phone.screenshot({ path: "/tmp/nirapod-dashboard-phone-topics.png", fullPage: true });
    await page.goto(`${dashboard.url}/?from=2025-03-01&to=2025-03-10`);
    await page.screenshot({ path: "/tmp/nirapod-dashboard-desktop.png", fullPage: true });

    expect(outside).toEqual([]);
  }, 90_000);

  it("'What teens get wrong': ranked rows, a rate chart, and the language switch to Bengali kept across pages and exports", async () => {
    const page = await context.newPage();
    await page.goto(`${dashboard.url}/misconceptions?from=2025-03-01&to=2025-03-10`);
    if (await page.locator('input[name="token"]').count()) {
      await page.fill('input[name="token"]', TOKEN);
      await Promise.all([page.waitForURL(/\/misconceptions\?/), page.click('button[type="submit"]')]);
    }
    expect(await page.textContent("h1")).toBe("What teens get wrong");
    expect(await page.getAttribute("html", "lang")).toBe("en");

    // Ranked rows: lowest best-answer rate first, then the scenario whose counts are hidden.
    const rows = page.locator("#table-ranking tbody tr");
    expect(await rows.count()).toBe(SCENARIOS.length);
    const firstCells = await rows.evaluateAll((trs) => trs.slice(0, 4).map((tr) => (tr as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells[0]!.textContent));
    expect(firstCells).toEqual([
      "Compliments every day from a game friend",
      "An online friend wants to meet you alone",
      '"If you trust me, send a photo"',
      "An online friend offers recharge and money",
    ]);
    const rates = await rows.evaluateAll((trs) => trs.map((tr) => (tr as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells[4]!.textContent));
    expect(rates.slice(0, 4)).toEqual(["25%", "60%", "90%", "–"]);
    expect(await page.locator("#table-wrong tbody tr").count()).toBe(8);
    expect(await page.locator("svg.chart-bars rect.bar").count()).toBe(3);

    // Reached from the navigation of another page, with the range served (whole weeks).
    await page.goto(`${dashboard.url}/topics?from=2025-03-01&to=2025-03-10`);
    await Promise.all([page.waitForURL(/\/misconceptions\?from=2025-02-24&to=2025-03-16$/), page.click('nav a:has-text("What teens get wrong")')]);

    // Switch to Bengali: the page, its labels and the content's words.
    await Promise.all([page.waitForURL(/lang=bn/), page.click('a[hreflang="bn"]')]);
    expect(await page.getAttribute("html", "lang")).toBe("bn");
    expect(await page.textContent("h1")).toBe("কিশোর-কিশোরীরা কোথায় ভুল করে");
    expect(await rows.first().locator("td").first().textContent()).toBe("গেমের বন্ধুর রোজ প্রশংসা");
    expect(await page.locator("#table-wrong tbody tr td").first().textContent()).toBe("সে আমাকে সত্যিই পছন্দ করে, তাই সমস্যা নেই");
    await page.screenshot({ path: "/tmp/nirapod-dashboard-misconceptions-bn.png", fullPage: true });

    // The export downloads with Bengali labels.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv).toContain("গেমের বন্ধুর রোজ প্রশংসা,ভালো উত্তরের হার,25%");

    // The language stays on when moving on, by the navigation and by the range form.
    await Promise.all([page.waitForURL(/\/topics\?.*lang=bn/), page.click('nav a:has-text("বিষয় আর ভাষা")')]);
    expect(await page.textContent("h1")).toBe("বিষয় আর ভাষা");
    expect(await page.locator("#table-topics").textContent()).toContain("নিজের ক্ষতি করতে ইচ্ছা করছে");
    await page.fill('input[name="from"]', "2025-03-06");
    await Promise.all([page.waitForURL(/from=2025-03-06.*lang=bn/), page.click("form.range button")]);
    expect(await page.getAttribute("html", "lang")).toBe("bn");

    // And back to English.
    await Promise.all([page.waitForURL((url) => !url.search.includes("lang=")), page.click('a[hreflang="en"]')]);
    expect(await page.textContent("h1")).toBe("Topics and languages");
    expect(outside).toEqual([]);
  }, 90_000);
});
