/**
 * Text normalisation shared by the urgency rules, the language-form detector and the
 * classifier's featurizer. Pure functions, no state, never throw.
 *
 *   NFKC (fullwidth / mathematical letters → plain), strip zero-width and control characters,
 *   map Cyrillic/Greek look-alikes to Latin, undo simple leetspeak inside words, collapse a
 *   letter repeated 3+ times to two, lowercase, URLs → a placeholder word.
 */

/** Characters that render as nothing (zero-width space/joiners, BOM, soft hyphen, bidi marks). */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF]/gu;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/** Cyrillic and Greek letters that look like Latin ones (lowercase after toLowerCase too). */
const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic
  "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
  "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h",
  "ԁ": "d", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ь": "b", "п": "n", "г": "r", "ц": "u", "и": "u",
  "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c",
  "Т": "t", "У": "y", "Х": "x", "Ѕ": "s", "І": "i", "Ј": "j", "Һ": "h", "Ԁ": "d", "Ԛ": "q",
  "Ԝ": "w",
  // Greek
  "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
  "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ς": "s", "μ": "u",
  "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
  "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
};
const HOMOGLYPH_RE = new RegExp(`[${Object.keys(HOMOGLYPHS).join("")}]`, "gu");

/** Digits/symbols used as letters, applied only inside a word that also has Latin letters. */
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s" };
const LEET_WORD = /[a-z0-9@$]*[a-z][a-z0-9@$]*/gu;

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|bd|io|me|ly|gl|co|info|xyz)(?:\/[^\s]*)?/giu;
const EMAIL_RE = /\b[^\s@]+@[^\s@]+\.[a-z]{2,}\b/giu;

/** A few emoji that carry the meaning of a whole message. Everything else pictographic is dropped. */
const EMOJI_WORDS: Array<[RegExp, string]> = [
  [/👋/gu, " hi "],
  [/🙏|❤️|❤|💕|💖|🥰/gu, " thanks "],
  [/😭|😢|😞|💔|😔/gu, " sad "],
];
const PICTOGRAPHIC = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u20E3]/gu;

// Cheap tests that let the replacements above be skipped when they could not change anything
// (most messages have no URL, no emoji, no digits and, in English, only plain ASCII).
/** every EMOJI_WORDS and PICTOGRAPHIC match has one of these */
const ANY_PICTOGRAPHIC = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u20E3]/u;
/** anything INVISIBLE, CONTROL, HOMOGLYPH_RE or the Bengali digits could match is outside this */
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7E]/u;
/** deLeet leaves a word without these alone */
const ANY_LEET = /[0-9@$]/u;

export const URL_TOKEN = "xurlx";

/** Maximum characters the classifier looks at (the urgency rules always see the whole text). */
export const CLASSIFIER_MAX_CHARS = 1000;

function deLeet(word: string): string {
  if (!/[0-9@$]/u.test(word) || !/[a-z]/u.test(word)) return word;
  // Keep things like "2nd", "10pm", "class9", "fb2" alone: only when digits sit between letters
  // or the word looks like a leeted word (letters on both sides of the symbol).
  if (!/[a-z][0-9@$]+[a-z]|^[0-9@$][a-z]{2,}|[a-z]{2,}[0-9@$]$/u.test(word)) return word;
  if (/^\d+(?:st|nd|rd|th|am|pm|k|tk|taka)$/u.test(word)) return word;
  return word.replace(/[0-9@$]/gu, (c) => LEET[c] ?? c);
}

/**
 * Normalise a message for matching: NFKC, invisible characters removed, homoglyphs mapped,
 * lowercase, letters repeated 3+ times collapsed to two, whitespace collapsed.
 * URLs are kept (the urgency rules may want them); see `normalizeForClassifier`.
 */
export function normalizeText(input: unknown): string {
  if (typeof input !== "string") return "";
  let t = input.normalize("NFKC");
  if (NOT_PLAIN_ASCII.test(t)) {
    t = t.replace(INVISIBLE, "").replace(CONTROL, " ");
    t = t.replace(HOMOGLYPH_RE, (c) => HOMOGLYPHS[c] ?? c);
    t = t.toLowerCase();
    // Bengali digits → Latin digits (helpline numbers are matched in Latin digits).
    t = t.replace(/[\u09E6-\u09EF]/gu, (c) => String(c.charCodeAt(0) - 0x09e6));
  } else {
    t = t.toLowerCase();
  }
  // Collapse any character (letter, Bengali sign, punctuation) repeated 3+ times to two.
  t = t.replace(/(.)\1{2,}/gsu, "$1$1");
  t = t.replace(/\s+/gu, " ").trim();
  return t;
}

/**
 * Normalisation for the classifier: normalizeText, then URLs/e-mails → a placeholder,
 * meaningful emoji → words, other pictographs dropped, leetspeak undone, truncated.
 */
export function normalizeForClassifier(input: unknown): string {
  return classifierTextFromNormalized(normalizeText(input));
}

/** The rest of normalizeForClassifier, for a text already through normalizeText (shared with the rules). */
export function classifierTextFromNormalized(normalized: string): string {
  let t = normalized;
  if (t.length > CLASSIFIER_MAX_CHARS) t = t.slice(0, CLASSIFIER_MAX_CHARS);
  // an e-mail address has an "@", a URL a "." or "://"
  if (t.includes("@")) t = t.replace(EMAIL_RE, ` ${URL_TOKEN} `);
  if (t.includes(".") || t.includes(":")) t = t.replace(URL_RE, ` ${URL_TOKEN} `);
  if (ANY_PICTOGRAPHIC.test(t)) {
    for (const [re, word] of EMOJI_WORDS) t = t.replace(re, word);
    t = t.replace(PICTOGRAPHIC, " ");
  }
  if (ANY_LEET.test(t)) t = t.replace(LEET_WORD, deLeet);
  return t.replace(/\s+/gu, " ").trim();
}

/**
 * Bengali words include their vowel signs and marks (U+0980–U+09FF); Latin words may carry an
 * apostrophe inside ("don't"). Everything else separates words.
 */
const WORD = /[\u0980-\u09E5\u09F0-\u09FF]+|[a-z]+(?:'[a-z]+)*|[0-9\u09E6-\u09EF]+/gu;

/** Split a normalised text into word tokens (Latin words, Bengali words, digit runs). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Bengali spelling folding: spellings teens mix up (য়/য, ী/ি, শ/ষ/স, ণ/ন…) become one, so
 * rules, signals and features match either. Only touches Bengali-block characters.
 */
export function foldBengali(text: string): string {
  if (!/[\u0980-\u09FF]/u.test(text)) return text;
  return text
    .replace(/\u09DF/gu, "\u09AF") // য় → য
    .replace(/\u09DC/gu, "\u09A1") // ড় → ড
    .replace(/\u09DD/gu, "\u09A2") // ঢ় → ঢ
    .replace(/[\u09BC\u0981\u09CD\u0983]/gu, "") // nukta, chandrabindu, hasanta, visarga
    .replace(/\u09C0/gu, "\u09BF") // ী → ি
    .replace(/\u09C2/gu, "\u09C1") // ূ → ু
    .replace(/\u0988/gu, "\u0987") // ঈ → ই
    .replace(/\u098A/gu, "\u0989") // ঊ → উ
    .replace(/[\u09B6\u09B7]/gu, "\u09B8") // শ ষ → স
    .replace(/\u09A3/gu, "\u09A8") // ণ → ন
    .replace(/\u09CE/gu, "\u09A4") // ৎ → ত
    .replace(/\u0999/gu, "\u0982") // ঙ → ং
    .replace(/\u09AF/gu, "\u099C") // য → জ
    .replace(/\u09C7\u09BE/gu, "\u09CB"); // ে + া → ো
}
