import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface EmulatedCall {
  method: string;
  payload: Record<string, unknown>;
}

/**
 * A minimal Bot API server on 127.0.0.1 for end-to-end tests: the real bot process connects
 * to it through BOT_API_ROOT, long-polls it for updates the test queues, and every call it
 * makes is recorded. Methods can be made to fail, like a server that refuses them.
 */
export class BotApiEmulator {
  readonly calls: EmulatedCall[] = [];
  readonly refuse = new Set<string>();
  private readonly pending: Array<Record<string, unknown>> = [];
  private nextUpdateId = 1;
  private nextMessageId = 1;
  private nextPollId = 5_000_000_000_000_000_000n;
  /** Polls the bot sent, per "chat:message". */
  private readonly polls = new Map<string, Record<string, unknown>>();
  /** "chat:user" of the groups' admins, for getChatMember; anyone else is a member. */
  readonly admins = new Set<string>();
  private server: Server | undefined;
  private waiters: Array<() => void> = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        const method = (req.url ?? "").split("/").pop() ?? "";
        const payload = body ? (JSON.parse(body) as Record<string, unknown>) : {};
        void this.answer(method, payload).then((reply) => {
          res.writeHead(reply.ok ? 200 : 400, { "content-type": "application/json" }).end(JSON.stringify(reply));
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    for (const wake of this.waiters) wake();
    this.server?.closeAllConnections();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Queues an update for the bot's next getUpdates. */
  push(update: Record<string, unknown>): void {
    this.pending.push({ update_id: this.nextUpdateId++, ...update });
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Waits until `predicate` holds for the recorded calls. */
  async waitFor(predicate: (calls: EmulatedCall[]) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      if (Date.now() > deadline) throw new Error(`timed out; calls so far: ${this.calls.map((c) => c.method).join(", ")}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  private async answer(method: string, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
    if (method !== "getUpdates") this.calls.push({ method, payload });
    if (this.refuse.has(method)) return { ok: false, error_code: 400, description: `Bad Request: ${method} is not supported here` };
    switch (method) {
      case "getMe":
        return { ok: true, result: { id: 42, is_bot: true, first_name: "Nirapod", username: "nirapod_test_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false } };
      case "getUpdates": {
        const offset = Number(payload.offset ?? 0);
        const ready = () => this.pending.filter((u) => Number(u.update_id) >= offset);
        if (ready().length === 0) {
          await new Promise<void>((resolve) => {
            this.waiters.push(resolve);
            setTimeout(resolve, 300);
          });
        }
        return { ok: true, result: ready() };
      }
      case "sendMessage":
        return { ok: true, result: { message_id: this.nextMessageId++, date: 1, chat: { id: payload.chat_id, type: "private" }, text: payload.text } };
      case "sendPoll": {
        const poll = {
          id: String(this.nextPollId++),
          question: payload.question,
          options: (payload.options as Array<{ text: string }>).map((o) => ({ text: o.text, voter_count: 0 })),
          total_voter_count: 0,
          is_closed: false,
          is_anonymous: payload.is_anonymous !== false,
          type: payload.type ?? "regular",
          allows_multiple_answers: false,
        };
        const messageId = this.nextMessageId++;
        this.polls.set(`${String(payload.chat_id)}:${messageId}`, poll);
        return { ok: true, result: { message_id: messageId, date: 1, chat: { id: payload.chat_id, type: "group", title: "Group" }, poll } };
      }
      case "stopPoll": {
        const poll = this.polls.get(`${String(payload.chat_id)}:${String(payload.message_id)}`);
        if (!poll) return { ok: false, error_code: 400, description: "Bad Request: message with poll to stop not found" };
        return { ok: true, result: { ...poll, is_closed: true } };
      }
      case "getChatMember":
        return { ok: true, result: { status: this.admins.has(`${String(payload.chat_id)}:${String(payload.user_id)}`) ? "administrator" : "member", user: { id: payload.user_id, is_bot: false, first_name: "Member" } } };
      default:
        return { ok: true, result: true };
    }
  }
}
