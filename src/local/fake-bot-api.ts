import type { UserFromGetMe } from "grammy/types";

/** One request the bot made to the Bot API. */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** What the fake answered (undefined when the call was made to fail). */
  result?: unknown;
}

export interface ApiFailure {
  error_code: number;
  description: string;
}

/** The bot's own account in the local chat and in tests. */
export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 1000000001,
  is_bot: true,
  first_name: "Nirapod",
  username: "nirapod_local_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
} as UserFromGetMe;

/**
 * A Bot API that lives in this process: it records every call the bot makes and answers
 * like Telegram would, without any network. Plugged in as the bot client's `fetch`, so it
 * sees calls made from anywhere in the bot (including inside conversations).
 */
export class FakeBotApi {
  readonly calls: ApiCall[] = [];
  /** Methods that should fail, to prove a failing non-essential call does not stop a reply. */
  readonly failures = new Map<string, ApiFailure>();
  private nextMessageId = 100_000;
  private readonly record: boolean;

  /** `record: false` keeps no calls (benchmarks, where a growing list would only measure the GC). */
  constructor(options: { record?: boolean } = {}) {
    this.record = options.record ?? true;
  }

  /**
   * grammY reads nothing of the response but `json()`, so the answer is a minimal object with
   * it: a full `Response` with its body stream would cost more than the bot itself.
   */
  readonly fetch = (async (input: unknown, init?: { body?: unknown }) => {
    const url = String(input);
    const method = url.slice(url.lastIndexOf("/") + 1);
    // Without recording (benchmarks) the payload is not even read: that is the server's work, not the bot's.
    const payload = this.record && typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : {};
    const failure = this.failures.get(method);
    const result = failure ? undefined : this.resultFor(method, payload);
    if (this.record) this.calls.push({ method, payload, result });
    const body = failure ? { ok: false, ...failure } : { ok: true, result };
    const status = failure ? failure.error_code : 200;
    return { ok: !failure, status, json: async () => body };
  }) as unknown as typeof fetch;

  /** Calls recorded since `index`, optionally only of the given methods. */
  since(index: number, ...methods: string[]): ApiCall[] {
    return this.calls.slice(index).filter((c) => methods.length === 0 || methods.includes(c.method));
  }

  private resultFor(method: string, payload: Record<string, unknown>): unknown {
    switch (method) {
      case "getMe":
        return LOCAL_BOT_INFO;
      case "sendMessage":
      case "editMessageText":
      case "editMessageReplyMarkup":
        return {
          message_id: method === "sendMessage" ? this.nextMessageId++ : (payload.message_id ?? 0),
          date: Math.floor(Date.now() / 1000),
          chat: { id: payload.chat_id, type: "private" },
          text: payload.text ?? "",
        };
      case "getUpdates":
        return [];
      default:
        return true;
    }
  }
}
