import { escapeHtml } from "../../core/escape-html.js";
import type { Locale } from "../../core/locale.js";
import { classMessages } from "../../flows/classroom.js";
import type { FlowContent } from "../../flows/content.js";
import { scenarioMessages } from "../../flows/messages.js";
import type { ClassRound } from "./sessions.js";

/** A message of locales/ in a given language: a session speaks its own language, whoever presses. */
export type Translate = (lang: Locale, key: string, variables?: Record<string, string>) => string;

/** After a poll closes: the best answer, why (its feedback), and one question for the room. */
export function takeawayText(t: Translate, lang: Locale, flows: FlowContent, round: ClassRound): string {
  const text = scenarioMessages(round.scenario);
  const best = flows.scenarios.get(round.scenario)!.answers.find((a) => a.correct)!.id;
  return [
    t(lang, "class-takeaway", { answer: t(lang, text.answer(best)) }),
    t(lang, text.feedback(best)),
    t(lang, "class-discuss", { question: t(lang, classMessages(round.scenario).discuss) }),
  ].join("\n\n");
}

/** Whole percent of `part` in `whole`. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/**
 * The end of a session: per question asked, how many answered and the % who chose the best
 * answer, from the polls' anonymous totals only.
 */
export function summaryText(t: Translate, lang: Locale, rounds: readonly ClassRound[]): string {
  const closed = rounds.filter((r) => r.closed);
  const lines = closed.map((r, i) => {
    const answer = t(lang, scenarioMessages(r.scenario).answer(r.options[r.correct]!));
    // Numbers as text: Fluent would write them in the language's own digits, and the bot's numbers are Latin digits.
    const number = String(i + 1);
    if (r.total === 0) return t(lang, "class-summary-unanswered", { number, answer });
    return t(lang, "class-summary-line", { number, answer, answered: String(r.total), percent: String(percent(r.votes[r.correct] ?? 0, r.total)) });
  });
  return [t(lang, "class-summary-title"), lines.length > 0 ? lines.join("\n") : t(lang, "class-summary-empty")].join("\n\n");
}

/** After the summary: the helplines, as /helpline shows them, and the bot's private link for anyone who wants to talk alone. */
export function helpText(t: Translate, lang: Locale, helplines: string, username: string | undefined): string {
  return username ? `${helplines}\n\n${t(lang, "class-private-link", { link: escapeHtml(`https://t.me/${username}`) })}` : helplines;
}
