import { z } from "zod";

/**
 * Every environment variable the bot reads, validated once at start-up.
 * A bad value stops the process with one line naming the variable and what it expects;
 * secret values are never echoed back.
 */
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const configSchema = z
  .object({
    BOT_TOKEN: optionalString.pipe(
      z
        .string()
        .regex(/^\d{3,15}:[A-Za-z0-9_-]{30,64}$/, "expected a token from @BotFather, like 123456789:AA…")
        .optional(),
    ),
    BOT_API_ROOT: optionalString.pipe(z.url({ message: "expected a URL such as http://127.0.0.1:8081" }).optional()),
    BOT_USERNAME: optionalString.pipe(
      z
        .string()
        .regex(/^@?[A-Za-z][A-Za-z0-9_]{3,31}$/, "expected the bot's username, like nirapod_bot")
        .transform((v) => v.replace(/^@/, ""))
        .optional(),
    ),
    WEBHOOK_URL: optionalString.pipe(
      z.url({ protocol: /^https$/, message: "expected a public https:// URL" }).optional(),
    ),
    WEBHOOK_SECRET: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, "expected 16–256 characters of A–Z, a–z, 0–9, _ and -")
        .optional(),
    ),
    WEBHOOK_HOST: z.string().trim().min(1).default("127.0.0.1"),
    WEBHOOK_PORT: z.coerce.number({ message: "expected a port number" }).int().min(1).max(65535).default(8081),
    HELPLINE_COUNTRY: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "expected a two-letter country code such as BD")
      .default("BD"),
    STATE_TTL_MINUTES: z.coerce.number({ message: "expected a number of minutes" }).int().min(1).max(10080).default(720),
    RATE_LIMIT_PER_MINUTE: z.coerce
      .number({ message: "expected a whole number such as 30" })
      .int("expected a whole number such as 30")
      .min(21, "must be more than 20: a frightened teen can send 20 messages in a minute")
      .max(10_000, "expected at most 10000")
      .default(30),
    CLASS_POLL_SECONDS: z.coerce
      .number({ message: "expected a number of seconds such as 180" })
      .int("expected a whole number of seconds such as 180")
      .min(10, "expected at least 10 seconds")
      .max(3600, "expected at most 3600 seconds (an hour)")
      .default(180),
    CLASS_SESSION_MINUTES: z.coerce
      .number({ message: "expected a number of minutes such as 120" })
      .int("expected a whole number of minutes such as 120")
      .min(10, "expected at least 10 minutes")
      .max(1440, "expected at most 1440 minutes (a day)")
      .default(120),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .refine((v) => /^postgres(ql)?:\/\/./.test(v) || !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(v), {
          message: "expected file:PATH, a file path, or postgres://user:password@host/database",
        })
        .default("file:data/nirapod.sqlite"),
    ),
    DASHBOARD_HOST: z.string().trim().min(1).default("127.0.0.1"),
    DASHBOARD_PORT: z.coerce.number({ message: "expected a port number" }).int().min(1).max(65535).default(8080),
    DASHBOARD_TOKEN: optionalString.pipe(
      z.string().min(16, "expected a long random secret (at least 16 characters), e.g. from `openssl rand -hex 32`").optional(),
    ),
    STATS_MIN_COUNT: z.coerce
      .number({ message: "expected a whole number such as 5" })
      .int("expected a whole number such as 5")
      .min(2, "must be at least 2 (small-count suppression cannot be turned off)")
      .max(1000, "expected at most 1000")
      .default(5),
    STATS_FLUSH_SECONDS: z.coerce.number({ message: "expected a number of seconds" }).min(0.1).max(300).default(5),
    ADMIN_IDS: optionalString.pipe(
      z
        .string()
        .regex(/^\d{1,15}(\s*[,\s]\s*\d{1,15})*$/, "expected Telegram user ids separated by commas, like 12345678,87654321")
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET) {
      ctx.addIssue({ code: "custom", path: ["WEBHOOK_SECRET"], message: "is required when WEBHOOK_URL is set" });
    }
    if (env.WEBHOOK_URL && !env.BOT_TOKEN) {
      ctx.addIssue({ code: "custom", path: ["BOT_TOKEN"], message: "is required when WEBHOOK_URL is set" });
    }
  });

type Env = z.infer<typeof configSchema>;

export interface Config {
  botToken: string | undefined;
  botApiRoot: string | undefined;
  botUsername: string | undefined;
  webhook: { url: string; secret: string; host: string; port: number } | undefined;
  helplineCountry: string;
  stateTtlMs: number;
  /** Messages a chat may send in a minute before the bot holds back (urgent ones and SOS always pass). */
  rateLimitPerMinute: number;
  /** Classroom sessions in groups: how long a quiz poll stays open without "Next", and how long a session left alone lives. */
  classroom: { pollMs: number; sessionMs: number };
  logLevel: Env["LOG_LEVEL"];
  /** `file:PATH` or a path (SQLite), or `postgres://…` (PostgreSQL). */
  databaseUrl: string;
  /** The program managers' dashboard; it only starts when `token` is set. */
  dashboard: { host: string; port: number; token: string | undefined };
  /** Small-count suppression threshold k and how often buffered counts are written. */
  stats: { minCount: number; flushMs: number };
  /** Telegram user ids allowed to use `/stats`; compared in memory, never stored or logged. */
  adminIds: ReadonlySet<number>;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the configuration, throwing a {@link ConfigError} with one readable line. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "configuration");
    throw new ConfigError(`${variable}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    botToken: e.BOT_TOKEN,
    botApiRoot: e.BOT_API_ROOT,
    botUsername: e.BOT_USERNAME,
    webhook:
      e.WEBHOOK_URL && e.WEBHOOK_SECRET
        ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET, host: e.WEBHOOK_HOST, port: e.WEBHOOK_PORT }
        : undefined,
    helplineCountry: e.HELPLINE_COUNTRY,
    stateTtlMs: e.STATE_TTL_MINUTES * 60_000,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    classroom: { pollMs: e.CLASS_POLL_SECONDS * 1000, sessionMs: e.CLASS_SESSION_MINUTES * 60_000 },
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    dashboard: { host: e.DASHBOARD_HOST, port: e.DASHBOARD_PORT, token: e.DASHBOARD_TOKEN },
    stats: { minCount: e.STATS_MIN_COUNT, flushMs: Math.round(e.STATS_FLUSH_SECONDS * 1000) },
    adminIds: new Set((e.ADMIN_IDS ?? "").split(/[\s,]+/).filter(Boolean).map(Number)),
  };
}

/**
 * For programs (`npm start`, `npm run dashboard`, …): the configuration, or one line on stderr
 * that names the bad variable and what it expects, and exit code 1.
 */
export function loadConfigOrExit(program: string, env: Record<string, string | undefined> = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${program}: configuration error: ${error.message}\n`);
    process.exit(1);
  }
}
