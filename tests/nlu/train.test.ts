import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { FastNeuralNetwork } from "../../src/nlu-build/fast-neural-network.js";
import { trainIntentModel } from "../../src/nlu-build/train-model.js";
import { IntentModel } from "../../src/nlu/model.js";

const { NeuralNetwork } = createRequire(import.meta.url)("@nlpjs/neural") as {
  NeuralNetwork: new (settings?: object) => { train(corpus: unknown): unknown; toJSON(): { perceptrons: number[][] } };
};

const corpus: Array<{ input: Record<string, number>; output: Record<string, number> }> = [
  { input: { "e:pic": 1, "e:send": 1 }, output: { image_request: 1 } },
  { input: { "e:pic": 1, "e:post": 1, "c:img": 1 }, output: { image_shared: 1 } },
  { input: { "e:hello": 1 }, output: { greeting: 1 } },
  { input: { "e:hi": 1, "e:there": 0.5 }, output: { greeting: 1 } },
  { input: { nonefeature: 1 }, output: { None: 1 } },
];

describe("training", () => {
  it("the faster training loop gives NLP.js's own NeuralNetwork weights", () => {
    const settings = { iterations: 50, learningRate: 0.3, log: false };
    const fast = new FastNeuralNetwork(settings);
    const own = new NeuralNetwork(settings);
    fast.train(corpus);
    own.train(corpus);
    expect(fast.toJSON().perceptrons).toEqual(own.toJSON().perceptrons);
  });

  it("a model read back from its cache form classifies as the one trained", () => {
    const examples = [
      ...["send me a pic", "send your photo", "want a pic of you"].map((text) => ({ text, intent: "image_request", form: "en" as const })),
      ...["hello", "hi there", "good morning"].map((text) => ({ text, intent: "greeting", form: "en" as const })),
    ];
    const model = trainIntentModel(examples);
    const back = IntentModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    for (const text of ["send a pic", "hello there", "zzz"]) {
      const a = model.predict(text, "en");
      const b = back.predict(text, "en");
      expect(b.map((s) => s.intent)).toEqual(a.map((s) => s.intent));
      b.forEach((s, i) => expect(s.score).toBeCloseTo(a[i]!.score, 4));
    }
    expect(model.predict("send a pic", "en")[0]!.intent).toBe("image_request");
    expect(model.predict("hello there", "en")[0]!.intent).toBe("greeting");
  });
});
