import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../src/dashboard/csv.js";
import { registerCampaign } from "../../src/stats/campaigns.js";
import { addCounts } from "../../src/stats/store.js";
import { auth, NOW, testDashboard, WEEK_LATER, type TestDashboard } from "./helpers.js";

describe("CSV", () => {
  it("escapes quotes, commas and line breaks (RFC 4180)", () => {
    expect(toCsv([["a", "b,c", 'say "hi"', "two\nlines", 3]])).toBe('a,"b,c","say ""hi""","two\nlines",3\r\n');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("guards against formula injection: text starting with = + - @ tab or CR gets a leading '", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-lead")).toBe("'-lead");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe(`"'\rx"`);
    expect(csvCell("<5")).toBe("<5");
    expect(csvCell("2025-03-10")).toBe("2025-03-10");
  });
});

describe("exports", () => {
  let d: TestDashboard;
  beforeEach(async () => {
    d = await testDashboard({ now: () => WEEK_LATER });
  });
  afterEach(async () => {
    await d.cleanup();
  });

  const download = async (name: string, query = "from=2025-03-01&to=2025-03-10") => {
    const res = await d.app.request(`/export/${name}?${query}`, { headers: auth });
    return { res, text: await res.text() };
  };

  it("CSV and JSON of each page hold the same suppressed values as the page", async () => {
    for (const page of ["overview", "topics", "quizzes", "campaigns"]) {
      const csv = await download(`${page}.csv`);
      expect(csv.res.status).toBe(200);
      expect(csv.res.headers.get("content-type")).toMatch(/text\/csv/);
      expect(csv.res.headers.get("content-disposition")).toBe(`attachment; filename="nirapod-${page}-2025-02-24-to-2025-03-16.csv"`);
      const json = await download(`${page}.json`);
      const view = JSON.parse(json.text) as { tables: Array<{ title: string; columns: string[]; rows: Array<Array<string | number>> }> };
      const lines = csv.text.trimEnd().split("\r\n");
      expect(lines[0]).toBe("table,row,column,value");
      const expected = view.tables.flatMap((t) => t.rows.flatMap((r) => t.columns.slice(1).map((c, i) => [t.title, r[0], c, r[i + 1]].map((v) => csvCell(v as string)).join(","))));
      expect(lines.slice(1)).toEqual(expected);
    }
  });

  it("suppresses small counts in exports, with their complements", async () => {
    const { text } = await download("overview.csv");
    // urgent on 2025-03-04 was 2: the series is per week instead of per day, and no day shows.
    expect(text).not.toContain("Per day");
    expect(text).toContain("Per week,2025-03-03,Urgent messages,43");
    expect(text).not.toMatch(/2025-03-04/);
    const topics = await download("topics.csv");
    expect(topics.text).toContain("Topics,I feel like hurting myself,Messages,<5");
    // self_harm and exactly one complement, so the total cannot give it away.
    expect(topics.text.match(/^Topics,[^,]+,Messages,<5/gm)).toHaveLength(2);
    expect(topics.text).not.toMatch(/hurting myself,Messages,1\r/);
  });

  it("prefixes campaign codes that a spreadsheet would take for a formula", async () => {
    await registerCampaign(d.db, "-lead", NOW);
    await addCounts(d.db, [{ day: "2025-03-02", metric: "campaign.-lead", n: 9 }]);
    const { text } = await download("campaigns.csv");
    expect(text).toContain("Campaigns,'-lead,Starts,9");
    expect(text).toContain("Campaigns,'-lead,Link created,2025-03-10");
  });

  it("refuses unknown exports and bad ranges", async () => {
    expect((await download("secrets.csv")).res.status).toBe(404);
    expect((await download("overview.xlsx")).res.status).toBe(404);
    expect((await download("overview.csv", "from=2025-03-10&to=2025-03-01")).res.status).toBe(400);
  });
});
