import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project root (the folder with package.json), found by walking up from this module, so
 * content and migrations are found whether the code runs from src/ (tsx, tests) or from the
 * bundle `npm start` builds under data/build/, and from any working directory.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = `${findRoot(dirname(fileURLToPath(import.meta.url)))}/`;
