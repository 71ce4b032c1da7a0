import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { z } from "zod";
import type { MessageNeed, ScreenNeed } from "../content/locales.js";
import { SCREEN_LIMIT } from "../content/message-text.js";
import { ContentError, readYamlFile, type ContentIssue } from "../core/yaml-file.js";
import { checkClassroomFile, classScenarioNeeds, type ClassroomContent } from "./classroom.js";
import { checkMessages, guideMessages, quizMessages, scenarioMessages } from "./messages.js";
import { checkFileSchema, classroomFileSchema, guideFileSchema, quizFileSchema, scenarioFileSchema, type CheckFile, type GuideFile, type QuizFile, type ScenarioFile } from "./schema.js";

export type Scenario = ScenarioFile;
export type Guide = GuideFile;
export type Check = CheckFile;
export interface Quiz extends QuizFile {
  /** Scenario ids this quiz picks from, resolved from `themes` and `scenarios`. */
  pool: string[];
}

/** Everything in flows/, checked and ready for the bot. */
export interface FlowContent {
  scenarios: Map<string, Scenario>;
  /** In /quiz list order. */
  quizzes: Quiz[];
  guides: Map<string, Guide>;
  /** Self-checks ("Is this grooming?"). */
  checks: Map<string, Check>;
  /** Which quiz, guide or self-check a topic card offers on its "What can I do?" screen. */
  cardOffers: Map<string, CardOfferRef>;
  /** Classroom sessions in groups (flows/classroom.yaml): the themes of the picker and how many questions a session asks. */
  classroom: ClassroomContent;
  /** A hash of every flow file: saved flow state from other content is discarded, never replayed. */
  version: string;
}

export interface CardOfferRef {
  kind: "quiz" | "guide" | "check";
  id: string;
}

export const FLOW_FOLDERS = { scenarios: "scenarios", quizzes: "quizzes", guides: "guides", checks: "checks" } as const;
/** The one flow file outside the folders: the classroom themes. */
export const CLASSROOM_FILE = "classroom.yaml";

/** Room left for the headers and the lines the bot adds around a flow text. */
const CHROME = 120;

type Locate = (path: Array<string | number>) => number;

interface FileResult<T> {
  value?: T;
  locate: Locate;
  file: string;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort();
}

/** The locale messages the flows use, each with the line of the flow file that uses it, and which are shown together. */
export interface FlowMessages {
  needs: MessageNeed[];
  screens: ScreenNeed[];
}

/**
 * Loads and checks flows/. Every problem comes back as `file:line: message` with the line of
 * the offending node, relative to `displayRoot` (the repo root in `npm run validate`). Also
 * lists the messages the flows need in every language, for the locale check.
 *
 * @param dir the flows folder
 * @param options.cards card ids of data/topics.yaml, to check quizzes' and guides' `cards:`
 * @param options.display how a path is shown in messages (default: as given)
 */
export function loadFlowsDir(
  dir: string,
  options: { cards?: readonly string[]; display?: (path: string) => string } = {},
): { flows?: FlowContent; issues: ContentIssue[]; messages: FlowMessages } {
  const display = options.display ?? ((p: string) => p);
  const issues: ContentIssue[] = [];
  const messages: FlowMessages = { needs: [], screens: [] };
  const hash = createHash("sha256");

  if (!existsSync(dir)) return { issues: [{ file: display(dir), line: 1, message: "flows folder not found" }], messages };
  for (const entry of readdirSync(dir)) {
    if (/\.ya?ml$/.test(entry) && entry !== CLASSROOM_FILE) {
      issues.push({ file: display(join(dir, entry)), line: 1, message: `move this file into flows/scenarios/, flows/quizzes/, flows/guides/ or flows/checks/ (the one file here is ${CLASSROOM_FILE})` });
    }
  }

  function readAll<S extends z.ZodType>(folder: string, schema: S): Array<FileResult<z.infer<S>>> {
    const results: Array<FileResult<z.infer<S>>> = [];
    for (const name of yamlFiles(join(dir, folder))) {
      const path = join(dir, folder, name);
      const file = display(path);
      hash.update(`${folder}/${name}\0`).update(readFileSync(path)).update("\0");
      const { value, issues: found, locate } = readYamlFile(path, schema, file);
      issues.push(...found);
      const expected = basename(name).replace(/\.ya?ml$/, "");
      const id = (value as unknown as { id: string } | undefined)?.id;
      if (id !== undefined && id !== expected) {
        issues.push({ file, line: locate(["id"]), message: `id "${id}" must match the file name: rename the file to ${id}.yaml or set id: ${expected}` });
        continue;
      }
      results.push({ value, locate, file });
    }
    return results;
  }

  /** Which flow file (and line) uses each message id: two uses of one id would show the same words. */
  const usedBy = new Map<string, string>();
  const need = (r: FileResult<unknown>, path: Array<string | number>, key: string, why: string, label = false) => {
    const line = r.locate(path);
    const other = usedBy.get(key);
    if (other) issues.push({ file: r.file, line, message: `${why} would use the message "${key}", like ${other}: rename one of the ids` });
    usedBy.set(key, `${r.file}:${line}`);
    messages.needs.push({ key, file: r.file, line, why, label });
  };
  const screen = (keys: string[], chrome: number, limit = SCREEN_LIMIT) => messages.screens.push({ keys, chrome, limit });

  // Scenarios
  const scenarioFiles = readAll(FLOW_FOLDERS.scenarios, scenarioFileSchema);
  const scenarios = new Map<string, Scenario>();
  for (const r of scenarioFiles) {
    const s = r.value;
    if (!s) continue;
    const text = scenarioMessages(s.id);
    need(r, ["id"], text.title, `the scenario "${s.id}" (its name on the dashboard)`, true);
    need(r, ["id"], text.situation, `the scenario "${s.id}"`);
    need(r, ["id"], text.question, `the scenario "${s.id}"`);
    const ids = new Set<string>();
    s.answers.forEach((a, i) => {
      if (ids.has(a.id)) {
        issues.push({ file: r.file, line: r.locate(["answers", i, "id"]), message: `answers.${i}.id: "${a.id}" is used twice in this scenario` });
        return;
      }
      ids.add(a.id);
      need(r, ["answers", i], text.answer(a.id), `the answer "${a.id}"`, true);
      need(r, ["answers", i], text.feedback(a.id), `the answer "${a.id}"`);
    });
    const correct = s.answers.filter((a) => a.correct);
    if (correct.length !== 1) {
      issues.push({ file: r.file, line: r.locate(["answers"]), message: `answers: mark exactly one answer \`correct: true\` (found ${correct.length})` });
    }
    screen([text.situation, text.question], CHROME);
    // Feedback comes with the best answer's label (after a wrong answer: "A safer choice: …").
    const best = correct[0];
    for (const a of ids) screen(best ? [text.feedback(a), text.answer(best.id)] : [text.feedback(a)], CHROME);
    // Classroom polls in groups: their explanation, discussion question and Telegram's poll limits.
    classScenarioNeeds(
      s,
      {
        need: (key, why) => need(r, ["id"], key, why),
        limit: (keys, limit, what, o = {}) => messages.screens.push({ keys, chrome: 0, limit, what, plain: o.plain, lineFeeds: o.lineFeeds }),
        screen: (keys, limit, chrome) => screen(keys, chrome, limit),
      },
      SCREEN_LIMIT,
    );
    scenarios.set(s.id, s);
  }
  // Classroom themes (flows/classroom.yaml), each picking scenarios by theme.
  const classroomPath = join(dir, CLASSROOM_FILE);
  let classroom: ClassroomContent | undefined;
  if (!existsSync(classroomPath)) {
    issues.push({ file: display(classroomPath), line: 1, message: "add this file: the themes a youth worker picks from in a group's /session (see flows/README.md)" });
  } else {
    hash.update(`${CLASSROOM_FILE}\0`).update(readFileSync(classroomPath)).update("\0");
    const file = display(classroomPath);
    const { value, issues: found, locate } = readYamlFile(classroomPath, classroomFileSchema, file);
    issues.push(...found);
    const r = { file, locate };
    if (value) {
      classroom = checkClassroomFile(value, scenarios, {
        locate: r.locate,
        issue: (line, message) => issues.push({ file: r.file, line, message }),
        need: (path, key, why) => need(r, path, key, why, true),
      });
    }
  }
  const themes = new Set([...scenarios.values()].flatMap((s) => s.themes));

  // Guides (before quizzes: cards may be offered by either)
  const guideFiles = readAll(FLOW_FOLDERS.guides, guideFileSchema);
  const guides = new Map<string, Guide>();
  for (const r of guideFiles) if (r.value) guides.set(r.value.id, r.value);
  for (const r of guideFiles) {
    const g = r.value;
    if (!g) continue;
    const text = guideMessages(g.id);
    need(r, ["id"], text.title, `the guide "${g.id}"`);
    // The button that starts the guide on the cards that offer it.
    if (g.cards.length > 0) need(r, ["cards"], text.button, `the guide "${g.id}", offered on cards,`, true);
    if (!g.steps[g.start]) issues.push({ file: r.file, line: r.locate(["start"]), message: `start: no step "${g.start}" under steps:` });
    const resolves = (target: string): string | undefined => {
      if (target === "end") return undefined;
      if (target.startsWith("flow:")) {
        return guides.has(target.slice(5)) ? undefined : `no guide "${target.slice(5)}" in flows/guides/`;
      }
      return g.steps[target] ? undefined : `no step "${target}" in this file`;
    };
    for (const [stepId, step] of Object.entries(g.steps)) {
      need(r, ["steps", stepId], text.step(stepId), `the step "${stepId}"`);
      screen([text.step(stepId)], 40);
      const choices = step.choices ?? [];
      if (choices.length > 0 && step.default === undefined) {
        issues.push({ file: r.file, line: r.locate(["steps", stepId]), message: `steps.${stepId}: add \`default:\` — where typed text goes at this step (a step id, end, or flow:<id>)` });
      }
      if (choices.length === 0 && step.default !== undefined) {
        issues.push({ file: r.file, line: r.locate(["steps", stepId, "default"]), message: `steps.${stepId}: a step without choices ends the flow; remove default: or add choices:` });
      }
      if (step.default !== undefined) {
        const problem = resolves(step.default);
        if (problem) issues.push({ file: r.file, line: r.locate(["steps", stepId, "default"]), message: `steps.${stepId}.default: ${problem}` });
      }
      const seen = new Set<string>();
      choices.forEach((c, i) => {
        if (seen.has(c.id)) issues.push({ file: r.file, line: r.locate(["steps", stepId, "choices", i, "id"]), message: `steps.${stepId}.choices.${i}.id: "${c.id}" is used twice in this step` });
        else need(r, ["steps", stepId, "choices", i], text.choice(stepId, c.id), `the choice "${c.id}"`, true);
        seen.add(c.id);
        const problem = resolves(c.next);
        if (problem) issues.push({ file: r.file, line: r.locate(["steps", stepId, "choices", i, "next"]), message: `steps.${stepId}.choices.${i}.next: ${problem}` });
      });
    }
    // Every step must be reachable from the start, or it is dead content.
    const reached = new Set<string>();
    const queue = g.steps[g.start] ? [g.start] : [];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (reached.has(id)) continue;
      reached.add(id);
      const step = g.steps[id]!;
      for (const t of [...(step.choices ?? []).map((c) => c.next), step.default ?? "end"]) if (g.steps[t]) queue.push(t);
    }
    for (const stepId of Object.keys(g.steps)) {
      if (!reached.has(stepId)) issues.push({ file: r.file, line: r.locate(["steps", stepId]), message: `steps.${stepId}: no choice or default leads here from "${g.start}": link it or remove it` });
    }
  }

  // Quizzes
  const quizFiles = readAll(FLOW_FOLDERS.quizzes, quizFileSchema);
  const quizzes: Quiz[] = [];
  for (const r of quizFiles) {
    const q = r.value;
    if (!q) continue;
    const text = quizMessages(q.id);
    need(r, ["id"], text.title, `the quiz "${q.id}"`, true);
    need(r, ["id"], text.intro, `the quiz "${q.id}"`);
    screen([text.intro], 0);
    for (const takeaway of text.takeaways) {
      need(r, ["id"], takeaway, `the quiz "${q.id}"`);
      // Both takeaways and the helpline line share the score's message.
      screen([takeaway], 0, Math.floor(SCREEN_LIMIT / 3));
    }
    (q.themes ?? []).forEach((theme, i) => {
      if (!themes.has(theme)) issues.push({ file: r.file, line: r.locate(["themes", i]), message: `themes.${i}: no scenario has the theme "${theme}" (known: ${[...themes].sort().join(", ")})` });
    });
    (q.scenarios ?? []).forEach((id, i) => {
      if (!scenarios.has(id)) issues.push({ file: r.file, line: r.locate(["scenarios", i]), message: `scenarios.${i}: no scenario "${id}" in flows/scenarios/` });
    });
    const everything = q.themes === undefined && q.scenarios === undefined;
    const pool = [...scenarios.values()]
      .filter((s) => everything || s.themes.some((t) => q.themes?.includes(t)) || q.scenarios?.includes(s.id))
      .map((s) => s.id);
    if (pool.length < q.length) {
      issues.push({ file: r.file, line: r.locate(everything ? ["length"] : q.themes ? ["themes"] : ["scenarios"]), message: `the quiz asks ${q.length} scenarios but only ${pool.length} match: add scenarios or lower length:` });
    }
    quizzes.push({ ...q, pool });
  }
  quizzes.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  // Self-checks
  const checkFiles = readAll(FLOW_FOLDERS.checks, checkFileSchema);
  const checks = new Map<string, Check>();
  for (const r of checkFiles) {
    const c = r.value;
    if (!c) continue;
    const text = checkMessages(c.id);
    need(r, ["id"], text.title, `the self-check "${c.id}"`, true);
    for (const key of [text.intro, text.offer, text.found, text.none, text.unsure, text.actions]) need(r, ["id"], key, `the self-check "${c.id}"`);
    // The result is two messages: the signs answered yes, each with why it matters (two screens
    // at most, when every sign was a yes), then what to do.
    screen([text.found, ...c.signs.flatMap((sign) => [text.name(sign.id), text.why(sign.id)])], CHROME, 2 * SCREEN_LIMIT);
    // Then what to do (or, with no yes, "trust your feeling"), with the signs answered "not
    // sure" named on one line: the bot adds only separators.
    const unsureLine = [text.unsure, ...c.signs.map((sign) => text.name(sign.id))];
    screen([text.actions, ...unsureLine], 40);
    screen([text.none, ...unsureLine], 40);
    screen([text.intro], CHROME);
    const asked = new Set<string>();
    c.signs.forEach((sign, i) => {
      if (asked.has(sign.id)) {
        issues.push({ file: r.file, line: r.locate(["signs", i, "id"]), message: `signs.${i}.id: "${sign.id}" is used twice in this check` });
        return;
      }
      if (sign.after !== undefined && !asked.has(sign.after)) {
        issues.push({ file: r.file, line: r.locate(["signs", i, "after"]), message: `signs.${i}.after: no sign "${sign.after}" before this one (a follow-up question comes after the sign it follows)` });
      }
      asked.add(sign.id);
      need(r, ["signs", i], text.question(sign.id), `the sign "${sign.id}"`);
      need(r, ["signs", i], text.name(sign.id), `the sign "${sign.id}"`, true);
      need(r, ["signs", i], text.why(sign.id), `the sign "${sign.id}"`);
      screen([text.question(sign.id)], CHROME);
    });
    checks.set(c.id, c);
  }

  // Which card offers what
  const cardOffers = new Map<string, CardOfferRef>();
  const offer = (r: FileResult<unknown>, kind: CardOfferRef["kind"], id: string, cards: string[]) => {
    cards.forEach((card, i) => {
      if (options.cards && !options.cards.includes(card)) {
        issues.push({ file: r.file, line: r.locate(["cards", i]), message: `cards.${i}: no card "${card}" in data/topics.yaml` });
        return;
      }
      const taken = cardOffers.get(card);
      if (taken) {
        issues.push({ file: r.file, line: r.locate(["cards", i]), message: `cards.${i}: the card "${card}" already offers the ${taken.kind} "${taken.id}"; a card offers one` });
        return;
      }
      cardOffers.set(card, { kind, id });
    });
  };
  for (const r of quizFiles) if (r.value) offer(r, "quiz", r.value.id, r.value.cards);
  for (const r of guideFiles) if (r.value) offer(r, "guide", r.value.id, r.value.cards);
  for (const r of checkFiles) if (r.value) offer(r, "check", r.value.id, r.value.cards);

  if (issues.length > 0 || !classroom) return { issues, messages };
  return { flows: { scenarios, quizzes, guides, checks, cardOffers, classroom, version: hash.digest("hex").slice(0, 16) }, issues, messages };
}

/** Loads flows/ for the bot; a broken file stops start-up with `file:line` messages (like the other content). */
export function loadFlows(dir: string, cards?: readonly string[]): FlowContent {
  const { flows, issues } = loadFlowsDir(dir, { cards });
  if (!flows) throw new ContentError(issues);
  return flows;
}
