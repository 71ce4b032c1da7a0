import { z } from "zod";
import { TOPIC_IDS, type TopicId } from "../core/topics.js";
import { ContentError, readYamlFile, type ContentIssue } from "../core/yaml-file.js";

const cardId = z.string().regex(/^[a-z0-9-]{1,24}$/, "card ids are 1–24 lowercase letters, digits or -");

export const catalogueFileSchema = z.object({
  version: z.literal(1),
  safe_words: z.array(z.string().trim().min(2)).min(1, "list at least one safe word"),
  corrections: z.array(z.string().trim().min(2)).default([]),
  follow_ups: z
    .object({
      next: z.array(z.string().trim().min(2)).default([]),
      more: z.array(z.string().trim().min(2)).default([]),
    })
    .default({ next: [], more: [] }),
  cards: z.array(z.object({ id: cardId })).min(1),
  topics: z.record(
    z.string(),
    z.object({
      cards: z.array(cardId).max(3, "offer at most 3 cards under a reply"),
      /** A self-check of flows/checks/ that the reply offers ("🔍 Check my chat"). */
      check: z.string().regex(/^[a-z][a-z0-9-]{1,23}$/, "the id of a self-check in flows/checks/").optional(),
    }),
  ),
});

/** What the bot can show: topic cards in menu order, and which cards each topic's reply offers. */
export interface Catalogue {
  safeWords: string[];
  /** Whole messages that mean "you got it wrong" (matched like safe words), for right after a referral. */
  corrections: string[];
  /**
   * Whole messages (matched like safe words) that follow on from the last topic's reply:
   * `next` ("what should I do?") gets its first card's actions, `more` ("why?") the card itself.
   */
  followUps: { next: string[]; more: string[] };
  cards: string[];
  topicCards: Record<TopicId, string[]>;
  /** The self-check a topic's reply offers, if any (an id of flows/checks/). */
  topicChecks: Partial<Record<TopicId, string>>;
}

function checkCatalogue(
  file: z.infer<typeof catalogueFileSchema>,
  displayName: string,
  locate: (path: Array<string | number>) => number,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (path: Array<string | number>, message: string) => issues.push({ file: displayName, line: locate(path), message });
  const seen = new Set<string>();
  file.cards.forEach((card, i) => {
    if (seen.has(card.id)) at(["cards", i], `cards: "${card.id}" is listed twice`);
    seen.add(card.id);
  });
  for (const topic of TOPIC_IDS) {
    if (!file.topics[topic]) at(["topics"], `topics: add an entry for the topic "${topic}"`);
  }
  for (const [topic, entry] of Object.entries(file.topics)) {
    if (!(TOPIC_IDS as readonly string[]).includes(topic)) {
      at(["topics", topic], `topics.${topic}: not a topic id of intents/topics.yaml`);
    }
    entry.cards.forEach((card, i) => {
      if (!seen.has(card)) at(["topics", topic, "cards", i], `topics.${topic}: unknown card "${card}" (add it under cards: first)`);
    });
  }
  return issues;
}

export function loadCatalogueFile(path: string, displayName = path): { catalogue?: Catalogue; issues: ContentIssue[] } {
  const { value, issues, locate } = readYamlFile(path, catalogueFileSchema, displayName);
  if (!value) return { issues };
  const more = checkCatalogue(value, displayName, locate);
  if (more.length > 0) return { issues: more };
  const topicCards = Object.fromEntries(TOPIC_IDS.map((t) => [t, value.topics[t]!.cards])) as Record<TopicId, string[]>;
  const topicChecks: Partial<Record<TopicId, string>> = {};
  for (const t of TOPIC_IDS) if (value.topics[t]!.check) topicChecks[t] = value.topics[t]!.check;
  return {
    catalogue: { safeWords: value.safe_words, corrections: value.corrections, followUps: value.follow_ups, cards: value.cards.map((c) => c.id), topicCards, topicChecks },
    issues: [],
  };
}

export function loadCatalogue(path: string): Catalogue {
  const { catalogue, issues } = loadCatalogueFile(path);
  if (!catalogue) throw new ContentError(issues);
  return catalogue;
}
