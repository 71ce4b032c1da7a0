const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for Telegram's HTML parse mode (Telegram reads numeric entities such as &#39;).
 * Content files are HTML already; data values are not. The dashboard does not need this: hono's
 * `html` tag escapes the same five characters the same way.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}
