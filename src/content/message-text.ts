/**
 * The rules every message in locales/ follows, whatever it is for: Telegram HTML (only <b> and
 * <i>), button labels, lengths, and the safe-messaging rules a machine can check.
 */

/** Variables every text may use; their values come from data/helplines.yaml for the deployment's country. */
export const GLOBAL_VARIABLES = ["helpline", "helplineName", "emergency"] as const;
export type GlobalVariable = (typeof GLOBAL_VARIABLES)[number];
export type GlobalValues = Record<GlobalVariable, string>;

/** One screen on a phone: cards, topic replies and every flow message stay under this. */
export const SCREEN_LIMIT = 700;
/** Telegram's hard limit for one message. */
export const TELEGRAM_LIMIT = 4096;
/** Inline button labels: Telegram shows about this much on a phone, one button per row. */
export const BUTTON_LIMIT = 64;

/**
 * Problems with Telegram HTML in a text: only <b> and <i>, balanced and properly nested,
 * no bare < or >, and & only as an entity (&amp; &lt; &gt; &quot;).
 */
export function htmlProblem(text: string): string | undefined {
  const stack: string[] = [];
  for (const match of text.matchAll(/<[^>]*>?/g)) {
    const tag = match[0];
    const parsed = /^<(\/?)(b|i)>$/.exec(tag);
    if (!parsed) return `tag ${JSON.stringify(tag.slice(0, 20))} is not allowed: use only <b>…</b> and <i>…</i>, and write < as &lt;`;
    const [, closing, name] = parsed;
    if (!closing) {
      if (stack.includes(name!)) return `<${name}> is opened twice: close it with </${name}> first`;
      stack.push(name!);
    } else if (stack.at(-1) !== name) {
      return stack.length === 0 ? `</${name}> closes a tag that was never opened` : `</${name}> closes the wrong tag: close <${stack.at(-1)}> first`;
    } else {
      stack.pop();
    }
  }
  if (stack.length > 0) return `<${stack.at(-1)}> is never closed: add </${stack.at(-1)}>`;
  const withoutTags = text.replace(/<\/?(b|i)>/g, "");
  if (/>/.test(withoutTags)) return "a bare > : write it as &gt;";
  const bareAmp = /&(?!(amp|lt|gt|quot);)/.exec(withoutTags);
  if (bareAmp) return "a bare & : write it as &amp;";
  return undefined;
}

/** Button labels are plain text: no tags, no entities. */
export function labelProblem(text: string): string | undefined {
  if (/[<>]|&[a-z]+;/.test(text)) return "button labels are plain text: no tags and no &-entities";
  if (text.includes("\n")) return "button labels are one line";
  if (text.length > BUTTON_LIMIT) return `button label is ${text.length} characters: keep it to ${BUTTON_LIMIT} or fewer`;
  return undefined;
}

/**
 * The safe-messaging rules a machine can check (data/safe-messaging.md): the old term for
 * child sexual abuse material only inside quotes, and no promise of secrecy.
 */
export function safeMessagingProblem(text: string): string | undefined {
  const lower = text.toLowerCase();
  if (lower.replace(/["“]child pornography["”]/g, "").includes("child pornography") || text.includes("শিশু পর্নোগ্রাফি")) {
    return 'say "child sexual abuse material", never "child pornography" (data/safe-messaging.md rule 7)';
  }
  if (/\bi (won't|will not|promise not to) tell\b/.test(lower) || text.includes("আমি কাউকে বলব না")) {
    return "never promise secrecy (data/safe-messaging.md rule 3)";
  }
  return undefined;
}
