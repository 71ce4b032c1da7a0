/**
 * The NLP.js v4 parts we use, loaded through `createRequire` (they are CommonJS without type
 * declarations) and typed here with just the surface we call:
 *   - @nlpjs/neural NeuralNetwork: the one-layer network NLP.js trains for intents (leaky-ReLU
 *     perceptron per intent, momentum SGD), used directly on our bag-of-features;
 *   - @nlpjs/lang-en-min StemmerEn (Porter) and @nlpjs/lang-bn StemmerBn.
 * Nothing here writes files, logs epochs, runs sentiment or entity extraction.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface NeuralSettings {
  iterations?: number;
  errorThresh?: number;
  deltaErrorThresh?: number;
  learningRate?: number;
  momentum?: number;
  alpha?: number;
  log?: boolean;
}

export type FeatureBag = Record<string, number>;

export interface NeuralNetworkJSON {
  settings: NeuralSettings;
  features?: string[];
  intents?: string[];
  perceptrons?: number[][];
}

export interface NeuralNetworkInstance {
  settings: NeuralSettings;
  train(corpus: Array<{ input: FeatureBag; output: Record<string, number> }>): { error: number; iterations: number };
  run(input: FeatureBag): Record<string, number> | undefined;
  toJSON(): NeuralNetworkJSON;
  fromJSON(json: NeuralNetworkJSON): void;
}

interface StemmerInstance {
  stemWord(word: string): string;
  cache: Record<string, string>;
}

const neural = require("@nlpjs/neural") as { NeuralNetwork: new (settings?: NeuralSettings) => NeuralNetworkInstance };
const langEn = require("@nlpjs/lang-en-min") as { StemmerEn: new () => StemmerInstance };
const langBn = require("@nlpjs/lang-bn") as { StemmerBn: new () => StemmerInstance };

export const NeuralNetwork = neural.NeuralNetwork;

/** A stemmer with a bounded cache (NLP.js's own cache grows with every new word it sees). */
function boundedStemmer(make: () => StemmerInstance, maxCache = 50_000): (word: string) => string {
  let stemmer = make();
  let size = 0;
  return (word: string): string => {
    if (size >= maxCache) {
      stemmer = make();
      size = 0;
    }
    size += 1;
    try {
      return stemmer.stemWord(word) || word;
    } catch {
      return word;
    }
  };
}

export const stemEn = boundedStemmer(() => new langEn.StemmerEn());
export const stemBn = boundedStemmer(() => new langBn.StemmerBn());
