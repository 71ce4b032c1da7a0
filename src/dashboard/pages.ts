import { html, raw } from "hono/html";
import { DEFAULT_LOCALE } from "../core/locale.js";
import { addDays } from "../stats/days.js";
import { lastServableDay, weekStart, type RangeAdjustment } from "../stats/served-range.js";
import { barChart, columnChart } from "./charts.js";
import type { DashboardText } from "./text.js";
import { PAGES, PAGE_TITLE_KEYS, type PageId, type PageView } from "./views.js";

type Html = ReturnType<typeof html>;

/**
 * The dashboard's HTML: no script anywhere, one local stylesheet, charts inline as SVG. Built with
 * hono's `html` tag, which escapes every interpolated value unless it is `html` or `raw` itself.
 * Every word comes from `text` (locales/<lang>/dashboard.ftl); a language other than English is
 * carried from page to page as `?lang=` in every link, form and export.
 */

const NAV: ReadonlyArray<{ id: PageId | "share"; href: string }> = [
  ...PAGES.map((id) => ({ id, href: id === "overview" ? "/" : `/${id}` })),
  { id: "share", href: "/share" },
];

export interface Range {
  from: string;
  to: string;
}

/** `?lang=` for a language other than English (English pages keep their plain addresses). */
const langParam = (lang: string): string | undefined => (lang === DEFAULT_LOCALE ? undefined : lang);

/** A query string from the given parameters, leaving out those without a value. */
function query(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== "");
  return parts.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
}

const withQuery = (path: string, params: Record<string, string | undefined>) => {
  const q = query(params);
  return q ? `${path}?${q}` : path;
};

const rangeQuery = (range: Range, lang: string) => query({ from: range.from, to: range.to, lang: langParam(lang) });

/** Where a page is, so the language switch can show the same page in another language. */
export interface Here {
  path: string;
  params?: Record<string, string | undefined>;
}

function languageSwitch(text: DashboardText, here: Here): Html {
  return html`<nav class="langs" aria-label="${text.t("dash-language")}">${text.languages.map(
    (l) =>
      html`<a href="${withQuery(here.path, { ...here.params, lang: langParam(l.lang) })}" hreflang="${l.lang}" lang="${l.lang}"${raw(l.lang === text.lang ? ' aria-current="true"' : "")}>${l.name}</a>`,
  )}</nav>`;
}

export function layout(text: DashboardText, title: string, current: PageId | "share" | undefined, here: Here, range: Range | undefined, body: Html): Html {
  const nav = current
    ? html`<nav aria-label="${text.t("dash-nav")}">${NAV.map(
        (n) =>
          html`<a href="${range && n.id !== "share" ? `${n.href}?${rangeQuery(range, text.lang)}` : withQuery(n.href, { lang: langParam(text.lang) })}"${raw(n.id === current ? ' aria-current="page"' : "")}>${text.t(PAGE_TITLE_KEYS[n.id])}</a>`,
      )}</nav>
      <form method="post" action="/logout"><button type="submit">${text.t("dash-logout")}</button></form>`
    : "";
  const brand = text.t("dash-brand");
  return html`<!doctype html>
<html lang="${text.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${title} · ${brand}</title>
<link rel="stylesheet" href="/static/app.css">
</head>
<body>
<header class="top"><span class="brand">${brand}</span>${nav}${languageSwitch(text, here)}</header>
<main>
${body}
</main>
</body>
</html>`;
}

function rangeForm(text: DashboardText, path: string, range: Range, today: string): Html {
  const lang = langParam(text.lang);
  // Shortcuts in whole finished weeks: what is served anyway.
  const last = lastServableDay(today);
  const quick = [1, 4, 13, 52].map(
    (n) =>
      html`<a href="${path}?${raw(query({ from: addDays(weekStart(last), -7 * (n - 1)), to: last, lang }).replace(/&/g, "&amp;"))}">${n === 1 ? text.t("dash-range-last-week") : text.t("dash-range-last-weeks", { weeks: n })}</a>`,
  );
  return html`<form class="range" method="get" action="${path}">
  <label>${text.t("dash-range-from")} <input type="date" name="from" value="${range.from}" required></label>
  <label>${text.t("dash-range-to")} <input type="date" name="to" value="${range.to}" max="${today}" required></label>
  ${lang ? html`<input type="hidden" name="lang" value="${lang}">` : ""}
  <button type="submit">${text.t("dash-range-show")}</button>
</form>
<div class="quick">${quick}</div>`;
}

function cell(value: unknown, numeric: boolean): Html {
  const text = typeof value === "number" ? value.toLocaleString("en-US") : String(value ?? "");
  return html`<td${raw(numeric ? ' class="num"' : "")}>${text}</td>`;
}

function tableHtml(text: DashboardText, table: PageView["tables"][number]): Html {
  const numericCol = table.columns.map((_, i) => i > 0 && table.rows.length > 0 && table.rows.every((r) => typeof r[i] === "number" || /^(<\d+|\d+%|–)$/.test(String(r[i]))));
  const inner = html`<div class="table-wrap"><table id="table-${table.id}">
<thead><tr>${table.columns.map((c, i) => html`<th${raw(numericCol[i] ? ' class="num"' : "")} scope="col">${c}</th>`)}</tr></thead>
<tbody>${table.rows.length === 0 ? html`<tr><td colspan="${table.columns.length}" class="note">${text.t("dash-empty")}</td></tr>` : table.rows.map((r) => html`<tr>${r.map((v, i) => cell(v, Boolean(numericCol[i])))}</tr>`)}</tbody>
</table></div>`;
  const note = table.note ? html`<p class="note" id="note-${table.id}">${table.note}</p>` : "";
  const card = table.wide ? "card wide" : "card";
  return table.folded
    ? html`<section class="${card}"><h2>${table.title}</h2>${note}<details><summary>${text.t("dash-show-rows", { rows: table.rows.length })}</summary>${inner}</details></section>`
    : html`<section class="${card}"><h2>${table.title}</h2>${note}${inner}</section>`;
}

function kpis(view: PageView): Html {
  const totals = view.tables.find((t) => t.id === "totals");
  if (!totals) return html``;
  const top = totals.rows.slice(0, 6);
  return html`<div class="kpis">${top.map((r) => html`<div class="kpi"><div class="n">${typeof r[2] === "number" ? r[2].toLocaleString("en-US") : r[2]}</div><div class="l">${r[0]}</div></div>`)}</div>`;
}

const ADJUSTMENT_REASONS: Record<RangeAdjustment, string> = {
  "whole-weeks": "dash-reason-whole-weeks",
  "week-not-over": "dash-reason-week-not-over",
};

/** What was asked, what is shown, and why they differ; nothing when they do not. */
function servedNote(text: DashboardText, view: PageView): Html {
  if (view.adjustments.length === 0) return html``;
  const reasons = view.adjustments.map((a) => text.t(ADJUSTMENT_REASONS[a])).join(" ");
  const served = text.t("dash-served", { askedFrom: view.requested.from, askedTo: view.requested.to, from: view.from, to: view.to });
  return html`<p class="note" id="served-range" role="status">${served} ${reasons}</p>`;
}

/** A whole stats page: range picker, exports, charts and tables. */
export function renderPage(text: DashboardText, view: PageView, today: string): Html {
  const path = view.page === "overview" ? "/" : `/${view.page}`;
  const range = { from: view.from, to: view.to };
  const exportQuery = raw(rangeQuery(range, text.lang));
  const charts = view.charts.map(
    (c) =>
      html`<section class="card"><h2>${c.title}</h2>${c.kind === "columns" ? columnChart(c.title, c.points) : c.items.length ? barChart(c.title, c.items, { unit: c.unit }) : html`<p class="note">${text.t("dash-empty")}</p>`}</section>`,
  );
  const body = html`<h1>${view.title}</h1>
${view.intro ? html`<p class="note intro">${view.intro}</p>` : ""}
<section class="card">
${rangeForm(text, path, range, today)}
<div class="exports"><a class="button secondary" id="export-csv" href="/export/${view.page}.csv?${exportQuery}" download>${text.t("dash-export-csv")}</a><a class="button secondary" id="export-json" href="/export/${view.page}.json?${exportQuery}" download>${text.t("dash-export-json")}</a></div>
${servedNote(text, view)}
<p class="note">${text.t("dash-range-note", { from: view.from, to: view.to, k: view.k, marker: view.marker })}</p>
</section>
${kpis(view)}
<div class="grid">${charts}</div>
<div class="grid">${view.tables.map((t) => tableHtml(text, t))}</div>`;
  return layout(text, view.title, view.page, { path, params: { from: view.from, to: view.to } }, range, body);
}

export function loginPage(text: DashboardText, options: { error?: string; next?: string }): Html {
  const title = text.t("dash-login-title");
  const body = html`<section class="card login">
<h1>${title}</h1>
<p class="note">${text.t("dash-login-note")}</p>
${options.error ? html`<p class="error" role="alert">${options.error}</p>` : ""}
<form method="post" action="${withQuery("/login", { lang: langParam(text.lang) })}">
  <input type="hidden" name="next" value="${options.next ?? "/"}">
  <label>${text.t("dash-login-token")} <input type="password" name="token" autocomplete="current-password" required autofocus></label>
  <button type="submit">${text.t("dash-login-button")}</button>
</form>
</section>`;
  return layout(text, title, undefined, { path: "/login", params: { next: options.next } }, undefined, body);
}

export interface ShareView {
  botUsername: string | undefined;
  usernameProblem?: string;
  error?: string;
  created?: { code: string; link: string };
  campaigns: ReadonlyArray<{ code: string; createdDay: string; link?: string }>;
}

export function sharePage(text: DashboardText, view: ShareView): Html {
  const lang = langParam(text.lang);
  const created = view.created
    ? html`<section class="card" id="share-result"><h2>${text.t("dash-share-link-for", { code: view.created.code })}</h2>
<div class="share-result">
  <img id="share-qr" src="/share/qr/${view.created.code}.svg" alt="${text.t("dash-share-qr-alt", { code: view.created.code })}" width="220" height="220">
  <div>
    <p class="link" id="share-link">${view.created.link}</p>
    <p><a class="button secondary" href="/share/qr/${view.created.code}.png" download>${text.t("dash-download-png")}</a> <a class="button secondary" href="/share/qr/${view.created.code}.svg" download>${text.t("dash-download-svg")}</a></p>
    <p class="note">${text.t("dash-share-counted", { code: view.created.code })}</p>
  </div>
</div></section>`
    : "";
  const list = view.campaigns.length
    ? html`<div class="table-wrap"><table id="table-share"><thead><tr><th scope="col">${text.t("dash-col-campaign")}</th><th scope="col">${text.t("dash-col-created")}</th><th scope="col">${text.t("dash-col-link")}</th><th scope="col">${text.t("dash-col-qr")}</th></tr></thead>
<tbody>${view.campaigns.map(
        (c) => html`<tr><td>${c.code}</td><td>${c.createdDay}</td><td>${c.link ?? "–"}</td><td><a href="/share/qr/${c.code}.png" download>PNG</a> · <a href="/share/qr/${c.code}.svg" download>SVG</a></td></tr>`,
      )}</tbody></table></div>`
    : html`<p class="note">${text.t("dash-share-none")}</p>`;
  const title = text.t(PAGE_TITLE_KEYS.share);
  const body = html`<h1>${title}</h1>
<section class="card">
<p class="note">${text.t("dash-share-intro")}</p>
${view.usernameProblem ? html`<p class="error" role="alert">${view.usernameProblem}</p>` : ""}
${view.error ? html`<p class="error" role="alert">${view.error}</p>` : ""}
<form class="range" method="post" action="${withQuery("/share", { lang })}">
  <label>${text.t("dash-share-code")} <input type="text" name="campaign" required maxlength="32" pattern="[a-z0-9_\\-]{1,32}" placeholder="school-dhaka-01" autocomplete="off"></label>
  <button type="submit">${text.t("dash-share-create")}</button>
</form>
<p class="note">${text.t("dash-share-rule")}</p>
</section>
${created}
<section class="card"><h2>${text.t("dash-share-all")}</h2>${list}</section>`;
  return layout(text, title, "share", { path: "/share" }, undefined, body);
}

export function errorPage(text: DashboardText, title: string, message: string, current?: PageId | "share"): Html {
  const overview = withQuery("/", { lang: langParam(text.lang) });
  return layout(
    text,
    title,
    current,
    { path: current === undefined || current === "overview" ? "/" : `/${current}` },
    undefined,
    html`<section class="card"><h1>${title}</h1><p class="error">${message}</p><p><a href="${overview}">${text.t("dash-back")}</a></p></section>`,
  );
}
