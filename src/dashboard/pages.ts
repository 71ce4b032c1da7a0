import { html, raw } from "hono/html";
import { addDays } from "../stats/days.js";
import { lastServableDay, weekStart, type RangeAdjustment } from "../stats/served-range.js";
import { barChart, columnChart } from "./charts.js";
import { PAGES, PAGE_TITLES, type PageId, type PageView } from "./views.js";

type Html = ReturnType<typeof html>;

/**
 * The dashboard's HTML: no script anywhere, one local stylesheet, charts inline as SVG. Built with
 * hono's `html` tag, which escapes every interpolated value unless it is `html` or `raw` itself.
 */

const NAV: ReadonlyArray<{ id: PageId | "share"; href: string; label: string }> = [
  ...PAGES.map((id) => ({ id, href: id === "overview" ? "/" : `/${id}`, label: PAGE_TITLES[id] })),
  { id: "share", href: "/share", label: "Share links" },
];

export interface Range {
  from: string;
  to: string;
}

const q = (range: Range) => `from=${range.from}&to=${range.to}`;

export function layout(title: string, current: PageId | "share" | undefined, range: Range | undefined, body: Html): Html {
  const nav = current
    ? html`<nav aria-label="Pages">${NAV.map(
        (n) => html`<a href="${range && n.id !== "share" ? `${n.href}?${q(range)}` : n.href}"${raw(n.id === current ? ' aria-current="page"' : "")}>${n.label}</a>`,
      )}</nav>
      <form method="post" action="/logout"><button type="submit">Log out</button></form>`
    : "";
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${title} · Nirapod stats</title>
<link rel="stylesheet" href="/static/app.css">
</head>
<body>
<header class="top"><span class="brand">Nirapod stats</span>${nav}</header>
<main>
${body}
</main>
</body>
</html>`;
}

function rangeForm(path: string, range: Range, today: string): Html {
  // Shortcuts in whole finished weeks: what is served anyway.
  const last = lastServableDay(today);
  const quick = [1, 4, 13, 52].map(
    (n) => html`<a href="${path}?from=${addDays(weekStart(last), -7 * (n - 1))}&amp;to=${last}">${n === 1 ? "Last week" : `Last ${n} weeks`}</a>`,
  );
  return html`<form class="range" method="get" action="${path}">
  <label>From <input type="date" name="from" value="${range.from}" required></label>
  <label>To <input type="date" name="to" value="${range.to}" max="${today}" required></label>
  <button type="submit">Show</button>
</form>
<div class="quick">${quick}</div>`;
}

function cell(value: unknown, numeric: boolean): Html {
  const text = typeof value === "number" ? value.toLocaleString("en-US") : String(value ?? "");
  return html`<td${raw(numeric ? ' class="num"' : "")}>${text}</td>`;
}

function tableHtml(table: PageView["tables"][number]): Html {
  const numericCol = table.columns.map((_, i) => i > 0 && table.rows.length > 0 && table.rows.every((r) => typeof r[i] === "number" || /^(<\d+|\d+%|–)$/.test(String(r[i]))));
  const inner = html`<div class="table-wrap"><table id="table-${table.id}">
<thead><tr>${table.columns.map((c, i) => html`<th${raw(numericCol[i] ? ' class="num"' : "")} scope="col">${c}</th>`)}</tr></thead>
<tbody>${table.rows.length === 0 ? html`<tr><td colspan="${table.columns.length}" class="note">Nothing counted in this range.</td></tr>` : table.rows.map((r) => html`<tr>${r.map((v, i) => cell(v, Boolean(numericCol[i])))}</tr>`)}</tbody>
</table></div>`;
  const note = table.note ? html`<p class="note" id="note-${table.id}">${table.note}</p>` : "";
  return table.folded
    ? html`<section class="card"><h2>${table.title}</h2>${note}<details><summary>Show ${table.rows.length} rows</summary>${inner}</details></section>`
    : html`<section class="card"><h2>${table.title}</h2>${note}${inner}</section>`;
}

function kpis(view: PageView): Html {
  const totals = view.tables.find((t) => t.id === "totals");
  if (!totals) return html``;
  const top = totals.rows.slice(0, 6);
  return html`<div class="kpis">${top.map((r) => html`<div class="kpi"><div class="n">${typeof r[2] === "number" ? r[2].toLocaleString("en-US") : r[2]}</div><div class="l">${r[0]}</div></div>`)}</div>`;
}

const ADJUSTMENT_REASONS: Record<RangeAdjustment, string> = {
  "whole-weeks": "every range is served as whole weeks, Monday to Sunday (UTC), so that two ranges can never be subtracted to give one day's counts",
  "week-not-over": "a week is shown only once it is over, so that a range cannot grow day by day (this week's counts appear next Monday)",
};

/** What was asked, what is shown, and why they differ; nothing when they do not. */
function servedNote(view: PageView): Html {
  if (view.adjustments.length === 0) return html``;
  const reasons = view.adjustments.map((a) => ADJUSTMENT_REASONS[a]).join("; and ");
  return html`<p class="note" id="served-range" role="status">You asked for ${view.requested.from} to ${view.requested.to}. Shown: ${view.from} to ${view.to}, because ${reasons}.</p>`;
}

/** A whole stats page: range picker, exports, charts and tables. */
export function renderPage(view: PageView, today: string): Html {
  const path = view.page === "overview" ? "/" : `/${view.page}`;
  const range = { from: view.from, to: view.to };
  const charts = view.charts.map(
    (c) => html`<section class="card"><h2>${c.title}</h2>${c.kind === "columns" ? columnChart(c.title, c.points) : c.items.length ? barChart(c.title, c.items) : html`<p class="note">Nothing counted in this range.</p>`}</section>`,
  );
  const body = html`<h1>${view.title}</h1>
<section class="card">
${rangeForm(path, range, today)}
<div class="exports"><a class="button secondary" id="export-csv" href="/export/${view.page}.csv?${raw(q(range))}" download>Download CSV</a><a class="button secondary" id="export-json" href="/export/${view.page}.json?${raw(q(range))}" download>Download JSON</a></div>
${servedNote(view)}
<p class="note">${view.from} to ${view.to} (UTC days, whole weeks). Counts below ${view.k} are hidden as ${view.marker}; a few other cells are hidden the same way so that a hidden count cannot be worked out from a total.</p>
</section>
${kpis(view)}
<div class="grid">${charts}</div>
<div class="grid">${view.tables.map(tableHtml)}</div>`;
  return layout(view.title, view.page, range, body);
}

export function loginPage(options: { error?: string; next?: string }): Html {
  const body = html`<section class="card login">
<h1>Sign in</h1>
<p class="note">Enter the dashboard token (DASHBOARD_TOKEN).</p>
${options.error ? html`<p class="error" role="alert">${options.error}</p>` : ""}
<form method="post" action="/login">
  <input type="hidden" name="next" value="${options.next ?? "/"}">
  <label>Token <input type="password" name="token" autocomplete="current-password" required autofocus></label>
  <button type="submit">Sign in</button>
</form>
</section>`;
  return layout("Sign in", undefined, undefined, body);
}

export interface ShareView {
  botUsername: string | undefined;
  usernameProblem?: string;
  error?: string;
  created?: { code: string; link: string };
  campaigns: ReadonlyArray<{ code: string; createdDay: string; link?: string }>;
}

export function sharePage(view: ShareView): Html {
  const created = view.created
    ? html`<section class="card" id="share-result"><h2>Link for ${view.created.code}</h2>
<div class="share-result">
  <img id="share-qr" src="/share/qr/${view.created.code}.svg" alt="QR code for the ${view.created.code} link" width="220" height="220">
  <div>
    <p class="link" id="share-link">${view.created.link}</p>
    <p><a class="button secondary" href="/share/qr/${view.created.code}.png" download>Download PNG</a> <a class="button secondary" href="/share/qr/${view.created.code}.svg" download>Download SVG</a></p>
    <p class="note">Teens who open this link start the bot with the code; their starts are counted as campaign.${view.created.code}. Nothing else about them is recorded.</p>
  </div>
</div></section>`
    : "";
  const list = view.campaigns.length
    ? html`<div class="table-wrap"><table id="table-share"><thead><tr><th scope="col">Campaign</th><th scope="col">Created</th><th scope="col">Link</th><th scope="col">QR</th></tr></thead>
<tbody>${view.campaigns.map(
        (c) => html`<tr><td>${c.code}</td><td>${c.createdDay}</td><td>${c.link ?? "–"}</td><td><a href="/share/qr/${c.code}.png" download>PNG</a> · <a href="/share/qr/${c.code}.svg" download>SVG</a></td></tr>`,
      )}</tbody></table></div>`
    : html`<p class="note">No share links yet.</p>`;
  const body = html`<h1>Share links</h1>
<section class="card">
<p class="note">A share link opens the bot for a campaign (a school visit, a poster, a workshop). Starts through it are counted per campaign; nothing about the person is recorded.</p>
${view.usernameProblem ? html`<p class="error" role="alert">${view.usernameProblem}</p>` : ""}
${view.error ? html`<p class="error" role="alert">${view.error}</p>` : ""}
<form class="range" method="post" action="/share">
  <label>Campaign code <input type="text" name="campaign" required maxlength="32" pattern="[a-z0-9_\\-]{1,32}" placeholder="school-dhaka-01" autocomplete="off"></label>
  <button type="submit">Create link</button>
</form>
<p class="note">1–32 characters: a–z, 0–9, _ and -.</p>
</section>
${created}
<section class="card"><h2>All campaigns</h2>${list}</section>`;
  return layout("Share links", "share", undefined, body);
}

export function errorPage(title: string, message: string, current?: PageId | "share"): Html {
  return layout(title, current, undefined, html`<section class="card"><h1>${title}</h1><p class="error">${message}</p><p><a href="/">Back to the overview</a></p></section>`);
}
