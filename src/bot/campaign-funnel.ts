import type { Metrics } from "../core/metrics.js";
import { funnelMetric, type FunnelStep } from "../stats/metric-names.js";
import type { SessionData } from "./context.js";

/**
 * The campaign funnel: what a start through a youth worker's share link led to. The campaign's
 * code (only a code a share link exists for) is kept in the chat's session — in memory, under
 * the keyed hash, expiring with it, erased by /forget and /hide — and never anywhere else. When
 * that chat completes a quiz or is shown a referral, `funnel.quiz.<code>` or
 * `funnel.referral.<code>` is counted, each at most once per start, so the funnel reads
 * "starts → starts that led to a completed quiz → starts that led to a referral".
 */

/** Counts `/start` payloads; resolves to the code when it is a known campaign's (never rejects). */
export interface CampaignStarts {
  countStart(payload: string | undefined): Promise<string | undefined>;
}

/** How long after the start a quiz or referral still counts for the campaign (the session may live longer). */
export const CAMPAIGN_FUNNEL_MS = 24 * 60 * 60_000;

/** Remembers that this chat started through `code`'s link (replacing an earlier campaign). */
export function rememberCampaign(session: SessionData, code: string, now: number = Date.now()): void {
  session.campaign = { code, at: now };
}

/**
 * Counts `step` for the chat's campaign, if it has one, within a day of the start, once per
 * start. A chat without a campaign counts nothing.
 */
export function countFunnelStep(session: SessionData | null | undefined, metrics: Metrics, step: FunnelStep, now: number = Date.now()): void {
  const campaign = session?.campaign;
  if (!session || !campaign) return;
  if (now - campaign.at > CAMPAIGN_FUNNEL_MS || now < campaign.at) {
    delete session.campaign;
    return;
  }
  if (campaign.counted?.includes(step)) return;
  campaign.counted = [...(campaign.counted ?? []), step];
  metrics.count(funnelMetric(step, campaign.code));
}
