/**
 * The layer rules of src/, checked by `npm test` (tests/architecture.test.ts).
 * From the bottom up: core (the domain contracts: topic ids and language forms, Locale, the
 * Metrics interface, the content reader and its issue type, describeError, HTML escaping, the
 * buttons' callback data) → nlu (what classifies), nlu-build (training and the model cache),
 * content, stats, config (what the bot knows and counts) → flows and the dashboard → bot →
 * telegram and the local chat → main.ts and the commands in cli/ (with nlu-lab/, the NLU's
 * evaluation and benchmarks, which only the commands use).
 * Only imports that stay in the built code count: a type-only import is erased.
 */
const low = "^src/(core|nlu|nlu-build|content|stats)/|^src/(config|logger)[.]ts$";
const notBelow = (name, from, to, comment) => ({ name, severity: "error", comment, from: { path: from }, to: { path: to } });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "files that import each other, directly or round a circle", from: { path: "^src/" }, to: { circular: true } },
    notBelow("core-is-the-bottom", "^src/core/", "^src/(?!core/)", "core holds the contracts every layer shares; it imports none of them"),
    notBelow("low-layers-stay-low", low, "^src/(bot|flows|dashboard|telegram|local|cli)/|^src/main[.]ts$", "nlu, content, stats and config know nothing of the bot, its flows or the dashboard"),
    notBelow("flows-below-the-bot", "^src/flows/", "^src/(bot|dashboard|telegram|local|cli)/|^src/main[.]ts$", "flows get what they need from the bot through FlowDeps (types aside)"),
    notBelow("dashboard-apart-from-the-bot", "^src/dashboard/", "^src/(bot|flows|telegram|local|cli)/|^src/main[.]ts$", "the dashboard reads the counts, never the bot"),
    notBelow("bot-below-the-entry-points", "^src/bot/", "^src/(dashboard|telegram|local|cli)/|^src/main[.]ts$", "the same bot runs on Telegram, in the local chat and in tests"),
    notBelow("nothing-imports-the-commands", "^src/(?!cli/)", "^src/cli/|^src/main[.]ts$", "cli/ and main.ts are entry points"),
    notBelow("the-bot-never-loads-the-lab", "^src/(?!cli/|nlu-lab/)", "^src/nlu-lab/", "evaluation and benchmarks are for the commands, never loaded by the bot"),
    notBelow("the-runtime-nlu-never-trains", "^src/(?!cli/|nlu-lab/|nlu-build/|main[.]ts$)", "^src/nlu-build/", "training and the model cache are loaded by the entry points (main.ts, the commands), never by the bot's own modules or the runtime NLU"),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"], extensions: [".ts", ".js", ".mjs"] },
  },
};
