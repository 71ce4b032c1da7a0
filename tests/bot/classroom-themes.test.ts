import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateContent } from "../../src/cli/validate.js";
import { PROJECT_ROOT } from "../../src/content/content.js";
import { buttons } from "../../src/core/callback-data.js";
import { loadFlows } from "../../src/flows/content.js";
import { scenarioMessages } from "../../src/flows/messages.js";
import { createHarness, TestUser, type Harness } from "../helpers/harness.js";
import { rendered } from "../helpers/stories.js";

/**
 * The classroom themes are content (flows/classroom.yaml): a theme added there, with its button
 * label in every language, is in the picker and runs a session, with no file under src/ changed.
 */
const EN_LABEL = "Asking for help";
const BN_LABEL = "সাহায্য চাওয়া";
let root: string;
let h: Harness;
let nextGroup = -1_009_876_500;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "nirapod-class-themes-"));
  for (const part of ["data", "flows", "locales", "intents"]) cpSync(join(PROJECT_ROOT, part), join(root, part), { recursive: true });
  appendFileSync(join(root, "flows/classroom.yaml"), "  - id: asking-for-help\n    scenarios: help\n");
  appendFileSync(join(root, "locales/en/classroom.ftl"), `\nclass-theme-asking-for-help = ${EN_LABEL}\n`);
  appendFileSync(join(root, "locales/bn/classroom.ftl"), `\nclass-theme-asking-for-help = ${BN_LABEL}\n`);
  h = createHarness({ contentRoot: root });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function admin(lang: "en" | "bn"): TestUser {
  const groupId = nextGroup--;
  const user = new TestUser(h, { chatType: "supergroup", groupId, languageCode: lang });
  h.api.setMember(groupId, user.id, "administrator");
  return user;
}

describe("a classroom theme added only in content", () => {
  it("validates", () => {
    expect(readFileSync(join(root, "flows/classroom.yaml"), "utf8")).toContain("asking-for-help");
    expect(validateContent(root).errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
  });

  it("is the picker's last theme, labelled in the session's language, and runs a session of its scenarios", async () => {
    const en = admin("en");
    await en.command("session");
    const themes = en.last.buttons.filter((b) => b.data?.startsWith("cls:t:"));
    expect(themes.map((b) => b.text)).toEqual([...["grooming", "pictures", "sextortion", "cyberbullying", "privacy", "tell-adult"].map((id) => rendered("en", `class-theme-${id}`)), EN_LABEL]);
    const run = buttons.classTheme.parse(themes[0]!.data!)!.run;
    expect(themes.at(-1)!.data).toBe(buttons.classTheme.data({ run, theme: "asking-for-help" }));

    await en.pressData(themes.at(-1)!.data!, en.last.messageId);
    expect(en.methods()).toEqual(["getChatMember", "answerCallbackQuery", "editMessageText", "sendPoll"]);
    expect(en.replies[0]!.text).toContain(EN_LABEL);
    // The poll asks one of the scenarios with the theme "help".
    const flows = loadFlows(join(root, "flows"));
    const help = [...flows.scenarios.values()].filter((s) => s.themes.includes("help")).map((s) => rendered("en", scenarioMessages(s.id).situation));
    const question = String(en.calls.find((c) => c.method === "sendPoll")!.payload.question);
    expect(help.some((situation) => question.startsWith(situation))).toBe(true);

    const bn = admin("bn");
    await bn.command("session");
    expect(bn.last.buttons.filter((b) => b.data?.startsWith("cls:t:")).at(-1)!.text).toBe(BN_LABEL);
  });

  it("a theme id of the right shape that the content does not have is acknowledged and starts nothing; nothing is said to the room", async () => {
    const en = admin("en");
    await en.command("session");
    const run = buttons.classTheme.parse(en.last.buttons[0]!.data!)!.run;
    const picker = en.last.messageId;
    await en.pressData(buttons.classTheme.data({ run, theme: "no-such-theme" }), picker);
    expect(en.methods()).toEqual(["getChatMember", "answerCallbackQuery"]);
    // The session is still waiting for a theme: a known one starts it.
    await en.pressData(buttons.classTheme.data({ run, theme: "asking-for-help" }), picker);
    expect(en.methods()).toEqual(["getChatMember", "answerCallbackQuery", "editMessageText", "sendPoll"]);
  });
});
