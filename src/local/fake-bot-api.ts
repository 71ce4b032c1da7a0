import type { ChatMember, Poll, UserFromGetMe } from "grammy/types";

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

/** A chat member's status, as getChatMember answers it. */
export type MemberStatus = ChatMember["status"];

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
  private nextPollId = 5_123_456_789_000_000_000n;
  private readonly record: boolean;
  /** Polls the bot sent, by their poll id, with where they are. */
  private readonly polls = new Map<string, { chatId: unknown; messageId: number; poll: Poll }>();
  /** getChatMember's answers, per "chat:user"; anyone not set is a plain `member`. */
  private readonly members = new Map<string, MemberStatus>();

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

  /** Makes getChatMember answer `status` for this user in this chat (`creator`, `administrator`, `left`…). */
  setMember(chatId: number, userId: number, status: MemberStatus): void {
    this.members.set(`${chatId}:${userId}`, status);
  }

  /**
   * People in the room answer a poll the bot sent: `votes[i]` more voters for option i. Returns the
   * poll as Telegram would send it in a `poll` update (anonymous totals only), or undefined for a
   * poll this fake never sent.
   */
  vote(pollId: string, votes: readonly number[]): Poll | undefined {
    const sent = this.polls.get(pollId);
    if (!sent || sent.poll.is_closed) return sent ? structuredClone(sent.poll) : undefined;
    votes.forEach((n, i) => {
      const option = sent.poll.options[i];
      if (option) option.voter_count += n;
    });
    sent.poll.total_voter_count += votes.reduce((a, b) => a + b, 0);
    return structuredClone(sent.poll);
  }

  /** The poll of a message the bot sent, as it stands. */
  pollIn(messageId: number): Poll | undefined {
    for (const sent of this.polls.values()) if (sent.messageId === messageId) return structuredClone(sent.poll);
    return undefined;
  }

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
      case "sendPoll":
        return this.sendPoll(payload);
      case "stopPoll": {
        const sent = [...this.polls.values()].find((p) => p.chatId === payload.chat_id && p.messageId === payload.message_id);
        if (!sent) return undefined;
        sent.poll.is_closed = true;
        return structuredClone(sent.poll);
      }
      case "getChatMember": {
        const status = this.members.get(`${String(payload.chat_id)}:${String(payload.user_id)}`) ?? "member";
        return { status, user: { id: payload.user_id, is_bot: false, first_name: "Member" } };
      }
      case "getUpdates":
        return [];
      default:
        return true;
    }
  }

  private sendPoll(payload: Record<string, unknown>) {
    const id = String(this.nextPollId++);
    const options = (payload.options as Array<string | { text: string }>).map((o) => ({ text: typeof o === "string" ? o : o.text, voter_count: 0 }));
    const poll = {
      id,
      question: String(payload.question),
      options,
      total_voter_count: 0,
      is_closed: false,
      is_anonymous: payload.is_anonymous !== false,
      type: payload.type === "quiz" ? "quiz" : "regular",
      allows_multiple_answers: false,
      correct_option_id: payload.correct_option_id,
      explanation: payload.explanation,
      allows_revoting: false,
      members_only: false,
    } as unknown as Poll;
    const messageId = this.nextMessageId++;
    this.polls.set(id, { chatId: payload.chat_id, messageId, poll });
    return { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: payload.chat_id, type: "group", title: "Group" }, poll: structuredClone(poll) };
  }
}
