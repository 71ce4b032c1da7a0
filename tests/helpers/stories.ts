import { readFileSync } from "node:fs";
import pino from "pino";
import { parse } from "yaml";
import { z } from "zod";
import type { Logger } from "pino";
import { createBot, type BotDeps } from "../../src/bot/create-bot.js";
import type { SessionData } from "../../src/bot/context.js";
import { SignalMemory } from "../../src/bot/signal-memory.js";
import { MessageLog } from "../../src/bot/message-log.js";
import { ExpiringStore } from "../../src/core/expiring-store.js";
import { createI18n } from "../../src/bot/i18n.js";
import { loadConfig } from "../../src/config.js";
import { contentPaths, loadContent } from "../../src/content/content.js";
import { loadFlows, type FlowContent } from "../../src/flows/content.js";
import { buttons } from "../../src/core/callback-data.js";
import { scenarioMessages } from "../../src/flows/messages.js";
import { inLocale } from "../../src/core/locale.js";
import { FlowStore } from "../../src/flows/store.js";
import { FakeBotApi, LOCAL_BOT_INFO } from "../../src/local/fake-bot-api.js";
import type { Classifier } from "../../src/nlu/index.js";
import { RecordingMetrics, type Metrics } from "../../src/core/metrics.js";
import { LogSink, TestUser, type Harness, type Reply } from "./harness.js";
import { seededRandom } from "../../src/nlu-lab/eval.js";

/**
 * Conversation tests as data, like Rasa's test stories: tests/stories/*.yaml say what the user
 * sends or presses and what the bot answers (a locale key, rendered in the story's language,
 * or a piece of text). `tests/stories/stories.test.ts` plays every story through the real bot.
 */

/** A deterministic random source, so a story plays the same scenarios every time. */
export const seeded = seededRandom;

/**
 * A stand-in for the NLU: the listed sentences are urgent (sextortion), everything else is an
 * ordinary out-of-scope message. Stories never depend on the real model.
 */
export function stubClassifier(urgent: readonly string[]): Classifier {
  const set = new Set(urgent.map((t) => t.trim().toLowerCase()));
  return {
    classify(text: string) {
      const isUrgent = set.has(text.trim().toLowerCase());
      return {
        topic: isUrgent ? "sextortion" : "out_of_scope",
        urgent: isUrgent,
        confidence: 0.95,
        lang: /[\u0980-\u09FF]/.test(text) ? "bn" : "en",
        alternatives: [],
      };
    },
  } as unknown as Classifier;
}

export interface FlowHarness extends Harness {
  store: FlowStore;
  metrics: RecordingMetrics;
  flows: FlowContent;
}

/** The clock flow expiry runs on in tests. */
export class TestClock {
  now = Date.UTC(2026, 10, 29, 9, 0, 0);
  advance(ms: number): void {
    this.now += ms;
  }
}

/** The production bot with everything a flow test needs to see or control: flow store, clock, counters, randomness. */
export function createFlowHarness(
  options: {
    classifier?: Classifier;
    seed?: number;
    random?: () => number;
    clock?: TestClock;
    store?: FlowStore;
    flows?: FlowContent;
    classroom?: BotDeps["classroom"];
    metrics?: Metrics;
    logger?: Logger;
  } = {},
): FlowHarness {
  const config = loadConfig({ HELPLINE_COUNTRY: "BD" });
  const api = new FakeBotApi();
  const logs = new LogSink();
  const logger = pino({ level: "debug" }, logs);
  const content = loadContent(config.helplineCountry);
  const flows = options.flows ?? loadFlows(contentPaths.flows, content.catalogue.cards);
  const state = new ExpiringStore<SessionData>({ ttlMs: config.stateTtlMs });
  const signals = new SignalMemory();
  const messages = new MessageLog();
  const clock = options.clock ?? new TestClock();
  const store = options.store ?? new FlowStore({ now: () => clock.now });
  const metrics = new RecordingMetrics();
  const bot = createBot(config, {
    content,
    logger: options.logger ?? logger,
    classifier: options.classifier,
    botInfo: LOCAL_BOT_INFO,
    client: { fetch: api.fetch },
    state,
    signals,
    messages,
    metrics: options.metrics ?? metrics,
    flows,
    flowStore: store,
    random: options.random ?? seeded(options.seed ?? 1),
    classroom: options.classroom,
  });
  return { bot, api, state, signals, messages, logs, content, store, metrics, flows };
}

// ---------------------------------------------------------------------------------------------
// The story format

const expectSchema = z
  .object({
    key: z.string().optional(),
    text: z.string().optional(),
    not_text: z.string().optional(),
    buttons_include: z.array(z.string()).optional(),
  })
  .strict()
  // `reply: {}` would pass for any message at all: a step says what the teen must see.
  .refine((e) => Object.keys(e).length > 0, "say what the reply holds: key, text, not_text or buttons_include");

const pressSchema = z.union([
  z.string(),
  z.object({ key: z.string() }).strict(),
  z.object({ data: z.string() }).strict(),
  z.object({ answer: z.enum(["correct", "wrong", "any"]), earlier: z.number().int().min(0).default(0) }).strict(),
]);

type Step =
  | { send: string }
  | { send_photo: true }
  | { press: z.infer<typeof pressSchema> }
  | { press_again: true }
  | { wait_minutes: number }
  | { restart: true }
  | { reply: z.infer<typeof expectSchema> }
  | { no_reply: true }
  | { toast: z.infer<typeof expectSchema> }
  | { flow_state: "empty" | "active" }
  | { repeat: number; steps: Step[] };

const stepSchema: z.ZodType<Step> = z.lazy(() =>
  z.union([
    z.object({ send: z.string() }).strict(),
    z.object({ send_photo: z.literal(true) }).strict(),
    z.object({ press: pressSchema }).strict(),
    z.object({ press_again: z.literal(true) }).strict(),
    z.object({ wait_minutes: z.number().positive() }).strict(),
    z.object({ restart: z.literal(true) }).strict(),
    z.object({ reply: expectSchema }).strict(),
    z.object({ no_reply: z.literal(true) }).strict(),
    z.object({ toast: expectSchema }).strict(),
    z.object({ flow_state: z.enum(["empty", "active"]) }).strict(),
    z.object({ repeat: z.number().int().min(1).max(20), steps: z.array(stepSchema) }).strict(),
  ]),
) as z.ZodType<Step>;

export const storyFileSchema = z
  .object({
    version: z.literal(1),
    stories: z.array(
      z
        .object({
          name: z.string().min(3),
          lang: z.enum(["en", "bn"]).default("en"),
          seed: z.number().int().default(1),
          /** Sentences the stub classifier marks urgent. Without it the bot has no classifier. */
          urgent: z.array(z.string()).optional(),
          steps: z.array(stepSchema).min(1),
        })
        .strict(),
    ),
  })
  .strict();
export type Story = z.infer<typeof storyFileSchema>["stories"][number];

export function readStories(path: string): Story[] {
  const parsed = storyFileSchema.safeParse(parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data.stories;
}

// ---------------------------------------------------------------------------------------------
// Playing a story

const directory = loadContent("BD").helplines;
const i18n = createI18n(contentPaths.locales, directory);
const globalsFor = (lang: "en" | "bn") => ({
  helpline: directory.helpline.number ?? "",
  helplineName: inLocale(directory.helpline.name, lang),
  emergency: directory.emergency.number ?? "",
});
const GLOBALS = { en: globalsFor("en"), bn: globalsFor("bn") };

/** A locale key as the user reads it in `lang`. */
export function rendered(lang: "en" | "bn", key: string, variables: Record<string, string | number> = {}): string {
  const text = i18n.t(lang, key, { ...GLOBALS[lang], ...variables });
  if (text === key) throw new Error(`story uses the key "${key}", which is not in locales/${lang}`);
  return text;
}

export class StoryFailure extends Error {}

/** Plays one story; throws a {@link StoryFailure} naming the step that did not match. */
export async function playStory(story: Story): Promise<FlowHarness> {
  const clock = new TestClock();
  const classifier = story.urgent ? stubClassifier(story.urgent) : undefined;
  let harness = createFlowHarness({ classifier, seed: story.seed, clock });
  const userId = 8_100_000 + Math.floor(Math.random() * 100_000);
  let user = new TestUser(harness, { languageCode: story.lang, id: userId });
  /** Every reply so far, newest last, across restarts: presses look for buttons here. */
  const history: Reply[] = [];
  let lastPress: { data: string; messageId: number } | undefined;
  const lang = story.lang;

  const fail = (where: string, message: string): never => {
    const seen = user.replies.map((r) => `  [${r.method}] ${r.text.slice(0, 160).replace(/\n/g, " ⏎ ")}  {${r.buttons.map((b) => b.data ?? b.url).join(", ")}}`).join("\n");
    const toasts = user.calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? "")).join(" | ");
    throw new StoryFailure(`story "${story.name}", ${where}: ${message}\n  bot sent:\n${seen || "  (nothing)"}\n  toasts: ${toasts || "(none)"}`);
  };

  const matches = (text: string, e: z.infer<typeof expectSchema>): boolean =>
    (e.key === undefined || text.includes(rendered(lang, e.key))) &&
    (e.text === undefined || text.includes(e.text)) &&
    (e.not_text === undefined || !text.includes(e.not_text));

  const pressData = async (data: string, messageId: number) => {
    lastPress = { data, messageId };
    await user.pressData(data, messageId);
    history.push(...user.replies);
  };

  const findButton = (where: string, test: (b: Reply["buttons"][number], r: Reply) => boolean, earlier = 0) => {
    let skip = earlier;
    for (const reply of [...history].reverse()) {
      const button = reply.buttons.find((b) => b.data !== undefined && test(b, reply));
      if (!button) continue;
      if (skip-- > 0) continue;
      return { data: button.data!, messageId: reply.messageId, reply };
    }
    return fail(where, "no such button among the bot's messages");
  };

  const answerButton = (where: string, which: "correct" | "wrong" | "any", earlier: number) => {
    const isAnswer = (data: string) => {
      const parsed = buttons.flowChoice.parse(data);
      return parsed !== undefined && parsed.choice !== "next";
    };
    const found = findButton(where, (b) => isAnswer(b.data!), earlier);
    const ids = found.reply.buttons.map((b) => buttons.flowChoice.parse(b.data ?? "")?.choice).filter((c): c is string => c !== undefined);
    const scenario = [...harness.flows.scenarios.values()].find(
      (s) => found.reply.text.includes(rendered(lang, scenarioMessages(s.id).situation)) && s.answers.every((a) => ids.includes(a.id)),
    );
    if (!scenario) return fail(where, "could not tell which scenario this question is");
    const pick = scenario.answers.find((a) => (which === "any" ? true : which === "correct" ? a.correct : !a.correct))!;
    const button = found.reply.buttons.find((b) => buttons.flowChoice.parse(b.data ?? "")?.choice === pick.id)!;
    return { data: button.data!, messageId: found.messageId };
  };

  const run = async (steps: Step[], path: string): Promise<void> => {
    for (const [i, step] of steps.entries()) {
      const where = `${path}${i + 1}`;
      if ("send" in step) {
        await user.send(step.send);
        history.push(...user.replies);
      } else if ("send_photo" in step) {
        await user.message({ photo: [{ file_id: "story-photo", file_unique_id: "story-photo", width: 1, height: 1 }] });
        history.push(...user.replies);
      } else if ("press" in step) {
        const p = step.press;
        if (typeof p === "string") {
          const regex = p.startsWith("/") && p.endsWith("/") && p.length > 2 ? new RegExp(p.slice(1, -1)) : undefined;
          const b = findButton(where, (b) => (regex ? regex.test(b.data!) || regex.test(b.text) : b.data === p || b.text === p));
          await pressData(b.data, b.messageId);
        } else if ("key" in p) {
          const label = rendered(lang, p.key);
          const b = findButton(where, (b) => b.text === label);
          await pressData(b.data, b.messageId);
        } else if ("data" in p) {
          await pressData(p.data, history.at(-1)?.messageId ?? 1);
        } else {
          const b = answerButton(where, p.answer, p.earlier);
          await pressData(b.data, b.messageId);
        }
      } else if ("press_again" in step) {
        if (!lastPress) fail(where, "press_again before any press");
        await pressData(lastPress!.data, lastPress!.messageId);
      } else if ("wait_minutes" in step) {
        clock.advance(step.wait_minutes * 60_000);
      } else if ("restart" in step) {
        // A new process: a new bot, new in-memory state; the user's chat and old buttons stay.
        harness.store.stop();
        harness.signals.stop();
        harness = createFlowHarness({ classifier, seed: story.seed + 1, clock });
        user = new TestUser(harness, { languageCode: story.lang, id: userId });
      } else if ("reply" in step) {
        const e = step.reply;
        if (!user.replies.some((r) => matches(r.text, e))) fail(where, `no reply matched ${JSON.stringify(e)}`);
        if (e.buttons_include) {
          const data = user.replies.flatMap((r) => r.buttons.map((b) => b.data));
          for (const d of e.buttons_include) if (!data.includes(d)) fail(where, `no button with data "${d}"`);
        }
      } else if ("no_reply" in step) {
        if (user.replies.length > 0) fail(where, "expected no new message");
      } else if ("toast" in step) {
        const toasts = user.calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? ""));
        if (!toasts.some((t) => matches(t, step.toast))) fail(where, `no button answer matched ${JSON.stringify(step.toast)}`);
      } else if ("flow_state" in step) {
        harness.store.sweep();
        const size = harness.store.size;
        if (step.flow_state === "empty" && size !== 0) fail(where, `flow state should be empty, holds ${size}`);
        if (step.flow_state === "active" && size === 0) fail(where, "flow state should hold the running flow");
      } else if ("repeat" in step) {
        for (let n = 0; n < step.repeat; n++) await run(step.steps, `${where}.${n + 1}.`);
      }
    }
  };

  await run(story.steps, "step ");
  if (/update failed|flow failed|Bad replay/.test(harness.logs.text)) fail("end", `the bot logged a failure: ${harness.logs.text.slice(0, 500)}`);
  return harness;
}
