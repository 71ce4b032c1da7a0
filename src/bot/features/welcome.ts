import { Composer, InlineKeyboard } from "grammy";
import { buttons } from "../../core/callback-data.js";
import { rememberCampaign, type CampaignStarts } from "../campaign-funnel.js";
import type { BotContext } from "../context.js";
import { replyHtml } from "../reply.js";

function welcomeKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("btn-topics"), buttons.menu.data())
    .text(ctx.t("btn-get-help"), buttons.help.data())
    .row()
    .text(ctx.t("btn-language"), buttons.language.data());
}

/**
 * How long the chat's next update may wait for the campaign lookup (the reply never waits): the
 * updates of one chat run in order, and an urgent message right after /start must not wait on a
 * slow database. A lookup that takes longer leaves the chat without a campaign.
 */
export const CAMPAIGN_LOOKUP_MS = 1000;

/** The code `started` resolves to, if it comes within `ms`. */
async function codeWithin(started: Promise<string | undefined> | undefined, ms: number): Promise<string | undefined> {
  if (!started) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  try {
    return await Promise.race([started, late]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** `/start` and `/help`: what Nirapod is, that it is private, and where help is. */
export function welcomeFeature(campaigns?: CampaignStarts): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  // The start payload (a campaign code from a youth worker's link) is only counted, through a
  // fixed vocabulary of codes; it is never echoed, stored verbatim or logged. A known code is
  // kept in the private chat's session for the campaign funnel (see campaign-funnel.ts).
  composer.command("start", async (ctx) => {
    const started = campaigns?.countStart(ctx.match);
    const [, code] = await Promise.all([
      replyHtml(ctx, ctx.t("welcome"), welcomeKeyboard(ctx)),
      ctx.chat.type === "private" ? codeWithin(started, CAMPAIGN_LOOKUP_MS) : undefined,
    ]);
    if (code !== undefined) rememberCampaign(ctx.session, code);
  });
  composer.command("help", (ctx) => replyHtml(ctx, ctx.t("help"), welcomeKeyboard(ctx)));
  return composer;
}
