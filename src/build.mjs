// `npm start`'s build step (package.json "start" runs it first): bundles src/main.ts and its packages into
// data/build/ with esbuild, so start-up reads a few files instead of resolving hundreds of modules.
// Plain JavaScript so it runs before anything is compiled. When the bundle is newer than every
// source file and the installed packages, it is kept as it is: `npm start` then starts at once.
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "data", "build");
const entry = join(outdir, "main.js");

/** Newest modification time under `dir` (files only), 0 if it does not exist. */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return latest;
}

function upToDate() {
  if (!existsSync(entry)) return false;
  const built = statSync(entry).mtimeMs;
  const inputs = [join(root, "package.json"), join(root, "package-lock.json"), join(root, "node_modules", ".package-lock.json")];
  const inputTimes = inputs.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs);
  return Math.max(newest(join(root, "src")), ...inputTimes) < built;
}

if (process.argv.includes("--force") || !upToDate()) {
  rmSync(outdir, { recursive: true, force: true });
  const { build } = await import("esbuild");
  await build({
    entryPoints: [join(root, "src", "main.ts")],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outdir,
    logLevel: "warning",
    // Native and optional database drivers stay in node_modules (loaded only when DATABASE_URL asks).
    external: ["better-sqlite3", "pg", "pg-native"],
    // Bundled CommonJS packages expect these; an ES module has none of them.
    banner: {
      js: [
        "import { createRequire as __nirapodRequire } from 'node:module';",
        "import { fileURLToPath as __nirapodPath } from 'node:url';",
        "import { dirname as __nirapodDir } from 'node:path';",
        "const require = __nirapodRequire(import.meta.url);",
        "const __filename = __nirapodPath(import.meta.url);",
        "const __dirname = __nirapodDir(__filename);",
      ].join(" "),
    },
  });
}
