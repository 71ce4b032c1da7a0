/** npm run nlu:train — retrain the NLU model from intents/ and write the cache (data/model/). */
import { loadClassifier } from "../nlu-build/load-classifier.js";

async function main(): Promise<void> {
  const c = await loadClassifier({ retrain: true });
  for (const w of c.info.warnings) console.error(`warning: ${w}`);
  console.log(`trained on ${c.info.examples} examples in ${(c.info.trainMs / 1000).toFixed(1)} s → ${c.info.cacheFile}`);
}

main().catch((e: unknown) => {
  console.error((e as Error)?.message ?? String(e));
  process.exit(1);
});
