/**
 * The full classifier on the repo's intents/ (trained once into data/model/ if the cache is
 * missing or stale, then loaded from it): bad input, urgency end to end, speed, and the score
 * on the held-out dev set (aggregate figures only).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LANG_FORMS, TOPIC_IDS } from "../../src/nlu/index.js";
import { loadClassifier, type LoadedClassifier } from "../../src/nlu-build/load-classifier.js";
import { evaluateClassifier } from "../../src/nlu-lab/eval.js";
import { normalizeForClassifier } from "../../src/nlu/normalize.js";
import { forgetfulStemmer } from "../../src/nlu/nlpjs.js";
import { createRequire } from "node:module";

const DEV_SET = process.env.NLU_DEV_SET ?? fileURLToPath(new URL("../../../shared/nlu/dev-set.jsonl", import.meta.url));

let nlu: LoadedClassifier;

beforeAll(async () => {
  nlu = await loadClassifier();
}, 120_000);

function expectWellFormed(text: string): ReturnType<LoadedClassifier["classify"]> {
  const c = nlu.classify(text);
  expect(TOPIC_IDS).toContain(c.topic);
  expect(LANG_FORMS).toContain(c.lang);
  expect(typeof c.urgent).toBe("boolean");
  expect(c.confidence).toBeGreaterThanOrEqual(0);
  expect(c.confidence).toBeLessThanOrEqual(1);
  expect(c.alternatives.length).toBeGreaterThanOrEqual(1);
  expect(c.alternatives.length).toBeLessThanOrEqual(3);
  expect(c.alternatives[0]?.topic).toBe(c.topic);
  for (let i = 1; i < c.alternatives.length; i += 1) {
    expect(c.alternatives[i - 1]!.score).toBeGreaterThanOrEqual(c.alternatives[i]!.score);
  }
  return c;
}

describe("bad input never throws and gets a sensible answer", () => {
  it.each([
    ["empty", ""],
    ["whitespace", "   \n\t  "],
    ["emoji only", "😀😀🔥🙈"],
    ["symbols", "?!?!...,,,"],
    ["control characters", "\u0000\u0001\u0002"],
  ])("%s → out_of_scope", (_name, text) => {
    const c = expectWellFormed(text);
    expect(c.topic).toBe("out_of_scope");
    expect(c.urgent).toBe(false);
  });

  it.each([
    ["4096 characters", "a".repeat(4096)],
    ["4096 characters of words", "blah ".repeat(820).slice(0, 4096)],
    ["a URL", "https://example.com/some/page?id=42"],
    ["mixed scripts", "amar ছবি pic ta কেউ post kore dise?"],
    ["zero-width characters", "h\u200Be\u200Cl\u200Dp\uFEFF me"],
    ["homoglyphs", "һеlр mе рlеаsе"],
    ["repeated letters", "pleaseeeeeee helppppp"],
    ["gibberish", "asdkjh qwpoeiru zxmcnv"],
    ["numbers", "1098 999 12345678"],
    ["RTL and CJK", "مرحبا 你好"],
  ])("%s", (_name, text) => {
    expectWellFormed(text);
  });

  it("non-string input from a careless caller", () => {
    for (const v of [null, undefined, 42, {}, []]) {
      expect(() => nlu.classify(v as unknown as string)).not.toThrow();
      expect(nlu.classify(v as unknown as string).topic).toBe("out_of_scope");
    }
  });

  it("long messages: the classifier truncates, the urgency rules still read to the end", () => {
    const long = `${"we were just talking about school and cricket and songs. ".repeat(80)}now he says he will post my pics unless i pay`;
    expect(long.length).toBeGreaterThan(4000);
    expect(normalizeForClassifier(long).length).toBeLessThan(long.length);
    const c = expectWellFormed(long);
    expect(c.urgent).toBe(true);
    expect(c.urgentReason).toMatch(/^[a-z_:]+$/u);
  });

  it("obfuscated danger is still urgent", () => {
    expect(nlu.classify("i want to d\u200Bie").urgent).toBe(true);
    expect(nlu.classify("I WANT TO DIEEEEE").urgent).toBe(true);
    expect(nlu.classify("ｉ ｗａｎｔ ｔｏ ｋｉｌｌ ｍｙｓｅｌｆ").urgent).toBe(true);
  });
});

describe("urgency end to end", () => {
  it.each([
    "he said he will send my nudes to my parents if i dont pay",
    "i dont want to live anymore",
    "amar chobi post kore dise",
    "আমার মরে যেতে ইচ্ছা করে",
    "he is coming to pick me up after school and told me not to tell anyone",
  ])("urgent: %s", (t) => {
    expect(nlu.classify(t).urgent).toBe(true);
  });

  it.each(["what is sextortion", "is it safe to meet online friends", "hi", "thanks a lot", "what can you do", "how do i make my account private"])(
    "not urgent: %s",
    (t) => {
      expect(nlu.classify(t).urgent).toBe(false);
    },
  );

  it("topics are in the contract and the language form is reported", () => {
    expect(nlu.classify("hello").topic).toBe("greeting");
    expect(nlu.classify("ami ki korbo").lang).toBe("bn-Latn");
    expect(nlu.classify("আমি কী করব").lang).toBe("bn");
    expect(nlu.classify("what should i do").lang).toBe("en");
  });
});

describe("words of a message are not kept", () => {
  it("the stemmers forget the words they stem (NLP.js's own cache would keep them)", () => {
    let stemmer: { stemWord(w: string): string; cache: Record<string, string> } | undefined;
    const stem = forgetfulStemmer(() => {
      stemmer = new (createRequire(import.meta.url)("@nlpjs/lang-en-min").StemmerEn)();
      return stemmer!;
    });
    expect(stem("threatening")).toBe("threaten");
    expect(stem("zqxvbnmwords")).toBe("zqxvbnmword");
    expect(Object.keys(stemmer!.cache)).toEqual([]);
  });
});

// Said out loud, not only in a skipped test's title: without the dev set the accuracy gate does not run.
if (!existsSync(DEV_SET)) console.warn(`NLU accuracy gate NOT RUN: dev set not found at ${DEV_SET} (set NLU_DEV_SET to its path)`);
describe.skipIf(!existsSync(DEV_SET))(`held-out dev set (${existsSync(DEV_SET) ? DEV_SET : `skipped: ${DEV_SET} not found`})`, () => {
  it("macro-F1 ≥ 0.90 (each form ≥ 0.88), urgent recall 1.0 in every form, false alarms ≤ 10 %", () => {
    const items = readFileSync(DEV_SET, "utf8")
      .split(/\r?\n/u)
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { text: string; topic: string; urgent?: boolean; lang?: string });
    const r = evaluateClassifier(nlu, items);
    // Only aggregate figures are compared (a failure message never shows a sentence).
    expect({ macroF1OK: r.macroF1 >= 0.9, macroF1: r.macroF1 }).toMatchObject({ macroF1OK: true });
    expect(r.urgentRecall).toBe(1);
    expect(r.falseUrgentRate ?? 0).toBeLessThanOrEqual(0.1);
    for (const [form, s] of Object.entries(r.perLang)) {
      expect({ form, macroF1OK: s.macroF1 >= 0.88, urgentRecall: s.urgentRecall }).toEqual({ form, macroF1OK: true, urgentRecall: 1 });
    }
  });
});
