/** Escapes text for Telegram's HTML parse mode. Content files are HTML already; data values are not. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Plain text of an HTML message, for the terminal chat. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<\/?(b|i|u|s|code|pre|strong|em)>/g, "")
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, "$2 ($1)")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
