import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { StatsDb } from "../stats/db.js";
import { cachedBotUsername } from "../stats/share-link.js";
import { createDashboard } from "./app.js";
import type { DashboardScenario } from "./text.js";

export class DashboardConfigError extends Error {
  override name = "DashboardConfigError";
}

/** The one-line reason the dashboard does not start without a token. */
export const NO_TOKEN_MESSAGE =
  "DASHBOARD_TOKEN is not set: the dashboard needs it to let anyone in. Set it to a long random secret (for example the output of `openssl rand -hex 32`) and start again.";

export interface RunningDashboard {
  /** Where it listens, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the dashboard on DASHBOARD_HOST:DASHBOARD_PORT (127.0.0.1:8080 by default). Throws a
 * {@link DashboardConfigError} without DASHBOARD_TOKEN.
 *
 * @example
 * // in main.ts, when config.dashboard.token is set:
 * const dashboard = await startDashboard(config, { db, logger, scenarios: scenarioSummaries(flows) });
 * // at shutdown:
 * await dashboard.close();
 */
export async function startDashboard(
  config: Config,
  deps: { db: StatsDb; logger?: Logger; now?: () => Date; scenarios?: readonly DashboardScenario[] },
): Promise<RunningDashboard> {
  const token = config.dashboard.token;
  if (!token) throw new DashboardConfigError(NO_TOKEN_MESSAGE);
  const app = createDashboard({
    db: deps.db,
    token,
    k: config.stats.minCount,
    botUsername: cachedBotUsername({ botUsername: config.botUsername, botToken: config.botToken, botApiRoot: config.botApiRoot }),
    now: deps.now,
    scenarios: deps.scenarios,
    onError: (error) => deps.logger?.error({ error: { kind: (error as Error).name, message: String((error as Error).message).slice(0, 200) } }, "dashboard request failed"),
  });
  const { host, port } = config.dashboard;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(s));
    s.once("error", reject);
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  deps.logger?.info({ url }, "dashboard listening");
  return {
    url,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
