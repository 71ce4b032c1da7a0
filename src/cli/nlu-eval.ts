/**
 * npm run nlu:eval -- --help
 * Scores the NLU. Prints aggregate figures only (labels and counts), never message texts.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_CLASSIFIER_OPTIONS, loadUrgencyRules } from "../nlu/index.js";
import { trainTopicClassifier } from "../nlu-build/train-classifier.js";
import { DEFAULT_INTENTS_DIR, loadClassifier } from "../nlu-build/load-classifier.js";
import { loadIntents } from "../nlu-build/intents.js";
import { loadConcepts, loadFormDetector } from "../nlu/lang-detect.js";
import {
  crossValidateIntents,
  predictAll,
  safetyReport,
  scorePredictions,
  stratifiedFolds,
  type EvalReport,
  type Prediction,
  type SafetyItem,
  type SafetyReport,
  type SafetyStory,
} from "../nlu-lab/eval.js";
import { trainPipeline } from "../nlu-lab/pipeline.js";
import { URGENCY_FILE } from "../nlu/urgency.js";

const HELP = `Usage: npm run nlu:eval -- <mode> [--json]

Modes
  --set FILE               Score the bot's model (cache in data/model/, trained if needed) on a
                           labelled JSONL set: {"text", "topic", "urgent"?, "lang"?} per line.
  --safety DIR             The safety challenge set (DIR/challenge.jsonl: {"text", "urgent",
                           "kind", "lang"}; DIR/fragments.jsonl: stories in pieces): urgent
                           recall per kind of danger and per form, false alarms on the hard
                           negatives (referrals and "are you safe?" questions), stories caught.
  --train FILE --test FILE Train a fresh model of the same pipeline on {"text", "intent"} lines
                           and score it on the test file. Repeat the pair to run several corpora;
                           the pooled figure (all test predictions together) is printed too.
  --braun DIR              The three Braun et al. corpora in DIR ({askubuntu,chatbot,
                           webapplications}.{train,test}.jsonl): per corpus and pooled micro-F1.
  --cv K                   Stratified K-fold cross-validation on intents/ (strata: form, topic,
                           urgent; deterministic, --seed N, default 42).
  --cv K --braun DIR       Stratified (by intent) K-fold cross-validation on the *train* files
  --cv K --train FILE …    only (test files are not read): per corpus and pooled micro-F1.
                           --repeat R runs it with seeds N … N+R-1 and pools all predictions.

Options
  --json                   Print one JSON object instead of the text report.
  --intents DIR            intents folder for --cv (default: the repo's intents/).
  --top N                  Most-confused pairs to show (default 10).

Reported: n, accuracy (= micro-F1 for single-label), macro-F1, per-topic precision/recall/F1,
urgent recall and false-urgent rate (when the set has "urgent"), per-language accuracy and
form-detection rate (when the set has "lang"), most-confused pairs.`;

interface Row {
  text: string;
  [k: string]: unknown;
}

function readJsonl(file: string): Row[] {
  const rows: Row[] = [];
  let bad = 0;
  readFileSync(file, "utf8")
    .split(/\r?\n/u)
    .forEach((line) => {
      if (!line.trim()) return;
      try {
        const v = JSON.parse(line) as unknown;
        if (v && typeof v === "object" && typeof (v as Row).text === "string") rows.push(v as Row);
        else bad += 1;
      } catch {
        bad += 1;
      }
    });
  if (bad) console.error(`${file}: skipped ${bad} malformed line(s)`);
  return rows;
}

const pct = (x: number | undefined): string => (x === undefined ? "-" : `${(x * 100).toFixed(1)}%`);
const f3 = (x: number | undefined): string => (x === undefined ? "-" : x.toFixed(3));

function printReport(title: string, r: EvalReport): void {
  console.log(`\n== ${title} ==`);
  console.log(`n=${r.n}  accuracy (micro-F1)=${f3(r.accuracy)}  macro-F1=${f3(r.macroF1)}`);
  if (r.urgentCounts) {
    const u = r.urgentCounts;
    console.log(
      `urgent recall=${f3(r.urgentRecall)} (${u.caught}/${u.urgent})  false-urgent rate=${f3(r.falseUrgentRate)} (${u.falseAlarms}/${u.notUrgent})`,
    );
  }
  const langs = Object.entries(r.perLang);
  if (langs.length) {
    console.log("\nper language        n   accuracy  macro-F1  form-detected  urgent-recall  false-urgent");
    for (const [lang, s] of langs) {
      console.log(
        `  ${lang.padEnd(14)} ${String(s.n).padStart(5)}   ${pct(s.accuracy).padStart(7)}   ${f3(s.macroF1).padStart(6)}   ${pct(s.formDetection).padStart(12)}   ${f3(s.urgentRecall).padStart(12)}   ${f3(s.falseUrgentRate).padStart(11)}`,
      );
    }
  }
  console.log("\nper topic                     P       R      F1   support");
  for (const [topic, s] of Object.entries(r.perTopic)) {
    console.log(`  ${topic.padEnd(26)} ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}  ${String(s.support).padStart(6)}`);
  }
  if (r.confusedPairs.length) {
    console.log("\nmost confused (gold → predicted: count)");
    for (const p of r.confusedPairs) console.log(`  ${p.gold} → ${p.pred}: ${p.count}`);
  }
}

function readIntentRows(file: string): Array<{ text: string; intent: string }> {
  return readJsonl(file).filter((r) => typeof r.intent === "string") as Array<{ text: string; intent: string }>;
}

/** One line per corpus, and the pooled figures when there are several. */
function printSummary(title: string | undefined, results: ReadonlyArray<{ name: string; report: EvalReport }>, pooled: EvalReport): void {
  console.log(title ? `\n== summary: ${title} ==` : "\n== summary ==");
  const line = (name: string, r: EvalReport) => `  ${name.padEnd(18)} n=${String(r.n).padStart(4)}  micro-F1=${f3(r.microF1)}  macro-F1=${f3(r.macroF1)}`;
  for (const r of results) console.log(line(r.name, r.report));
  if (results.length > 1) console.log(line("pooled", pooled));
}

function runTrainCv(files: string[], k: number, seed: number, repeats: number, json: boolean, top: number): void {
  const results = files.map((file) => {
    const rows = readIntentRows(file);
    const t0 = performance.now();
    const preds = crossValidateIntents(rows, k, (train) => trainPipeline(train), seed, repeats);
    if (!json) console.error(`${basename(file)}: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return { name: basename(file).replace(/\.train\.jsonl$/u, ""), preds, report: scorePredictions(preds, top) };
  });
  const pooled = scorePredictions(
    results.flatMap((r) => r.preds),
    top,
  );
  if (json) {
    console.log(
      JSON.stringify({
        k,
        seed,
        repeats,
        corpora: Object.fromEntries(results.map((r) => [r.name, r.report])),
        pooled: { n: pooled.n, microF1: pooled.microF1, accuracy: pooled.accuracy, macroF1: pooled.macroF1 },
      }),
    );
    return;
  }
  for (const r of results) printReport(`${r.name}: ${k}-fold CV on the train file (seed ${seed}${repeats > 1 ? `, ${repeats} repeats` : ""})`, r.report);
  printSummary(`${k}-fold CV on train files, seed ${seed}, ${repeats} repeat(s)`, results, pooled);
}

function pairReport(train: string, test: string): { name: string; preds: Prediction[]; report: EvalReport; trainMs: number } {
  const trainRows = readIntentRows(train);
  const testRows = readIntentRows(test);
  const t0 = performance.now();
  const pipeline = trainPipeline(trainRows);
  const trainMs = performance.now() - t0;
  const preds: Prediction[] = testRows.map((r) => ({ gold: r.intent, pred: pipeline.predict(r.text).intent }));
  return { name: basename(test).replace(/\.test\.jsonl$/u, ""), preds, report: scorePredictions(preds), trainMs };
}

function runPairs(pairs: Array<[string, string]>, json: boolean, top: number): void {
  const results = pairs.map(([a, b]) => pairReport(a, b));
  const pooled = scorePredictions(
    results.flatMap((r) => r.preds),
    top,
  );
  if (json) {
    console.log(
      JSON.stringify({
        corpora: Object.fromEntries(results.map((r) => [r.name, { ...r.report, trainMs: Math.round(r.trainMs) }])),
        pooled: { n: pooled.n, microF1: pooled.microF1, accuracy: pooled.accuracy, macroF1: pooled.macroF1 },
        n: pooled.n,
        accuracy: pooled.accuracy,
        microF1: pooled.microF1,
        macroF1: pooled.macroF1,
        perTopic: pooled.perTopic,
        perLang: pooled.perLang,
        confusedPairs: pooled.confusedPairs,
      }),
    );
    return;
  }
  for (const r of results) {
    printReport(`${r.name} (trained in ${(r.trainMs / 1000).toFixed(1)} s)`, r.report);
  }
  printSummary(undefined, results, pooled);
}

function printSafety(title: string, r: SafetyReport): void {
  console.log(`\n== ${title} ==`);
  console.log(`urgent recall=${f3(r.urgent.recall)} (${r.urgent.caught}/${r.urgent.n})`);
  const forms = Object.keys(r.perForm);
  console.log(`\nurgent recall      ${forms.map((f) => f.padStart(16)).join("")}`);
  for (const [kind, byForm] of Object.entries(r.perKind)) {
    console.log(`  ${kind.padEnd(16)}${forms.map((f) => (byForm[f] ? `${f3(byForm[f].recall)} (${byForm[f].caught}/${byForm[f].n})` : "-").padStart(16)).join("")}`);
  }
  console.log(`  ${"all".padEnd(16)}${forms.map((f) => `${f3(r.perForm[f]?.recall)} (${r.perForm[f]?.caught}/${r.perForm[f]?.n})`.padStart(16)).join("")}`);
  const fa = r.falseAlarms;
  console.log(
    `\nhard negatives flagged=${f3(fa.rate)} (${fa.flagged}/${fa.n}: ${fa.referral} referrals, ${fa.check} "are you safe?" questions)  per form: ${Object.entries(fa.perForm)
      .map(([f, c]) => `${f} ${f3(c.rate)}`)
      .join(", ")}`,
  );
  if (r.stories) {
    const s = r.stories;
    console.log(`\nstories in pieces: urgent caught=${f3(s.urgent.recall)} (${s.urgent.caught}/${s.urgent.n}), calm stories flagged=${f3(s.negatives.rate)} (${s.negatives.flagged}/${s.negatives.n})`);
    for (const [k, c] of Object.entries(s.perKind)) if (c.caught < c.n) console.log(`  missed: ${k} ${c.n - c.caught}/${c.n}`);
  }
}

/** tests/safety/: the challenge set (and fragments.jsonl beside it, when present). */
async function runSafety(dir: string, json: boolean): Promise<void> {
  const items = readJsonl(join(dir, "challenge.jsonl")) as unknown as SafetyItem[];
  const storiesFile = join(dir, "fragments.jsonl");
  const stories = existsSync(storiesFile)
    ? (readFileSync(storiesFile, "utf8").split(/\r?\n/u).filter((l) => l.trim()).map((l) => JSON.parse(l) as SafetyStory))
    : [];
  const classifier = await loadClassifier();
  const report = safetyReport(classifier, items, stories);
  const thresholds = classifier.urgency.thresholds;
  if (json) {
    console.log(JSON.stringify({ ...report, urgencyThresholds: thresholds }));
    return;
  }
  printSafety(`safety challenge set ${dir} (model ${classifier.info.fromCache ? "from cache" : "trained now"})`, report);
  const cv = thresholds.cv;
  console.log(
    `\nurgency model thresholds (chosen by ${cv.folds}-fold CV on intents/): urgent ≥ ${f3(thresholds.urgent)} ` +
      `(out-of-fold recall ${f3(cv.urgentRecall)}, calm flagged ${pct(cv.falseUrgent)}), ` +
      `"are you safe?" ≥ ${f3(thresholds.check)} (recall ${f3(cv.checkRecall)}, calm flagged ${pct(cv.falseCheck)})`,
  );
}

async function runSet(file: string, json: boolean, top: number): Promise<void> {
  const rows = readJsonl(file);
  const classifier = await loadClassifier();
  const items = rows
    .filter((r) => typeof r.topic === "string")
    .map((r) => ({
      text: r.text,
      topic: r.topic as string,
      ...(typeof r.urgent === "boolean" ? { urgent: r.urgent } : {}),
      ...(typeof r.lang === "string" ? { lang: r.lang } : {}),
    }));
  const report = scorePredictions(predictAll(classifier, items), top);
  if (json) console.log(JSON.stringify(report));
  else printReport(`${basename(file)} (model ${classifier.info.fromCache ? "from cache" : "trained now"})`, report);
}

function runCv(k: number, seed: number, intentsDir: string, json: boolean, top: number): void {
  const { examples } = loadIntents(intentsDir);
  const rules = loadUrgencyRules(join(intentsDir, URGENCY_FILE));
  const concepts = loadConcepts(intentsDir);
  const folds = stratifiedFolds(examples, k, (e) => `${e.form}|${e.topic}|${e.urgent}`, seed);
  const preds: Prediction[] = [];
  const t0 = performance.now();
  for (let f = 0; f < k; f += 1) {
    const train = examples.filter((_, i) => folds[i] !== f);
    const test = examples.filter((_, i) => folds[i] === f);
    const c = trainTopicClassifier(train, loadFormDetector(intentsDir), rules, DEFAULT_CLASSIFIER_OPTIONS, concepts);
    preds.push(...predictAll(c, test.map((e) => ({ text: e.text, topic: e.topic, urgent: e.urgent, lang: e.form }))));
    if (!json) console.error(`fold ${f + 1}/${k} done`);
  }
  const report = scorePredictions(preds, top);
  if (json) console.log(JSON.stringify({ k, seed, ms: Math.round(performance.now() - t0), ...report }));
  else printReport(`${k}-fold cross-validation on ${intentsDir} (seed ${seed})`, report);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      set: { type: "string" },
      safety: { type: "string" },
      train: { type: "string", multiple: true },
      test: { type: "string", multiple: true },
      braun: { type: "string" },
      cv: { type: "string" },
      seed: { type: "string" },
      repeat: { type: "string" },
      intents: { type: "string" },
      top: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: false,
  });
  const json = values.json ?? false;
  const top = Number(values.top ?? 10) || 10;
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (values.set) return runSet(values.set, json, top);
  if (values.safety) return runSafety(values.safety, json);
  const k = values.cv === undefined ? undefined : Number(values.cv);
  if (k !== undefined && (!Number.isInteger(k) || k < 2)) throw new Error("--cv needs an integer K ≥ 2");
  const seed = Number(values.seed ?? 42) || 42;
  if (k !== undefined && (values.braun || values.train)) {
    if (values.test) throw new Error("--cv with --train uses the train files only: leave out --test");
    const repeats = Number(values.repeat ?? 1);
    if (!Number.isInteger(repeats) || repeats < 1) throw new Error("--repeat needs an integer R ≥ 1");
    const files = values.braun
      ? ["askubuntu", "chatbot", "webapplications"].map((c) => join(values.braun ?? "", `${c}.train.jsonl`))
      : (values.train ?? []);
    return runTrainCv(files, k, seed, repeats, json, top);
  }
  if (values.braun) {
    const dir = values.braun;
    return runPairs(
      ["askubuntu", "chatbot", "webapplications"].map((c) => [join(dir, `${c}.train.jsonl`), join(dir, `${c}.test.jsonl`)] as [string, string]),
      json,
      top,
    );
  }
  if (values.train || values.test) {
    const tr = values.train ?? [];
    const te = values.test ?? [];
    if (tr.length !== te.length || !tr.length) throw new Error("give --train FILE --test FILE in pairs");
    return runPairs(
      tr.map((t, i) => [t, te[i] ?? ""] as [string, string]),
      json,
      top,
    );
  }
  if (k !== undefined) return runCv(k, seed, values.intents ?? DEFAULT_INTENTS_DIR, json, top);
  console.log(HELP);
  process.exitCode = 2;
}

// A closed pipe (e.g. `| head`) ends the program quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

main().catch((e: unknown) => {
  console.error((e as Error)?.message ?? String(e));
  process.exit(1);
});
