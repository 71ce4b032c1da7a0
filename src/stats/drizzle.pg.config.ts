/**
 * drizzle-kit config for the PostgreSQL migrations. Run from the repository root:
 * `npx drizzle-kit generate --config src/stats/drizzle.pg.config.ts` after changing schema.ts.
 */
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/stats/schema.ts",
  out: "./src/stats/migrations/pg",
  casing: "snake_case",
});
