/**
 * The 22 topic ids of the NLU contract (intents/TOPICS.md). They are the unit of routing,
 * of replies in `data/topics.yaml` and of the anonymous counts, so they live in one place.
 */
export const TOPIC_IDS = [
  "greeting",
  "help_menu",
  "what_is_exploitation",
  "grooming",
  "image_request",
  "sextortion",
  "image_shared",
  "unwanted_sexual_content",
  "cyberbullying",
  "meeting_request",
  "fake_identity",
  "privacy_safety",
  "tell_trusted_adult",
  "report_help",
  "self_blame",
  "friend_concern",
  "abuse_disclosure",
  "self_harm",
  "quiz",
  "vulnerability",
  "thanks_bye",
  "out_of_scope",
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

/** The three forms a message is written in: English, Bengali script, romanized Bengali. */
export const LANG_FORMS = ["en", "bn", "bn-Latn"] as const;
export type LangForm = (typeof LANG_FORMS)[number];

/** Topics whose messages are urgent whatever they say (topics.md, "always urgent"). */
export const ALWAYS_URGENT: ReadonlySet<TopicId> = new Set<TopicId>(["sextortion", "self_harm", "abuse_disclosure"]);

/**
 * The kinds of danger an urgent message can be about; the first reply is chosen by it
 * (besides "a friend is at risk", which qualifies any kind). Also the unit of the `danger.*` counts.
 */
export const DANGER_KINDS = ["self_harm", "abuse", "physical", "threat", "images", "meeting"] as const;
export type DangerKind = (typeof DANGER_KINDS)[number];

export function isTopicId(value: string): value is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(value);
}
