import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addCounts } from "../../src/stats/store.js";
import { csvCell } from "../../src/dashboard/csv.js";
import { answerRows, auth, testDashboard, WEEK_LATER, type TestDashboard } from "./helpers.js";

let d: TestDashboard;
beforeEach(async () => {
  d = await testDashboard({ now: () => WEEK_LATER });
  await addCounts(d.db, answerRows());
});
afterEach(async () => {
  await d.cleanup();
});

// Whole finished weeks, so the range served is the range asked for (src/stats/served-range.ts).
const RANGE = "from=2025-02-24&to=2025-03-16";
const get = async (path: string) => {
  const res = await d.app.request(path, { headers: auth });
  return { status: res.status, text: await res.text(), res };
};
/** The body of the table with this id. */
const table = (html: string, id: string) => {
  const start = html.indexOf(`id="table-${id}"`);
  expect(start, id).toBeGreaterThan(0);
  return html.slice(start, html.indexOf("</table>", start));
};
const rowsOf = (tableHtml: string) => tableHtml.match(/<tr><td>.*?<\/tr>/g) ?? [];
const num = (v: string) => `<td class="num">${v}</td>`;

describe("What teens get wrong", () => {
  it("ranks the scenarios by best-answer rate, lowest first, named by their titles; hidden counts last, nobody's answers after", async () => {
    const { status, text } = await get(`/misconceptions?${RANGE}`);
    expect(status).toBe(200);
    expect(text).toContain("<h1>What teens get wrong</h1>");
    const rows = rowsOf(table(text, "ranking"));
    expect(rows.slice(0, 4)).toEqual([
      `<tr><td>Compliments every day from a game friend</td><td>flattery</td>${num("40")}${num("10")}${num("25%")}</tr>`,
      `<tr><td>An online friend wants to meet you alone</td><td>meeting</td>${num("30")}${num("18")}${num("60%")}</tr>`,
      `<tr><td>&quot;If you trust me, send a photo&quot;</td><td>image-request</td>${num("50")}${num("45")}${num("90%")}</tr>`,
      // 3 answers: every cell hidden, so no rate, and ranked after the shown rates.
      `<tr><td>An online friend offers recharge and money</td><td>gifts</td>${num("&lt;5")}${num("&lt;5")}${num("–")}</tr>`,
    ]);
    // Every scenario of the content is listed; those nobody answered come last, at 0.
    expect(rows).toHaveLength(17);
    expect(rows.slice(4).every((r) => r.includes(`${num("0")}${num("0")}${num("–")}`))).toBe(true);
    expect(text).not.toMatch(/<td>q\./);
  });

  it("shows the share who picked each wrong answer, by its words; a hidden count shows the marker and no share", async () => {
    const { text } = await get(`/misconceptions?${RANGE}`);
    const wrong = rowsOf(table(text, "wrong"));
    expect(wrong).toContain(`<tr><td>They really like me, so it&#39;s fine</td><td>Compliments every day from a game friend</td><td>real-love</td>${num("24")}${num("60%")}</tr>`);
    expect(wrong).toContain(`<tr><td>I should send them a photo to say thanks</td><td>Compliments every day from a game friend</td><td>send-photo</td>${num("6")}${num("15%")}</tr>`);
    // 2 and 3 of 50: both small, hidden, and their shares with them.
    expect(wrong).toContain(`<tr><td>Send it, they promised to delete it</td><td>&quot;If you trust me, send a photo&quot;</td><td>send-it</td>${num("&lt;5")}${num("–")}</tr>`);
    // meeting: 4 is small, and 8 is hidden with it, or 30 − 18 − 8 would give the 4 away.
    expect(wrong).toContain(`<tr><td>Go with a friend my age</td><td>An online friend wants to meet you alone</td><td>with-friend</td>${num("&lt;5")}${num("–")}</tr>`);
    expect(wrong).toContain(`<tr><td>Go, but meet in a busy place</td><td>An online friend wants to meet you alone</td><td>busy-place</td>${num("&lt;5")}${num("–")}</tr>`);
    // Only wrong answers, and only of scenarios someone answered (gifts: 2 wrong answers).
    expect(wrong).toHaveLength(2 + 2 + 2 + 2);
    expect(wrong.join("")).not.toContain("Too much praise can be grooming");
    // The chart: rates out of 100, only where shown.
    expect(text).toContain('aria-label="Best answer picked, % of answers"');
    expect(text).toMatch(/>25%<\/text>/);
    expect(text).not.toMatch(/An online friend offers recharge[^<]*<title>An online friend offers recharge and money<\/title><\/text><rect class="bar"/);
  });

  it("the API serves the same suppressed q.* cells", async () => {
    const { text } = await get(`/api/stats?${RANGE}`);
    const metrics = (JSON.parse(text) as { metrics: Record<string, number | string> }).metrics;
    expect(metrics["q.flattery.answered"]).toBe(40);
    expect(metrics["q.flattery.correct"]).toBe(10);
    expect(metrics["q.image-request.picked.send-it"]).toBe("<5");
    expect(metrics["q.meeting.picked.with-friend"]).toBe("<5");
    expect(metrics["q.meeting.picked.busy-place"]).toBe("<5");
    expect(metrics["q.gifts.answered"]).toBe("<5");
  });

  it("without the scenarios the dashboard shows no answer counts at all", async () => {
    const bare = await testDashboard({ scenarios: [], now: () => WEEK_LATER });
    try {
      await addCounts(bare.db, answerRows());
      const api = await bare.app.request(`/api/stats?${RANGE}`, { headers: auth });
      expect(Object.keys(((await api.json()) as { metrics: object }).metrics).filter((m) => m.startsWith("q."))).toEqual([]);
      const page = await (await bare.app.request(`/misconceptions?${RANGE}`, { headers: auth })).text();
      expect(page).toContain("Nothing counted in this range.");
    } finally {
      await bare.cleanup();
    }
  });

  it("CSV and JSON exports hold exactly the page's suppressed cells and labels", async () => {
    const csv = await get(`/export/misconceptions.csv?${RANGE}`);
    expect(csv.res.headers.get("content-disposition")).toBe('attachment; filename="nirapod-misconceptions-2025-02-24-to-2025-03-16.csv"');
    expect(csv.text).toContain("\"Situations, lowest share of best answers first\",Compliments every day from a game friend,Best answer rate,25%\r\n");
    expect(csv.text).toContain("Wrong answers picked,Send it,Picked,<5\r\n".replace("Send it", '"Send it, they promised to delete it"'));
    const json = JSON.parse((await get(`/export/misconceptions.json?${RANGE}`)).text) as { lang: string; tables: Array<{ id: string; title: string; columns: string[]; rows: Array<Array<string | number>> }> };
    expect(json.lang).toBe("en");
    const ranking = json.tables.find((t) => t.id === "ranking")!;
    expect(ranking.rows[0]).toEqual(["Compliments every day from a game friend", "flattery", 40, 10, "25%"]);
    expect(ranking.rows[3]).toEqual(["An online friend offers recharge and money", "gifts", "<5", "<5", "–"]);
    const lines = csv.text.trimEnd().split("\r\n").slice(1);
    expect(lines).toEqual(json.tables.flatMap((t) => t.rows.flatMap((r) => t.columns.slice(1).map((c, i) => [t.title, r[0], c, r[i + 1]].map((v) => csvCell(v as string)).join(",")))));
  });

  it("is linked from every page's navigation, keeping the range", async () => {
    for (const path of ["/", "/topics", "/quizzes", "/campaigns", "/misconceptions"]) {
      const { text } = await get(`${path}?${RANGE}`);
      expect(text, path).toContain('<a href="/misconceptions?from=2025-02-24&amp;to=2025-03-16"');
      expect(text, path).toMatch(/>What teens get wrong<\/a>/);
    }
    expect((await get("/share")).text).toContain('<a href="/misconceptions">What teens get wrong</a>');
  });
});

describe("the dashboard in Bengali (?lang=bn)", () => {
  it("the misconception page: Bengali words, titles and answers; <html lang>; the language kept in every link, form and export", async () => {
    const { text } = await get(`/misconceptions?${RANGE}&lang=bn`);
    expect(text).toContain('<html lang="bn">');
    expect(text).toContain("<h1>কিশোর-কিশোরীরা কোথায় ভুল করে</h1>");
    const rows = rowsOf(table(text, "ranking"));
    expect(rows[0]).toBe(`<tr><td>গেমের বন্ধুর রোজ প্রশংসা</td><td>flattery</td>${num("40")}${num("10")}${num("25%")}</tr>`);
    expect(rowsOf(table(text, "wrong"))).toContain(`<tr><td>সে আমাকে সত্যিই পছন্দ করে, তাই সমস্যা নেই</td><td>গেমের বন্ধুর রোজ প্রশংসা</td><td>real-love</td>${num("24")}${num("60%")}</tr>`);
    expect(text).toContain("<th scope=\"col\">ভুল উত্তর</th>");
    expect(text).not.toContain("What teens get wrong");
    // Navigation, quick ranges, the range form and the exports keep ?lang=bn.
    expect(text).toContain('<a href="/topics?from=2025-02-24&amp;to=2025-03-16&amp;lang=bn">বিষয় আর ভাষা</a>');
    expect(text).toContain('<a href="/share?lang=bn">শেয়ার লিংক</a>');
    expect(text).toContain('<input type="hidden" name="lang" value="bn">');
    expect(text).toMatch(/<a href="\/misconceptions\?from=2025-03-10&amp;to=2025-03-16&amp;lang=bn">গত সপ্তাহ<\/a>/);
    expect(text).toContain('href="/export/misconceptions.csv?from=2025-02-24&to=2025-03-16&lang=bn"');
    // The switch back to English: the same page and range.
    expect(text).toContain('<a href="/misconceptions?from=2025-02-24&amp;to=2025-03-16" hreflang="en" lang="en">English</a>');
    expect(text).toContain('hreflang="bn" lang="bn" aria-current="true">বাংলা</a>');
  });

  it("exports in Bengali carry Bengali labels and the same values", async () => {
    const csv = (await get(`/export/misconceptions.csv?${RANGE}&lang=bn`)).text;
    expect(csv).toContain("\"পরিস্থিতি, সবচেয়ে কম ভালো উত্তর আগে\",গেমের বন্ধুর রোজ প্রশংসা,ভালো উত্তরের হার,25%\r\n");
    expect(csv).toContain("বেছে নেওয়া ভুল উত্তর,\"পাঠাই, মুছে ফেলার কথা তো দিয়েছে\",বেছেছে,<5\r\n");
    const json = JSON.parse((await get(`/export/misconceptions.json?${RANGE}&lang=bn`)).text) as { lang: string; tables: Array<{ id: string; rows: unknown[][] }> };
    expect(json.lang).toBe("bn");
    expect(json.tables.find((t) => t.id === "ranking")!.rows[0]).toEqual(["গেমের বন্ধুর রোজ প্রশংসা", "flattery", 40, 10, "25%"]);
  });

  it("every page speaks Bengali: topics by their Bengali names, the kinds of danger, the sign-in page", async () => {
    const topics = (await get(`/topics?${RANGE}&lang=bn`)).text;
    expect(topics).toContain('<html lang="bn">');
    expect(topics).toContain("<td>নিজের ক্ষতি করতে ইচ্ছা করছে</td><td class=\"num\">&lt;5</td>");
    expect(topics).toContain("<td>চেনা কারও নির্যাতন</td><td>danger.abuse</td>");
    expect(topics).toContain("বাংলিশ (রোমান হরফে বাংলা)");
    const overview = (await get(`/?${RANGE}&lang=bn`)).text;
    // Per week: one day's urgent count is small (helpers.ts), so a per-day table would show it.
    expect(overview).toContain('aria-label="প্রতি সপ্তাহে: মেসেজ"');
    expect(overview).toContain("<td>মেসেজ</td><td>messages</td><td class=\"num\">456</td>");
    for (const path of ["/quizzes", "/campaigns", "/share"]) {
      const page = (await get(`${path}?${RANGE}&lang=bn`)).text;
      expect(page, path).toContain('<html lang="bn">');
      expect(page, path).toContain(">লগ আউট</button>");
    }
    const login = await d.app.request(`/misconceptions?${RANGE}&lang=bn`);
    expect(login.status).toBe(401);
    const loginHtml = await login.text();
    expect(loginHtml).toContain('<html lang="bn">');
    expect(loginHtml).toContain("<h1>সাইন ইন</h1>");
    expect(loginHtml).toContain('name="next" value="/misconceptions?from=2025-02-24&amp;to=2025-03-16&amp;lang=bn"');
  });

  it("an unknown language is English", async () => {
    const { status, text } = await get(`/misconceptions?${RANGE}&lang=xx`);
    expect(status).toBe(200);
    expect(text).toContain('<html lang="en">');
    expect(text).toContain("<h1>What teens get wrong</h1>");
  });
});
