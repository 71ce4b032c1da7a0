import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

it("src/ keeps its layers and has no import cycles (.dependency-cruiser.cjs)", () => {
  const run = spawnSync(`${ROOT}node_modules/.bin/depcruise`, ["src", "--config", ".dependency-cruiser.cjs", "--output-type", "err"], { cwd: ROOT, encoding: "utf8" });
  // on failure the report names each rule broken and the import that breaks it
  expect(run.stdout + run.stderr).toContain("no dependency violations found");
  expect(run.status).toBe(0);
}, 60_000);
