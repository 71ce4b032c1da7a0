import { buttons } from "../core/callback-data.js";
import type { FlowContent, Scenario } from "./content.js";
import { scenarioMessages } from "./messages.js";
import type { ClassroomFile } from "./schema.js";

/**
 * Classroom sessions (a youth worker's quiz polls in a group, src/bot/classroom/): the checks on
 * flows/classroom.yaml (its themes and which scenarios each picks), the messages they need beyond
 * a private quiz's, and Telegram's limits for the texts that go into a native quiz poll. The
 * structure is here, below the bot, so `npm run validate` checks the content with the same rules
 * the bot runs on.
 */

/** What flows/classroom.yaml holds, checked: the picker's themes in order, and the session's length. */
export interface ClassroomContent {
  /** A session asks at most this many questions, fewer when its theme has fewer scenarios. */
  questions: number;
  /** Each picks the scenarios whose `themes:` in flows/scenarios/*.yaml include `scenarios`. Its button is `class-theme-<id>`. */
  themes: ClassTheme[];
}

export interface ClassTheme {
  id: string;
  /** The scenario theme it picks. */
  scenarios: string;
}

/** Every theme has at least this many scenarios (checked by `npm run validate`). */
export const CLASS_MIN_SCENARIOS = 3;

/**
 * Telegram's limits for a quiz poll (Bot API `sendPoll`): the question 1–300 characters, each
 * option 1–100, the explanation 0–200 with at most 2 line feeds. Poll texts are plain text.
 */
export const POLL_LIMITS = { question: 300, option: 100, explanation: 200, explanationLineFeeds: 2 } as const;

/** The poll's question: the scenario's situation and question, as one text. */
export const POLL_QUESTION_SEPARATOR = "\n\n";

/** The theme with this id, or undefined for an id the content does not have (an old or forged button). */
export function classTheme(flows: Pick<FlowContent, "classroom">, id: string): ClassTheme | undefined {
  return flows.classroom.themes.find((t) => t.id === id);
}

/** The scenario ids a theme picks, in file order (none for an unknown theme). */
export function classPool(flows: Pick<FlowContent, "scenarios" | "classroom">, id: string): string[] {
  const theme = classTheme(flows, id);
  return theme ? scenariosWithTheme(flows.scenarios, theme.scenarios) : [];
}

function scenariosWithTheme(scenarios: ReadonlyMap<string, Scenario>, wanted: string): string[] {
  return [...scenarios.values()].filter((s) => s.themes.includes(wanted)).map((s) => s.id);
}

/** A theme's button label in the picker. */
export const classThemeLabel = (theme: string) => `class-theme-${theme}`;

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

/**
 * Checks flows/classroom.yaml against the scenarios: each theme's id is unique and fits a button's
 * data, its scenario theme exists and has enough scenarios, and its button label is needed in
 * every language. Problems go to `issue` at the line of the offending node.
 */
export function checkClassroomFile(
  file: ClassroomFile,
  scenarios: ReadonlyMap<string, Scenario>,
  report: {
    locate: (path: Array<string | number>) => number;
    issue: (line: number, message: string) => void;
    need: (path: Array<string | number>, key: string, why: string) => void;
  },
): ClassroomContent {
  const known = new Set([...scenarios.values()].flatMap((s) => s.themes));
  const seen = new Set<string>();
  file.themes.forEach((theme, i) => {
    if (seen.has(theme.id)) {
      report.issue(report.locate(["themes", i, "id"]), `themes.${i}.id: "${theme.id}" is used twice in this file`);
      return;
    }
    seen.add(theme.id);
    // The schema's id pattern and the button's field are two regexes: a theme whose button could not be made must fail here, not in a group.
    if (buttons.classTheme.parse(buttonData(theme.id)) === undefined) {
      report.issue(report.locate(["themes", i, "id"]), `themes.${i}.id: "${theme.id}" does not fit a button's data: use 2–24 lowercase letters, digits or -`);
    }
    report.need(["themes", i], classThemeLabel(theme.id), `the classroom theme "${theme.id}" (its button)`);
    if (!known.has(theme.scenarios)) {
      report.issue(report.locate(["themes", i, "scenarios"]), `themes.${i}.scenarios: no scenario has the theme "${theme.scenarios}" (known: ${[...known].sort().join(", ")})`);
      return;
    }
    const n = scenariosWithTheme(scenarios, theme.scenarios).length;
    if (n < CLASS_MIN_SCENARIOS) {
      report.issue(
        report.locate(["themes", i, "scenarios"]),
        `themes.${i}.scenarios: the classroom theme "${theme.id}" picks the scenarios with the theme "${theme.scenarios}", and only ${n} have it: add \`${theme.scenarios}\` to the themes: of at least ${CLASS_MIN_SCENARIOS} in flows/scenarios/`,
      );
    }
  });
  return { questions: file.questions, themes: file.themes.map((t) => ({ id: t.id, scenarios: t.scenarios })) };
}

/** A theme button's data with a sample run id (the longest data the id can make). */
function buttonData(theme: string): string {
  try {
    return buttons.classTheme.data({ run: "000000", theme });
  } catch {
    return "";
  }
}
