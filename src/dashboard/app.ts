import { Hono, type Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { contentPaths } from "../content/content.js";
import { loadLocaleText, type LocaleText } from "../content/locale-text.js";
import { CampaignCodeError, isCampaignCode, campaignLink, listCampaigns } from "../stats/campaigns.js";
import type { StatsDb } from "../stats/db.js";
import { addDays, isDay, spanDays, utcDay } from "../stats/days.js";
import type { DayRange } from "../stats/served-range.js";
import { loadServedReport } from "../stats/served-report.js";
import { createShareLink, qrPng, qrSvg } from "../stats/share-link.js";
import { bearerToken, LoginLimiter, secretsMatch, SessionStore, SESSION_COOKIE } from "./auth.js";
import { toCsv } from "./csv.js";
import { errorPage, loginPage, renderPage, sharePage } from "./pages.js";
import { STYLESHEET } from "./style.js";
import { dashboardText, pickLang, type DashboardScenario, type DashboardText } from "./text.js";
import { buildPageView, PAGES, viewToJson, viewToRows, type PageId } from "./views.js";

/** The longest range any page or the API serves: three years. */
export const MAX_RANGE_DAYS = 3 * 366;
/** The range shown when none is asked for. */
export const DEFAULT_RANGE_DAYS = 30;

export interface DashboardOptions {
  db: StatsDb;
  /** DASHBOARD_TOKEN. */
  token: string;
  /** STATS_MIN_COUNT. */
  k: number;
  /** The bot's username for share links (BOT_USERNAME or getMe); rejects with a message if unknown. */
  botUsername?: () => Promise<string>;
  /** Mark the session cookie Secure: true, false, or "auto" (when the request came over https). */
  secureCookies?: boolean | "auto";
  /** Session lifetime (default 12 hours). */
  sessionTtlMs?: number;
  now?: () => Date;
  /**
   * The quiz scenarios (answers, correct answer, message ids), from flows/ via the entry point.
   * Without them the `q.*` answer counts are left out of every report (see scenario-answers.ts).
   */
  scenarios?: readonly DashboardScenario[];
  /** The messages of locales/ (default: read from the repository's locales/ once). */
  text?: LocaleText;
  /** Told about failures (never with request data). */
  onError?: (error: unknown) => void;
}

const CSP = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export class RangeError400 extends Error {
  override name = "RangeError400";
}

/**
 * Reads `from`/`to` (YYYY-MM-DD, UTC days, both included): the range asked for, which is then
 * served as whole finished weeks (see src/stats/served-range.ts). Missing values default to the
 * last 30 days up to today. A malformed date, from after to (never swapped: a reversed range is
 * more likely a mistake than a wish), from after today (nothing is counted there yet), or more
 * than three years throw a RangeError400. A single day is fine (its week is served), and so is
 * a `to` in the future (the range ends with the last finished week).
 */
export function parseRange(from: string | undefined, to: string | undefined, today: string): DayRange {
  const end = to === undefined || to === "" ? today : to;
  if (!isDay(end)) throw new RangeError400("to: expected a date written YYYY-MM-DD, like 2025-01-31");
  const start = from === undefined || from === "" ? addDays(end, -(DEFAULT_RANGE_DAYS - 1)) : from;
  if (!isDay(start)) throw new RangeError400("from: expected a date written YYYY-MM-DD, like 2025-01-01");
  if (start > end) throw new RangeError400("from must not be after to");
  if (start > today) throw new RangeError400("from is in the future: nothing is counted there yet");
  if (spanDays(start, end) > MAX_RANGE_DAYS) throw new RangeError400(`the range is too long: at most ${MAX_RANGE_DAYS} days (three years)`);
  return { from: start, to: end };
}

/** A `next` target after login: a local path only. */
function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/(?![/\\])[\w\-./?=&%]*$/.test(next) ? next : "/";
}

/**
 * The program managers' dashboard as a hono app (serve it with `startDashboard`, or call
 * `app.request()` in tests). Every page and the API need the token; all numbers are suppressed.
 *
 * @example
 * const app = createDashboard({ db, token: config.dashboard.token!, k: config.stats.minCount });
 * const res = await app.request("/api/stats?from=2025-01-01&to=2025-01-31", { headers: { Authorization: `Bearer ${token}` } });
 */
export function createDashboard(options: DashboardOptions): Hono {
  if (!options.token) throw new Error("createDashboard: a token is required (DASHBOARD_TOKEN)");
  const { db, token, k } = options;
  const scenarios = options.scenarios ?? [];
  const localeText = options.text ?? loadLocaleText(contentPaths.locales);
  /** The words of a request's page: `?lang=` (English when absent or unknown). */
  const textOf = (lang: string | undefined): DashboardText => dashboardText(localeText, pickLang(lang, localeText));
  const requestText = (c: Context) => textOf(c.req.query("lang"));
  /** The language of the page a login form came from (its `next`). */
  const nextText = (next: string) => textOf(new URL(next, "http://dashboard.invalid").searchParams.get("lang") ?? undefined);
  const now = options.now ?? (() => new Date());
  const sessions = new SessionStore(options.sessionTtlMs);
  const limiter = new LoginLimiter();
  const app = new Hono();

  const isHttps = (c: Context) => new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";
  const secure = (c: Context) => (options.secureCookies === "auto" || options.secureCookies === undefined ? isHttps(c) : options.secureCookies);

  app.use("*", async (c, next) => {
    await next();
    c.header("Content-Security-Policy", CSP);
    c.header("X-Frame-Options", "DENY");
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "same-origin");
    c.header("Cross-Origin-Opener-Policy", "same-origin");
    c.header("Cross-Origin-Resource-Policy", "same-origin");
    c.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
    if (isHttps(c)) c.header("Strict-Transport-Security", "max-age=31536000");
  });

  app.onError((error, c) => {
    options.onError?.(error);
    return c.text("Something went wrong; the stats database may be unavailable.", 503);
  });

  app.get("/static/app.css", (c) => {
    c.header("Cache-Control", "no-cache");
    return c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8" });
  });

  // Login and logout come before the guard.
  app.get("/login", (c) => c.html(loginPage(requestText(c), { next: safeNext(c.req.query("next")) })));
  app.post("/login", async (c) => {
    if (limiter.blocked()) {
      const text = requestText(c);
      return c.html(loginPage(text, { error: text.t("dash-login-too-many") }), 429);
    }
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const presented = typeof form.token === "string" ? form.token : "";
    const next = safeNext(form.next);
    if (!secretsMatch(presented, token)) {
      limiter.fail();
      const text = c.req.query("lang") !== undefined ? requestText(c) : nextText(next);
      return c.html(loginPage(text, { error: text.t("dash-login-wrong"), next }), 401);
    }
    sessions.close(getCookie(c, SESSION_COOKIE));
    setCookie(c, SESSION_COOKIE, sessions.open(), {
      httpOnly: true,
      sameSite: "Strict",
      secure: secure(c),
      path: "/",
      maxAge: sessions.maxAgeSeconds,
    });
    return c.redirect(next, 303);
  });
  app.post("/logout", (c) => {
    sessions.close(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "Strict", secure: secure(c) });
    return c.redirect("/login", 303);
  });

  // Everything else: the token as a Bearer header, or a session cookie.
  app.use("*", async (c, next) => {
    const bearer = bearerToken(c.req.header("authorization"));
    const ok = bearer !== undefined ? secretsMatch(bearer, token) : sessions.valid(getCookie(c, SESSION_COOKIE));
    if (!ok) {
      if (bearer !== undefined) limiter.fail();
      c.header("WWW-Authenticate", 'Bearer realm="nirapod-dashboard"');
      const path = new URL(c.req.url).pathname;
      if (path.startsWith("/api/") || path.startsWith("/export/") || bearer !== undefined || c.req.method !== "GET") {
        return c.json({ error: "unauthorized: send Authorization: Bearer <DASHBOARD_TOKEN>, or sign in at /login" }, 401);
      }
      return c.html(loginPage(requestText(c), { next: safeNext(path + new URL(c.req.url).search) }), 401);
    }
    // Forms are posted from the dashboard's own pages only (SameSite=Strict does most of this).
    if (c.req.method === "POST") {
      const origin = c.req.header("origin");
      const host = c.req.header("host") ?? new URL(c.req.url).host;
      if (origin !== undefined && (origin === "null" || !URL.canParse(origin) || new URL(origin).host !== host)) {
        return c.text("Forbidden: cross-site form", 403);
      }
    }
    await next();
  });

  const today = () => utcDay(now());
  /** The request's `from`/`to`, or why they are not a valid range (the caller answers 400). */
  const queryRange = (c: Context): DayRange | { error: string } => {
    try {
      return parseRange(c.req.query("from"), c.req.query("to"), today());
    } catch (error) {
      if (error instanceof RangeError400) return { error: error.message };
      throw error;
    }
  };

  app.get("/api/stats", async (c) => {
    const range = queryRange(c);
    if ("error" in range) return c.json({ error: range.error }, 400);
    const report = await loadServedReport(db, range, k, today(), scenarios);
    // from/to: the range served; requested and adjustments say how and why it differs.
    return c.json({ from: report.from, to: report.to, k: report.k, metrics: report.metrics, requested: report.requested, adjustments: report.adjustments });
  });

  const pageView = async (page: PageId, range: DayRange, text: DashboardText) => {
    const [report, registered] = await Promise.all([loadServedReport(db, range, k, today(), scenarios), page === "campaigns" ? listCampaigns(db) : Promise.resolve([])]);
    return buildPageView(page, report, { text, registered, scenarios });
  };

  for (const page of PAGES) {
    app.get(page === "overview" ? "/" : `/${page}`, async (c) => {
      const text = requestText(c);
      const range = queryRange(c);
      if ("error" in range) return c.html(errorPage(text, text.t("dash-error-range"), range.error, page), 400);
      return c.html(renderPage(text, await pageView(page, range, text), today()));
    });
  }

  app.get("/export/:file", async (c) => {
    const match = /^([a-z]+)\.(csv|json)$/.exec(c.req.param("file"));
    const page = match?.[1] as PageId | undefined;
    if (!match || !page || !(PAGES as readonly string[]).includes(page)) return c.json({ error: "unknown export" }, 404);
    const range = queryRange(c);
    if ("error" in range) return c.json({ error: range.error }, 400);
    const view = await pageView(page, range, requestText(c));
    const name = `nirapod-${page}-${view.from}-to-${view.to}.${match[2]}`;
    c.header("Content-Disposition", `attachment; filename="${name}"`);
    if (match[2] === "json") return c.json(viewToJson(view));
    return c.body(toCsv(viewToRows(view)), 200, { "Content-Type": "text/csv; charset=utf-8" });
  });

  const username = async (): Promise<{ name?: string; problem?: string }> => {
    if (!options.botUsername) return { problem: "The bot's username is unknown: set BOT_USERNAME (or BOT_TOKEN) for the dashboard." };
    try {
      return { name: await options.botUsername() };
    } catch (error) {
      return { problem: (error as Error).message };
    }
  };

  const shareList = async (name: string | undefined) =>
    (await listCampaigns(db)).map((c) => ({ ...c, link: name ? campaignLink(name, c.code) : undefined }));

  app.get("/share", async (c) => {
    const user = await username();
    return c.html(sharePage(requestText(c), { botUsername: user.name, usernameProblem: user.problem, campaigns: await shareList(user.name) }));
  });

  app.post("/share", async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const code = typeof form.campaign === "string" ? form.campaign.trim() : "";
    const user = await username();
    const text = requestText(c);
    if (!user.name) {
      return c.html(sharePage(text, { botUsername: undefined, usernameProblem: user.problem, campaigns: await shareList(undefined) }), 503);
    }
    try {
      const created = await createShareLink(db, code, user.name, now());
      return c.html(sharePage(text, { botUsername: user.name, created, campaigns: await shareList(user.name) }));
    } catch (error) {
      if (error instanceof CampaignCodeError) {
        // The refused text is not shown back: only what is allowed.
        return c.html(sharePage(text, { botUsername: user.name, error: text.t("dash-share-not-created", { reason: error.message }), campaigns: await shareList(user.name) }), 400);
      }
      throw error;
    }
  });

  app.get("/share/qr/:file", async (c) => {
    const match = /^([a-z0-9_-]{1,32})\.(svg|png)$/.exec(c.req.param("file"));
    const code = match?.[1];
    if (!match || !code || !isCampaignCode(code)) return c.text("Not found", 404);
    const user = await username();
    if (!user.name) return c.text(user.problem ?? "unknown bot username", 503);
    const link = campaignLink(user.name, code);
    c.header("Content-Disposition", `inline; filename="nirapod-c_${code}.${match[2]}"`);
    if (match[2] === "svg") return c.body(await qrSvg(link), 200, { "Content-Type": "image/svg+xml" });
    return c.body(new Uint8Array(await qrPng(link)), 200, { "Content-Type": "image/png" });
  });

  app.notFound((c) => c.text("Not found", 404));
  return app;
}
