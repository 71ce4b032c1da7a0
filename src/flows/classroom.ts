import type { FlowContent, Scenario } from "./content.js";
import { scenarioMessages } from "./messages.js";

/**
 * Classroom sessions (a youth worker's quiz polls in a group, src/bot/classroom/): which
 * scenarios a theme picks, the messages they need beyond a private quiz's, and Telegram's limits
 * for the texts that go into a native quiz poll. The structure is here, below the bot, so
 * `npm run validate` checks the content with the same rules the bot runs on.
 */

/**
 * The themes a youth worker picks from, in the picker's order: each picks the scenarios whose
 * `themes:` in flows/scenarios/*.yaml include `scenarios`. The button is `class-theme-<id>`.
 */
export const CLASS_THEMES = [
  { id: "grooming", scenarios: "grooming" },
  { id: "pictures", scenarios: "pictures" },
  { id: "sextortion", scenarios: "sextortion" },
  { id: "cyberbullying", scenarios: "bullying" },
  { id: "privacy", scenarios: "privacy" },
  { id: "tell-adult", scenarios: "tell-adult" },
] as const;
export type ClassThemeId = (typeof CLASS_THEMES)[number]["id"];

/** A session asks at most this many questions, fewer when its theme has fewer scenarios. */
export const CLASS_QUESTIONS = 5;
/** Every theme has at least this many scenarios (checked by `npm run validate`). */
export const CLASS_MIN_SCENARIOS = 3;

/**
 * Telegram's limits for a quiz poll (Bot API `sendPoll`): the question 1–300 characters, each
 * option 1–100, the explanation 0–200 with at most 2 line feeds. Poll texts are plain text.
 */
export const POLL_LIMITS = { question: 300, option: 100, explanation: 200, explanationLineFeeds: 2 } as const;

/** The poll's question: the scenario's situation and question, as one text. */
export const POLL_QUESTION_SEPARATOR = "\n\n";

export function isClassTheme(id: string): id is ClassThemeId {
  return CLASS_THEMES.some((t) => t.id === id);
}

/** The scenario ids a theme picks, in file order. */
export function classPool(flows: Pick<FlowContent, "scenarios">, theme: ClassThemeId): string[] {
  const wanted = CLASS_THEMES.find((t) => t.id === theme)!.scenarios;
  return [...flows.scenarios.values()].filter((s) => s.themes.includes(wanted)).map((s) => s.id);
}

/** A theme's button label in the picker. */
export const classThemeLabel = (theme: ClassThemeId) => `class-theme-${theme}`;

/**
 * A scenario's classroom messages, beside its quiz messages in flows-scenarios.ftl:
 * the poll's short explanation (the 💡 of a quiz poll) and one question for the room to discuss.
 */
export const classMessages = (id: string) => ({
  explanation: `scenario-${id}-explanation`,
  discuss: `scenario-${id}-discuss`,
});

/** How the flow loader records what a scenario needs (see loadFlowsDir). */
export interface ClassNeeds {
  need(key: string, why: string): void;
  /** Texts that go into one field of a Telegram poll (joined by a blank line): within Telegram's `limit` for `what`. */
  limit(keys: string[], limit: number, what: string, options?: { plain?: boolean; lineFeeds?: number }): void;
  /** Texts shown together in one message, with `chrome` characters the bot adds: within one phone screen (`limit`). */
  screen(keys: string[], limit: number, chrome: number): void;
}

/** The messages and limits one scenario needs for classroom polls. */
export function classScenarioNeeds(s: Scenario, needs: ClassNeeds, takeawayLimit: number): void {
  const text = scenarioMessages(s.id);
  const cls = classMessages(s.id);
  needs.need(cls.explanation, `the scenario "${s.id}" (its classroom poll's explanation)`);
  needs.need(cls.discuss, `the scenario "${s.id}" (its classroom discussion question)`);
  needs.limit([text.situation, text.question], POLL_LIMITS.question, "a classroom poll's question (the situation and the question together)", { plain: true });
  for (const a of s.answers) needs.limit([text.answer(a.id)], POLL_LIMITS.option, "a classroom poll's option", { plain: true });
  needs.limit([cls.explanation], POLL_LIMITS.explanation, "a classroom poll's explanation", { plain: true, lineFeeds: POLL_LIMITS.explanationLineFeeds });
  // The takeaway after the poll: the best answer, its feedback and the question, on one phone screen.
  const best = s.answers.find((a) => a.correct);
  if (best) needs.screen([text.answer(best.id), text.feedback(best.id), cls.discuss], takeawayLimit, 60);
}

/** Themes with too few scenarios for a session: `[theme, scenario theme, how many]`. */
export function thinClassThemes(flows: Pick<FlowContent, "scenarios">): Array<[ClassThemeId, string, number]> {
  return CLASS_THEMES.map((t) => [t.id, t.scenarios, classPool(flows, t.id).length] as [ClassThemeId, string, number]).filter(([, , n]) => n < CLASS_MIN_SCENARIOS);
}
