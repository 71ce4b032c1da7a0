/** Classification speed, for `npm run bench`. */
import type { Classifier } from "../nlu/classifier.js";

export interface BenchResult {
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
  /** classify calls measured */
  calls: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] ?? 0;
}

/**
 * Time `classifier.classify` over `texts`, `iterations` rounds (after one warm-up round).
 * Returns per-call p50/p99 latency in milliseconds and calls per second overall.
 */
export function benchClassify(classifier: Classifier, texts: readonly string[], iterations = 10): BenchResult {
  const list = texts.length ? texts : ["hello"];
  for (const t of list) classifier.classify(t);
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < Math.max(1, iterations); i += 1) {
    for (const t of list) {
      const t0 = performance.now();
      classifier.classify(t);
      times.push(performance.now() - t0);
    }
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    p50Ms: r(percentile(times, 50)),
    p99Ms: r(percentile(times, 99)),
    perSecond: Math.round((times.length / total) * 1000),
    calls: times.length,
  };
}
