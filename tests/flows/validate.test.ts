import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { summaryLine, validateContent } from "../../src/cli/validate.js";
import { PROJECT_ROOT } from "../../src/content/content.js";

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A copy of all content (no code) in a temp folder, to break on purpose. */
function copyContent(withCode = false): string {
  const dir = mkdtempSync(join(tmpdir(), "nirapod-validate-"));
  temps.push(dir);
  for (const part of ["data", "flows", "locales", "intents", ...(withCode ? ["src"] : [])]) cpSync(join(PROJECT_ROOT, part), join(dir, part), { recursive: true });
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = change(before);
  expect(after, `the edit to ${file} changed nothing`).not.toBe(before);
  writeFileSync(path, after);
}

/** The 1-based line of the first line of `file` that contains `needle`. */
function lineOf(dir: string, file: string, needle: string, from = 0): number {
  const lines = readFileSync(join(dir, file), "utf8").split("\n");
  const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
  expect(i, `"${needle}" in ${file}`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

const errorsOf = (dir: string) => validateContent(dir).errors.map((e) => `${e.file}:${e.line}: ${e.message}`);

describe("npm run validate", () => {
  it("passes on the repo's content, with at least 12 scenarios and 2 languages", () => {
    const report = validateContent(PROJECT_ROOT);
    expect(report.errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
    expect(report.counts.scenarios).toBeGreaterThanOrEqual(12);
    expect(report.counts.languages).toBe(2);
    expect(report.counts.topics).toBe(22);
    expect(summaryLine(report.counts)).toMatch(/^content ok: 22 topics, \d+ intents, \d+ examples, \d+ quizzes, \d+ scenarios, \d+ flows, 2 languages$/);
  });

  it("names file:line for broken flow files", () => {
    const dir = copyContent();
    // A scenario with two "best" answers; one with a new answer no language has words for yet,
    // and text written inline the old way.
    edit(dir, "flows/scenarios/gifts.yaml", (t) => t.replace("  - id: accept\n", "  - id: accept\n    correct: true\n"));
    edit(dir, "flows/scenarios/flattery.yaml", (t) => t.replace("  - id: send-photo\n", "  - id: send-photo\n  - id: block-them\n"));
    edit(dir, "flows/scenarios/self-blame.yaml", (t) => t.replace("answers:\n", 'question: { en: "What now?", bn: "এখন কী?" }\nanswers:\n'));
    // A guide step that leads nowhere, and a quiz with an unknown scenario and card.
    edit(dir, "flows/guides/get-help.yaml", (t) => t.replace("next: sextortion\n", "next: sextortoin\n"));
    edit(dir, "flows/quizzes/grooming.yaml", (t) => t.replace("themes: [grooming]", "themes: [grooming]\nscenarios: [no-such-scenario]").replace("cards: [signs,", "cards: [no-such-card,"));
    // An HTML tag Telegram would reject, in a scenario's words.
    edit(dir, "locales/en/flows-scenarios.ftl", (t) => t.replace("scenario-meeting-question = What should you do?", "scenario-meeting-question = What should you <u>do</u>?"));

    const errors = errorsOf(dir);
    // Lines point at the node: a map key's own line, here "answers:".
    expect(errors).toContainEqual(`flows/scenarios/gifts.yaml:${lineOf(dir, "flows/scenarios/gifts.yaml", "answers:")}: answers: mark exactly one answer \`correct: true\` (found 2)`);
    // The new answer's words are missing in every language: named at the answer, with the message ids to add.
    const answer = lineOf(dir, "flows/scenarios/flattery.yaml", "- id: block-them");
    for (const lang of ["en", "bn"]) {
      for (const key of ["scenario-flattery-answer-block-them", "scenario-flattery-answer-block-them-feedback"]) {
        expect(errors).toContainEqual(`flows/scenarios/flattery.yaml:${answer}: the answer "block-them" needs the message "${key}", which is not in locales/${lang}: add it`);
      }
    }
    expect(errors.some((e) => e.startsWith(`flows/scenarios/self-blame.yaml:${lineOf(dir, "flows/scenarios/self-blame.yaml", "question:")}: unknown \`question:\`: remove it; the words of a flow are messages in locales/<lang>/flows-*.ftl`))).toBe(true);
    expect(errors).toContainEqual(`flows/guides/get-help.yaml:${lineOf(dir, "flows/guides/get-help.yaml", "next: sextortoin")}: steps.situation.choices.0.next: no step "sextortoin" in this file`);
    expect(errors.some((e) => e.startsWith(`flows/guides/get-help.yaml:${lineOf(dir, "flows/guides/get-help.yaml", "  sextortion:")}: steps.sextortion: no choice or default leads here`))).toBe(true);
    expect(errors).toContainEqual(`flows/quizzes/grooming.yaml:${lineOf(dir, "flows/quizzes/grooming.yaml", "no-such-scenario")}: scenarios.0: no scenario "no-such-scenario" in flows/scenarios/`);
    expect(errors).toContainEqual(`flows/quizzes/grooming.yaml:${lineOf(dir, "flows/quizzes/grooming.yaml", "no-such-card")}: cards.0: no card "no-such-card" in data/topics.yaml`);
    expect(errors.some((e) => e.startsWith(`locales/en/flows-scenarios.ftl:${lineOf(dir, "locales/en/flows-scenarios.ftl", "<u>do</u>")}: scenario-meeting-question: tag "<u>" is not allowed`))).toBe(true);
  });

  it("classroom polls: Telegram's poll limits, plain text, the explanation and discussion question in every language, 3 scenarios per theme", () => {
    const dir = copyContent();
    const en = "locales/en/flows-scenarios.ftl";
    const bn = "locales/bn/flows-scenarios.ftl";
    // A poll question over 300 characters (situation and question together), an option over 100,
    // an explanation over 200 and one with 3 line breaks, a tag in a poll text.
    edit(dir, en, (t) => t.replace(/^scenario-gifts-situation = .*$/m, `scenario-gifts-situation = ${"An online friend you have never met offers you gifts. ".repeat(6).trim()}`));
    edit(dir, en, (t) => t.replace(/^scenario-meeting-answer-busy-place = .*$/m, `scenario-meeting-answer-busy-place = ${"Go, but meet in a busy place with lots of people around. ".repeat(2).trim()}`));
    edit(dir, en, (t) => t.replace(/^scenario-flattery-explanation = .*$/m, `scenario-flattery-explanation = ${"Compliments again and again are a grooming trick. ".repeat(5).trim()}`));
    edit(dir, en, (t) => t.replace(/^scenario-secrecy-explanation = .*$/m, "scenario-secrecy-explanation =\n    One.\n    Two.\n    Three.\n    Four."));
    edit(dir, en, (t) => t.replace("scenario-parents-question = What is this person doing?", "scenario-parents-question = What is this person <b>doing</b>?"));
    // A discussion question missing in Bengali.
    edit(dir, bn, (t) => t.replace(/^scenario-self-blame-discuss = .*\n/m, ""));
    // A scenario without its explanation in any language.
    edit(dir, en, (t) => t.replace(/^scenario-gifts-explanation = .*\n/m, ""));
    edit(dir, bn, (t) => t.replace(/^scenario-gifts-explanation = .*\n/m, ""));
    // The "cyberbullying" theme left with 2 scenarios.
    edit(dir, "flows/scenarios/shared-photos.yaml", (t) => t.replace("themes: [pictures, help, bullying]", "themes: [pictures, help]"));

    const errors = errorsOf(dir);
    const at = (file: string, needle: string) => `${file}:${lineOf(dir, file, needle)}`;
    expect(errors.some((e) => e.startsWith(`${at(en, "scenario-gifts-situation =")}: scenario-gifts-situation: `) && e.endsWith("over Telegram's limit of 300 for a classroom poll's question (the situation and the question together): shorten it"))).toBe(true);
    expect(errors).toContainEqual(`${at(en, "scenario-meeting-answer-busy-place =")}: scenario-meeting-answer-busy-place: 113 characters, over Telegram's limit of 100 for a classroom poll's option: shorten it`);
    expect(errors.some((e) => e.startsWith(`${at(en, "scenario-flattery-explanation =")}: scenario-flattery-explanation: `) && e.includes("over Telegram's limit of 200 for a classroom poll's explanation"))).toBe(true);
    expect(errors).toContainEqual(`${at(en, "scenario-secrecy-explanation =")}: scenario-secrecy-explanation: 3 line breaks, over Telegram's limit of 2 for a classroom poll's explanation: join the lines`);
    expect(errors).toContainEqual(`${at(en, "scenario-parents-question =")}: scenario-parents-question: goes into a classroom poll's question (the situation and the question together), which shows tags and &-entities as they are: write it as plain text`);
    expect(errors).toContainEqual(`${at(en, "scenario-self-blame-discuss =")}: "scenario-self-blame-discuss" has no text in locales/bn: add scenario-self-blame-discuss to locales/bn/flows-scenarios.ftl`);
    for (const lang of ["en", "bn"]) {
      expect(errors).toContainEqual(`${at("flows/scenarios/gifts.yaml", "id: gifts")}: the scenario "gifts" (its classroom poll's explanation) needs the message "scenario-gifts-explanation", which is not in locales/${lang}: add it`);
    }
    expect(errors).toContainEqual(
      `${at("flows/classroom.yaml", "scenarios: bullying")}: themes.3.scenarios: the classroom theme "cyberbullying" picks the scenarios with the theme "bullying", and only 2 have it: add \`bullying\` to the themes: of at least 3 in flows/scenarios/`,
    );
  });

  it("names file:line for a broken flows/classroom.yaml: an unknown scenario theme, too few scenarios, a missing label, an id used twice", () => {
    const dir = copyContent();
    const file = "flows/classroom.yaml";
    // A theme picking a scenario theme no scenario has; one picking a theme only 2 scenarios have
    // (sextortion, after one scenario loses it); a new theme with no button label in any language;
    // an id used twice.
    edit(dir, file, (t) => t.replace("scenarios: privacy", "scenarios: privacyy"));
    edit(dir, "flows/scenarios/worried-friend.yaml", (t) => t.replace("themes: [help, sextortion, tell-adult]", "themes: [help, tell-adult]"));
    edit(
      dir,
      file,
      (t) => `${t}  - id: asking-for-help\n    scenarios: help\n  - id: grooming\n    scenarios: pictures\n`,
    );

    const errors = errorsOf(dir);
    const at = (needle: string, from = 0) => `${file}:${lineOf(dir, file, needle, from)}`;
    expect(errors).toContainEqual(`${at("scenarios: privacyy")}: themes.4.scenarios: no scenario has the theme "privacyy" (known: bullying, grooming, help, pictures, privacy, sextortion, tell-adult)`);
    expect(errors).toContainEqual(
      `${at("scenarios: sextortion")}: themes.2.scenarios: the classroom theme "sextortion" picks the scenarios with the theme "sextortion", and only 2 have it: add \`sextortion\` to the themes: of at least 3 in flows/scenarios/`,
    );
    for (const lang of ["en", "bn"]) {
      expect(errors).toContainEqual(`${at("- id: asking-for-help")}: the classroom theme "asking-for-help" (its button) needs the message "class-theme-asking-for-help", which is not in locales/${lang}: add it`);
    }
    expect(errors).toContainEqual(`${at("- id: grooming", lineOf(dir, file, "asking-for-help"))}: themes.7.id: "grooming" is used twice in this file`);
  });

  it("flows/classroom.yaml: an id too long for a button's data; the file missing; a YAML file beside it that belongs in a folder", () => {
    let dir = copyContent();
    const file = "flows/classroom.yaml";
    edit(dir, file, (t) => t.replace("- id: privacy", `- id: ${"p".repeat(25)}`));
    expect(errorsOf(dir).some((e) => e.startsWith(`${file}:${lineOf(dir, file, "- id: pppp")}: themes.4.id: ids are 2–24 lowercase letters`))).toBe(true);

    dir = copyContent();
    rmSync(join(dir, "flows/classroom.yaml"));
    writeFileSync(join(dir, "flows/extra.yaml"), "version: 1\n");
    const errors = errorsOf(dir);
    expect(errors).toContainEqual("flows/classroom.yaml:1: add this file: the themes a youth worker picks from in a group's /session (see flows/README.md)");
    expect(errors).toContainEqual("flows/extra.yaml:1: move this file into flows/scenarios/, flows/quizzes/, flows/guides/ or flows/checks/ (the one file here is classroom.yaml)");
  });

  it("names file:line for broken locale files", () => {
    const dir = copyContent();
    // A key only in English; a Fluent syntax error; an unknown variable; a forbidden tag; a missing card text.
    edit(dir, "locales/bn/flows.ftl", (t) => t.replace(/^quiz-right = .*\n/m, ""));
    edit(dir, "locales/en/flows.ftl", (t) => t.replace("quiz-question = Question", "quiz-question = Question { $n"));
    edit(dir, "locales/bn/flows.ftl", (t) => t.replace("quiz-question = প্রশ্ন", "quiz-question = প্রশ্ন { $number }"));
    edit(dir, "locales/en/flows.ftl", (t) => t.replace("quiz-score = Your score:", "quiz-score = <u>Your score:</u>"));
    edit(dir, "locales/en/cards.ftl", (t) => t.replace(/^card-grooming-actions =[\s\S]*?(?=\n## )/m, ""));
    edit(dir, "locales/bn/cards.ftl", (t) => t.replace(/^card-grooming-actions =[\s\S]*?(?=\n## )/m, ""));
    // A line that is not Fluent at all.
    edit(dir, "locales/en/bot.ftl", (t) => t.replace("## Buttons\n", "## Buttons\nthis line is not fluent\n"));

    const errors = errorsOf(dir);
    expect(errors).toContainEqual(`locales/en/flows.ftl:${lineOf(dir, "locales/en/flows.ftl", "quiz-right =")}: "quiz-right" has no text in locales/bn: add quiz-right to locales/bn/flows.ftl`);
    expect(errors.some((e) => e.startsWith(`locales/en/flows.ftl:${lineOf(dir, "locales/en/flows.ftl", "quiz-question =")}: Fluent cannot parse "quiz-question"`))).toBe(true);
    expect(errors.some((e) => e.startsWith(`locales/bn/flows.ftl:${lineOf(dir, "locales/bn/flows.ftl", "quiz-question =")}: quiz-question: uses { $number }, which the bot does not pass here`))).toBe(true);
    expect(errors.some((e) => e.startsWith(`locales/en/flows.ftl:${lineOf(dir, "locales/en/flows.ftl", "quiz-score = <u>")}: quiz-score: tag "<u>" is not allowed`))).toBe(true);
    const card = lineOf(dir, "data/topics.yaml", "- id: grooming");
    expect(errors).toContainEqual(`data/topics.yaml:${card}: the card "grooming" needs the message "card-grooming-actions", which is not in locales/en: add it`);
    expect(errors).toContainEqual(`data/topics.yaml:${card}: the card "grooming" needs the message "card-grooming-actions", which is not in locales/bn: add it`);
    expect(errors.some((e) => e.startsWith(`locales/en/bot.ftl:${lineOf(dir, "locales/en/bot.ftl", "this line is not fluent")}: not Fluent`))).toBe(true);
  });

  it("checks every language against English: same messages, same variables, a name for /language", () => {
    const dir = copyContent();
    // Bengali drops a variable English has, and has a message English does not.
    edit(dir, "locales/bn/flows.ftl", (t) => t.replace("এখনই বিপদে থাকলে { $emergency } নম্বরে", "এখনই বিপদে থাকলে 999 নম্বরে").replace("## Quizzes\n", "## Quizzes\n\nquiz-bengali-only = শুধু বাংলায়\n"));
    // A new language without its name; a folder that is not a language tag; a Fluent file outside any language.
    cpSync(join(dir, "locales", "en"), join(dir, "locales", "hi"), { recursive: true });
    edit(dir, "locales/hi/bot.ftl", (t) => t.replace(/^language-name = .*\n/m, ""));
    cpSync(join(dir, "locales", "en"), join(dir, "locales", "English"), { recursive: true });
    writeFileSync(join(dir, "locales", "extra.ftl"), "extra = x\n");

    const errors = errorsOf(dir);
    expect(errors).toContainEqual(
      `locales/bn/flows.ftl:${lineOf(dir, "locales/bn/flows.ftl", "quiz-helpline =")}: quiz-helpline: uses { $helpline }, { $helplineName }, English uses { $emergency }, { $helpline }, { $helplineName }: use the same variables`,
    );
    expect(errors).toContainEqual(`locales/bn/flows.ftl:${lineOf(dir, "locales/bn/flows.ftl", "quiz-bengali-only")}: "quiz-bengali-only" is not in locales/en: add it there too (every language has English's messages), or remove it`);
    expect(errors).toContainEqual(`locales/en/bot.ftl:${lineOf(dir, "locales/en/bot.ftl", "language-name =")}: "language-name" has no text in locales/hi: add language-name to locales/hi/bot.ftl`);
    expect(errors).toContainEqual('locales/English:1: "English" is not a language tag: name the folder like en, bn, hi or pt-BR');
    expect(errors).toContainEqual("locales/extra.ftl:1: move this file into a language folder, such as locales/en/");
    // The new language counts, the misnamed folder does not.
    expect(validateContent(dir).counts.languages).toBe(3);
  });

  it("names the line of code that uses a message no locale has", () => {
    const dir = copyContent(true);
    for (const lang of ["en", "bn"]) edit(dir, `locales/${lang}/flows.ftl`, (t) => t.replace(/^btn-quiz-next = .*\n/m, ""));
    const line = lineOf(dir, "src/flows/quiz.ts", '"btn-quiz-next"');
    expect(errorsOf(dir)).toEqual([
      `src/flows/quiz.ts:${line}: the code needs the message "btn-quiz-next", which is not in locales/en: add it`,
      `src/flows/quiz.ts:${line}: the code needs the message "btn-quiz-next", which is not in locales/bn: add it`,
    ]);
  });

  it("names file:line for broken data files", () => {
    const dir = copyContent();
    edit(dir, "data/helplines.yaml", (t) => t.replace('number: "1098"', 'number: "১০৯৮"'));
    edit(dir, "data/topics.yaml", (t) => t.replace("  greeting: { cards: [] }\n", "  greeting: { cards: [nope] }\n"));
    const errors = errorsOf(dir);
    expect(errors.some((e) => e.startsWith(`data/helplines.yaml:${lineOf(dir, "data/helplines.yaml", "১০৯৮")}: countries.BD.entries.0.number: a phone number in Latin digits`))).toBe(true);
    expect(errors.some((e) => e.startsWith(`data/topics.yaml:${lineOf(dir, "data/topics.yaml", "greeting: { cards: [nope] }")}:`) && e.includes('unknown card "nope"'))).toBe(true);
  });

  it("as a command: file:line lines and exit 1 on errors; the summary as the last line on success", () => {
    const tsx = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
    const script = join(PROJECT_ROOT, "src", "cli", "validate.ts");
    const ok = execFileSync(tsx, [script], { cwd: PROJECT_ROOT, encoding: "utf8" });
    expect(ok.trim().split("\n").at(-1)).toMatch(/^content ok: \d+ topics, \d+ intents, \d+ examples, \d+ quizzes, \d+ scenarios, \d+ flows, 2 languages$/);

    const dir = copyContent();
    edit(dir, "flows/scenarios/self-blame.yaml", (t) => t.replace("default: repeat", "default: maybe"));
    let out = "";
    let status = 0;
    try {
      execFileSync(tsx, [script, "--root", dir], { cwd: PROJECT_ROOT, encoding: "utf8" });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      status = e.status;
      out = e.stdout;
    }
    expect(status).toBe(1);
    expect(out).toContain(`flows/scenarios/self-blame.yaml:${lineOf(dir, "flows/scenarios/self-blame.yaml", "default: maybe")}: default: add \`default: repeat\``);
    expect(out.trim().split("\n").at(-1)).toBe("1 error: content not ok");
  });
});
