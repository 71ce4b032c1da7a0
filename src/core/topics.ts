/**
 * The topics of the NLU contract, read once from intents/topics.yaml (what each means:
 * intents/TOPICS.md). They are the unit of routing, of replies and of the anonymous counts, so a
 * new topic is a line in that file, its training files, its reply and its cards: no code.
 */
import { join } from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "./paths.js";
import { ContentError, loadYamlFile } from "./yaml-file.js";

/** A topic id of intents/topics.yaml. */
export type TopicId = string;

/** The topic of everything the bot has no topic for; the one the code cannot do without. */
export const FALLBACK_TOPIC = "out_of_scope";

export const TOPICS_FILE = "intents/topics.yaml";

const topicId = z.string().regex(/^[a-z][a-z_]{1,39}$/u, "topic ids are lowercase letters and _, like image_request");
export const TopicsFileSchema = z
  .strictObject({
    version: z.literal(1),
    topics: z.array(topicId).min(1),
    always_urgent: z.array(topicId),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.topics.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: "custom", path: ["topics", i], message: `"${id}" is listed twice` });
      seen.add(id);
    });
    if (!seen.has(FALLBACK_TOPIC)) ctx.addIssue({ code: "custom", path: ["topics"], message: `"${FALLBACK_TOPIC}" is required: it is the topic of everything else` });
    file.always_urgent.forEach((id, i) => {
      if (!seen.has(id)) ctx.addIssue({ code: "custom", path: ["always_urgent", i], message: `"${id}" is not one of the topics above` });
    });
  });

/**
 * Read when this module loads, before anything can run, since every layer builds on the list. A
 * broken file stops the program with its file:line problems (what `npm run validate` would say),
 * not with a stack trace.
 */
function readTopics(): z.infer<typeof TopicsFileSchema> {
  try {
    return loadYamlFile(join(PROJECT_ROOT, TOPICS_FILE), TopicsFileSchema, TOPICS_FILE);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const file = readTopics();

export const TOPIC_IDS: readonly TopicId[] = file.topics;

/** Topics whose messages are urgent whatever they say. */
export const ALWAYS_URGENT: ReadonlySet<TopicId> = new Set(file.always_urgent);

/** The three forms a message is written in: English, Bengali script, romanized Bengali. */
export const LANG_FORMS = ["en", "bn", "bn-Latn"] as const;
export type LangForm = (typeof LANG_FORMS)[number];

/**
 * The kinds of danger an urgent message can be about; the first reply is chosen by it
 * (besides "a friend is at risk", which qualifies any kind). Also the unit of the `danger.*` counts.
 */
export const DANGER_KINDS = ["self_harm", "abuse", "physical", "threat", "images", "meeting"] as const;
export type DangerKind = (typeof DANGER_KINDS)[number];

const known: ReadonlySet<string> = new Set(TOPIC_IDS);
export function isTopicId(value: string): value is TopicId {
  return known.has(value);
}
