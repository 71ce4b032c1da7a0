/**
 * Concept features: groups of words across English, Bengali script and Banglish that mean the
 * same thing for the classifier (intents/banglish-lexicon.yaml, `concepts:`). A word matching
 * an entry adds the feature "c:<concept>"; an entry ending in "*" matches any ending.
 */
import { foldBengali } from "./normalize.js";

export type ConceptTable = Record<string, string[]>;

export class ConceptMatcher {
  private readonly exact = new Map<string, string[]>();
  /** prefixes grouped by their first character */
  private readonly prefixes = new Map<string, Array<[string, string]>>();

  constructor(readonly table: ConceptTable) {
    for (const [concept, words] of Object.entries(table)) {
      for (const raw of words) {
        const w = foldBengali(String(raw).toLowerCase().normalize("NFKC"));
        if (w.endsWith("*")) {
          const p = w.slice(0, -1);
          if (!p) continue;
          const first = p[0] ?? "";
          let list = this.prefixes.get(first);
          if (!list) this.prefixes.set(first, (list = []));
          list.push([p, concept]);
        } else {
          const list = this.exact.get(w) ?? [];
          if (!list.includes(concept)) list.push(concept);
          this.exact.set(w, list);
        }
      }
    }
  }

  /** Concepts of one normalised token (Bengali tokens already folded or not: folded here). */
  match(token: string): string[] {
    const t = foldBengali(token);
    const out = [...(this.exact.get(t) ?? [])];
    const list = this.prefixes.get(t[0] ?? "");
    if (list) {
      for (const [p, concept] of list) {
        if (t.startsWith(p) && !out.includes(concept)) out.push(concept);
      }
    }
    return out;
  }
}
