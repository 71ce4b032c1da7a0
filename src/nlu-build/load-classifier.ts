/**
 * The classifier the bot runs, from the cache under data/model/ when a model for the current
 * intents/ exists, else trained now (about 20 s) and written there. The cache key is a hash of
 * every file in intents/, the pipeline version and the options.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_CLASSIFIER_OPTIONS, TopicClassifier, type ClassifierJSON, type ClassifierOptions } from "../nlu/classifier.js";
import { DANGER_SIGNALS_FILE, loadDangerSignals } from "../nlu/danger-signals.js";
import { EnsembleClassifier } from "../nlu/index.js";
import { loadUrgencyRules, URGENCY_FILE } from "../nlu/urgency.js";
import { UrgencyModel, type UrgencyModelJSON } from "../nlu/urgency-model.js";
import { hashIntentsDir } from "./intents.js";
import { trainFromIntents } from "./train-classifier.js";

/**
 * Bump when anything that changes the trained model changes (features, training, options),
 * so that caches from older code are not used.
 */
export const PIPELINE_VERSION = "nirapod-nlu-20";

const HERE = dirname(fileURLToPath(import.meta.url));
/** Repository paths, resolved from this file (src/nlu/) so the cwd does not matter. */
export const DEFAULT_INTENTS_DIR = resolve(HERE, "../../intents");
export const DEFAULT_CACHE_DIR = resolve(HERE, "../../data/model");

export interface LoadOptions {
  intentsDir?: string;
  cacheDir?: string;
  /** train even if a cached model for the current intents exists */
  retrain?: boolean;
  /** override the classifier options (tests and experiments); part of the cache key */
  classifierOptions?: Partial<ClassifierOptions>;
}

export interface LoadInfo {
  /** true when the model came from the cache */
  fromCache: boolean;
  /** hash of intents/ + pipeline version (the cache key) */
  hash: string;
  cacheFile: string;
  /** training examples */
  examples: number;
  /** milliseconds spent training (0 from cache) */
  trainMs: number;
  /** milliseconds spent in loadClassifier overall */
  loadMs: number;
  /** problems found in intents/ while loading (files with errors are skipped) */
  warnings: string[];
}

export interface LoadedClassifier extends EnsembleClassifier {
  readonly info: LoadInfo;
}

interface CacheFile {
  version: string;
  hash: string;
  createdAt: string;
  trainMs: number;
  classifier: ClassifierJSON;
  urgency: UrgencyModelJSON;
}

function cacheName(hash: string): string {
  return `nlu-${hash.slice(0, 16)}.json`;
}

/**
 * JSON with every non-ASCII character escaped (\uXXXX). The model holds Bengali words; without
 * them the file reads into a one-byte string, which V8 keeps at half the memory and parses faster.
 */
function asciiJson(value: unknown): string {
  // per UTF-16 code unit (no "u" flag), so an emoji becomes its two escaped surrogates
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function writeAtomic(path: string, data: string): void {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/**
 * Load the classifier: from data/model/ when a model for the current intents/ exists, otherwise
 * train it (a few seconds) and write the cache. The urgency rules are always read fresh from
 * intents/urgency.yaml (they are part of the hash too).
 */
export async function loadClassifier(opts: LoadOptions = {}): Promise<LoadedClassifier> {
  const t0 = performance.now();
  const intentsDir = resolve(opts.intentsDir ?? DEFAULT_INTENTS_DIR);
  const cacheDir = resolve(opts.cacheDir ?? DEFAULT_CACHE_DIR);
  const options: ClassifierOptions = { ...DEFAULT_CLASSIFIER_OPTIONS, ...(opts.classifierOptions ?? {}) };
  if (!existsSync(intentsDir)) throw new Error(`NLU: intents folder not found: ${intentsDir}`);
  const hash = hashIntentsDir(intentsDir, `${PIPELINE_VERSION}\n${JSON.stringify(options)}`);
  const cacheFile = join(cacheDir, cacheName(hash));
  const rules = loadUrgencyRules(join(intentsDir, URGENCY_FILE));

  if (!opts.retrain && existsSync(cacheFile)) {
    try {
      const data = JSON.parse(readFileSync(cacheFile, "utf8")) as CacheFile;
      if (data.version === PIPELINE_VERSION && data.hash === hash) {
        const c = new EnsembleClassifier(
          TopicClassifier.fromJSON(data.classifier, rules),
          loadDangerSignals(join(intentsDir, DANGER_SIGNALS_FILE)),
          UrgencyModel.fromJSON(data.urgency),
        );
        // The inference tables (feature tables, spelling index) are built by the first message,
        // not here: start-up is what a restart waits for.
        const info: LoadInfo = { fromCache: true, hash, cacheFile, examples: c.examples, trainMs: 0, loadMs: performance.now() - t0, warnings: [] };
        return Object.assign(c, { info });
      }
    } catch {
      // unreadable cache: retrain below
    }
  }

  const t1 = performance.now();
  const { classifier, warnings } = trainFromIntents(intentsDir, options);
  const trainMs = performance.now() - t1;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const file: CacheFile = { version: PIPELINE_VERSION, hash, createdAt: new Date().toISOString(), trainMs: Math.round(trainMs), classifier: classifier.main.toJSON(), urgency: classifier.urgency.toJSON() };
    writeAtomic(cacheFile, asciiJson(file));
    for (const name of readdirSync(cacheDir)) {
      if (/^nlu-[0-9a-f]{16}\.json$/u.test(name) && name !== cacheName(hash)) {
        try {
          unlinkSync(join(cacheDir, name));
        } catch {
          // another process may have removed it
        }
      }
    }
  } catch (e) {
    warnings.push(`could not write the model cache ${cacheFile}: ${(e as Error).message}`);
  }
  const info: LoadInfo = { fromCache: false, hash, cacheFile, examples: classifier.examples, trainMs, loadMs: performance.now() - t0, warnings };
  return Object.assign(classifier, { info });
}
