import { ExpiringStore } from "../../core/expiring-store.js";
import type { Locale } from "../../core/locale.js";

/** One question of a session: a scenario as a quiz poll, and its anonymous totals once people answer. */
export interface ClassRound {
  scenario: string;
  /** Answer ids in the order of the poll's options. */
  options: string[];
  /** Index of the best answer among `options`. */
  correct: number;
  /** The poll's message in the group, once sent (stopPoll needs it). */
  messageId?: number;
  /** The latest anonymous totals: voters in all, and per option. Never who voted. */
  total: number;
  votes: number[];
  closed: boolean;
}

/**
 * Where a session is: choosing a theme, a poll open, a poll closing (stopPoll on its way, so a
 * second "Next" or the timer cannot close it twice), the takeaway on screen, or over.
 */
export type ClassPhase = "setup" | "poll" | "closing" | "discuss" | "done";

/** A classroom session in a group: only what running it needs, in memory, under a keyed hash of the group. */
export interface ClassSession {
  /** A random id in its buttons, so a button of an earlier session does nothing in this one. */
  run: string;
  lang: Locale;
  /** The chosen theme's id (flows/classroom.yaml). */
  theme?: string;
  phase: ClassPhase;
  rounds: ClassRound[];
  /** The round on screen; -1 while choosing a theme. */
  current: number;
  /** Cancels the poll's time limit. A function: it never reaches `dump()` or anything written. */
  cancelTimer?: () => void;
}

/** A poll the bot sent: the session it belongs to (the same object) and its round. */
interface PollRef {
  session: ClassSession;
  round: number;
}

/**
 * The running classroom sessions. Both maps are {@link ExpiringStore}s: a group is known only by
 * an HMAC of its chat id, and a poll by an HMAC of its Telegram poll id, so neither id is held as
 * a key; a session left alone expires `ttlMs` after its last step and is simply gone.
 */
export class ClassroomSessions {
  private readonly sessions: ExpiringStore<ClassSession>;
  private readonly polls: ExpiringStore<PollRef>;

  constructor(options: { ttlMs: number; now?: () => number }) {
    this.sessions = new ExpiringStore<ClassSession>({ ttlMs: options.ttlMs, now: options.now, maxEntries: 10_000 });
    this.polls = new ExpiringStore<PollRef>({ ttlMs: options.ttlMs, now: options.now, maxEntries: 50_000 });
  }

  get(chatId: number): ClassSession | undefined {
    return this.sessions.read(chatId);
  }

  /** Keeps the session (again) for the whole time to live: every step of a session renews it. */
  touch(chatId: number, session: ClassSession): void {
    this.sessions.write(chatId, session);
  }

  /** Remembers that `pollId` is round `round` of this session, so its `poll` updates find it. */
  notePoll(pollId: string, session: ClassSession, round: number): void {
    this.polls.write(pollId, { session, round });
  }

  /** The session and round of a poll the bot sent, while the session lives; undefined for any other poll. */
  poll(pollId: string): { session: ClassSession; round: ClassRound } | undefined {
    const ref = this.polls.read(pollId);
    if (!ref || ref.session.phase === "done") return undefined;
    const round = ref.session.rounds[ref.round];
    return round ? { session: ref.session, round } : undefined;
  }

  /** Ends a group's session: its timer stops, and it is forgotten (its polls' entries then lead nowhere). */
  end(chatId: number): ClassSession | undefined {
    const session = this.sessions.read(chatId);
    if (session) {
      session.phase = "done";
      session.cancelTimer?.();
      session.cancelTimer = undefined;
    }
    this.sessions.delete(chatId);
    return session;
  }

  /** Everything held, as text, so a test can prove no id or text is in it. */
  dump(): string {
    return this.sessions.dump() + this.polls.dump();
  }

  /** The hashed keys held, to prove no raw id is among them. */
  keys(): string[] {
    return [...this.sessions.readAllKeys(), ...this.polls.readAllKeys()];
  }

  /** Drops expired sessions now (a timer does it too); tests call it after moving their clock. */
  sweep(): void {
    this.sessions.sweep();
    this.polls.sweep();
  }

  stop(): void {
    this.sessions.stop();
    this.polls.stop();
  }
}
