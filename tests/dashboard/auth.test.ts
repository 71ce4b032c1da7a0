import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bearerToken, secretsMatch } from "../../src/dashboard/auth.js";
import { auth, testDashboard, TOKEN, type TestDashboard } from "./helpers.js";

let d: TestDashboard;
beforeEach(async () => {
  d = await testDashboard();
});
afterEach(async () => {
  await d.cleanup();
});

const PROTECTED: Array<[string, string]> = [
  ["GET", "/"],
  ["GET", "/?from=2025-03-01&to=2025-03-10"],
  ["GET", "/topics"],
  ["GET", "/quizzes"],
  ["GET", "/campaigns"],
  ["GET", "/share"],
  ["GET", "/api/stats?from=2025-03-01&to=2025-03-10"],
  ["GET", "/export/overview.csv"],
  ["GET", "/export/topics.json"],
  ["GET", "/share/qr/school.svg"],
  ["POST", "/share"],
  ["GET", "/nonexistent"],
];

function formPost(path: string, body: Record<string, string>, headers: Record<string, string> = {}, base = "http://127.0.0.1:8080") {
  return d.app.request(`${base}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(body).toString(),
  });
}

describe("without the token", () => {
  it.each(PROTECTED)("%s %s answers 401 and no data", async (method, path) => {
    const variants: Array<Record<string, string>> = [{}, { Authorization: "Bearer wrong-token-wrong-token" }, { Authorization: `Bearer ${TOKEN}x` }, { Authorization: `Basic ${TOKEN}` }, { Cookie: "nirapod_session=forged" }];
    for (const headers of variants) {
      const res = await d.app.request(path, { method, headers });
      expect(res.status).toBe(401);
      const body = await res.text();
      expect(body).not.toMatch(/topic\.|messages"|grooming|nirapod_bot|<svg/);
      expect(body).not.toMatch(/\b4[1-9]\b/); // none of the seeded counts
    }
  });

  it("the login page and the stylesheet are open, with the same strict headers", async () => {
    const login = await d.app.request("/login");
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('name="token"');
    const css = await d.app.request("/static/app.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toMatch(/text\/css/);
  });
});

describe("with the token", () => {
  it("Bearer opens the API and the pages", async () => {
    for (const [method, path] of PROTECTED.filter(([m, p]) => m === "GET" && p !== "/nonexistent")) {
      const res = await d.app.request(path, { method, headers: auth });
      expect(res.status, path).toBe(200);
    }
  });

  it("every response carries strict security headers and data is never cached", async () => {
    for (const path of ["/", "/api/stats", "/export/overview.csv", "/login"]) {
      const res = await d.app.request(path, { headers: auth });
      expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
      expect(res.headers.get("content-security-policy")).toMatch(/script-src 'none'/);
      expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("same-origin");
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
  });
});

describe("login sessions", () => {
  it("a right token sets an HttpOnly, SameSite=Strict session cookie that opens the pages; logout ends it", async () => {
    const wrong = await formPost("/login", { token: "not-the-token-at-all", next: "/" });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();

    const res = await formPost("/login", { token: TOKEN, next: "/topics?from=2025-03-01&to=2025-03-10" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/topics?from=2025-03-01&to=2025-03-10");
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^nirapod_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).not.toContain(TOKEN);
    const session = cookie.split(";")[0]!;

    const page = await d.app.request("/topics", { headers: { Cookie: session } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("grooming");

    const out = await d.app.request("/logout", { method: "POST", headers: { Cookie: session } });
    expect(out.status).toBe(303);
    expect((await d.app.request("/topics", { headers: { Cookie: session } })).status).toBe(401);
  });

  it("marks the cookie Secure over https", async () => {
    const res = await formPost("/login", { token: TOKEN }, {}, "https://stats.example.org");
    expect(res.headers.get("set-cookie")).toMatch(/Secure/);
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=/);
  });

  it("never redirects off the dashboard after login", async () => {
    for (const next of ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"]) {
      const res = await formPost("/login", { token: TOKEN, next });
      expect(res.headers.get("location")).toBe("/");
    }
  });

  it("slows guessing: after 10 wrong tokens in a minute, even the right one waits", async () => {
    for (let i = 0; i < 10; i++) expect((await formPost("/login", { token: `guess-${i}-xxxxxxxxxxxx` })).status).toBe(401);
    expect((await formPost("/login", { token: TOKEN })).status).toBe(429);
  });

  it("refuses form posts from another site", async () => {
    const res = await formPost("/share", { campaign: "x" }, { ...auth, Origin: "https://evil.example", Host: "127.0.0.1:8080" });
    expect(res.status).toBe(403);
    const ok = await formPost("/share", { campaign: "x" }, { ...auth, Origin: "http://127.0.0.1:8080", Host: "127.0.0.1:8080" });
    expect(ok.status).toBe(200);
  });
});

describe("token comparison", () => {
  it("compares in constant time, any lengths", () => {
    expect(secretsMatch(TOKEN, TOKEN)).toBe(true);
    expect(secretsMatch(`${TOKEN} `, TOKEN)).toBe(false);
    expect(secretsMatch("", TOKEN)).toBe(false);
    expect(secretsMatch(TOKEN.slice(0, -1), TOKEN)).toBe(false);
  });

  it("reads only well-formed Bearer headers", () => {
    expect(bearerToken(`Bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerToken(`bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerToken(`Bearer`)).toBeUndefined();
    expect(bearerToken(`Bearer a b`)).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
