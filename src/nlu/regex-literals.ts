/**
 * Literal strings a regular expression needs: for a pattern (Unicode mode, no `i` flag) this
 * returns clauses such that, whenever the regex matches a text, every clause has at least one of
 * its strings somewhere in that text. A pattern whose clauses are not all satisfied cannot match,
 * so the urgency rules skip it without running it.
 *
 * Conservative by construction: anything not understood (classes, escapes other than escaped
 * punctuation, back-references, negative lookarounds, optional parts) contributes no requirement.
 * Positive lookarounds do: what they look for must be in the text, even if not in the match.
 */

/** AND of ORs: every inner list must have one string present in the text. */
export type LiteralClauses = string[][];

const SYNTAX = new Set([..."^$\\.*+?()[]{}|/-"]);
/** plain characters at lastIndex, up to one that a quantifier follows (that one is an atom of its own) */
const PLAIN_RUN = /(?:[^\\^$.*+?()[\]{}|](?![*+?{]))+/uy;
/** a {n}, {n,} or {n,m} quantifier at lastIndex */
const BRACES = /\{(\d+)(?:,\d*)?\}/uy;

/** How selective a clause is: longer shortest string first, then fewer strings. */
function better(a: string[], b: string[]): boolean {
  const la = Math.min(...a.map((s) => s.length));
  const lb = Math.min(...b.map((s) => s.length));
  return la !== lb ? la > lb : a.length < b.length;
}

function best(clauses: LiteralClauses): string[] | undefined {
  let out: string[] | undefined;
  for (const c of clauses) if (!out || better(c, out)) out = c;
  return out;
}

class Parser {
  private i = 0;

  constructor(private readonly src: string) {}

  parse(): LiteralClauses {
    const clauses = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return clauses;
  }

  private alternation(): LiteralClauses {
    const branches = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i += 1;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as LiteralClauses;
    const union = new Set<string>();
    for (const b of branches) {
      const c = best(b);
      if (!c) return []; // this branch needs nothing, so neither does the alternation
      for (const s of c) union.add(s);
    }
    return [[...union]];
  }

  private sequence(): LiteralClauses {
    const clauses: LiteralClauses = [];
    let run = "";
    const flush = (): void => {
      if (run) clauses.push([run]);
      run = "";
    };
    while (this.i < this.src.length) {
      const ch = this.src[this.i] as string;
      if (ch === "|" || ch === ")") break;
      PLAIN_RUN.lastIndex = this.i;
      const plain = PLAIN_RUN.exec(this.src);
      if (plain) {
        run += plain[0];
        this.i += plain[0].length;
        continue;
      }
      if (ch === "(") {
        flush();
        const { clauses: inner, lookaround } = this.group();
        const min = lookaround ? 1 : this.quantifier();
        if (min !== 0 && lookaround !== "negative") clauses.push(...inner);
        continue;
      }
      let literal: string | undefined;
      if (ch === "\\") {
        literal = this.escape();
      } else if (ch === "[") {
        this.skipClass();
      } else if (ch === "^" || ch === "$") {
        this.i += 1;
        flush();
        continue;
      } else if (ch === ".") {
        this.i += 1;
      } else if (ch === "*" || ch === "+" || ch === "?" || ch === "{") {
        throw new Error(`nothing to repeat at ${this.i}`);
      } else {
        const cp = this.src.codePointAt(this.i) as number;
        literal = String.fromCodePoint(cp);
        this.i += literal.length;
      }
      const min = this.quantifier();
      if (literal === undefined) {
        flush();
      } else if (min === -1) {
        run += literal; // not repeated: the run goes on
      } else if (min >= 1) {
        run += literal; // at least once, right after the run
        flush();
      } else {
        flush();
      }
    }
    flush();
    return clauses;
  }

  /** A group after "(": its clauses and, for lookarounds, which kind. */
  private group(): { clauses: LiteralClauses; lookaround?: "positive" | "negative" } {
    const s = this.src;
    this.i += 1;
    let lookaround: "positive" | "negative" | undefined;
    if (s.startsWith("?:", this.i)) this.i += 2;
    else if (s.startsWith("?=", this.i)) (this.i += 2), (lookaround = "positive");
    else if (s.startsWith("?!", this.i)) (this.i += 2), (lookaround = "negative");
    else if (s.startsWith("?<=", this.i)) (this.i += 3), (lookaround = "positive");
    else if (s.startsWith("?<!", this.i)) (this.i += 3), (lookaround = "negative");
    else if (s.startsWith("?<", this.i)) {
      const end = s.indexOf(">", this.i);
      if (end < 0) throw new Error("bad group name");
      this.i = end + 1;
    } else if (s[this.i] === "?") throw new Error(`unsupported group at ${this.i}`);
    const clauses = this.alternation();
    if (s[this.i] !== ")") throw new Error(`missing ) at ${this.i}`);
    this.i += 1;
    return lookaround ? { clauses, lookaround } : { clauses };
  }

  /** The literal character of an escape, or undefined for classes, assertions, references… */
  private escape(): string | undefined {
    const s = this.src;
    const next = s[this.i + 1];
    if (next === undefined) throw new Error("trailing backslash");
    this.i += 2;
    if ((next === "p" || next === "P" || next === "u" || next === "k") && (s[this.i] === "{" || s[this.i] === "<")) {
      const end = s.indexOf(s[this.i] === "{" ? "}" : ">", this.i);
      if (end < 0) throw new Error("unterminated escape");
      this.i = end + 1;
      return undefined;
    }
    if (next >= "0" && next <= "9") {
      while ((s[this.i] ?? "") >= "0" && (s[this.i] ?? "") <= "9") this.i += 1; // back-reference
      return undefined;
    }
    if (next === "u") this.i += 4;
    else if (next === "x") this.i += 2;
    else if (next === "c") this.i += 1;
    return SYNTAX.has(next) ? next : undefined;
  }

  private skipClass(): void {
    const s = this.src;
    this.i += 1;
    while (this.i < s.length && s[this.i] !== "]") this.i += s[this.i] === "\\" ? 2 : 1;
    if (s[this.i] !== "]") throw new Error("unterminated class");
    this.i += 1;
  }

  /** The minimum count of a quantifier at the cursor (consumed), or -1 if there is none. */
  private quantifier(): number {
    const s = this.src;
    const ch = s[this.i];
    let min: number;
    if (ch === "*" || ch === "?") (min = 0), (this.i += 1);
    else if (ch === "+") (min = 1), (this.i += 1);
    else if (ch === "{") {
      BRACES.lastIndex = this.i;
      const m = BRACES.exec(s);
      if (!m) throw new Error(`bad quantifier at ${this.i}`);
      min = Number(m[1]);
      this.i += m[0].length;
    } else return -1;
    if (s[this.i] === "?") this.i += 1; // lazy
    return min;
  }
}

/**
 * Clauses of literals that any match of `source` needs in the text ([] when nothing is known to
 * be needed, or the source is not understood).
 */
export function requiredLiterals(source: string): LiteralClauses {
  try {
    const clauses = new Parser(source).parse();
    const seen = new Set<string>();
    return clauses.filter((c) => {
      const key = [...c].sort().join("\u0000");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  } catch {
    return [];
  }
}
