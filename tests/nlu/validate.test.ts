import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { validateIntents } from "../../src/nlu-build/intents.js";

const REPO_INTENTS = fileURLToPath(new URL("../../intents", import.meta.url));
let dir: string;

function write(rel: string, text: string): void {
  const p = join(dir, rel);
  mkdirSync(join(p, ".."), { recursive: true });
  writeFileSync(p, text);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nlu-validate-"));
  cpSync(join(REPO_INTENTS, "urgency.yaml"), join(dir, "urgency.yaml"));
  cpSync(join(REPO_INTENTS, "banglish-lexicon.yaml"), join(dir, "banglish-lexicon.yaml"));
  cpSync(join(REPO_INTENTS, "danger-signals.yaml"), join(dir, "danger-signals.yaml"));
  cpSync(join(REPO_INTENTS, "topics.yaml"), join(dir, "topics.yaml"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("validateIntents", () => {
  it("accepts a good file and counts it", () => {
    write("en/greeting.yaml", "version: 1\ntopic: greeting\nlang: en\nexamples:\n  - hi\n  - hello\n");
    const r = validateIntents(dir);
    expect(r.errors).toEqual([]);
    expect(r.counts).toMatchObject({ files: 1, examples: 2, topics: 1 });
    expect(r.counts.urgencyRules).toBeGreaterThan(0);
  });

  it("names file:line for a non-string example, a wrong topic, duplicates and misplaced sextortion examples", () => {
    write("en/quiz.yaml", "version: 1\ntopic: quiz\nlang: en\nexamples:\n  - quiz\n  - test me\n  - 1098\n");
    write("en/help_menu.yaml", "version: 1\ntopic: help_menu\nlang: en\nexamples:\n  - menu\n  - options\n  - Menu\n");
    write("en/thanks_bye.yaml", "version: 1\ntopic: greeting\nlang: en\nexamples:\n  - thanks\n");
    write("en/sextortion.yaml", "version: 1\ntopic: sextortion\nlang: en\nexamples:\n  - what is sextortion\n");
    write("bn/self_harm.yaml", "version: 1\ntopic: self_harm\nlang: bn\nurgent:\n  - [broken\n");
    write("en/report_help.yaml", "version: 1\ntopic: report_help\nlang: en\nexamples:\n  - hi\n");
    const r = validateIntents(dir);
    const at = (file: string): number[] => r.errors.filter((e) => e.file.endsWith(file)).map((e) => e.line);
    expect(at("en/quiz.yaml")).toEqual(expect.arrayContaining([7])); // 1098 is a number (line 7)
    expect(r.errors.some((e) => e.file.endsWith("en/help_menu.yaml") && /duplicate/u.test(e.message) && e.line === 7)).toBe(true);
    expect(r.errors.some((e) => e.file.endsWith("en/thanks_bye.yaml") && e.line === 2 && /named thanks_bye/u.test(e.message))).toBe(true);
    expect(r.errors.some((e) => e.file.endsWith("en/sextortion.yaml") && e.line === 4 && /always urgent/u.test(e.message))).toBe(true);
    expect(r.errors.some((e) => e.file.endsWith("bn/self_harm.yaml") && /YAML/u.test(e.message))).toBe(true);
    expect(r.errors.some((e) => e.file.endsWith("en/report_help.yaml") && /also listed under topic greeting/u.test(e.message))).toBe(true);
    expect(r.ok).toBe(false);
  });

  it("checks the topic list: a topic twice, an always-urgent one that is not a topic, the fallback topic missing", () => {
    write("topics.yaml", "version: 1\ntopics:\n  - greeting\n  - greeting\nalways_urgent: [sextortion]\n");
    const errors = validateIntents(dir).errors.filter((e) => e.file.endsWith("topics.yaml")).map((e) => `${e.line}: ${e.message}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        '4: topics.1: "greeting" is listed twice',
        '2: topics: "out_of_scope" is required: it is the topic of everything else',
        '5: always_urgent.0: "sextortion" is not one of the topics above',
      ]),
    );
    cpSync(join(REPO_INTENTS, "topics.yaml"), join(dir, "topics.yaml"));
  });

  it("checks that every urgency pattern compiles", () => {
    write("urgency.yaml", "version: 1\nrules:\n  - id: bad\n    description: x\n    patterns:\n      en:\n        - '(unclosed'\n");
    const r = validateIntents(dir);
    expect(r.errors.some((e) => e.file.endsWith("urgency.yaml") && e.line === 7)).toBe(true);
  });

  it("checks that the danger signals' combinations name signals that exist", () => {
    write(
      "danger-signals.yaml",
      [
        "version: 1",
        "signals:",
        "  touch: { en: [touch*] }",
        "kinds:",
        ...["self_harm", "physical", "threat", "images", "meeting"].map((k) => `  ${k}: { all_of: [[touch]] }`),
        "  abuse:",
        "    all_of:",
        "      - [touch, uncle]",
        "",
      ].join("\n"),
    );
    const r = validateIntents(dir);
    const e = r.errors.find((x) => x.file.endsWith("danger-signals.yaml"));
    expect(e).toMatchObject({ line: 12, message: expect.stringContaining('unknown signal "uncle"') });
  });

  it("the repository's intents load with counts", () => {
    const r = validateIntents(REPO_INTENTS);
    expect(r.counts.files).toBeGreaterThan(0);
    expect(r.counts.urgencyRules).toBeGreaterThan(0);
    for (const e of r.errors) expect(e).toMatchObject({ file: expect.any(String), line: expect.any(Number), message: expect.any(String) });
  });
});
