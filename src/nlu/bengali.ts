/**
 * Bengali-script words for the featurizer: a transliteration to Latin letters, so that a Bengali
 * word and its Banglish spelling share a consonant skeleton ("ছবি", "chobi").
 */

/** Bengali letters and signs → the Latin letters Banglish writers use for them. */
const BN_TO_LATIN: Record<string, string> = {
  "অ": "o", "আ": "a", "ই": "i", "ঈ": "i", "উ": "u", "ঊ": "u", "ঋ": "ri", "এ": "e", "ঐ": "oi", "ও": "o", "ঔ": "ou",
  "া": "a", "ি": "i", "ী": "i", "ু": "u", "ূ": "u", "ৃ": "ri", "ে": "e", "ৈ": "oi", "ো": "o", "ৌ": "ou",
  "ক": "k", "খ": "kh", "গ": "g", "ঘ": "gh", "ঙ": "ng", "চ": "ch", "ছ": "ch", "জ": "j", "ঝ": "jh", "ঞ": "n",
  "ট": "t", "ঠ": "th", "ড": "d", "ঢ": "dh", "ণ": "n", "ত": "t", "থ": "th", "দ": "d", "ধ": "dh", "ন": "n",
  "প": "p", "ফ": "f", "ব": "b", "ভ": "bh", "ম": "m", "য": "j", "র": "r", "ল": "l", "শ": "sh", "ষ": "sh",
  "স": "s", "হ": "h", "ৎ": "t", "ং": "ng", "ঃ": "h",
};

/** A Bengali-script word spelled in Latin letters, roughly as Banglish writers spell it (no inherent vowels). */
export function bengaliToLatin(word: string): string {
  let out = "";
  let prev = "";
  for (const ch of word.normalize("NFKC")) {
    // NFKC writes ড় ঢ় য় as letter + nukta (U+09BC)
    if (ch === "\u09BC") {
      const dotted = prev === "ড" ? "r" : prev === "ঢ" ? "rh" : prev === "য" ? "y" : undefined;
      if (dotted !== undefined) out = out.slice(0, out.length - (BN_TO_LATIN[prev] ?? "").length) + dotted;
    } else {
      out += BN_TO_LATIN[ch] ?? "";
    }
    prev = ch;
  }
  return out;
}
