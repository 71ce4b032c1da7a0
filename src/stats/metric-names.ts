import { DANGER_KINDS, LANG_FORMS, TOPIC_IDS } from "../core/topics.js";

/**
 * Metric names are built by the bot from fixed vocabularies, and only these shapes are stored,
 * so nothing free-form (text, ids, numbers a user typed) can ever reach the database:
 *
 * - `messages`, `users`, `urgent`, `referral.shown`, `quiz.started`, `quiz.completed`,
 *   `fallback`, `safe_word`, `media`, `forget`, `campaign.other`, `check`, `check.danger`,
 *   `check.safe`, `correction`, `ratelimited` (a message held back by the rate limit),
 *   `followup.next`, `followup.more` (a follow-up answered with the last topic's next step),
 *   `hide` (a chat hidden with /hide), `check.started`, `check.completed` (the "Is this grooming?"
 *   self-check), `class.session`, `class.poll` (classroom sessions and their quiz polls)
 * - `topic.<topic id>` (the 22 ids of topics.md), `lang.<en|bn|bn-Latn>`
 * - `danger.<kind>` (the kinds of DANGER_KINDS, `other`, and `friend` for a friend at risk)
 * - `quiz.started.<quiz id>`, `quiz.completed.<quiz id>`, `quiz.score.<bucket>`,
 *   `flow.started.<flow id>`, `flow.completed.<flow id>` (ids and buckets: 1–32 of a–z, 0–9, _ and -)
 * - `check.sign.<sign id>` (a sign the self-check was answered yes to)
 * - `q.<scenario id>.answered`, `q.<scenario id>.correct`, `q.<scenario id>.picked.<answer id>`
 *   (answers to a scenario, from private quizzes and classroom polls alike)
 * - `campaign.<code>` (a campaign code: 1–32 of a–z, 0–9, _ and -)
 * - `funnel.quiz.<code>`, `funnel.referral.<code>` (the campaign funnel: a start through that
 *   campaign's link led to a completed quiz, or to a referral; same codes as `campaign.<code>`)
 *
 * and, outside campaign codes, never with a run of 6 or more digits (an id or a phone number).
 * Anything else is refused. Campaign codes may hold dates (`fair-20250310`); only codes a share
 * link was created for are counted (see CampaignCounter).
 *
 * @example
 * isMetricName("topic.self_harm"); // true
 * isMetricName("topic.hello");     // false: not a topic id
 * isMetricName("user.8675309421"); // false
 */
export const FIXED_METRICS: ReadonlySet<string> = new Set([
  "messages",
  "users",
  "urgent",
  "referral.shown",
  "quiz.started",
  "quiz.completed",
  "fallback",
  "safe_word",
  "media",
  "forget",
  "campaign.other",
  "check",
  "check.danger",
  "check.safe",
  "correction",
  "ratelimited",
  "followup.next",
  "followup.more",
  "hide",
  "check.started",
  "check.completed",
  "class.session",
  "class.poll",
]);
export const MAX_METRIC_NAME_LENGTH = 64;

/** What a start through a campaign's link led to, counted once per step per start. */
export const FUNNEL_STEPS = ["quiz", "referral"] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

const SLUG = /^[a-z0-9][a-z0-9_-]{0,31}$/;
const CODE = /^[a-z0-9_-]{1,32}$/;
const LONG_NUMBER = /\d{6}/;
const TOPICS: ReadonlySet<string> = new Set(TOPIC_IDS);
const LANGS: ReadonlySet<string> = new Set(LANG_FORMS);
/** What `danger.<value>` may say: a kind, `other`, or `friend` (a friend or sibling at risk). */
const DANGER_VALUES: readonly string[] = [...DANGER_KINDS, "other", "friend"];
const DANGERS: ReadonlySet<string> = new Set(DANGER_VALUES);

export function isMetricName(name: unknown): name is string {
  if (typeof name !== "string" || name.length === 0 || name.length > MAX_METRIC_NAME_LENGTH) return false;
  if (FIXED_METRICS.has(name)) return true;
  if (name.startsWith("campaign.")) return CODE.test(name.slice("campaign.".length));
  for (const step of FUNNEL_STEPS) {
    const prefix = `funnel.${step}.`;
    if (name.startsWith(prefix)) return CODE.test(name.slice(prefix.length));
  }
  if (LONG_NUMBER.test(name)) return false;
  if (name.startsWith("q.")) return isScenarioMetric(name.slice("q.".length).split("."));
  const dot = name.lastIndexOf(".");
  if (dot < 0) return false;
  const family = name.slice(0, dot);
  const value = name.slice(dot + 1);
  switch (family) {
    case "topic":
      return TOPICS.has(value);
    case "lang":
      return LANGS.has(value);
    case "danger":
      return DANGERS.has(value);
    case "quiz.started":
    case "quiz.completed":
    case "quiz.score":
    case "flow.started":
    case "flow.completed":
    case "check.sign":
      return SLUG.test(value);
    default:
      return false;
  }
}

/** `<scenario>.answered`, `<scenario>.correct` or `<scenario>.picked.<answer>`, split at the dots. */
function isScenarioMetric(parts: readonly string[]): boolean {
  const [scenario, what, answer] = parts;
  if (scenario === undefined || !SLUG.test(scenario)) return false;
  if (parts.length === 2) return what === "answered" || what === "correct";
  return parts.length === 3 && what === "picked" && answer !== undefined && SLUG.test(answer);
}

/**
 * The funnel metric of a campaign (the code must be one a share link exists for).
 *
 * @example
 * funnelMetric("quiz", "school-dhaka-01"); // "funnel.quiz.school-dhaka-01"
 */
export const funnelMetric = (step: FunnelStep, code: string) => `funnel.${step}.${code}`;

/** Scenario answer counts (the misconception map reads these). */
export const scenarioMetrics = (scenario: string) => ({
  answered: `q.${scenario}.answered`,
  correct: `q.${scenario}.correct`,
  picked: (answer: string) => `q.${scenario}.picked.${answer}`,
});

/** The daily-unique user count (see DailyUniques). */
export const USERS_METRIC = "users";

/** The metrics drawn as per-day series on the overview (and protected against day-by-day subtraction). */
export const SERIES_METRICS = ["messages", "users", "urgent", "referral.shown", "quiz.completed"] as const;

/** Headline metrics with a label, in display order. */
export const HEADLINE_METRICS: ReadonlyArray<{ metric: string; label: string }> = [
  { metric: "messages", label: "Messages" },
  { metric: "users", label: "Active users (daily uniques, summed)" },
  { metric: "urgent", label: "Urgent messages" },
  { metric: "check", label: "Asked \"Are you safe right now?\"" },
  { metric: "referral.shown", label: "Referrals shown" },
  { metric: "quiz.started", label: "Quizzes started" },
  { metric: "quiz.completed", label: "Quizzes completed" },
  { metric: "fallback", label: "Not understood" },
  { metric: "safe_word", label: "Safe word used" },
  { metric: "media", label: "Media received" },
  { metric: "forget", label: "/forget used" },
];

export const topicMetric = (topic: string) => `topic.${topic}`;
export const langMetric = (lang: string) => `lang.${lang}`;

/** All `topic.<id>` names of the NLU contract. */
export const TOPIC_METRICS: readonly string[] = TOPIC_IDS.map(topicMetric);
/** All `danger.<kind>` names: what urgent messages were about. */
export const DANGER_METRICS: readonly string[] = DANGER_VALUES.map((k) => `danger.${k}`);
/** The `danger.*` names of which each urgent message counts exactly one (`danger.friend` comes on top). */
export const DANGER_KIND_METRICS: readonly string[] = DANGER_METRICS.filter((m) => m !== "danger.friend");
/** All `lang.<form>` names. */
export const LANG_METRICS: readonly string[] = LANG_FORMS.map(langMetric);
