import pino, { type Logger } from "pino";

/**
 * Structured logs to stderr (stdout belongs to the local chat). Nothing a user wrote, and no
 * user, chat or file id, is ever passed to the logger; the redaction below is a second fence.
 */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ["*.text", "*.chat", "*.from", "*.payload", "*.file_id", "*.username"], censor: "[redacted]" },
    },
    pino.destination(2),
  );
}
