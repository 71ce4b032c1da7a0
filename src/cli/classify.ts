/**
 * npm run -s classify
 * JSON Lines on stdin: {"text": "..."} per line. One JSON line per input on stdout, in order:
 * {"topic": "...", "urgent": false, "confidence": 0.93, "lang": "en"}; in the grey zone (the bot
 * first asks "Are you safe right now?") also "check": true. Blank lines are skipped.
 * A line that is not JSON is classified as plain text and marked "error"; a JSON line without a
 * string "text" gets out_of_scope and "error". Nothing else is written to stdout.
 */
import { createInterface } from "node:readline";
import { loadClassifier } from "../nlu-build/load-classifier.js";
import { type Classification } from "../nlu/index.js";

interface OutLine {
  topic: string;
  urgent: boolean;
  confidence: number;
  lang: string;
  check?: true;
  error?: string;
}

function toOut(c: Classification, error?: string): OutLine {
  return { topic: c.topic, urgent: c.urgent, confidence: c.confidence, lang: c.lang, ...(c.check ? { check: true } : {}), ...(error ? { error } : {}) };
}

async function main(): Promise<void> {
  const classifier = await loadClassifier();
  for (const w of classifier.info.warnings) process.stderr.write(`classify: ${w}\n`);
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let out: OutLine;
    let parsed: unknown;
    let isJson = true;
    try {
      parsed = JSON.parse(line);
    } catch {
      isJson = false;
    }
    if (!isJson) {
      out = toOut(classifier.classify(line), "invalid JSON: classified the raw line");
    } else if (parsed !== null && typeof parsed === "object" && typeof (parsed as { text?: unknown }).text === "string") {
      out = toOut(classifier.classify((parsed as { text: string }).text));
    } else {
      out = { topic: "out_of_scope", urgent: false, confidence: 0, lang: "en", error: 'expected {"text": "..."}' };
    }
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) {
      await new Promise<void>((r) => process.stdout.once("drain", () => r()));
    }
  }
}

// A closed pipe (e.g. `| head`) ends the program quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

main().catch((e: unknown) => {
  process.stderr.write(`classify: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(1);
});
