import { GrammyError, HttpError } from "grammy";

/** What is safe to log about a failed update or Bot API call: never text, ids or payloads. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof GrammyError) return { kind: "bot-api", method: error.method, code: error.error_code, description: error.description };
  if (error instanceof HttpError) return { kind: "network", message: error.message };
  if (error instanceof Error) return { kind: error.name, message: error.message.slice(0, 200) };
  return { kind: typeof error };
}
