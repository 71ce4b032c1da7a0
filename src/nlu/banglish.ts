/**
 * Normaliser and light stemmer for romanized Bengali ("Banglish"). The same word is spelled
 * many ways ("chobi", "chhobi", "sobi"; "bhalo", "valo"; "acche", "ache"; "kotha", "katha"),
 * so words are mapped to a canonical spelling and to a coarser consonant "skeleton".
 */

const DOUBLES = /(.)\1+/gu;

/** Collapse every doubled letter: "acche" → "ache", "pleasee" → "plese". */
export function collapseDoubles(word: string): string {
  // Most words have no letter twice in a row: skip the regex for them. (Surrogates go to the
  // regex too: a repeated astral character has no two equal neighbouring code units.)
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if ((c >= 0xd800 && c <= 0xdfff) || (i > 0 && c === word.charCodeAt(i - 1))) return word.replace(DOUBLES, "$1");
  }
  return word;
}

/** Spelling variants mapped to one canonical spelling (applied in order). */
const VARIANTS: Array<[RegExp, string]> = [
  [/ee/gu, "i"],
  [/oo/gu, "u"],
  [/chh/gu, "ch"],
  [/cch/gu, "ch"],
  [/sh/gu, "s"],
  [/ph/gu, "f"],
  [/bh/gu, "v"],
  [/z/gu, "j"],
  [/q/gu, "k"],
  [/ck/gu, "k"],
  [/x/gu, "ks"],
  [/w/gu, "o"],
  [/y(?=[^aeiou]|$)/gu, "i"],
  [/(?<=[aeiou])y(?=[aeiou])/gu, ""],
  [/ou/gu, "o"],
];

/** Canonical spelling of a Banglish word. */
export function banglishCanonical(word: string): string {
  let w = word;
  for (const [re, to] of VARIANTS) w = w.replace(re, to);
  // "ch" and "s"/"c" are written for the same sound ("bolche", "bolse", "bolce"): one letter.
  w = w.replace(/ch/gu, "c").replace(/(?<=[a-z])s(?=[aeiou])/gu, "c");
  return collapseDoubles(w);
}

/**
 * Consonant skeleton: the canonical spelling with aspiration marks ("kh" → "k"), v/b and f/p
 * merged and inner vowels dropped ("korbo", "karbo" → "krb"). Coarse on purpose.
 */
export function banglishSkeleton(word: string): string {
  let w = banglishCanonical(word);
  w = w.replace(/([kgcjtdpb])h/gu, "$1").replace(/v/gu, "b").replace(/f/gu, "p");
  if (w.length <= 2) return w;
  const first = w[0] ?? "";
  const rest = w.slice(1).replace(/[aeiou]/gu, "");
  return collapseDoubles(first + rest);
}

/** Verb and case endings, longest first. */
const SUFFIXES = [
  "ciloam", "cilam", "cilo", "cile", "tesi", "teci", "tece", "tese",
  "gulo", "gula", "guli", "der", "ben", "cen", "ce", "ci", "lam", "len",
  "lo", "le", "bo", "be", "bi", "te", "ta", "ti", "ke", "re", "er", "ra",
];

/** Strip one Bengali ending from a canonical Banglish word, keeping a stem of ≥ 3 letters. */
export function banglishStem(canonical: string): string {
  for (const suf of SUFFIXES) {
    if (canonical.endsWith(suf) && canonical.length - suf.length >= 3) {
      return canonical.slice(0, -suf.length);
    }
  }
  return canonical;
}

