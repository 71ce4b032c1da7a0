/** Cross-validation helpers: folds are stratified, disjoint and cover every row; the CV predicts each row once per repeat. */
import { describe, expect, it } from "vitest";
import { crossValidateIntents, stratifiedFolds } from "../../src/nlu-lab/eval.js";

const rows = [
  ...Array.from({ length: 23 }, (_, i) => ({ text: `a ${i}`, intent: "A" })),
  ...Array.from({ length: 11 }, (_, i) => ({ text: `b ${i}`, intent: "B" })),
  ...Array.from({ length: 5 }, (_, i) => ({ text: `c ${i}`, intent: "C" })),
  { text: "d 0", intent: "D" },
];

describe("stratifiedFolds by intent", () => {
  it("puts every row in exactly one fold, each intent spread evenly over the folds", () => {
    const k = 5;
    const folds = stratifiedFolds(rows, k, (r) => r.intent, 7);
    expect(folds).toHaveLength(rows.length);
    for (const f of folds) expect(f >= 0 && f < k && Number.isInteger(f)).toBe(true);
    for (const intent of ["A", "B", "C", "D"]) {
      const per = new Array<number>(k).fill(0);
      rows.forEach((r, i) => {
        if (r.intent === intent) per[folds[i]!] = (per[folds[i]!] ?? 0) + 1;
      });
      expect(Math.max(...per) - Math.min(...per)).toBeLessThanOrEqual(1);
    }
  });

  it("is deterministic for a seed", () => {
    expect(stratifiedFolds(rows, 4, (r) => r.intent, 3)).toEqual(stratifiedFolds(rows, 4, (r) => r.intent, 3));
  });
});

describe("crossValidateIntents", () => {
  it("trains on the other folds only and predicts every row once per repeat", () => {
    const seen: string[] = [];
    const preds = crossValidateIntents(
      rows,
      5,
      (train) => {
        const trainTexts = new Set(train.map((r) => r.text));
        return {
          predict(text: string) {
            expect(trainTexts.has(text)).toBe(false); // held-out row never in its own training set
            seen.push(text);
            return { intent: text.slice(0, 1).toUpperCase() };
          },
        };
      },
      42,
      2,
    );
    expect(preds).toHaveLength(rows.length * 2);
    expect(preds.every((p) => p.gold === p.pred)).toBe(true);
    for (const r of rows) expect(seen.filter((t) => t === r.text)).toHaveLength(2);
  });
});
