import type { Context, Filter } from "grammy";
import { LOCALE_TAG } from "./locale.js";
import { DANGER_KINDS, TOPIC_IDS } from "./topics.js";

/**
 * Every inline button the bot makes, defined once: its prefix, its fields, and what each field
 * may hold. The keyboards build `callback_data` with `data()` and the handlers read it back with
 * `parse()` (or grammY's `filter(pressed(kind), …)`), so a button and its handler cannot drift apart.
 *
 * Buttons carry only fixed vocabulary (ids from the content, topic and danger ids, a message id),
 * never anything the teen wrote. The formats are those the bot has always sent, so buttons in
 * messages sent before an update keep working.
 *
 * It sits in core because the flows (flows/) build buttons too, and they may not import bot/.
 * Hand-made rather than the `callback-data` package: that one sorts fields by name (changing the
 * `f:` and `safe:` formats), counts characters where Telegram counts bytes, checks no field's
 * content, and throws on data it cannot read — a tapped button must never throw.
 */

/** Telegram refuses a keyboard whose callback_data is longer than this, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

/** One field of a button's data. Neither function throws: `undefined` means "not a value of this field". */
interface Field<T> {
  write(value: T): string | undefined;
  read(text: string): T | undefined;
}

/** Text that matches `pattern` whole (the patterns never allow ":", the separator). */
function word(pattern: RegExp): Field<string> {
  const ok = (text: string) => pattern.test(text);
  return { write: (value) => (ok(value) ? value : undefined), read: (text) => (ok(text) ? text : undefined) };
}

/** One of a fixed list of values (topic ids, danger kinds). */
function oneOf<const V extends string>(values: readonly V[]): Field<V> {
  const known: ReadonlySet<string> = new Set(values);
  const is = (text: string): text is V => known.has(text);
  return { write: (value) => (is(value) ? value : undefined), read: (text) => (is(text) ? text : undefined) };
}

/** A whole number of at most `digits` digits, written in decimal. */
function whole(digits: number): Field<number> {
  const pattern = new RegExp(`^\\d{1,${digits}}$`);
  return {
    write: (value) => (Number.isSafeInteger(value) && pattern.test(String(value)) ? String(value) : undefined),
    read: (text) => (pattern.test(text) ? Number(text) : undefined),
  };
}

/** A yes/no written as one of two markers. */
function flag(yes: string, no: string): Field<boolean> {
  return { write: (value) => (value ? yes : no), read: (text) => (text === yes ? true : text === no ? false : undefined) };
}

type Fields = Record<string, Field<any>>;
type ValueOf<F extends Fields> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

/** One kind of button. */
export interface ButtonKind<T> {
  /** What its data starts with (the whole data for a button without fields). */
  readonly prefix: string;
  /**
   * The button's `callback_data`. A value a field cannot hold, or data over 64 bytes, throws:
   * that is a bug (the content validators keep ids within these limits), and Telegram would
   * refuse the whole message anyway.
   */
  data(...value: {} extends T ? [] : [value: T]): string;
  /** The button's value, or `undefined` for data of another kind, garbled or from an old version. Never throws. */
  parse(data: string): T | undefined;
}

/** A kind of button: `prefix`, then each field in order, separated by ":". */
function kind<const F extends Fields>(prefix: string, fields: F): ButtonKind<ValueOf<F>> {
  const names = Object.keys(fields) as Array<keyof F & string>;
  const start = `${prefix}:`;
  return {
    prefix,
    data(...args) {
      const value = (args[0] ?? {}) as ValueOf<F>;
      const parts = [prefix];
      for (const name of names) {
        const text = fields[name]!.write(value[name]);
        if (text === undefined) throw new Error(`callback data "${prefix}": ${name} cannot be ${JSON.stringify(value[name])}`);
        parts.push(text);
      }
      const data = parts.join(":");
      const bytes = Buffer.byteLength(data, "utf8");
      if (bytes > CALLBACK_DATA_MAX_BYTES) throw new Error(`callback data "${prefix}" is ${bytes} bytes; Telegram allows ${CALLBACK_DATA_MAX_BYTES}`);
      return data;
    },
    parse(data) {
      if (names.length === 0) return data === prefix ? ({} as ValueOf<F>) : undefined;
      if (!data.startsWith(start)) return undefined;
      const texts = data.slice(start.length).split(":");
      if (texts.length !== names.length) return undefined;
      const value: Record<string, unknown> = {};
      for (const [i, name] of names.entries()) {
        const read = fields[name]!.read(texts[i]!);
        if (read === undefined) return undefined;
        value[name] = read;
      }
      return value as ValueOf<F>;
    },
  };
}

/** Card ids of data/topics.yaml (the same limits as src/content/catalogue.ts). */
const cardId = word(/^[a-z0-9-]{1,24}$/);
/** Quiz, guide and self-check ids of flows/ (the same limits as src/flows/schema.ts). */
const flowId = word(/^[a-z][a-z0-9-]{1,23}$/);
const topic = oneOf(TOPIC_IDS);
/** A classroom session's random run id, as flows' runs (src/bot/classroom/sessions.ts). */
const classRun = word(/^[a-z0-9]{6}$/);

export const buttons = {
  /** The topics menu. */
  menu: kind("menu", {}),
  /** "Get help": the full referral. */
  help: kind("help", {}),
  /** Every helpline of the configured country, and the international ones. */
  helplines: kind("helplines", {}),
  /** "Hide this chat": delete this chat's messages of the last 48 hours (/hide). */
  hide: kind("hide", {}),
  /** The language choice. */
  language: kind("language", {}),
  /** One language chosen (a folder of locales/: the handler checks it is one). */
  setLanguage: kind("lang", { lang: word(LOCALE_TAG) }),
  /** The list of quizzes. */
  quizList: kind("quiz", {}),
  /** One quiz, started at once. */
  quiz: kind("quiz", { quiz: flowId }),
  /** One guided flow, such as "Get help now" (`get-help`). */
  guide: kind("guide", { guide: flowId }),
  /** One self-check, such as "Is this grooming?" (`grooming`), started at once. */
  check: kind("check", { check: flowId }),
  /** A step's choice inside a running flow: the play (run id), the step number and the choice id. */
  flowChoice: kind("f", { run: word(/^[a-z0-9]{6}$/), step: whole(3), choice: word(/^[a-z][a-z0-9-]{0,15}$/) }),
  /** A topic card. */
  card: kind("card", { card: cardId }),
  /** A card's "What can I do?" screen. */
  cardActions: kind("act", { card: cardId }),
  /** "Did you mean…?": one topic's reply. */
  topic: kind("topic", { topic }),
  /** Deletes the teen's own picture or file (its message id in this chat). */
  deleteMedia: kind("del", { message: whole(12) }),
  /** "I'm in danger now", after "Are you safe right now?": the kind of danger, a friend at risk, the topic. */
  inDanger: kind("safe:danger", { kind: oneOf([...DANGER_KINDS, "other"]), friend: flag("f", "-"), topic }),
  /** "I'm safe, just asking": the topic to answer. */
  safeAsking: kind("safe:ok", { topic }),
  /**
   * Classroom session (groups): a theme chosen in the session's picker; `run` tells one session's
   * buttons from another's. Any id of the shape of flows/classroom.yaml's ids: the handler checks it is a theme.
   */
  classTheme: kind("cls:t", { run: classRun, theme: flowId }),
  /** Classroom session: the language its polls, takeaways and summary are in (a folder of locales/: the handler checks it). */
  classLang: kind("cls:l", { run: classRun, lang: word(LOCALE_TAG) }),
  /** Classroom session: "Next" for round `round` (close its poll, or go on to the next question). */
  classNext: kind("cls:n", { run: classRun, round: whole(2) }),
  /** Classroom session: stop it now. */
  classStop: kind("cls:s", { run: classRun }),
} as const;

/** A context whose update is a tap on a button of one kind, its value in `ctx.button`. */
export type Pressed<C extends Context, T> = Filter<C, "callback_query:data"> & { button: T };

/**
 * A filter for grammY's `composer.filter`: a tap on a button of this kind, with its value in
 * `ctx.button`. Data of another kind, or garbled, passes on (to the catch-all's calm note).
 *
 * @example
 * composer.filter(pressed(buttons.card), (ctx) => showCard(ctx, ctx.button.card));
 */
export function pressed<T>(kind: ButtonKind<T>) {
  return <C extends Context>(ctx: C): ctx is Pressed<C, T> => {
    const data = ctx.callbackQuery?.data;
    const value = data === undefined ? undefined : kind.parse(data);
    if (value === undefined) return false;
    // As grammY's own callbackQuery() sets ctx.match.
    (ctx as C & { button: T }).button = value;
    return true;
  };
}
