import { escapeHtml } from "../core/escape-html.js";

/**
 * A tiny HTML builder: every interpolated value is escaped unless it is already `Html`.
 *
 * @example
 * html`<p>${userText}</p>`.toString(); // "<p>&lt;b&gt;…</p>"
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks trusted markup (built by this module's callers from escaped parts) as HTML. */
export const raw = (value: string) => new Html(value);


function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === undefined || value === null || value === false) return "";
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new Html(out);
}
