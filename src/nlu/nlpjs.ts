/**
 * The NLP.js v4 parts the bot runs, loaded through `createRequire` (they are CommonJS without
 * type declarations) and typed here with just the surface we call: @nlpjs/lang-en-min StemmerEn
 * (Porter) and @nlpjs/lang-bn StemmerBn; and the settings and JSON form of @nlpjs/neural's
 * NeuralNetwork (the one-layer network NLP.js trains for intents: a leaky-ReLU perceptron per
 * intent), which src/nlu-build/ trains and src/nlu/model.ts reads.
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

interface StemmerInstance {
  stemWord(word: string): string;
  cache: Record<string, string>;
}

const langEn = require("@nlpjs/lang-en-min") as { StemmerEn: new () => StemmerInstance };
const langBn = require("@nlpjs/lang-bn") as { StemmerBn: new () => StemmerInstance };

/**
 * A stemmer that keeps no words. NLP.js's stemmers remember every word they stem; a word from a
 * message must not stay in memory after its message, so it is dropped from that cache at once.
 */
export function forgetfulStemmer(make: () => StemmerInstance): (word: string) => string {
  const stemmer = make();
  return (word: string): string => {
    try {
      return stemmer.stemWord(word) || word;
    } catch {
      return word;
    } finally {
      delete stemmer.cache[`.${word}`];
    }
  };
}

export const stemEn = forgetfulStemmer(() => new langEn.StemmerEn());
export const stemBn = forgetfulStemmer(() => new langBn.StemmerBn());
