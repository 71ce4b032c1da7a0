import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadClassifier } from "../../src/nlu-build/load-classifier.js";

const REPO_INTENTS = fileURLToPath(new URL("../../intents", import.meta.url));

// A small intents folder (a few topics, English only) so training takes well under a second.
const SMALL: Record<string, string[]> = {
  greeting: ["hi", "hello", "hey there", "good morning bot", "assalamu alaikum", "hello anyone there"],
  thanks_bye: ["thanks", "thank you so much", "bye", "see you later", "ok thanks bye", "goodbye"],
  report_help: ["what is the helpline number", "how do i report this", "can i call the police", "who do i call for help", "how to report a fake account", "helpline please"],
  out_of_scope: ["who won the match", "help with maths homework", "asdfgh", "whats the weather", "recommend a movie", "my phone is slow"],
};

let dir: string;
let intents: string;
let cache: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nlu-cache-"));
  intents = join(dir, "intents");
  cache = join(dir, "model");
  mkdirSync(join(intents, "en"), { recursive: true });
  for (const [topic, examples] of Object.entries(SMALL)) {
    const yaml = [`version: 1`, `topic: ${topic}`, `lang: en`, `examples:`, ...examples.map((e) => `  - ${JSON.stringify(e)}`), ""].join("\n");
    writeFileSync(join(intents, "en", `${topic}.yaml`), yaml);
  }
  cpSync(join(REPO_INTENTS, "urgency.yaml"), join(intents, "urgency.yaml"));
  cpSync(join(REPO_INTENTS, "banglish-lexicon.yaml"), join(intents, "banglish-lexicon.yaml"));
  cpSync(join(REPO_INTENTS, "danger-signals.yaml"), join(intents, "danger-signals.yaml"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("model cache", () => {
  it("trains once, then loads from the cache quickly without retraining", async () => {
    const first = await loadClassifier({ intentsDir: intents, cacheDir: cache });
    expect(first.info.fromCache).toBe(false);
    expect(readdirSync(cache).filter((f) => f.endsWith(".json"))).toHaveLength(1);
    const second = await loadClassifier({ intentsDir: intents, cacheDir: cache });
    expect(second.info.fromCache).toBe(true);
    expect(second.info.trainMs).toBe(0);
    expect(second.info.hash).toBe(first.info.hash);
    expect(second.info.loadMs).toBeLessThan(1000);
    // same answers from the trained and the cached model
    for (const t of ["hello", "thanks bye", "helpline number pls", "who won"]) {
      expect(second.classify(t)).toEqual(first.classify(t));
    }
  });

  it("retrains when a file in intents/ changes, and keeps only the current model", async () => {
    const before = await loadClassifier({ intentsDir: intents, cacheDir: cache });
    appendFileSync(join(intents, "en", "greeting.yaml"), "  - \"yo bot\"\n");
    const after = await loadClassifier({ intentsDir: intents, cacheDir: cache });
    expect(after.info.hash).not.toBe(before.info.hash);
    expect(after.info.fromCache).toBe(false);
    expect(readdirSync(cache).filter((f) => f.startsWith("nlu-"))).toHaveLength(1);
    const again = await loadClassifier({ intentsDir: intents, cacheDir: cache });
    expect(again.info.fromCache).toBe(true);
  });

  it("is written as ASCII, and Bengali words come back intact", async () => {
    writeFileSync(join(intents, "en", "thanks_bye.yaml"), [`version: 1`, `topic: thanks_bye`, `lang: en`, `examples:`, ...SMALL.thanks_bye!.map((e) => `  - ${JSON.stringify(e)}`), `  - "ধন্যবাদ 🙏"`, ""].join("\n"));
    const trained = await loadClassifier({ intentsDir: intents, cacheDir: cache });
    expect(readFileSync(trained.info.cacheFile, "utf8")).not.toMatch(/[^\x00-\x7e]/u);
    const cached = await loadClassifier({ intentsDir: intents, cacheDir: cache });
    expect(cached.info.fromCache).toBe(true);
    expect(cached.classify("ধন্যবাদ")).toEqual(trained.classify("ধন্যবাদ"));
    expect(cached.classify("ধন্যবাদ").topic).toBe("thanks_bye");
  });

  it("retrain: true forces training even with a valid cache", async () => {
    const c = await loadClassifier({ intentsDir: intents, cacheDir: cache, retrain: true });
    expect(c.info.fromCache).toBe(false);
  });

  it("a corrupt cache file is ignored and replaced", async () => {
    const c = await loadClassifier({ intentsDir: intents, cacheDir: cache });
    writeFileSync(c.info.cacheFile, "{not json");
    const d = await loadClassifier({ intentsDir: intents, cacheDir: cache });
    expect(d.info.fromCache).toBe(false);
    const e = await loadClassifier({ intentsDir: intents, cacheDir: cache });
    expect(e.info.fromCache).toBe(true);
  });
});
