/** Plain text of an HTML message, for the terminal chat. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<\/?(b|i|u|s|code|pre|strong|em)>/g, "")
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, "$2 ($1)")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
