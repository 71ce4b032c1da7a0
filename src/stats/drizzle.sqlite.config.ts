/**
 * drizzle-kit config for the SQLite migrations. Run from the repository root:
 * `npx drizzle-kit generate --config src/stats/drizzle.sqlite.config.ts` after changing schema.ts.
 */
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./src/stats/schema.ts",
  out: "./src/stats/migrations/sqlite",
  casing: "snake_case",
});
