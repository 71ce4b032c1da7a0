import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, session, type ApiClientOptions, type BotError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Content } from "../content/content.js";
import { LANGUAGE_NAME_KEY } from "../content/locales.js";
import { loadFlows, type FlowContent } from "../flows/content.js";
import type { FlowDeps } from "../flows/engine.js";
import { flowState } from "../flows/plugin.js";
import { FlowStore } from "../flows/store.js";
import type { Classifier } from "../nlu/index.js";
import { neverThrowing, noMetrics, type Metrics } from "../core/metrics.js";
import { countFunnelStep, type CampaignStarts } from "./campaign-funnel.js";
import type { BotContext, SessionData } from "./context.js";
import { describeError } from "../core/describe-error.js";
import { ExpiringStore } from "../core/expiring-store.js";
import { statsFeature, type StatsFeatureOptions } from "./features/admin-stats.js";
import { cardOffer, flowControlFeature, flowGuardFeature } from "./features/flows.js";
import { freeTextFeature } from "./features/free-text.js";
import { getHelpFeature } from "./features/get-help.js";
import { groupGuardFeature } from "./features/group-guard.js";
import { helplinesFeature } from "./features/helplines.js";
import { languageFeature } from "./features/language.js";
import { mediaFeature } from "./features/media.js";
import { privacyFeature } from "./features/privacy.js";
import { hideFeature } from "./features/hide.js";
import { MessageLog } from "./message-log.js";
import { quizFeature } from "./features/quiz.js";
import { rateLimitFeature } from "./features/rate-limit.js";
import { safeWordFeature } from "./features/safe-word.js";
import { safetyCheckFeature } from "./features/safety-check.js";
import { selfCheckFeature } from "./features/self-check.js";
import { topicCardsFeature } from "./features/topic-cards.js";
import { unhandledFeature } from "./features/unhandled.js";
import { unknownCommandFeature } from "./features/unknown-command.js";
import { welcomeFeature } from "./features/welcome.js";
import { classroomFeature } from "./features/classroom.js";
import { classroomUpdatesFeature } from "./features/classroom-updates.js";
import { ClassroomRunner, realSchedule, type Schedule } from "./classroom/runner.js";
import { ClassroomSessions } from "./classroom/sessions.js";
import type { Translate } from "./classroom/texts.js";
import { helplinesTextIn } from "./features/helplines.js";
import { inLocale } from "../core/locale.js";
import { commandOf } from "./command-registry.js";
import { createI18n, memoizedTranslations } from "./i18n.js";
import { sendDangerReferral } from "./referral.js";
import { acknowledge, replyHtml } from "./reply.js";
import { SignalMemory } from "./signal-memory.js";

/** A token-shaped placeholder for the local chat, where no request ever leaves the process. */
export const LOCAL_TOKEN = "0000000000:local-chat-no-network-aaaaaaaaaaaaaaaaaaa";

export interface BotDeps {
  content: Content;
  logger: Logger;
  /** The NLU; without it free text gets the fallback and the topic menu. */
  classifier?: Classifier;
  /** Skips `getMe` (local chat, tests). */
  botInfo?: UserFromGetMe;
  /** Bot API client options; tests and the local chat pass a `fetch` that never leaves the process. */
  client?: ApiClientOptions;
  /** Where sessions live (in memory, keyed hash, `STATE_TTL_MINUTES`); one is made if not given. */
  state?: ExpiringStore<SessionData>;
  /** Message ids of the last 48 hours per private chat, for /hide; one is made if not given. */
  messages?: MessageLog;
  /** The chats' recent danger signals (ids only, 5 minutes); one is made if not given. */
  signals?: SignalMemory;
  /** Anonymous counters (messages, topic.*, quiz.started, …); counts nothing if not given. */
  metrics?: Metrics;
  /** Counts `/start c_<code>` from youth workers' share links. */
  campaigns?: CampaignStarts;
  /** `/stats` for the operator's staff (ADMIN_IDS); off if not given. */
  adminStats?: StatsFeatureOptions;
  /** Quizzes, scenarios and guided flows; loaded from flows/ if not given. */
  flows?: FlowContent;
  /** Where a flow waits between taps; in memory with a 30-minute idle expiry if not given. */
  flowStore?: FlowStore;
  /** Randomness for quizzes (picking and shuffling); tests pass a seeded one. */
  random?: () => number;
  /** Classroom sessions in groups: where they live (made with the config's expiry if not given) and how a poll's time limit is scheduled (tests fire it by hand). */
  classroom?: { sessions?: ClassroomSessions; schedule?: Schedule };
}

/** A button press, or a message that starts with a command (its `bot_command` entity, as grammY's `command()` reads it). */
function isCommandOrButton(ctx: BotContext): boolean {
  return ctx.callbackQuery !== undefined || commandOf(ctx) !== undefined;
}

/**
 * Builds the whole bot: the same middleware stack on Telegram, in the local chat and in tests.
 * Order matters: state and language first, the rate limit (the safe word and urgent messages
 * pass it), the flow guard (it never replies), the safe word (it must win in any state), the
 * group guard, the flows, the features, and the catch-all last.
 */
export function createBot(config: Config, deps: BotDeps): Bot<BotContext> {
  const { content, logger } = deps;
  const bot = new Bot<BotContext>(config.botToken ?? LOCAL_TOKEN, {
    botInfo: deps.botInfo,
    client: { apiRoot: config.botApiRoot, ...deps.client },
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
  // The ids of the bot's messages in private chats (never their text), for /hide.
  const messages = deps.messages ?? new MessageLog();
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    const chatId = (payload as { chat_id?: unknown }).chat_id;
    const sent = result.ok ? (result.result as { message_id?: unknown }) : undefined;
    if (method.startsWith("send") && typeof chatId === "number" && chatId > 0 && typeof sent?.message_id === "number") messages.note(chatId, sent.message_id);
    return result;
  });

  const logFailure = (err: BotError<BotContext>) => {
    logger.error({ updateType: Object.keys(err.ctx.update).find((k) => k !== "update_id"), error: describeError(err.error) }, "update failed");
  };
  bot.catch(logFailure);
  // Everything runs inside one boundary, so a failure is logged (safely) in every mode —
  // polling, webhook, local chat and tests — and never takes the process down.
  const app = bot.errorBoundary(logFailure);

  // Updates of one chat run in order (sessions stay consistent); different chats in parallel.
  app.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  // Classroom polls' anonymous totals and the bot's removal from a group: read and stopped here,
  // before anything counts activity or reads a session (a poll update belongs to no chat).
  const classSessions = deps.classroom?.sessions ?? new ClassroomSessions({ ttlMs: config.classroom.sessionMs });
  app.use(classroomUpdatesFeature(classSessions));
  const metrics = deps.metrics ? neverThrowing(deps.metrics) : noMetrics;
  app.use((ctx, next) => {
    ctx.metrics = metrics;
    ctx.locales = content.locales;
    // Daily unique users: the counter keeps only a salted hash, and only for today.
    if (ctx.chat?.type === "private" && ctx.from && !ctx.from.is_bot) metrics.seen(ctx.from.id);
    // The teen's own messages, for /hide: ids only.
    if (ctx.chat?.type === "private" && ctx.message) messages.note(ctx.chat.id, ctx.message.message_id);
    return next();
  });
  // Sessions are per chat (grammY's default key, the chat id), which the store hashes.
  const state = deps.state ?? new ExpiringStore<SessionData>({ ttlMs: config.stateTtlMs });
  app.use(session({ initial: (): SessionData => ({}), storage: state }));
  const signals = deps.signals ?? new SignalMemory();
  const i18n = createI18n(content.localesDir, content.helplines);
  app.use(i18n);
  app.use(memoizedTranslations());
  // After the language is known (the slow-down note is in it), before anything answers.
  app.use(rateLimitFeature({ perMinute: config.rateLimitPerMinute, safeWords: content.catalogue.safeWords, classifier: deps.classifier, signals }));

  // Flows (quizzes, "Get help now"). Their guard ends a waiting flow on the safe word, an
  // urgent message or a command that leaves; it only looks into the flow store and never
  // replies, so the safe word right after it still answers before anything else does.
  const flows = deps.flows ?? loadFlows(content.flowsDir, content.catalogue.cards);
  const flowStore = deps.flowStore ?? new FlowStore();
  const ui: FlowDeps["ui"] = {
    reply: replyHtml,
    acknowledge,
    referral: (ctx, kind) => sendDangerReferral(ctx, { kind, friend: false }, content.helplines),
  };
  const flowDeps: FlowDeps = {
    flows,
    metrics,
    random: deps.random ?? Math.random,
    ui,
    quizCompleted: (ctx) => countFunnelStep(ctx.session, metrics, "quiz"),
  };
  // A classroom session speaks its own language whoever presses, and its poll's time limit fires with no update: its words come straight from i18n.
  const translate: Translate = (lang, key, variables) =>
    i18n.t(lang, key, {
      helpline: content.helplines.helpline.number ?? "",
      helplineName: inLocale(content.helplines.helpline.name, lang),
      emergency: content.helplines.emergency.number ?? "",
      ...variables,
    });
  const classroom = new ClassroomRunner({
    api: bot.api,
    sessions: classSessions,
    flows,
    t: translate,
    helplines: (lang) => helplinesTextIn((key, variables) => translate(lang, key, variables), lang, content.helplines),
    username: () => config.botUsername ?? (bot.isInited() ? bot.botInfo.username : undefined),
    metrics,
    logger,
    random: flowDeps.random,
    schedule: deps.classroom?.schedule ?? realSchedule,
    pollMs: config.classroom.pollMs,
  });
  app.use(flowGuardFeature(flowStore, content.catalogue.safeWords, deps.classifier, logger, signals));

  const username = () => config.botUsername ?? (bot.isInited() ? bot.botInfo.username : undefined);
  app.use(safeWordFeature(content.catalogue.safeWords));
  // Before the group guard: a group's admins run classroom sessions there (the guard still ignores chatter).
  app.use(classroomFeature({ runner: classroom, sessions: classSessions, flows, t: translate, random: flowDeps.random }));
  app.use(groupGuardFeature(username));
  // Plain text in a chat where no flow is waiting — most updates — goes straight on to free
  // text, past the flows (and the conversations plugin's bookkeeping) and the command and button
  // handlers. Only for speed, kept because the budget (≥ 1,500 text updates/s on the 2-core
  // machine) needs it: without it the whole bot handled 7–25 % fewer text updates/s (the
  // bench's updates, with and without it interleaved in one process).
  const routed = app.filter((ctx) => ctx.message?.text === undefined || isCommandOrButton(ctx) || flowStore.has(ctx.chatId));
  routed.use(flowState(flowStore, flows.version));
  routed.use(quizFeature(flowDeps, logger));
  routed.use(getHelpFeature(flowDeps, logger));
  routed.use(selfCheckFeature(flowDeps, logger));
  routed.use(flowControlFeature());
  if (deps.adminStats) routed.use(statsFeature(deps.adminStats));
  routed.use(welcomeFeature(deps.campaigns));
  routed.use(topicCardsFeature(content.catalogue, (ctx, card) => cardOffer(ctx, flowDeps, card)));
  routed.use(helplinesFeature(content.helplines));
  routed.use(languageFeature(content.locales.map((locale) => ({ locale, name: i18n.t(locale, LANGUAGE_NAME_KEY) }))));
  routed.use(privacyFeature(signals));
  routed.use(hideFeature(messages, signals));
  routed.use(safetyCheckFeature(content.catalogue, content.helplines));
  routed.use(unknownCommandFeature(content.catalogue));
  app.use(mediaFeature());
  app.use(freeTextFeature(content.catalogue, deps.classifier, { helplines: content.helplines, signals }));
  app.use(unhandledFeature(content.catalogue));
  return bot;
}
