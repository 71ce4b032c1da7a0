const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML: the dashboard's pages and Telegram's HTML parse mode alike (Telegram
 * reads numeric entities such as &#39;). Content files are HTML already; data values are not.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}
