import { expect, it } from "vitest";
import { runStatsBench } from "../../src/stats/bench.js";

it("the stats bench runs and reports every figure (small run)", async () => {
  const r = await runStatsBench({ incrementMs: 200, repeat: 1 });
  expect(r.incrementsPerSecond).toBeGreaterThan(10_000);
  expect(r.flushes).toBeGreaterThan(0);
  expect(r.seededRows).toBe(365 * r.metricsSeeded);
  // The target is ≤ 100 ms; this only guards against a gross regression on a slow machine.
  expect(r.statsQueryMs).toBeLessThan(1000);
  expect(r.statsReportMs).toBeLessThan(2000);
  expect(r.dashboardRender365dMs).toBeGreaterThan(0);
}, 60_000);
