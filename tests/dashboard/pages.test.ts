import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TOPIC_IDS } from "../../src/core/topics.js";
import { addCounts, insertCampaign, listCampaigns } from "../../src/stats/store.js";
import { auth, testDashboard, WEEK_LATER, type TestDashboard } from "./helpers.js";

let d: TestDashboard;
beforeEach(async () => {
  d = await testDashboard({ now: () => WEEK_LATER });
});
afterEach(async () => {
  await d.cleanup();
});

/** The rows of the topics table: a topic's name (its "Did you mean…?" label) and its count. */
const topicRows = (html: string) => {
  const table = html.slice(html.indexOf('id="table-topics"'));
  return table.slice(0, table.indexOf("</table>")).match(/<tr><td>[^<]+<\/td><td class="num">/g) ?? [];
};

const page = async (path: string, init: RequestInit = {}) => {
  const res = await d.app.request(path, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });
  return { status: res.status, html: await res.text(), res };
};

function expectSelfContained(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i); // nothing loaded from elsewhere
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
}

describe("pages", () => {
  it("overview: time series charts as inline SVG with data, totals, range picker and exports", async () => {
    // A week with no small day: the series are per day (two days of data, five days of 0).
    const { status, html } = await page("/?from=2025-02-24&to=2025-03-02");
    expect(status).toBe(200);
    expectSelfContained(html);
    for (const title of ["Messages per day", "Urgent messages per day", "Referrals shown per day", "Quizzes completed per day", "Active users per day"]) {
      expect(html).toContain(`aria-label="${title}"`);
    }
    expect(html.match(/<rect class="bar-hidden" /g)).toBeNull();
    expect(html).toContain("<h2>Per day</h2>");
    expect(html).toContain('<input type="date" name="from" value="2025-02-24" required>');
    expect(html).toContain('href="/export/overview.csv?from=2025-02-24&to=2025-03-02"');
    expect(html).toContain("<td>Messages</td><td>messages</td><td class=\"num\">83</td>");
    expect(html).not.toContain('id="served-range"'); // served as asked
  });

  it("overview: a range with a small day shows its series per week, and says why", async () => {
    // 1–10 March: urgent was 2 on 4 March, so a per-day series would show it.
    const { html } = await page("/?from=2025-03-01&to=2025-03-10");
    for (const title of ["Messages per week", "Urgent messages per week"]) expect(html).toContain(`aria-label="${title}"`);
    expect(html).not.toMatch(/aria-label="[^"]* per day"/);
    // Five series over three whole weeks, none of them hidden.
    expect(html.match(/<rect class="bar" /g)).toHaveLength(15);
    expect(html).toContain("<h2>Per week</h2>");
    expect(html).toMatch(/Per week, not per day: on some day of this range a count was below 5/);
    expect(html).toContain("<td>Messages</td><td>messages</td><td class=\"num\">456</td>");
  });

  it("topics and languages: every topic listed, small ones hidden", async () => {
    const { html } = await page("/topics?from=2025-03-01&to=2025-03-10");
    expectSelfContained(html);
    expect(topicRows(html)).toHaveLength(TOPIC_IDS.length);
    // Topics by name (their "Did you mean…?" label without the emoji), not by id.
    expect(html).toContain("<td>I feel like hurting myself</td><td class=\"num\">&lt;5</td>");
    expect(html).not.toContain("<td>self_harm</td>");
    // A topic never counted is still listed, at 0: abuse disclosures have their own row.
    expect(html).toContain("<td>Someone hurts me in person</td><td class=\"num\">0</td>");
    expect(html).toContain("Banglish (romanized)");
  });

  it("topics: abuse disclosures counted show with their number", async () => {
    // Large enough not to be the complement hidden next to the small self_harm cell.
    await addCounts(d.db, [{ day: "2025-03-03", metric: "topic.abuse_disclosure", n: 120 }, { day: "2025-03-03", metric: "messages", n: 120 }, { day: "2025-03-03", metric: "lang.bn", n: 120 }]);
    const { html } = await page("/topics?from=2025-03-01&to=2025-03-10");
    expect(html).toContain("<td>Someone hurts me in person</td><td class=\"num\">120</td>");
  });

  it("kinds of danger: a row per kind, friend and the grey-zone question, small ones hidden", async () => {
    // Each week, every urgent message counted one kind: the seeded `urgent` is 15, 43 and 7 in
    // the weeks of 24 February, 3 March and 10 March.
    await addCounts(d.db, [
      { day: "2025-03-02", metric: "danger.self_harm", n: 2 },
      { day: "2025-03-02", metric: "danger.abuse", n: 13 },
      { day: "2025-03-03", metric: "danger.threat", n: 30 },
      { day: "2025-03-05", metric: "danger.meeting", n: 10 },
      { day: "2025-03-06", metric: "danger.other", n: 3 },
      { day: "2025-03-06", metric: "danger.friend", n: 6 },
      { day: "2025-03-07", metric: "check", n: 7 },
      { day: "2025-03-10", metric: "danger.abuse", n: 7 },
    ]);
    const { html } = await page("/topics?from=2025-03-01&to=2025-03-10");
    expectSelfContained(html);
    expect(html).toContain("Kinds of danger");
    const row = (label: string, metric: string, value: string) => `<tr><td>${label}</td><td>${metric}</td><td class="num">${value}</td></tr>`;
    expect(html).toContain(row("Threats or blackmail (sextortion)", "danger.threat", "30"));
    expect(html).toContain(row("Self-harm or suicide", "danger.self_harm", "&lt;5"));
    expect(html).toContain(row("Other or unclear", "danger.other", "&lt;5"));
    // Hidden in one week to protect a small kind (abuse next to self-harm, the meeting next to
    // "other"), so hidden over every range that holds that week.
    expect(html).toContain(row("Abuse by someone they know", "danger.abuse", "&lt;5"));
    expect(html).toContain(row("A meeting planned", "danger.meeting", "&lt;5"));
    expect(html).toContain(row("Images posted or shared", "danger.images", "0"));
    expect(html).toContain(row("… of these, a friend or sibling at risk", "danger.friend", "6"));
    expect(html).toContain(row("Asked &quot;Are you safe right now?&quot;", "check", "7"));
    // Not a topic row: the topics table still lists exactly the topics.
    expect(topicRows(html)).toHaveLength(TOPIC_IDS.length);
    // The week of 3 March alone shows its own kinds.
    const week = await page("/topics?from=2025-03-03&to=2025-03-09");
    expect(week.html).toContain(row("Threats or blackmail (sextortion)", "danger.threat", "30"));
    expect(week.html).toContain(row("Abuse by someone they know", "danger.abuse", "0"));
  });

  it("kinds of danger: one small kind cannot be worked out from the urgent total", async () => {
    await addCounts(d.db, [
      { day: "2025-03-02", metric: "danger.self_harm", n: 2 },
      { day: "2025-03-02", metric: "danger.abuse", n: 13 },
      { day: "2025-03-03", metric: "danger.threat", n: 30 },
      { day: "2025-03-05", metric: "danger.meeting", n: 13 },
      { day: "2025-03-10", metric: "danger.abuse", n: 7 },
    ]);
    const { html } = await page("/topics?from=2025-03-01&to=2025-03-10");
    const danger = html.slice(html.indexOf('id="table-danger"'));
    // 65 − 30 − 13 = 22 is self-harm and abuse together: neither alone.
    expect(danger).toContain("<td>danger.self_harm</td><td class=\"num\">&lt;5</td>");
    expect(danger).toContain("<td>danger.abuse</td><td class=\"num\">&lt;5</td>");
    expect(danger).toContain("<td>danger.threat</td><td class=\"num\">30</td>");
    expect(danger).toContain("<td>danger.meeting</td><td class=\"num\">13</td>");
  });

  it("quizzes: starts, completions, completion rate and score distribution; guided flows", async () => {
    await addCounts(d.db, [
      { day: "2025-03-04", metric: "flow.started.get-help", n: 10 },
      { day: "2025-03-04", metric: "flow.completed.get-help", n: 4 },
    ]);
    const { html } = await page("/quizzes?from=2025-03-03&to=2025-03-09");
    expect(html).toContain("<td>get-help</td><td class=\"num\">10</td><td class=\"num\">&lt;5</td><td class=\"num\">–</td>");
    expect(html).toContain("<td>Completion rate</td><td class=\"num\">78%</td>");
    expect(html).toContain("<td>spot-the-groomer</td><td class=\"num\">42</td><td class=\"num\">35</td><td class=\"num\">83%</td>");
    expect(html).toContain("Score distribution");
    expect(html).toContain("<td>3-4</td><td class=\"num\">42</td>");
  });

  it("quizzes: the self-check's starts, completions and signs by name, and classroom sessions, small ones hidden", async () => {
    await addCounts(d.db, [
      { day: "2025-03-04", metric: "check.started", n: 12 },
      { day: "2025-03-04", metric: "check.completed", n: 9 },
      { day: "2025-03-04", metric: "check.sign.secret", n: 7 },
      { day: "2025-03-05", metric: "check.sign.threats", n: 2 },
      { day: "2025-03-05", metric: "class.session", n: 6 },
      { day: "2025-03-05", metric: "class.poll", n: 27 },
    ]);
    const { html } = await page("/quizzes?from=2025-03-03&to=2025-03-09");
    expect(html).toContain("&quot;Is this grooming?&quot; self-check");
    expect(html).toContain('<td>Started</td><td>check.started</td><td class="num">12</td>');
    expect(html).toContain('<td>Completed</td><td>check.completed</td><td class="num">9</td>');
    expect(html).toContain('<td>Yes to: Keeping it secret</td><td>check.sign.secret</td><td class="num">7</td>');
    expect(html).toContain('<td>Yes to: Anger or threats when you said no</td><td>check.sign.threats</td><td class="num">&lt;5</td>');
    expect(html).toContain('<td>Sessions started</td><td>class.session</td><td class="num">6</td>');
    expect(html).toContain('<td>Quiz polls posted</td><td>class.poll</td><td class="num">27</td>');
    const bn = (await page("/quizzes?from=2025-03-03&to=2025-03-09&lang=bn")).html;
    expect(bn).toContain("<td>হ্যাঁ: গোপন রাখতে বলা</td><td>check.sign.secret</td>");
  });

  it("answers a bad range with a readable 400 page", async () => {
    const { status, html } = await page("/?from=2025-03-10&to=2025-03-01");
    expect(status).toBe(400);
    expect(html).toContain("from must not be after to");
  });

  it("shows a campaign code or label from the database as text, never as markup", async () => {
    // The dashboard never creates such a code, but what the database holds is not trusted.
    const evil = `<script>alert("x&'y")</script>`;
    const shown = "&lt;script&gt;alert(&quot;x&amp;&#39;y&quot;)&lt;/script&gt;";
    await insertCampaign(d.db, evil, "2025-03-03");
    await addCounts(d.db, [
      { day: "2025-03-03", metric: `campaign.${evil}`, n: 12 },
      // Large enough not to be the complement hidden next to the small self_harm cell.
      { day: "2025-03-03", metric: 'topic.<b title="x">', n: 120 },
    ]);
    const campaigns = await page("/campaigns?from=2025-03-01&to=2025-03-10");
    expect(campaigns.status).toBe(200);
    expectSelfContained(campaigns.html);
    expect(campaigns.html).toContain(`<tr><td>${shown}</td><td class="num">12</td><td class="num">0</td><td class="num">0</td><td>2025-03-03</td></tr>`);
    // The chart's label is cut to 24 characters; its tooltip holds the whole code.
    expect(campaigns.html).toContain(`text-anchor="end">&lt;script&gt;alert(&quot;x&amp;&#39;y&quot;)&lt;/…<title>${shown}</title></text>`);
    const topics = await page("/topics?from=2025-03-01&to=2025-03-10");
    expect(topics.html).toContain('<tr><td>&lt;b title=&quot;x&quot;&gt;</td><td class="num">120</td></tr>');
    expect(topics.html).not.toContain("<b ");
  });
});

describe("share links", () => {
  const create = (campaign: string) =>
    page("/share", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ campaign }).toString() });

  it("creates the link, registers the campaign and shows its QR served by the dashboard", async () => {
    const { status, html } = await create("school-dhaka-01");
    expect(status).toBe(200);
    expectSelfContained(html);
    expect(html).toContain('<p class="link" id="share-link">https://t.me/nirapod_bot?start=c_school-dhaka-01</p>');
    expect(html).toContain('<img id="share-qr" src="/share/qr/school-dhaka-01.svg"');
    expect(await listCampaigns(d.db)).toEqual([{ code: "school-dhaka-01", createdDay: "2025-03-17" }]);
    const svg = await page("/share/qr/school-dhaka-01.svg");
    expect(svg.res.headers.get("content-type")).toBe("image/svg+xml");
    expect(svg.html).toMatch(/^<svg/);
    const png = await d.app.request("/share/qr/school-dhaka-01.png", { headers: auth });
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe("PNG");
    const list = await page("/share");
    expect(list.html).toContain("<td>school-dhaka-01</td><td>2025-03-17</td><td>https://t.me/nirapod_bot?start=c_school-dhaka-01</td>");
  });

  it("refuses bad codes with a clear message and never echoes them", async () => {
    for (const bad of ["<b>Evil</b>", "School Dhaka", "a".repeat(33), ""]) {
      const { status, html } = await create(bad);
      expect(status).toBe(400);
      expect(html).toContain("1–32 characters of a–z, 0–9, _ and -");
      if (bad) expect(html).not.toContain(bad);
    }
    expect(await listCampaigns(d.db)).toEqual([]);
    expect((await page("/share/qr/BAD.svg")).status).toBe(404);
  });

  it("says what to set when the bot's username is unknown", async () => {
    await d.cleanup();
    d = await testDashboard({ botUsername: async () => Promise.reject(new Error("set BOT_USERNAME (like nirapod_bot)")) });
    const { status, html } = await create("school-dhaka-01");
    expect(status).toBe(503);
    expect(html).toContain("set BOT_USERNAME");
  });

  it("shows a failure message as text, never as markup", async () => {
    await d.cleanup();
    d = await testDashboard({ botUsername: async () => Promise.reject(new Error('Telegram said <img src=x alt="y">')) });
    const { html } = await page("/share");
    expect(html).toContain('<p class="error" role="alert">Telegram said &lt;img src=x alt=&quot;y&quot;&gt;</p>');
    expect(html).not.toContain("<img src=x");
  });
});
