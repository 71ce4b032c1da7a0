import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { drizzle as drizzleSqlite, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate as migrateSqlite } from "drizzle-orm/better-sqlite3/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type pg from "pg";
import { PROJECT_ROOT } from "../core/paths.js";
import { pgSchema, sqliteSchema } from "./schema.js";

/** Where the counts live, as chosen by `DATABASE_URL`. */
export type DatabaseTarget = { dialect: "sqlite"; path: string } | { dialect: "pg"; url: string };

export interface SqliteStatsDb {
  dialect: "sqlite";
  db: BetterSQLite3Database<typeof sqliteSchema>;
  /** The better-sqlite3 connection (WAL mode). */
  client: Database.Database;
  /** The file path, or `:memory:`. */
  path: string;
  close(): Promise<void>;
}

export interface PgStatsDb {
  dialect: "pg";
  db: NodePgDatabase<typeof pgSchema>;
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * An open stats database of either dialect. Every stats function takes one of these, so tests
 * can hand in a fresh `:memory:` database.
 *
 * @example
 * const db = await openStatsDb("file:data/nirapod.sqlite");
 * await addCounts(db, [{ day: "2025-01-31", metric: "messages", n: 3 }]);
 */
export type StatsDb = SqliteStatsDb | PgStatsDb;

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

/**
 * Reads `DATABASE_URL`: `postgres://…` (or `postgresql://…`) selects PostgreSQL; `file:PATH`
 * or a plain path selects SQLite at PATH (relative paths from the working directory).
 */
export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  const value = (url ?? "").trim() || "file:data/nirapod.sqlite";
  if (/^postgres(ql)?:\/\//i.test(value)) return { dialect: "pg", url: value };
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value) && !/^file:/i.test(value)) {
    throw new DatabaseUrlError("DATABASE_URL: expected file:PATH, a file path, or postgres://user:password@host/database");
  }
  const path = value.replace(/^file:(\/\/)?/i, "");
  if (path === "") throw new DatabaseUrlError("DATABASE_URL: file: needs a path, like file:data/nirapod.sqlite");
  return { dialect: "sqlite", path };
}

const migrationsDir = (dialect: "sqlite" | "pg") => resolve(PROJECT_ROOT, "src/stats/migrations", dialect);

export interface OpenOptions {
  /**
   * SQLite: how long a write waits for a lock, in ms. Kept short because better-sqlite3 waits
   * synchronously and the bot must not stall; a locked flush is simply retried later.
   */
  busyTimeoutMs?: number;
  /** PostgreSQL: a schema to create and use (tests isolate themselves this way). */
  pgSchemaName?: string;
  /** PostgreSQL: how long to wait for a connection or a statement, in ms. */
  pgTimeoutMs?: number;
}

/** Opens SQLite at `path` in WAL mode and applies the committed migrations. */
export function openSqlite(path: string, options: OpenOptions = {}): SqliteStatsDb {
  const memory = path === ":memory:";
  if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const client = new Database(path, { timeout: options.busyTimeoutMs ?? 50 });
  try {
    if (!memory) client.pragma("journal_mode = WAL");
    client.pragma("synchronous = NORMAL");
    const db = drizzleSqlite({ client, schema: sqliteSchema, casing: "snake_case" });
    migrateSqlite(db, { migrationsFolder: migrationsDir("sqlite") });
    return {
      dialect: "sqlite",
      db,
      client,
      path,
      close: async () => {
        if (client.open) client.close();
      },
    };
  } catch (error) {
    client.close();
    throw error;
  }
}

/** Connects to PostgreSQL and applies the committed migrations. */
export async function openPostgres(url: string, options: OpenOptions = {}): Promise<PgStatsDb> {
  const timeout = options.pgTimeoutMs ?? 5000;
  const schemaName = options.pgSchemaName;
  if (schemaName !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schemaName)) {
    throw new Error("pgSchemaName: expected a lower-case identifier");
  }
  // PostgreSQL's driver is loaded only when DATABASE_URL asks for it: it slows every start-up.
  const [{ default: pgDriver }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
    import("pg"),
    import("drizzle-orm/node-postgres"),
    import("drizzle-orm/node-postgres/migrator"),
  ]);
  const pool = new pgDriver.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: timeout,
    query_timeout: timeout,
    idleTimeoutMillis: 30_000,
    options: schemaName ? `-c search_path=${schemaName}` : undefined,
  });
  // An idle client losing its connection emits 'error' on the pool; unhandled, it would end
  // the process. The next query fails instead, and the metrics buffer keeps the counts.
  pool.on("error", () => undefined);
  try {
    if (schemaName) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schemaName}"`);
    const db = drizzlePg({ client: pool, schema: pgSchema, casing: "snake_case" });
    await migratePg(db, { migrationsFolder: migrationsDir("pg"), migrationsSchema: schemaName });
    return { dialect: "pg", db, pool, close: () => pool.end() };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

/**
 * Opens the database `DATABASE_URL` names (default: SQLite at data/nirapod.sqlite) and runs
 * the migrations. Call once at start-up and pass the result around; `close()` at shutdown.
 */
export async function openStatsDb(url: string | undefined, options: OpenOptions = {}): Promise<StatsDb> {
  const target = parseDatabaseUrl(url);
  return target.dialect === "sqlite" ? openSqlite(target.path, options) : openPostgres(target.url, options);
}
