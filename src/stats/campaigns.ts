import type { StatsDb } from "./db.js";
import { utcDay } from "./days.js";
import type { Metrics } from "../core/metrics.js";
import { hasCampaign, insertCampaign, listCampaigns } from "./store.js";

/**
 * Campaigns: a youth worker's share link `https://t.me/<bot>?start=c_<code>` opens the bot with
 * `/start c_<code>`, and the start is counted as `campaign.<code>` — only for codes a link was
 * created for. Anything else counts as `campaign.other` and is never echoed or stored.
 */
export const CAMPAIGN_CODE = /^[a-z0-9_-]{1,32}$/;
export const CAMPAIGN_PREFIX = "c_";

export const CAMPAIGN_CODE_RULE = "a campaign code is 1–32 characters of a–z, 0–9, _ and - (for example school-dhaka-01)";

export class CampaignCodeError extends Error {
  override name = "CampaignCodeError";
}

/** Whether `code` is a well-formed campaign code. */
export function isCampaignCode(code: unknown): code is string {
  return typeof code === "string" && CAMPAIGN_CODE.test(code);
}

/** Returns `code` if well-formed; otherwise throws a {@link CampaignCodeError} saying what is allowed. */
export function validateCampaignCode(code: string): string {
  if (!isCampaignCode(code)) throw new CampaignCodeError(`not a valid campaign code: ${CAMPAIGN_CODE_RULE}`);
  return code;
}

/**
 * The campaign code in a `/start` payload: the code for `c_<valid code>`, undefined otherwise.
 *
 * @example
 * parseCampaignPayload("c_school-dhaka-01"); // "school-dhaka-01"
 * parseCampaignPayload("hello");             // undefined
 */
export function parseCampaignPayload(payload: string | undefined): string | undefined {
  if (typeof payload !== "string" || !payload.startsWith(CAMPAIGN_PREFIX)) return undefined;
  const code = payload.slice(CAMPAIGN_PREFIX.length);
  return isCampaignCode(code) ? code : undefined;
}

/** The deep link for a campaign. */
export function campaignLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=${CAMPAIGN_PREFIX}${validateCampaignCode(code)}`;
}

/** Records that a share link was created for `code` (idempotent). */
export async function registerCampaign(db: StatsDb, code: string, now: Date = new Date()): Promise<void> {
  await insertCampaign(db, validateCampaignCode(code), utcDay(now));
}

/** Whether a share link was created for `code` (false for malformed codes, without a query). */
export async function isKnownCampaign(db: StatsDb, code: string): Promise<boolean> {
  if (!isCampaignCode(code)) return false;
  return hasCampaign(db, code);
}

export { listCampaigns };

/**
 * Counts `/start` payloads for the bot without making the reply wait: the lookup of the code
 * runs in the background, and if the database cannot answer the start counts as
 * `campaign.other`. Known codes are remembered in memory (codes are not personal data).
 *
 * @example
 * const campaigns = new CampaignCounter(db, metrics);
 * composer.command("start", (ctx) => { campaigns.countStart(ctx.match); ... });
 */
export class CampaignCounter {
  private readonly known = new Set<string>();

  constructor(
    private readonly db: StatsDb,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Counts one `/start`: nothing for a plain `/start`; `campaign.<code>` for a known code;
   * `campaign.other` for anything else. Never throws, never waits; the returned promise (which
   * never rejects) settles once counted, with the code when it is a known campaign's (the bot
   * keeps it in the chat's expiring state, for the funnel) and undefined otherwise.
   */
  countStart(payload: string | undefined): Promise<string | undefined> {
    try {
      if (payload === undefined || payload.trim() === "") return Promise.resolve(undefined);
      const code = parseCampaignPayload(payload.trim());
      if (code === undefined) {
        this.metrics.count("campaign.other");
        return Promise.resolve(undefined);
      }
      if (this.known.has(code)) {
        this.metrics.count(`campaign.${code}`);
        return Promise.resolve(code);
      }
      return isKnownCampaign(this.db, code).then(
        (known) => {
          if (known) this.known.add(code);
          this.metrics.count(known ? `campaign.${code}` : "campaign.other");
          return known ? code : undefined;
        },
        () => {
          this.metrics.count("campaign.other");
          return undefined;
        },
      );
    } catch {
      return Promise.resolve(undefined);
    }
  }
}
