import { z } from "zod";

/**
 * The three kinds of flow file, each with `version: 1`:
 * - flows/scenarios/<id>.yaml — one situation from the booklet, a question, 3–4 answers with feedback;
 * - flows/quizzes/<id>.yaml — which scenarios make a quiz (by theme or by id), its title and two takeaways;
 * - flows/guides/<id>.yaml — a guided flow (like "Get help now"): steps with buttons, each with a default.
 * Text is inline in both languages (`en` and `bn`); see flows/README.md.
 */

const trimmed = (what: string) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string({ message: `write the ${what} text` }).min(1, `write the ${what} text`));

/** Text in both languages. May use { $helpline }, { $helplineName }, { $emergency }, <b> and <i>. */
export const bilingualSchema = z
  .object({ en: trimmed("English"), bn: trimmed("Bengali") }, { message: "needs text in both languages: `en:` and `bn:`" })
  .strict();
export type Bilingual = z.infer<typeof bilingualSchema>;

export const flowIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,23}$/, "ids are 2–24 lowercase letters, digits or -, starting with a letter");
/** Answer and choice ids end up in button data, so they stay short. */
export const choiceIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,15}$/, "choice ids are 1–16 lowercase letters, digits or -, starting with a letter");
const themeSchema = z.string().regex(/^[a-z][a-z0-9-]{1,23}$/, "themes are lowercase words joined with -");
const cardIdSchema = z.string().regex(/^[a-z0-9-]{1,24}$/, "a card id from data/topics.yaml");

export const answerSchema = z
  .object({
    id: choiceIdSchema,
    /** The button label. */
    text: bilingualSchema,
    correct: z.boolean().default(false),
    /** Shown after this answer is chosen: why it is (or is not) the best choice. Kind, never shaming. */
    feedback: bilingualSchema,
  })
  .strict();

export const scenarioFileSchema = z
  .object({
    version: z.literal(1, { message: "add `version: 1`" }),
    id: flowIdSchema,
    themes: z.array(themeSchema).min(1, "list at least one theme (quizzes pick scenarios by theme)"),
    /** Where in the booklet the facts come from, for reviewers. Not shown. */
    source: z.string({ message: "add `source:` naming the booklet section this comes from" }).trim().min(3),
    situation: bilingualSchema,
    question: bilingualSchema,
    answers: z.array(answerSchema).min(3, "give 3 or 4 answers").max(4, "give 3 or 4 answers"),
    /**
     * What typed text does at this question (the branch's default): `repeat` asks again;
     * `reveal` shows the best answer and moves on without a point.
     */
    default: z.enum(["repeat", "reveal"], { message: "add `default: repeat` (or reveal): what happens when the user types instead of tapping" }),
  })
  .strict();
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

export const quizFileSchema = z
  .object({
    version: z.literal(1, { message: "add `version: 1`" }),
    id: flowIdSchema,
    /** Order in the /quiz list (lowest first). */
    order: z.number().int().default(100),
    /** The button label in the /quiz list. */
    title: bilingualSchema,
    /** One or two lines before the first question. */
    intro: bilingualSchema,
    /** Scenarios with any of these themes are in the quiz … */
    themes: z.array(themeSchema).optional(),
    /** … and these by id. With neither, every scenario is in the quiz. */
    scenarios: z.array(flowIdSchema).optional(),
    /** How many scenarios one play of the quiz asks, picked at random without repeats. */
    length: z.number().int().min(3).max(10).default(5),
    /** Topic cards (data/topics.yaml) whose "What can I do?" screen offers this quiz. */
    cards: z.array(cardIdSchema).default([]),
    /** Exactly two key takeaways, shown with the score. */
    takeaways: z.array(bilingualSchema).length(2, "give exactly two takeaways"),
    /** What typed text does while feedback is shown: go on to the next question. */
    default: z.enum(["next"], { message: "add `default: next`: typed text after feedback moves on" }),
  })
  .strict();
export type QuizFile = z.infer<typeof quizFileSchema>;

/** Where a choice or a step's default leads: a step of this guide, `end`, or `flow:<guide id>`. */
export const targetSchema = z
  .string()
  .regex(/^(end|[a-z][a-z0-9-]{0,23}|flow:[a-z][a-z0-9-]{1,23})$/, "a step id of this file, `end`, or `flow:<guide id>`");

export const guideStepSchema = z
  .object({
    text: bilingualSchema,
    choices: z
      .array(z.object({ id: choiceIdSchema, label: bilingualSchema, next: targetSchema }).strict())
      .max(8, "at most 8 buttons in one step")
      .optional(),
    /** Where typed text goes at this step. Required when the step has choices. */
    default: targetSchema.optional(),
  })
  .strict();

export const guideFileSchema = z
  .object({
    version: z.literal(1, { message: "add `version: 1`" }),
    id: flowIdSchema,
    title: bilingualSchema,
    /** Label of the button that starts this flow on the cards listed in `cards`. */
    button: bilingualSchema.optional(),
    cards: z.array(cardIdSchema).default([]),
    start: z.string().regex(/^[a-z][a-z0-9-]{0,23}$/, "the id of the first step"),
    steps: z.record(z.string().regex(/^[a-z][a-z0-9-]{0,23}$/, "step ids are lowercase words joined with - (at most 24 characters)"), guideStepSchema),
  })
  .strict();
export type GuideFile = z.infer<typeof guideFileSchema>;
export type GuideStep = z.infer<typeof guideStepSchema>;
