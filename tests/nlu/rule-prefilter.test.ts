import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadUrgencyRules, normalizeForRules, UrgencyRules } from "../../src/nlu/urgency.js";
import { loadIntents } from "../../src/nlu/intents.js";
import { requiredLiterals } from "../../src/nlu/regex-literals.js";
import { MultiStringSearch } from "../../src/nlu/aho-corasick.js";

const INTENTS = fileURLToPath(new URL("../../intents", import.meta.url));
const rules = loadUrgencyRules(`${INTENTS}/urgency.yaml`);
const texts = [
  ...loadIntents(INTENTS).examples.map((e) => e.text),
  "he will post my pics if i dont send more",
  "pay 3000 tk or else",
  "আমার ছবি ভাইরাল করে দিবে বলছে",
  "o bolse amar chobi viral kore dibe",
  "😀 a b c",
].map(normalizeForRules);

describe("required literals of a regex", () => {
  it.each([
    ["abc", [["abc"]]],
    ["ab?c", [["a"], ["c"]]],
    ["ab+c", [["ab"], ["c"]]],
    ["(?:pics?|photo)s", [["pic", "photo"], ["s"]]],
    ["\\b(?:he|she)\\s+(?:[^\\s]+\\s+){0,8}?x", [["he", "she"], ["x"]]],
    ["^(?=.*foo)(?!.*bar)baz", [["foo"], ["baz"]]],
    ["(?:a|b?)c", [["c"]]],
    ["(?:abc)?", []],
    ["a😀?", [["a"]]],
    ["\\.com", [[".com"]]],
    ["(a)\\1", [["a"]]],
    ["[abc]+x\\d\\p{L}", [["x"]]],
  ])("%s", (src, expected) => {
    expect(requiredLiterals(src)).toEqual(expected);
  });

  it("a pattern that matches a text always finds its literals there", () => {
    for (const rule of rules.rules) {
      for (const re of [...rule.patterns, ...rule.unless]) {
        const clauses = requiredLiterals(re.source);
        expect(clauses.length).toBeGreaterThan(0); // every rule pattern can be skipped
        for (const t of texts) {
          if (re.test(t)) expect(clauses.every((c) => c.some((lit) => t.includes(lit)))).toBe(true);
        }
      }
    }
  });
});

describe("multi-string search", () => {
  it("finds overlapping and nested strings", () => {
    const s = new MultiStringSearch(["he", "she", "hers", "his", "ছবি", "x"]);
    expect([...s.scan("ushers ছবিটা")]).toEqual([1, 1, 1, 0, 1, 0]);
    expect([...s.scan("")]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(s.found("ushers ছবিটা ushers")).toEqual([1, 0, 2, 4]);
  });

  it("agrees with String.includes", () => {
    const words = ["kill", "ill", "i want", "want to", "ছবি", "ভাইরাল", "or else", "se"];
    const s = new MultiStringSearch(words);
    for (const t of texts) expect([...s.scan(t)]).toEqual(words.map((w) => (t.includes(w) ? 1 : 0)));
  });
});

describe("urgency rules with the literal prefilter", () => {
  it("can rule out every pattern", () => {
    expect(rules.prefilter.unfiltered).toBe(0);
  });


  it("give the same hits as running every pattern", () => {
    for (const t of texts) {
      const all = rules.rules.filter((r) => r.patterns.some((re) => re.test(t)) && !r.unless.some((re) => re.test(t))).map((r) => r.id);
      expect(rules.allHitsNormalized(t)).toEqual(all);
    }
  });

  it("give the same hits on variants of matching texts (words inserted, texts joined)", () => {
    // Matching texts, changed so that patterns match along other paths than in the data:
    // a filler word at a random space, or another text before or after. Seeded, so repeatable.
    let seed = 20261129;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const fillers = ["ami", "na", "please", "really", "ok", "আর", "এখন", "o", "he", "my", "amar", "ke", "ta", "!!", "ছবি"];
    const matching = texts.filter((t) => rules.rules.some((r) => r.patterns.some((re) => re.test(t))));
    expect(matching.length).toBeGreaterThan(300);
    const brute = (t: string): string[] =>
      rules.rules.filter((r) => r.patterns.some((re) => re.test(t)) && !r.unless.some((re) => re.test(t))).map((r) => r.id);
    for (const t of matching) {
      for (let v = 0; v < 4; v += 1) {
        let variant: string;
        if (v < 2) {
          const words = t.split(" ");
          words.splice(random(words.length + 1), 0, fillers[random(fillers.length)] as string);
          variant = words.join(" ");
        } else {
          const other = texts[random(texts.length)] as string;
          variant = v === 2 ? `${other} ${t}` : `${t} ${other}`;
        }
        expect(rules.allHitsNormalized(variant)).toEqual(brute(variant));
      }
    }
  }, 60_000);

  it("handle rules without patterns and with unless patterns", () => {
    const r = new UrgencyRules({
      version: 1,
      rules: [
        { id: "a", description: "d", patterns: { en: ["\\bhelp\\b"] }, unless: { en: ["\\bhelp me study\\b"] } },
        { id: "b", description: "d", patterns: {} },
        { id: "c", description: "d", patterns: { en: ["kill", "\\w+ me"], bn: ["মরে"] } },
      ],
    });
    expect(r.allHits("help kill me")).toEqual(["a", "c"]);
    expect(r.allHits("help me study")).toEqual(["c"]);
    expect(r.allHits("আমি মরে")).toEqual(["c"]);
    expect(r.check("help me study")?.ruleId).toBe("c");
    expect(r.allHits("nothing")).toEqual([]);
  });
});
