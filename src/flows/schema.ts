import { z } from "zod";
import { DANGER_KINDS } from "../core/topics.js";

/**
 * The kinds of flow file, each with `version: 1`:
 * - flows/scenarios/<id>.yaml — one situation from the booklet, a question, 3–4 answers with feedback;
 * - flows/quizzes/<id>.yaml — which scenarios make a quiz (by theme or by id);
 * - flows/guides/<id>.yaml — a guided flow (like "Get help now"): steps with buttons, each with a default;
 * - flows/checks/<id>.yaml — a self-check ("Is this grooming?"): signs asked one by one, Yes / No / Not sure;
 * - flows/classroom.yaml — the themes of classroom sessions in groups, and how many questions a session asks.
 * They hold structure only: the words are Fluent messages in locales/<lang>/flows-*.ftl, with ids
 * that follow from the ids here (src/flows/messages.ts, flows/README.md).
 */

/** An object with only these keys; an unknown one (such as text written inline) says where words go. */
function flowObject<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown ${issue.keys.map((k) => `\`${k}:\``).join(", ")}: remove it; the words of a flow are messages in locales/<lang>/flows-*.ftl (see flows/README.md)`
        : undefined,
  });
}

export const flowIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,23}$/, "ids are 2–24 lowercase letters, digits or -, starting with a letter");
/** Answer and choice ids end up in button data, so they stay short. */
export const choiceIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,15}$/, "choice ids are 1–16 lowercase letters, digits or -, starting with a letter");
const themeSchema = z.string().regex(/^[a-z][a-z0-9-]{1,23}$/, "themes are lowercase words joined with -");
const cardIdSchema = z.string().regex(/^[a-z0-9-]{1,24}$/, "a card id from data/topics.yaml");

/** Its button and its feedback (why it is, or is not, the best choice) are scenario-<id>-answer-<answer>(-feedback). */
export const answerSchema = flowObject({
  id: choiceIdSchema,
  correct: z.boolean().default(false),
});

export const scenarioFileSchema = flowObject({
  version: z.literal(1, { message: "add `version: 1`" }),
  id: flowIdSchema,
  themes: z.array(themeSchema).min(1, "list at least one theme (quizzes pick scenarios by theme)"),
  /** Where in the booklet the facts come from, for reviewers. Not shown. */
  source: z.string({ message: "add `source:` naming the booklet section this comes from" }).trim().min(3),
  answers: z.array(answerSchema).min(3, "give 3 or 4 answers").max(4, "give 3 or 4 answers"),
  /**
   * What typed text does at this question (the branch's default): `repeat` asks again;
   * `reveal` shows the best answer and moves on without a point.
   */
  default: z.enum(["repeat", "reveal"], { message: "add `default: repeat` (or reveal): what happens when the user types instead of tapping" }),
});
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

export const quizFileSchema = flowObject({
  version: z.literal(1, { message: "add `version: 1`" }),
  id: flowIdSchema,
  /** Order in the /quiz list (lowest first). */
  order: z.number().int().default(100),
  /** Scenarios with any of these themes are in the quiz … */
  themes: z.array(themeSchema).optional(),
  /** … and these by id. With neither, every scenario is in the quiz. */
  scenarios: z.array(flowIdSchema).optional(),
  /** How many scenarios one play of the quiz asks, picked at random without repeats. */
  length: z.number().int().min(3).max(10).default(5),
  /** Topic cards (data/topics.yaml) whose "What can I do?" screen offers this quiz. */
  cards: z.array(cardIdSchema).default([]),
  /** What typed text does while feedback is shown: go on to the next question. */
  default: z.enum(["next"], { message: "add `default: next`: typed text after feedback moves on" }),
});
export type QuizFile = z.infer<typeof quizFileSchema>;

/** Where a choice or a step's default leads: a step of this guide, `end`, or `flow:<guide id>`. */
export const targetSchema = z
  .string()
  .regex(/^(end|[a-z][a-z0-9-]{0,23}|flow:[a-z][a-z0-9-]{1,23})$/, "a step id of this file, `end`, or `flow:<guide id>`");

/** A step's text is guide-<id>-step-<step>; a choice's button guide-<id>-step-<step>-<choice>. */
export const guideStepSchema = flowObject({
  choices: z
  .array(flowObject({ id: choiceIdSchema, next: targetSchema }))
  .max(8, "at most 8 buttons in one step")
  .optional(),
  /** Where typed text goes at this step. Required when the step has choices. */
  default: targetSchema.optional(),
});

/** Its title is guide-<id>-title; with `cards`, the button that starts it there is guide-<id>-button. */
export const guideFileSchema = flowObject({
  version: z.literal(1, { message: "add `version: 1`" }),
  id: flowIdSchema,
  cards: z.array(cardIdSchema).default([]),
  start: z.string().regex(/^[a-z][a-z0-9-]{0,23}$/, "the id of the first step"),
  steps: z.record(z.string().regex(/^[a-z][a-z0-9-]{0,23}$/, "step ids are lowercase words joined with - (at most 24 characters)"), guideStepSchema),
});
export type GuideFile = z.infer<typeof guideFileSchema>;
export type GuideStep = z.infer<typeof guideStepSchema>;

/**
 * One sign of a self-check, asked as a Yes / No / Not sure question. Its question, its short
 * name in the result and why it matters are selfcheck-<id>-<sign>, -<sign>-name and -<sign>-why.
 */
export const checkSignSchema = flowObject({
  id: choiceIdSchema,
  /** Asked only when the teen answered yes to this earlier sign (e.g. "is a meeting already arranged?" after "asked to meet"). */
  after: choiceIdSchema.optional(),
  /** A yes means danger now: the referral for this kind of danger goes out at once, before the result. */
  danger: z.enum(DANGER_KINDS, { message: `a kind of danger: ${DANGER_KINDS.join(", ")}` }).optional(),
});

/** Its title is selfcheck-<id>-title; its intro, result lines and offer are listed in flows/README.md. */
export const checkFileSchema = flowObject({
  version: z.literal(1, { message: "add `version: 1`" }),
  id: flowIdSchema,
  /** Where in the booklet the signs come from, for reviewers. Not shown. */
  source: z.string({ message: "add `source:` naming the booklet section this comes from" }).trim().min(3),
  /** Topic cards (data/topics.yaml) whose "What can I do?" screen offers this check. */
  cards: z.array(cardIdSchema).default([]),
  signs: z.array(checkSignSchema).min(3, "ask at least 3 signs").max(12, "ask at most 12 signs: each is one more tap"),
  /** What typed text does at a question: `repeat` asks it again with a nudge to the buttons. */
  default: z.enum(["repeat"], { message: "add `default: repeat`: typed text gets a nudge back to the buttons" }),
});
export type CheckFile = z.infer<typeof checkFileSchema>;

/**
 * flows/classroom.yaml — the themes a youth worker picks from in a group's `/session`, in the
 * picker's order, each picking the scenarios with one of their `themes:`. A theme's button is
 * class-theme-<id>; its id goes into the button's data, so it stays short.
 */
export const classroomFileSchema = flowObject({
  version: z.literal(1, { message: "add `version: 1`" }),
  /** A session asks at most this many questions, fewer when its theme has fewer scenarios. */
  questions: z.number({ message: "add `questions:`: how many polls a session asks at most (3–10)" }).int().min(3).max(10),
  themes: z
    .array(flowObject({ id: flowIdSchema, scenarios: themeSchema }))
    .min(1, "list at least one theme: the picker needs a button")
    .max(12, "at most 12 themes: each is a button in the picker"),
});
export type ClassroomFile = z.infer<typeof classroomFileSchema>;
export type CheckSign = z.infer<typeof checkSignSchema>;
