import { GrammyError, InlineKeyboard, type Api } from "grammy";
import type { Poll } from "grammy/types";
import type { Logger } from "pino";
import { buttons } from "../../core/callback-data.js";
import { describeError } from "../../core/describe-error.js";
import type { Locale } from "../../core/locale.js";
import type { Metrics } from "../../core/metrics.js";
import { classMessages, classPool, POLL_QUESTION_SEPARATOR, type ClassTheme } from "../../flows/classroom.js";
import type { FlowContent } from "../../flows/content.js";
import { shuffle } from "../../flows/engine.js";
import { scenarioMessages } from "../../flows/messages.js";
import { scenarioMetrics } from "../../stats/metric-names.js";
import type { ClassroomSessions, ClassRound, ClassSession } from "./sessions.js";
import { helpText, summaryText, takeawayText, type Translate } from "./texts.js";

/**
 * Runs a task after `ms` and returns what cancels it. The real one is `setTimeout`; tests pass one
 * they fire by hand, so a poll's time limit is tested without waiting.
 */
export type Schedule = (ms: number, task: () => Promise<void>) => () => void;

export const realSchedule: Schedule = (ms, task) => {
  const timer = setTimeout(() => void task(), ms);
  // A classroom poll's time limit must never keep the process alive on shutdown.
  timer.unref();
  return () => clearTimeout(timer);
};

export interface ClassroomRunnerDeps {
  api: Api;
  sessions: ClassroomSessions;
  flows: FlowContent;
  t: Translate;
  /** The helplines, as /helpline shows them, in a language. */
  helplines: (lang: Locale) => string;
  /** The bot's username, for the "message me privately" link. */
  username: () => string | undefined;
  metrics: Metrics;
  logger: Logger;
  random: () => number;
  schedule: Schedule;
  /** How long a poll stays open when nobody presses "Next". */
  pollMs: number;
}

const htmlOptions = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/** The bot was removed from the group or may not write there: the session cannot go on. */
function isGone(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 403;
}

/**
 * The rounds of a classroom session, on the Bot API directly: a poll's time limit ends it with no
 * update to answer, so nothing here needs a context. Each step checks that the session is still
 * the group's and still at that step, so a late "Next", a timer that fires after "/session stop"
 * or a second press does nothing.
 */
export class ClassroomRunner {
  constructor(private readonly deps: ClassroomRunnerDeps) {}

  /** Whether `session` is still the group's running session. */
  private live(chatId: number, session: ClassSession): boolean {
    return this.deps.sessions.get(chatId) === session && session.phase !== "done";
  }

  /** The theme is chosen: up to `questions:` of its scenarios (flows/classroom.yaml), in random order, then the first poll. */
  async begin(chatId: number, session: ClassSession, theme: ClassTheme): Promise<void> {
    const { flows, random } = this.deps;
    session.theme = theme.id;
    session.rounds = shuffle(classPool(flows, theme.id), random)
      .slice(0, flows.classroom.questions)
      .map((id): ClassRound => {
        const answers = flows.scenarios.get(id)!.answers;
        const options = shuffle(answers.map((a) => a.id), random);
        const best = answers.find((a) => a.correct)!.id;
        return { scenario: id, options, correct: options.indexOf(best), total: 0, votes: options.map(() => 0), closed: false };
      });
    session.current = 0;
    this.deps.metrics.count("class.session");
    await this.sendRound(chatId, session);
  }

  /** Posts the current round's scenario as an anonymous quiz poll, with "Next" under it. */
  private async sendRound(chatId: number, session: ClassSession): Promise<void> {
    const { api, t, sessions } = this.deps;
    const index = session.current;
    const round = session.rounds[index]!;
    const text = scenarioMessages(round.scenario);
    const question = [t(session.lang, text.situation), t(session.lang, text.question)].join(POLL_QUESTION_SEPARATOR);
    session.phase = "poll";
    let sent;
    try {
      sent = await api.sendPoll(
        chatId,
        question,
        round.options.map((id) => ({ text: t(session.lang, text.answer(id)) })),
        {
          type: "quiz",
          is_anonymous: true,
          // Both spellings: `correct_option_id` (one correct answer, as the Bot API long had it) and
          // `correct_option_ids` (the list grammY's current types send); a server ignores the one it does not know.
          correct_option_ids: [round.correct],
          ...({ correct_option_id: round.correct } as object),
          explanation: t(session.lang, classMessages(round.scenario).explanation),
          reply_markup: new InlineKeyboard().text(t(session.lang, "btn-class-next"), buttons.classNext.data({ run: session.run, round: index })),
        },
      );
    } catch (error) {
      await this.failed(chatId, session, error, "sendPoll");
      return;
    }
    if (!this.live(chatId, session)) {
      // Stopped while the poll was on its way: close it rather than leave it open in the group.
      await api.stopPoll(chatId, sent.message_id).catch(() => undefined);
      return;
    }
    round.messageId = sent.message_id;
    sessions.notePoll(sent.poll.id, session, index);
    sessions.touch(chatId, session);
    this.deps.metrics.count("class.poll");
    session.cancelTimer = this.deps.schedule(this.deps.pollMs, () => this.close(chatId, session, index));
  }

  /** "Next" or the time limit: closes the poll, counts its totals and posts the takeaway for the room. */
  async close(chatId: number, session: ClassSession, index: number): Promise<void> {
    if (!this.live(chatId, session) || session.phase !== "poll" || session.current !== index) return;
    await this.stopPoll(chatId, session);
    if (!this.live(chatId, session)) return;
    const { api, t } = this.deps;
    const round = session.rounds[index]!;
    const last = index === session.rounds.length - 1;
    const keyboard = new InlineKeyboard().text(t(session.lang, last ? "btn-class-results" : "btn-class-next-question"), buttons.classNext.data({ run: session.run, round: index }));
    session.phase = "discuss";
    this.deps.sessions.touch(chatId, session);
    try {
      await api.sendMessage(chatId, takeawayText(t, session.lang, this.deps.flows, round), { ...htmlOptions, reply_markup: keyboard });
    } catch (error) {
      await this.failed(chatId, session, error, "sendMessage");
    }
  }

  /** "Next question" after a takeaway: the next poll, or after the last one the summary. */
  async advance(chatId: number, session: ClassSession, index: number): Promise<void> {
    if (!this.live(chatId, session) || session.phase !== "discuss" || session.current !== index) return;
    if (index + 1 < session.rounds.length) {
      session.current = index + 1;
      await this.sendRound(chatId, session);
      return;
    }
    await this.finish(chatId, session);
  }

  /** `/session stop`: an open poll is closed and counted, then the summary of what was asked. */
  async stop(chatId: number, session: ClassSession): Promise<void> {
    if (!this.live(chatId, session)) return;
    if (session.phase === "poll") await this.stopPoll(chatId, session);
    if (session.rounds.some((r) => r.closed)) {
      await this.finish(chatId, session);
      return;
    }
    this.deps.sessions.end(chatId);
    await this.deps.api.sendMessage(chatId, this.deps.t(session.lang, "class-stopped"), htmlOptions).catch(() => undefined);
  }

  /**
   * The summary (per question: how many answered, % correct), then the helplines and the private
   * link, with a button that opens it; then the session is over.
   */
  private async finish(chatId: number, session: ClassSession): Promise<void> {
    const { t, sessions, api } = this.deps;
    sessions.end(chatId);
    const username = this.deps.username();
    const keyboard = username ? new InlineKeyboard().url(t(session.lang, "btn-open-private"), `https://t.me/${username}`) : undefined;
    try {
      await api.sendMessage(chatId, summaryText(t, session.lang, session.rounds), htmlOptions);
      await api.sendMessage(chatId, helpText(t, session.lang, this.deps.helplines(session.lang), username), { ...htmlOptions, reply_markup: keyboard });
    } catch (error) {
      this.deps.logger.warn({ error: describeError(error) }, "classroom summary not sent");
    }
  }

  /**
   * Closes the open poll and counts its anonymous totals once: from the poll stopPoll returns,
   * or, if that fails, from the last `poll` update. Answered = voters, correct = voters of the
   * best answer, and per option its voters.
   */
  private async stopPoll(chatId: number, session: ClassSession): Promise<void> {
    const round = session.rounds[session.current];
    if (!round || round.closed) return;
    session.phase = "closing";
    session.cancelTimer?.();
    session.cancelTimer = undefined;
    let final: Poll | undefined;
    if (round.messageId !== undefined) {
      final = await this.deps.api.stopPoll(chatId, round.messageId).catch((error: unknown) => {
        this.deps.logger.warn({ error: describeError(error) }, "stopPoll failed; counting the last totals seen");
        return undefined;
      });
    }
    if (final?.options) applyTotals(round, final);
    round.closed = true;
    const names = scenarioMetrics(round.scenario);
    // A count of 0 adds nothing; it is left out rather than written.
    const count = (name: string, n: number) => n > 0 && this.deps.metrics.count(name, n);
    count(names.answered, round.total);
    count(names.correct, round.votes[round.correct] ?? 0);
    round.options.forEach((answer, i) => count(names.picked(answer), round.votes[i] ?? 0));
  }

  /** A send failed: the session ends; unless the bot was removed, the room hears why. */
  private async failed(chatId: number, session: ClassSession, error: unknown, method: string): Promise<void> {
    this.deps.logger.warn({ method, error: describeError(error) }, "classroom session ended: a send failed");
    this.deps.sessions.end(chatId);
    if (isGone(error)) return;
    await this.deps.api.sendMessage(chatId, this.deps.t(session.lang, "class-poll-failed"), htmlOptions).catch(() => undefined);
  }
}

/** The totals of a `poll` update or of stopPoll's answer, kept on the round (counts only). */
export function applyTotals(round: ClassRound, poll: Pick<Poll, "total_voter_count" | "options">): void {
  if (poll.options.length !== round.options.length) return;
  round.total = poll.total_voter_count;
  round.votes = poll.options.map((o) => o.voter_count);
}
