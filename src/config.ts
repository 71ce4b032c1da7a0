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
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
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
  logLevel: Env["LOG_LEVEL"];
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
    logLevel: e.LOG_LEVEL,
  };
}
