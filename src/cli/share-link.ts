/**
 * `npm run share-link -- --campaign NAME [--out DIR]`: prints the bot's deep link for a
 * campaign, writes its QR code as PNG and SVG, and records the campaign so starts through the
 * link are counted as `campaign.NAME` (in the database DATABASE_URL names).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfigOrExit } from "../config.js";
import { CAMPAIGN_CODE_RULE, isCampaignCode } from "../stats/campaigns.js";
import { openStatsDb } from "../stats/db.js";
import { createShareLink, qrFileNames, qrPng, qrSvg, resolveBotUsername, ShareLinkError } from "../stats/share-link.js";

const USAGE = "usage: npm run share-link -- --campaign NAME [--out DIR]";

function fail(message: string): never {
  process.stderr.write(`share-link: ${message}\n`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({ options: { campaign: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } }, strict: true });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (args.values.help) {
  process.stdout.write(`${USAGE}\n  NAME: ${CAMPAIGN_CODE_RULE}\n  DIR: where the QR images go (default: the current directory)\n`);
  process.exit(0);
}
const code = args.values.campaign;
if (code === undefined || code === "") fail(`--campaign is required\n${USAGE}`);
if (!isCampaignCode(code)) fail(`that campaign name is not allowed: ${CAMPAIGN_CODE_RULE}`);

const config = loadConfigOrExit("share-link");

let username: string;
try {
  username = await resolveBotUsername({ botUsername: config.botUsername, botToken: config.botToken, botApiRoot: config.botApiRoot });
} catch (error) {
  if (error instanceof ShareLinkError) fail(error.message);
  throw error;
}

let link: string;
try {
  const db = await openStatsDb(config.databaseUrl, { busyTimeoutMs: 5000 });
  try {
    ({ link } = await createShareLink(db, code, username));
  } finally {
    await db.close();
  }
} catch (error) {
  fail(
    `could not record the campaign in the stats database (DATABASE_URL): ${(error as Error).message.slice(0, 200)}. ` +
      "Without it, starts through the link would count as campaign.other.",
  );
}

const outDir = resolve(args.values.out ?? ".");
const files = qrFileNames(code);
try {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, files.png), await qrPng(link));
  writeFileSync(join(outDir, files.svg), await qrSvg(link));
} catch (error) {
  fail(`could not write the QR code to ${outDir}: ${(error as Error).message}`);
}
process.stdout.write(`${link}\n`);
process.stderr.write(`QR code: ${join(outDir, files.png)} and ${join(outDir, files.svg)}\n`);
