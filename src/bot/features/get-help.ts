import { createConversation } from "@grammyjs/conversations";
import { Composer, type Context } from "grammy";
import type { Logger } from "pino";
import { GUIDE_CONVERSATION, type FlowDeps } from "../../flows/engine.js";
import { createGuideConversation } from "../../flows/guide.js";
import { buttons, pressed } from "../../core/callback-data.js";
import type { BaseContext, BotContext } from "../context.js";
import { acknowledge } from "../reply.js";
import { enterFlow, guardedFlow } from "./flows.js";

/**
 * Guided flows such as "Get help now" (flows/guides/get-help.yaml): started by the button
 * `guide:<id>` — on every referral, after the safe word, in the menu, and on cards that offer one.
 */
export function getHelpFeature(deps: FlowDeps, logger: Logger): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(guardedFlow(createConversation<BaseContext, Context>(createGuideConversation(deps), GUIDE_CONVERSATION), logger));
  composer.filter(pressed(buttons.guide), async (ctx, next) => {
    const id = ctx.button.guide;
    if (!deps.flows.guides.has(id)) return next();
    await acknowledge(ctx);
    await enterFlow(ctx, GUIDE_CONVERSATION, id, logger);
  });
  return composer;
}
