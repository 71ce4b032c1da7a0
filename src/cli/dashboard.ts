/**
 * `npm run dashboard`: the program managers' dashboard on its own (the bot can also start it
 * from `npm start` when DASHBOARD_TOKEN is set). Refuses to start without DASHBOARD_TOKEN.
 */
import { loadConfigOrExit } from "../config.js";
import { contentPaths } from "../content/content.js";
import { loadFlows } from "../flows/content.js";
import { scenarioSummaries } from "../flows/scenario-summaries.js";
import { DashboardConfigError, NO_TOKEN_MESSAGE, startDashboard } from "../dashboard/server.js";
import { createLogger } from "../logger.js";
import { openStatsDb } from "../stats/db.js";

function fail(message: string): never {
  process.stderr.write(`dashboard: ${message}\n`);
  process.exit(1);
}

const config = loadConfigOrExit("dashboard");
if (!config.dashboard.token) fail(NO_TOKEN_MESSAGE);

const logger = createLogger(config.logLevel);
let db;
try {
  db = await openStatsDb(config.databaseUrl);
} catch (error) {
  fail(`could not open the stats database (DATABASE_URL): ${(error as Error).message.slice(0, 300)}`);
}

// The quiz scenarios' answers: the misconception page, and sound suppression of their counts.
let scenarios;
try {
  scenarios = scenarioSummaries(loadFlows(contentPaths.flows));
} catch (error) {
  fail(`content error (run npm run validate): ${(error as Error).message.slice(0, 300)}`);
}

let dashboard;
try {
  dashboard = await startDashboard(config, { db, logger, scenarios });
} catch (error) {
  if (error instanceof DashboardConfigError) fail(error.message);
  fail(`could not listen on ${config.dashboard.host}:${config.dashboard.port}: ${(error as Error).message}`);
}
process.stderr.write(`dashboard: ${dashboard.url} (sign in with DASHBOARD_TOKEN)\n`);

const shutdown = async () => {
  await dashboard.close();
  await db.close();
  process.exit(0);
};
process.once("SIGINT", () => void shutdown());
process.once("SIGTERM", () => void shutdown());
