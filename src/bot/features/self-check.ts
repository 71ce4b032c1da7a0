import { createConversation } from "@grammyjs/conversations";
import { Composer, type Context } from "grammy";
import type { Logger } from "pino";
import { buttons, pressed } from "../../core/callback-data.js";
import { createCheckConversation } from "../../flows/check.js";
import { CHECK_CONVERSATION, GROOMING_CHECK, type FlowDeps } from "../../flows/engine.js";
import type { BaseContext, BotContext } from "../context.js";
import { acknowledge } from "../reply.js";
import { enterFlow, guardedFlow } from "./flows.js";

/**
 * Self-checks such as "Is this grooming?" (flows/checks/): `/check` starts the grooming check;
 * the button `check:<id>` starts one from the menu, a topic reply that offers it (`check:` in
 * data/topics.yaml) or a card's "What can I do?" screen. Starting again starts afresh.
 */
export function selfCheckFeature(deps: FlowDeps, logger: Logger): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(guardedFlow(createConversation<BaseContext, Context>(createCheckConversation(deps), CHECK_CONVERSATION), logger));
  composer.command("check", (ctx) => enterFlow(ctx, CHECK_CONVERSATION, GROOMING_CHECK, logger));
  composer.filter(pressed(buttons.check), async (ctx, next) => {
    const id = ctx.button.check;
    if (!deps.flows.checks.has(id)) return next();
    await acknowledge(ctx);
    await enterFlow(ctx, CHECK_CONVERSATION, id, logger);
  });
  return composer;
}
