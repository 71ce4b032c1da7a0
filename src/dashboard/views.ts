import { DANGER_METRICS, funnelMetric, HEADLINE_METRICS, LANG_METRICS, SERIES_METRICS, TOPIC_METRICS, type FunnelStep } from "../stats/metric-names.js";
import type { StatsReport } from "../stats/report.js";
import type { DayRange, RangeAdjustment } from "../stats/served-range.js";
import type { ServedReport } from "../stats/served-report.js";
import type { Shown } from "../stats/suppression.js";
import type { CsvCell } from "./csv.js";

/**
 * What each dashboard page shows, as plain tables built only from a suppressed report. The HTML
 * page, its charts and its CSV/JSON export are all drawn from the same tables, so an export
 * holds exactly what is shown.
 */
export const PAGES = ["overview", "topics", "quizzes", "campaigns"] as const;
export type PageId = (typeof PAGES)[number];

export const PAGE_TITLES: Record<PageId, string> = {
  overview: "Overview",
  topics: "Topics and languages",
  quizzes: "Quizzes and guides",
  campaigns: "Campaigns",
};

export type Chart =
  | { kind: "columns"; title: string; points: Array<{ day: string; value: Shown }> }
  | { kind: "bars"; title: string; items: Array<{ label: string; value: Shown }> };

export interface ViewTable {
  id: string;
  title: string;
  columns: string[];
  rows: CsvCell[][];
  /** Long tables (a row per day) start folded on the page. */
  folded?: boolean;
  /** Why the table is as it is (e.g. per week rather than per day). */
  note?: string;
}

export interface PageView {
  page: PageId;
  title: string;
  /** The range served (whole finished weeks). */
  from: string;
  to: string;
  /** The range asked for, and why the served one differs. */
  requested: DayRange;
  adjustments: RangeAdjustment[];
  k: number;
  marker: string;
  charts: Chart[];
  tables: ViewTable[];
}

const SERIES_LABELS: Record<string, string> = {
  messages: "Messages",
  users: "Active users",
  urgent: "Urgent messages",
  "referral.shown": "Referrals shown",
  "quiz.completed": "Quizzes completed",
};

const LANG_LABELS: Record<string, string> = {
  "lang.en": "English",
  "lang.bn": "Bengali script",
  "lang.bn-Latn": "Banglish (romanized)",
};

/** What urgent messages were about, in the order of the bot's first replies; then the grey zone. */
const DANGER_LABELS: Record<string, string> = {
  "danger.self_harm": "Self-harm or suicide",
  "danger.abuse": "Abuse by someone they know",
  "danger.physical": "Physical danger now (followed, hurt)",
  "danger.threat": "Threats or blackmail (sextortion)",
  "danger.images": "Images posted or shared",
  "danger.meeting": "A meeting planned",
  "danger.other": "Other or unclear",
  "danger.friend": "… of these, a friend or sibling at risk",
  check: HEADLINE_METRICS.find((m) => m.metric === "check")?.label ?? "check",
};

const valueOf = (report: StatsReport, metric: string): Shown => report.metrics[metric] ?? 0;

/** Numbers first (largest first), then hidden cells, then zeros; never by a hidden cell's true value. */
function byShown(a: { label: string; value: Shown }, b: { label: string; value: Shown }): number {
  const rank = (v: Shown) => (typeof v === "string" ? 1 : v === 0 ? 2 : 0);
  const r = rank(a.value) - rank(b.value);
  if (r !== 0) return r;
  if (typeof a.value === "number" && typeof b.value === "number" && a.value !== b.value) return b.value - a.value;
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

function group(report: StatsReport, prefix: string, base: readonly string[]): string[] {
  return [...new Set([...base, ...Object.keys(report.metrics).filter((m) => m.startsWith(prefix))])];
}

function overview(report: ServedReport): Pick<PageView, "charts" | "tables"> {
  const seriesMetrics = SERIES_METRICS.filter((m) => report.series[m]);
  const perDay = report.seriesUnit === "day";
  const charts: Chart[] = seriesMetrics.map((m) => ({ kind: "columns", title: `${SERIES_LABELS[m] ?? m} per ${perDay ? "day" : "week"}`, points: report.series[m]! }));
  const totals: ViewTable = {
    id: "totals",
    title: "Totals for the range",
    columns: ["Measure", "Metric", "Count"],
    rows: HEADLINE_METRICS.map(({ metric, label }) => [label, metric, valueOf(report, metric)]),
  };
  const days = report.series[seriesMetrics[0] ?? "messages"]?.map((p) => p.day) ?? [];
  const daily: ViewTable = {
    id: "daily",
    title: perDay ? "Per day" : "Per week",
    columns: [perDay ? "Day" : "Week (Monday)", ...seriesMetrics.map((m) => SERIES_LABELS[m] ?? m)],
    rows: days.map((day, i) => [day, ...seriesMetrics.map((m) => report.series[m]![i]!.value)]),
    folded: true,
    note: perDay
      ? undefined
      : `Per week, not per day: on some day of this range a count was below ${report.k} (or a week's count is hidden), and a per-day table would show it.`,
  };
  return { charts, tables: [totals, daily] };
}

function topics(report: StatsReport): Pick<PageView, "charts" | "tables"> {
  const topicItems = group(report, "topic.", TOPIC_METRICS)
    .map((m) => ({ label: m.slice("topic.".length), value: valueOf(report, m) }))
    .sort(byShown);
  const langItems = group(report, "lang.", LANG_METRICS)
    .map((m) => ({ label: LANG_LABELS[m] ?? m.slice("lang.".length), value: valueOf(report, m) }))
    .sort(byShown);
  return {
    charts: [
      { kind: "bars", title: "Messages by topic", items: topicItems },
      { kind: "bars", title: "Messages by language form", items: langItems },
    ],
    tables: [
      { id: "topics", title: "Topics", columns: ["Topic", "Messages"], rows: topicItems.map((i) => [i.label, i.value]) },
      { id: "languages", title: "Language forms", columns: ["Language form", "Messages"], rows: langItems.map((i) => [i.label, i.value]) },
      {
        id: "danger",
        title: "Kinds of danger (urgent messages)",
        columns: ["Kind of danger", "Metric", "Urgent messages"],
        // Fixed order, not by size: the rows are a breakdown of `urgent`, read against each other.
        rows: [...DANGER_METRICS, "check"].map((m) => [DANGER_LABELS[m] ?? m, m, valueOf(report, m)]),
      },
    ],
  };
}

/** completed / started as a percentage, only when both are shown as numbers. */
export function completionRate(started: Shown, completed: Shown): string {
  if (typeof started !== "number" || typeof completed !== "number" || started <= 0) return "–";
  return `${Math.round((completed / started) * 100)}%`;
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

function quizzes(report: StatsReport): Pick<PageView, "charts" | "tables"> {
  const started = valueOf(report, "quiz.started");
  const completed = valueOf(report, "quiz.completed");
  const ids = new Set<string>();
  for (const m of Object.keys(report.metrics)) {
    const match = /^quiz\.(?:started|completed)\.(.+)$/.exec(m);
    if (match) ids.add(match[1]!);
  }
  const perQuiz = [...ids].sort(naturalCompare).map((id) => {
    const s = valueOf(report, `quiz.started.${id}`);
    const c = valueOf(report, `quiz.completed.${id}`);
    return [id, s, c, completionRate(s, c)] as CsvCell[];
  });
  const flowIds = new Set<string>();
  for (const m of Object.keys(report.metrics)) {
    const match = /^flow\.(?:started|completed)\.(.+)$/.exec(m);
    if (match) flowIds.add(match[1]!);
  }
  const flows = [...flowIds].sort(naturalCompare).map((id) => {
    const s = valueOf(report, `flow.started.${id}`);
    const c = valueOf(report, `flow.completed.${id}`);
    return [id, s, c, completionRate(s, c)] as CsvCell[];
  });
  const scores = Object.keys(report.metrics)
    .filter((m) => m.startsWith("quiz.score."))
    .sort(naturalCompare)
    .map((m) => ({ label: m.slice("quiz.score.".length), value: valueOf(report, m) }));
  return {
    charts: [
      { kind: "bars", title: "Quizzes started and completed", items: [{ label: "started", value: started }, { label: "completed", value: completed }] },
      { kind: "bars", title: "Score distribution (completed quizzes)", items: scores },
    ],
    tables: [
      {
        id: "summary",
        title: "All quizzes",
        columns: ["Measure", "Value"],
        rows: [
          ["Started", started],
          ["Completed", completed],
          ["Completion rate", completionRate(started, completed)],
        ],
      },
      { id: "per-quiz", title: "Per quiz", columns: ["Quiz", "Started", "Completed", "Rate"], rows: perQuiz },
      { id: "scores", title: "Score distribution", columns: ["Score bucket", "Completions"], rows: scores.map((s) => [s.label, s.value]) },
      { id: "guides", title: "Guided flows", columns: ["Flow", "Started", "Completed", "Rate"], rows: flows },
    ],
  };
}

/**
 * Per campaign: starts through its link → starts that led to a completed quiz → starts that led
 * to a referral (each start counts each step at most once; see src/bot/campaign-funnel.ts).
 */
function campaigns(report: StatsReport, registered: ReadonlyArray<{ code: string; createdDay: string }>): Pick<PageView, "charts" | "tables"> {
  const created = new Map(registered.map((c) => [c.code, c.createdDay]));
  const codes = group(report, "campaign.", [...registered.map((c) => `campaign.${c.code}`), "campaign.other"]).map((m) => m.slice("campaign.".length));
  const items = codes.map((code) => ({ label: code, value: valueOf(report, `campaign.${code}`) })).sort(byShown);
  const name = (code: string) => (code === "other" ? "other / unknown link" : code);
  const step = (s: FunnelStep, code: string): CsvCell => (code === "other" ? "–" : valueOf(report, funnelMetric(s, code)));
  return {
    charts: [{ kind: "bars", title: "Starts through share links", items: items.map((i) => ({ label: name(i.label), value: i.value })) }],
    tables: [
      {
        id: "campaigns",
        title: "Campaigns",
        columns: ["Campaign", "Starts", "Quizzes completed", "Referrals shown", "Link created"],
        rows: items.map((i) => [name(i.label), i.value, step("quiz", i.label), step("referral", i.label), created.get(i.label) ?? "–"]),
        note: "Starts → quizzes completed → referrals shown: each start through a link counts each step at most once, within a day of the start. Unknown links count starts only.",
      },
    ],
  };
}

/** The tables and charts of one page for a suppressed report. */
export function buildPageView(page: PageId, report: ServedReport, registered: ReadonlyArray<{ code: string; createdDay: string }> = []): PageView {
  const body =
    page === "overview" ? overview(report) : page === "topics" ? topics(report) : page === "quizzes" ? quizzes(report) : campaigns(report, registered);
  return {
    page,
    title: PAGE_TITLES[page],
    from: report.from,
    to: report.to,
    requested: report.requested,
    adjustments: report.adjustments,
    k: report.k,
    marker: report.marker,
    ...body,
  };
}

/** The export of a page as tidy rows: table, row, column, value. */
export function viewToRows(view: PageView): CsvCell[][] {
  const rows: CsvCell[][] = [["table", "row", "column", "value"]];
  for (const table of view.tables) {
    for (const row of table.rows) {
      for (let c = 1; c < table.columns.length; c++) rows.push([table.title, row[0] ?? "", table.columns[c]!, row[c] ?? ""]);
    }
  }
  return rows;
}

/** The JSON export of a page: the range, k and the tables as shown. */
export function viewToJson(view: PageView): object {
  return {
    page: view.page,
    from: view.from,
    to: view.to,
    requested: view.requested,
    adjustments: view.adjustments,
    k: view.k,
    tables: view.tables.map((t) => ({ id: t.id, title: t.title, columns: t.columns, rows: t.rows })),
  };
}
