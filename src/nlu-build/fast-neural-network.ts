/**
 * NLP.js's NeuralNetwork with a faster training loop (training only: the bot's inference reads
 * the trained weights in src/nlu/model.ts). Subclasses NLP.js's internals, so @nlpjs/neural is
 * pinned to an exact version in package.json.
 */
import { createRequire } from "node:module";
import type { FeatureBag, NeuralNetworkJSON, NeuralSettings } from "../nlu/nlpjs.js";

export interface NeuralNetworkInstance {
  settings: NeuralSettings;
  train(corpus: Array<{ input: FeatureBag; output: Record<string, number> }>): { error: number; iterations: number };
  run(input: FeatureBag): Record<string, number> | undefined;
  toJSON(): NeuralNetworkJSON;
  fromJSON(json: NeuralNetworkJSON): void;
}

const neural = createRequire(import.meta.url)("@nlpjs/neural") as { NeuralNetwork: new (settings?: NeuralSettings) => NeuralNetworkInstance };

/** What NLP.js's CorpusLookup makes of one training item: feature/output indices → value. */
interface PreparedItem {
  input: { keys: number[]; data: Record<number, number> };
  output: { keys: number[]; data: Record<number, number> };
}
interface Perceptron {
  id: number;
  weights: Float32Array;
  changes: Float32Array;
  bias: number;
}
interface NeuralInternals {
  settings: NeuralSettings;
  decayLearningRate: number;
  prepareCorpus(corpus: unknown): PreparedItem[];
}

/**
 * NLP.js's NeuralNetwork with its training inner loop over flat typed arrays instead of the
 * integer-keyed objects CorpusLookup builds (V8 keeps those as dictionaries: training was
 * ~10× slower). Same updates in the same order on the same Float32Arrays, so the trained
 * weights are NeuralNetwork's own (checked by a test); the epoch loop, learning-rate decay,
 * stopping rules, run and toJSON/fromJSON are NLP.js's.
 */
export class FastNeuralNetwork extends (neural.NeuralNetwork as unknown as new (settings?: NeuralSettings) => NeuralNetworkInstance) {
  private flat: { start: Int32Array; keys: Int32Array; values: Float64Array; expected: Float64Array[] } | undefined;

  prepareCorpus(corpus: unknown): PreparedItem[] {
    const data = (neural.NeuralNetwork.prototype as unknown as NeuralInternals).prepareCorpus.call(this, corpus);
    const start = new Int32Array(data.length + 1);
    data.forEach((item, i) => {
      start[i + 1] = (start[i] ?? 0) + item.input.keys.length;
    });
    const keys = new Int32Array(start[data.length] ?? 0);
    const values = new Float64Array(keys.length);
    let nOut = 0;
    for (const item of data) for (const o of item.output.keys) nOut = Math.max(nOut, o + 1);
    const expected = Array.from({ length: nOut }, () => new Float64Array(data.length));
    data.forEach((item, i) => {
      let at = start[i] ?? 0;
      for (const key of item.input.keys) {
        keys[at] = key;
        values[at] = item.input.data[key] ?? 0;
        at += 1;
      }
      for (const o of item.output.keys) (expected[o] as Float64Array)[i] = item.output.data[o] || 0;
    });
    this.flat = { start, keys, values, expected };
    return data;
  }

  trainPerceptron(perceptron: Perceptron, data: PreparedItem[]): number {
    const flat = this.flat as NonNullable<FastNeuralNetwork["flat"]>;
    const self = this as unknown as NeuralInternals;
    const alpha = self.settings.alpha ?? 0.07;
    const momentum = self.settings.momentum ?? 0.5;
    const rate = self.decayLearningRate;
    const { changes, weights } = perceptron;
    const { start, keys, values } = flat;
    const expected = flat.expected[perceptron.id];
    let bias = perceptron.bias;
    let error = 0;
    for (let i = 0; i < data.length; i += 1) {
      const from = start[i] as number;
      const to = start[i + 1] as number;
      let sum = bias;
      for (let j = from; j < to; j += 1) sum += (values[j] as number) * (weights[keys[j] as number] as number);
      const actualOutput = sum <= 0 ? 0 : alpha * sum;
      const currentError = (expected ? (expected[i] as number) : 0) - actualOutput;
      if (currentError) {
        error += currentError ** 2;
        const delta = (actualOutput > 0 ? 1 : alpha) * currentError * rate;
        for (let j = from; j < to; j += 1) {
          const key = keys[j] as number;
          const change = delta * (values[j] as number) + momentum * (changes[key] as number);
          changes[key] = change;
          weights[key] = (weights[key] as number) + change;
        }
        bias += delta;
      }
    }
    perceptron.bias = bias;
    return error;
  }
}

