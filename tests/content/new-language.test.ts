import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summaryLine, validateContent } from "../../src/cli/validate.js";
import { PROJECT_ROOT } from "../../src/content/content.js";
import { registerCommands } from "../../src/telegram/commands.js";
import { createHarness, TestUser, type Harness } from "../helpers/harness.js";

/**
 * Adding a language is adding a folder: a copy of the content folders where locales/en/ is
 * copied to locales/xx/ and nothing else changes (no file under src/) is a bot with three
 * languages. The copy's text equals English, so a few of its messages are marked, to prove a
 * reply came from xx.
 */
const MARK = "(xx) ";
let root: string;

function markMessage(file: string, key: string) {
  const path = join(root, "locales", "xx", file);
  const before = readFileSync(path, "utf8");
  // After `key = ` or, for a message on several lines, at the start of its first line.
  const after = before.replace(new RegExp(`^(${key} =\\s+)`, "m"), `$1${MARK}`);
  expect(after, `${key} in locales/xx/${file}`).not.toBe(before);
  writeFileSync(path, after);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "nirapod-new-language-"));
  for (const part of ["data", "flows", "locales", "intents"]) cpSync(join(PROJECT_ROOT, part), join(root, part), { recursive: true });
  cpSync(join(root, "locales", "en"), join(root, "locales", "xx"), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a new language is a copy of locales/en/", () => {
  it("validates as a third language, with only a warning that helpline texts are shown in English", () => {
    const report = validateContent(root);
    expect(report.errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
    expect(report.counts.languages).toBe(3);
    expect(summaryLine(report.counts)).toMatch(/, 3 languages$/);
    expect(report.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/have no xx version, so they are shown in English/));
  });

  describe("the bot speaks it", () => {
    let harness: Harness;
    beforeAll(() => {
      markMessage("bot.ftl", "language-name");
      markMessage("bot.ftl", "welcome");
      markMessage("flows-quizzes.ftl", "quiz-grooming-intro");
      harness = createHarness({ contentRoot: root });
    });

    it("/language offers it, labelled with its own language-name, after English and Bengali", async () => {
      const u = new TestUser(harness);
      await u.command("language");
      expect(u.last.buttons).toEqual([
        { text: "English", data: "lang:en", url: undefined },
        { text: "বাংলা", data: "lang:bn", url: undefined },
        { text: `${MARK}English`, data: "lang:xx", url: undefined },
      ]);
    });

    it("chosen with /language, the bot answers in it: the welcome and a quiz", async () => {
      const u = new TestUser(harness, { languageCode: "bn" });
      await u.command("language");
      await u.press("lang:xx");
      await u.command("start");
      expect(u.last.text.startsWith(`${MARK}👋 <b>Hi, I'm Nirapod</b>`)).toBe(true);
      await u.command("quiz");
      await u.press("quiz:grooming");
      expect(u.replies[0]!.text).toContain(`${MARK}How do people win a young person's trust online`);
    });

    it("a Telegram client in that language gets it without choosing", async () => {
      const u = new TestUser(harness, { languageCode: "xx" });
      await u.command("start");
      expect(u.last.text.startsWith(MARK)).toBe(true);
    });

    it("helplines, not yet translated in data/helplines.yaml, are listed in English", async () => {
      const u = new TestUser(harness, { languageCode: "xx" });
      await u.command("helpline");
      expect(u.last.text).toContain("<b>Child Helpline</b> — 1098");
      expect(u.last.text).toContain("24 hours a day, 7 days a week");
    });

    it("the command menu is registered for it too", async () => {
      const mark = harness.api.calls.length;
      await registerCommands(harness.bot.api, harness.content, pino({ level: "silent" }));
      const menus = harness.api.since(mark, "setMyCommands").map((c) => c.payload.language_code);
      expect(menus).toEqual([undefined, undefined, "bn", "bn", "xx", "xx"]); // private chats and groups
    });

    it("its button works in a group, like the others", async () => {
      const u = new TestUser(harness, { chatType: "group" });
      await u.pressData("lang:xx");
      expect(u.last.text).toContain("I'll reply in");
      expect(u.last.text).not.toContain("privately");
    });
  });
});
