import { DANGER_METRICS, funnelMetric, HEADLINE_METRICS, LANG_METRICS, SERIES_METRICS, TOPIC_METRICS, type FunnelStep } from "../stats/metric-names.js";
import type { StatsReport } from "../stats/report.js";
import type { DayRange, RangeAdjustment } from "../stats/served-range.js";
import type { ServedReport } from "../stats/served-report.js";
import type { Shown } from "../stats/suppression.js";
import type { CsvCell } from "./csv.js";
import { misconceptions } from "./misconceptions.js";
import type { DashboardScenario, DashboardText } from "./text.js";

/**
 * What each dashboard page shows, as plain tables built only from a suppressed report. The HTML
 * page, its charts and its CSV/JSON export are all drawn from the same tables, so an export
 * holds exactly what is shown.
 */
export const PAGES = ["overview", "topics", "quizzes", "misconceptions", "campaigns"] as const;
export type PageId = (typeof PAGES)[number];

/** Each page's title: a message of locales/<lang>/dashboard.ftl. */
export const PAGE_TITLE_KEYS: Record<PageId | "share", string> = {
  overview: "dash-page-overview",
  topics: "dash-page-topics",
  quizzes: "dash-page-quizzes",
  misconceptions: "dash-page-misconceptions",
  campaigns: "dash-page-campaigns",
  share: "dash-page-share",
};

export type Chart =
  | { kind: "columns"; title: string; points: Array<{ day: string; value: Shown }> }
  | { kind: "bars"; title: string; items: Array<{ label: string; value: Shown }>; unit?: "%" };

export interface ViewTable {
  id: string;
  title: string;
  columns: string[];
  rows: CsvCell[][];
  /** Long tables (a row per day) start folded on the page. */
  folded?: boolean;
  /** Why the table is as it is (e.g. per week rather than per day). */
  note?: string;
  /** Wide tables (many text columns) take the page's whole width. */
  wide?: boolean;
}

export interface PageView {
  page: PageId;
  title: string;
  /** The language of its words. */
  lang: string;
  /** A line under the title saying how to read the page. */
  intro?: string;
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

/** The label of each metric the pages name, as a message of locales/<lang>/dashboard.ftl. */
const METRIC_KEYS: Record<string, string> = {
  messages: "dash-metric-messages",
  users: "dash-metric-users",
  urgent: "dash-metric-urgent",
  check: "dash-metric-check",
  "referral.shown": "dash-metric-referral-shown",
  "quiz.started": "dash-metric-quiz-started",
  "quiz.completed": "dash-metric-quiz-completed",
  fallback: "dash-metric-fallback",
  safe_word: "dash-metric-safe-word",
  media: "dash-metric-media",
  forget: "dash-metric-forget",
};

/** The series' shorter names (the per-day charts and columns). */
const SERIES_KEYS: Record<string, string> = { ...METRIC_KEYS, users: "dash-series-users" };

const LANG_KEYS: Record<string, string> = {
  "lang.en": "dash-lang-en",
  "lang.bn": "dash-lang-bn",
  "lang.bn-Latn": "dash-lang-bn-latn",
};

/** What urgent messages were about, in the order of the bot's first replies; then the grey zone. */
const DANGER_KEYS: Record<string, string> = {
  "danger.self_harm": "dash-danger-self-harm",
  "danger.abuse": "dash-danger-abuse",
  "danger.physical": "dash-danger-physical",
  "danger.threat": "dash-danger-threat",
  "danger.images": "dash-danger-images",
  "danger.meeting": "dash-danger-meeting",
  "danger.other": "dash-danger-other",
  "danger.friend": "dash-danger-friend",
  check: "dash-metric-check",
};

/** A metric's label in the page's language, or the metric itself when it has none. */
const label = (text: DashboardText, keys: Record<string, string>, metric: string) => (keys[metric] ? text.t(keys[metric]) : metric);

const valueOf = (report: StatsReport, metric: string): Shown => report.metrics[metric] ?? 0;
/** A row of a measure / metric / count table: its name, the metric, and what is shown of it. */
const countRow = (report: StatsReport, name: string, metric: string): CsvCell[] => [name, metric, valueOf(report, metric)];

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

function overview(report: ServedReport, text: DashboardText): Pick<PageView, "charts" | "tables"> {
  const seriesMetrics = SERIES_METRICS.filter((m) => report.series[m]);
  const perDay = report.seriesUnit === "day";
  const charts: Chart[] = seriesMetrics.map((m) => ({ kind: "columns", title: text.t(perDay ? "dash-per-day" : "dash-per-week", { measure: label(text, SERIES_KEYS, m) }), points: report.series[m]! }));
  const totals: ViewTable = {
    id: "totals",
    title: text.t("dash-table-totals"),
    columns: [text.t("dash-col-measure"), text.t("dash-col-metric"), text.t("dash-col-count")],
    rows: HEADLINE_METRICS.map(({ metric }) => countRow(report, label(text, METRIC_KEYS, metric), metric)),
  };
  const days = report.series[seriesMetrics[0] ?? "messages"]?.map((p) => p.day) ?? [];
  const daily: ViewTable = {
    id: "daily",
    title: text.t(perDay ? "dash-table-daily" : "dash-table-weekly"),
    columns: [text.t(perDay ? "dash-col-day" : "dash-col-week"), ...seriesMetrics.map((m) => label(text, SERIES_KEYS, m))],
    rows: days.map((day, i) => [day, ...seriesMetrics.map((m) => report.series[m]![i]!.value)]),
    folded: true,
    note: perDay ? undefined : text.t("dash-note-weekly", { k: report.k }),
  };
  return { charts, tables: [totals, daily] };
}

function topics(report: StatsReport, text: DashboardText): Pick<PageView, "charts" | "tables"> {
  const topicItems = group(report, "topic.", TOPIC_METRICS)
    .map((m) => ({ label: text.topic(m.slice("topic.".length)), value: valueOf(report, m) }))
    .sort(byShown);
  const langItems = group(report, "lang.", LANG_METRICS)
    .map((m) => ({ label: LANG_KEYS[m] ? text.t(LANG_KEYS[m]) : m.slice("lang.".length), value: valueOf(report, m) }))
    .sort(byShown);
  const messages = text.t("dash-col-messages");
  return {
    charts: [
      { kind: "bars", title: text.t("dash-chart-topics"), items: topicItems },
      { kind: "bars", title: text.t("dash-chart-languages"), items: langItems },
    ],
    tables: [
      { id: "topics", title: text.t("dash-table-topics"), columns: [text.t("dash-col-topic"), messages], rows: topicItems.map((i) => [i.label, i.value]) },
      { id: "languages", title: text.t("dash-table-languages"), columns: [text.t("dash-col-language-form"), messages], rows: langItems.map((i) => [i.label, i.value]) },
      {
        id: "danger",
        title: text.t("dash-table-danger"),
        columns: [text.t("dash-col-danger"), text.t("dash-col-metric"), text.t("dash-col-urgent")],
        // Fixed order, not by size: the rows are a breakdown of `urgent`, read against each other.
        rows: [...DANGER_METRICS, "check"].map((m) => countRow(report, label(text, DANGER_KEYS, m), m)),
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

function quizzes(report: StatsReport, text: DashboardText): Pick<PageView, "charts" | "tables"> {
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
  const counts = [text.t("dash-col-started"), text.t("dash-col-completed"), text.t("dash-col-rate")];
  return {
    charts: [
      { kind: "bars", title: text.t("dash-chart-quizzes"), items: [{ label: text.t("dash-started"), value: started }, { label: text.t("dash-completed"), value: completed }] },
      { kind: "bars", title: text.t("dash-chart-scores"), items: scores },
    ],
    tables: [
      {
        id: "summary",
        title: text.t("dash-table-quiz-summary"),
        columns: [text.t("dash-col-measure"), text.t("dash-col-value")],
        rows: [
          [text.t("dash-col-started"), started],
          [text.t("dash-col-completed"), completed],
          [text.t("dash-completion-rate"), completionRate(started, completed)],
        ],
      },
      { id: "per-quiz", title: text.t("dash-table-per-quiz"), columns: [text.t("dash-col-quiz"), ...counts], rows: perQuiz },
      { id: "scores", title: text.t("dash-table-scores"), columns: [text.t("dash-col-score"), text.t("dash-col-completions")], rows: scores.map((s) => [s.label, s.value]) },
      { id: "guides", title: text.t("dash-table-guides"), columns: [text.t("dash-col-flow"), ...counts], rows: flows },
      selfCheck(report, text),
      {
        id: "classroom",
        title: text.t("dash-table-classroom"),
        columns: [text.t("dash-col-measure"), text.t("dash-col-metric"), text.t("dash-col-count")],
        rows: [
          countRow(report, text.t("dash-class-sessions"), "class.session"),
          countRow(report, text.t("dash-class-polls"), "class.poll"),
        ],
      },
    ],
  };
}

/**
 * The "Is this grooming?" self-check: how often it was started and finished, and how often each
 * sign was answered yes (`check.sign.<sign>`), named as the check names it (its only check today
 * is `grooming`, whose sign names are selfcheck-grooming-<sign>-name).
 */
function selfCheck(report: StatsReport, text: DashboardText): PageView["tables"][number] {
  const signs = Object.keys(report.metrics)
    .filter((m) => m.startsWith("check.sign."))
    // The dashboard never imports flows/ (a layer rule), so the message id is spelled out here.
    .map((m) => ({ metric: m, value: valueOf(report, m), label: text.message(`selfcheck-grooming-${m.slice("check.sign.".length)}-name`, m) }))
    .sort(byShown);
  return {
    id: "self-check",
    title: text.t("dash-table-selfcheck"),
    columns: [text.t("dash-col-measure"), text.t("dash-col-metric"), text.t("dash-col-count")],
    rows: [
      countRow(report, text.t("dash-col-started"), "check.started"),
      countRow(report, text.t("dash-col-completed"), "check.completed"),
      ...signs.map((s) => countRow(report, text.t("dash-selfcheck-sign", { sign: s.label }), s.metric)),
    ],
  };
}

/**
 * Per campaign: starts through its link → starts that led to a completed quiz → starts that led
 * to a referral (each start counts each step at most once; see src/bot/campaign-funnel.ts).
 */
function campaigns(report: StatsReport, text: DashboardText, registered: ReadonlyArray<{ code: string; createdDay: string }>): Pick<PageView, "charts" | "tables"> {
  const created = new Map(registered.map((c) => [c.code, c.createdDay]));
  const codes = group(report, "campaign.", [...registered.map((c) => `campaign.${c.code}`), "campaign.other"]).map((m) => m.slice("campaign.".length));
  const items = codes.map((code) => ({ label: code, value: valueOf(report, `campaign.${code}`) })).sort(byShown);
  const name = (code: string) => (code === "other" ? text.t("dash-campaign-other") : code);
  const step = (s: FunnelStep, code: string): CsvCell => (code === "other" ? "–" : valueOf(report, funnelMetric(s, code)));
  return {
    charts: [{ kind: "bars", title: text.t("dash-chart-campaigns"), items: items.map((i) => ({ label: name(i.label), value: i.value })) }],
    tables: [
      {
        id: "campaigns",
        title: text.t("dash-table-campaigns"),
        columns: [text.t("dash-col-campaign"), text.t("dash-col-starts"), text.t("dash-col-quizzes-completed"), text.t("dash-col-referrals-shown"), text.t("dash-col-link-created")],
        rows: items.map((i) => [name(i.label), i.value, step("quiz", i.label), step("referral", i.label), created.get(i.label) ?? "–"]),
        note: text.t("dash-note-funnel"),
      },
    ],
  };
}

/** What a page is built from besides the report. */
export interface PageInput {
  /** The words, in the page's language. */
  text: DashboardText;
  /** Campaigns with a share link (the campaigns page). */
  registered?: ReadonlyArray<{ code: string; createdDay: string }>;
  /** The quiz scenarios (the misconceptions page). */
  scenarios?: readonly DashboardScenario[];
}

/** The tables and charts of one page for a suppressed report. */
export function buildPageView(page: PageId, report: ServedReport, input: PageInput): PageView {
  const { text } = input;
  const body =
    page === "overview"
      ? overview(report, text)
      : page === "topics"
        ? topics(report, text)
        : page === "quizzes"
          ? quizzes(report, text)
          : page === "misconceptions"
            ? misconceptions(report, text, input.scenarios ?? [])
            : campaigns(report, text, input.registered ?? []);
  return {
    page,
    title: text.t(PAGE_TITLE_KEYS[page]),
    lang: text.lang,
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
    lang: view.lang,
    from: view.from,
    to: view.to,
    requested: view.requested,
    adjustments: view.adjustments,
    k: view.k,
    tables: view.tables.map((t) => ({ id: t.id, title: t.title, columns: t.columns, rows: t.rows })),
  };
}
