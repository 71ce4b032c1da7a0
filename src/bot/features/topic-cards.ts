import { Composer, InlineKeyboard } from "grammy";
import type { Catalogue } from "../../content/catalogue.js";
import { buttons, pressed } from "../../core/callback-data.js";
import { GET_HELP_GUIDE, GROOMING_CHECK } from "../../flows/engine.js";
import { checkMessages } from "../../flows/messages.js";
import type { BotContext } from "../context.js";
import { acknowledge, showScreen } from "../reply.js";

/** The topics menu: every card, two per row, then the "Is this grooming?" check, a quiz and the "Get help now" flow. */
export function menuKeyboard(ctx: BotContext, cards: readonly string[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  cards.forEach((id, i) => {
    keyboard.text(ctx.t(`card-${id}-title`), buttons.card.data({ card: id }));
    if (i % 2 === 1) keyboard.row();
  });
  if (cards.length % 2 === 1) keyboard.row();
  return keyboard
    .text(ctx.t(checkMessages(GROOMING_CHECK).title), buttons.check.data({ check: GROOMING_CHECK }))
    .row()
    .text(ctx.t("btn-quiz"), buttons.quizList.data())
    .text(ctx.t("btn-get-help-now"), buttons.guide.data({ guide: GET_HELP_GUIDE }));
}

/** An extra button for a card's "What can I do?" screen, such as "Quiz on this". */
export type CardOffer = (ctx: BotContext, card: string) => { label: string; data: string } | undefined;

export function showMenu(ctx: BotContext, catalogue: Catalogue) {
  return showScreen(ctx, ctx.t("menu-title"), menuKeyboard(ctx, catalogue.cards));
}

/** A card: its title and text, with "What can I do?", "Get help" and "Back to topics". */
export function cardScreen(ctx: BotContext, id: string): { text: string; keyboard: InlineKeyboard } {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("btn-what-can-i-do"), buttons.cardActions.data({ card: id }))
    .row()
    .text(ctx.t("btn-get-help"), buttons.help.data())
    .row()
    .text(ctx.t("btn-back-topics"), buttons.menu.data());
  return { text: `<b>${ctx.t(`card-${id}-title`)}</b>\n\n${ctx.t(`card-${id}-body`)}`, keyboard };
}

/** A card's "What can I do?" screen, with an extra button (`extra`, such as a quiz on it) first. */
export function cardActionsScreen(ctx: BotContext, id: string, extra?: { label: string; data: string }): { text: string; keyboard: InlineKeyboard } {
  const keyboard = new InlineKeyboard();
  if (extra) keyboard.text(extra.label, extra.data).row();
  keyboard
    .text(ctx.t("btn-get-help"), buttons.help.data())
    .row()
    .text(ctx.t("btn-back-card"), buttons.card.data({ card: id }))
    .text(ctx.t("btn-back-topics"), buttons.menu.data());
  return { text: `<b>${ctx.t("btn-what-can-i-do")}</b>\n\n${ctx.t(`card-${id}-actions`)}`, keyboard };
}

/**
 * Topic browsing: `/menu` lists the booklet's topics as buttons; each card is short and offers
 * "what can I do", "get help" and "back to topics"; "what can I do" may offer a quiz or a guided
 * flow on the topic (`offer`). Browsing edits one message in place.
 */
export function topicCardsFeature(catalogue: Catalogue, offer: CardOffer = () => undefined): Composer<BotContext> {
  const known = new Set(catalogue.cards);
  const composer = new Composer<BotContext>();

  composer.command("menu", (ctx) => showMenu(ctx, catalogue));
  composer.filter(pressed(buttons.menu), async (ctx) => {
    await acknowledge(ctx);
    await showMenu(ctx, catalogue);
  });

  composer.filter(pressed(buttons.card), async (ctx, next) => {
    const id = ctx.button.card;
    if (!known.has(id)) return next();
    await acknowledge(ctx);
    const screen = cardScreen(ctx, id);
    await showScreen(ctx, screen.text, screen.keyboard);
  });

  composer.filter(pressed(buttons.cardActions), async (ctx, next) => {
    const id = ctx.button.card;
    if (!known.has(id)) return next();
    await acknowledge(ctx);
    const screen = cardActionsScreen(ctx, id, offer(ctx, id));
    await showScreen(ctx, screen.text, screen.keyboard);
  });

  return composer;
}
