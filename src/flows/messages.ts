/**
 * Where the words of a flow are: Fluent messages in locales/<lang>/flows-*.ftl whose ids follow
 * from the ids in the flow files, so a YAML file holds only structure and a translator only
 * .ftl files (the convention is in flows/README.md):
 *
 *   scenario-<id>-title                       a short name, for the dashboard
 *   scenario-<id>-situation, scenario-<id>-question
 *   scenario-<id>-answer-<answer>             the answer's button
 *   scenario-<id>-answer-<answer>-feedback
 *   quiz-<id>-title (its button), quiz-<id>-intro, quiz-<id>-takeaway-1, quiz-<id>-takeaway-2
 *   guide-<id>-title, guide-<id>-button       (the button on the cards that offer the guide)
 *   guide-<id>-step-<step>                    the step's text
 *   guide-<id>-step-<step>-<choice>           a choice's button
 *   selfcheck-<id>-title, -intro, -offer      a self-check's name, first message, offer under a topic reply
 *   selfcheck-<id>-<sign>, -<sign>-name, -<sign>-why   a sign's question, its name and why it matters
 *   selfcheck-<id>-found, -none, -unsure, -actions     the result's parts
 */

/** Every quiz ends with exactly this many takeaways. */
export const QUIZ_TAKEAWAYS = 2;

export const scenarioMessages = (id: string) => ({
  title: `scenario-${id}-title`,
  situation: `scenario-${id}-situation`,
  question: `scenario-${id}-question`,
  answer: (answer: string) => `scenario-${id}-answer-${answer}`,
  feedback: (answer: string) => `scenario-${id}-answer-${answer}-feedback`,
});

export const quizMessages = (id: string) => ({
  title: `quiz-${id}-title`,
  intro: `quiz-${id}-intro`,
  takeaways: Array.from({ length: QUIZ_TAKEAWAYS }, (_, i) => `quiz-${id}-takeaway-${i + 1}`),
});

export const guideMessages = (id: string) => ({
  title: `guide-${id}-title`,
  button: `guide-${id}-button`,
  step: (step: string) => `guide-${id}-step-${step}`,
  choice: (step: string, choice: string) => `guide-${id}-step-${step}-${choice}`,
});

export const checkMessages = (id: string) => ({
  title: `selfcheck-${id}-title`,
  intro: `selfcheck-${id}-intro`,
  offer: `selfcheck-${id}-offer`,
  question: (sign: string) => `selfcheck-${id}-${sign}`,
  name: (sign: string) => `selfcheck-${id}-${sign}-name`,
  why: (sign: string) => `selfcheck-${id}-${sign}-why`,
  /** The result's heading over the signs answered yes. */
  found: `selfcheck-${id}-found`,
  /** The result when nothing was answered yes: never "you are safe". */
  none: `selfcheck-${id}-none`,
  /** The heading over the signs answered "not sure". */
  unsure: `selfcheck-${id}-unsure`,
  /** What to do: the booklet's actions. */
  actions: `selfcheck-${id}-actions`,
});
