import { Composer, InlineKeyboard } from "grammy";
import type { Chat } from "grammy/types";
import { buttons, pressed } from "../../core/callback-data.js";
import { LANGUAGE_NAME_KEY } from "../../content/locales.js";
import type { Locale } from "../../core/locale.js";
import { classPool, classTheme, classThemeLabel } from "../../flows/classroom.js";
import type { FlowContent } from "../../flows/content.js";
import { newRunId } from "../../flows/engine.js";
import { isGroupAdmin } from "../classroom/admins.js";
import type { ClassroomRunner } from "../classroom/runner.js";
import type { ClassroomSessions, ClassSession } from "../classroom/sessions.js";
import type { Translate } from "../classroom/texts.js";
import type { BotContext } from "../context.js";
import { localeOf } from "../i18n.js";
import { acknowledge, replyHtml } from "../reply.js";

export interface ClassroomFeatureOptions {
  runner: ClassroomRunner;
  sessions: ClassroomSessions;
  flows: FlowContent;
  t: Translate;
  random: () => number;
}

const htmlOptions = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/**
 * Classroom mode: a youth worker, an admin of a class or club group, runs `/session` there; the
 * bot posts scenarios as anonymous quiz polls, the takeaway and a question to discuss after each,
 * and a summary at the end (src/bot/classroom/runner.ts). Only admins start, steer or stop it;
 * anyone else's press gets a short answer and nothing else. Registered before the group guard,
 * which keeps ignoring the room's chatter: this feature reads only `/session`, its own buttons
 * and the group's upgrade to a supergroup (the polls' totals and the bot's removal are read
 * earlier, in classroom-updates.ts). In a private chat `/session` says how to run one.
 */
export function classroomFeature(options: ClassroomFeatureOptions): Composer<BotContext> {
  const { runner, sessions, flows, t } = options;
  const composer = new Composer<BotContext>();

  composer.chatType("private").command("session", (ctx) => replyHtml(ctx, ctx.t("class-private", { questions: String(flows.classroom.questions) })));

  const group = composer.chatType(["group", "supergroup"]);

  const picker = (session: ClassSession, locales: readonly Locale[]) => {
    const keyboard = new InlineKeyboard();
    flows.classroom.themes.forEach((theme, i) => {
      keyboard.text(t(session.lang, classThemeLabel(theme.id)), buttons.classTheme.data({ run: session.run, theme: theme.id }));
      if (i % 2 === 1) keyboard.row();
    });
    keyboard.row();
    for (const lang of locales) keyboard.text(t(lang, LANGUAGE_NAME_KEY), buttons.classLang.data({ run: session.run, lang }));
    return keyboard;
  };
  const stopKeyboard = (session: ClassSession) => new InlineKeyboard().text(t(session.lang, "btn-class-stop"), buttons.classStop.data({ run: session.run }));

  group.command("session", async (ctx) => {
    const chat = ctx.chat;
    if (!(await isGroupAdmin(ctx.api, chat, ctx.from, ctx.msg))) return replyHtml(ctx, ctx.t("class-admins-only"));
    const running = sessions.get(chat.id);
    if (ctx.match.trim().toLowerCase() === "stop") {
      if (!running) return replyHtml(ctx, ctx.t("class-no-session"));
      return runner.stop(chat.id, running);
    }
    if (running) return ctx.reply(t(running.lang, "class-running"), { ...htmlOptions, reply_markup: stopKeyboard(running) });
    const session: ClassSession = { run: newRunId(options.random), lang: localeOf(ctx), phase: "setup", rounds: [], current: -1 };
    sessions.touch(chat.id, session);
    return ctx.reply(t(session.lang, "class-pick", { questions: String(flows.classroom.questions) }), { ...htmlOptions, reply_markup: picker(session, ctx.locales) });
  });

  /** The session a button of `run` steers, when the one pressing it is an admin; otherwise a short answer and nothing else. */
  const steering = async (ctx: BotContext & { chat: Chat }, run: string): Promise<ClassSession | undefined> => {
    const session = sessions.get(ctx.chat.id);
    if (!session || session.run !== run) {
      await acknowledge(ctx, ctx.t("class-ended-short"));
      return undefined;
    }
    if (!(await isGroupAdmin(ctx.api, ctx.chat, ctx.from))) {
      await acknowledge(ctx, t(session.lang, "class-admins-only-short"));
      return undefined;
    }
    await acknowledge(ctx);
    return session;
  };

  group.filter(pressed(buttons.classLang), async (ctx) => {
    const session = await steering(ctx, ctx.button.run);
    if (!session || session.phase !== "setup" || !ctx.locales.includes(ctx.button.lang)) return;
    session.lang = ctx.button.lang;
    sessions.touch(ctx.chat.id, session);
    await ctx.editMessageText(t(session.lang, "class-pick", { questions: String(flows.classroom.questions) }), { ...htmlOptions, reply_markup: picker(session, ctx.locales) }).catch(() => undefined);
  });

  group.filter(pressed(buttons.classTheme), async (ctx) => {
    const session = await steering(ctx, ctx.button.run);
    // A theme id flows/classroom.yaml does not have is ignored, once acknowledged: passed on, it
    // would reach the group guard, whose note about private chats would go to the whole room.
    const theme = classTheme(flows, ctx.button.theme);
    if (!session || session.phase !== "setup" || session.theme !== undefined || !theme) return;
    // Taken at once, so a second tap while the picker is being edited starts nothing.
    session.theme = theme.id;
    const count = String(Math.min(flows.classroom.questions, classPool(flows, theme.id).length));
    // The picker becomes the session's heading, so its buttons cannot be pressed again.
    await ctx
      .editMessageText(t(session.lang, "class-starting", { theme: t(session.lang, classThemeLabel(theme.id)), count }), htmlOptions)
      .catch(() => undefined);
    await runner.begin(ctx.chat.id, session, theme);
  });

  group.filter(pressed(buttons.classNext), async (ctx) => {
    const session = await steering(ctx, ctx.button.run);
    if (!session) return;
    if (session.phase === "poll") await runner.close(ctx.chat.id, session, ctx.button.round);
    else if (session.phase === "discuss") await runner.advance(ctx.chat.id, session, ctx.button.round);
  });

  group.filter(pressed(buttons.classStop), async (ctx) => {
    const session = await steering(ctx, ctx.button.run);
    if (session) await runner.stop(ctx.chat.id, session);
  });

  // A group upgraded to a supergroup gets a new chat id, and its polls cannot be stopped under the
  // old one: the session ends, and the room is told in the supergroup how to start again.
  group.on("message:migrate_to_chat_id", async (ctx) => {
    const ended = sessions.end(ctx.chat.id);
    if (ended) await ctx.api.sendMessage(ctx.msg.migrate_to_chat_id, t(ended.lang, "class-migrated"), htmlOptions).catch(() => undefined);
  });

  return composer;
}
