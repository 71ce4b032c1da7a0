import { html } from "hono/html";
import type { Shown } from "../stats/suppression.js";

type Html = ReturnType<typeof html>;

/**
 * Charts drawn on the server as inline SVG: no script, no library, no outside request. They
 * scale to the page width; suppressed values are drawn as a grey stub with the marker in the
 * tooltip, never at their true height.
 */

const fmt = (n: number) => n.toLocaleString("en-US");

function niceMax(max: number): number {
  if (max <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

/**
 * A column chart of a daily series.
 *
 * @example
 * columnChart("Messages per day", report.series.messages);
 */
export function columnChart(title: string, points: ReadonlyArray<{ day: string; value: Shown }>): Html {
  const W = 480;
  const H = 200;
  const left = 48;
  const right = 10;
  const top = 14;
  const bottom = 34;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const numbers = points.map((p) => (typeof p.value === "number" ? p.value : 0));
  const max = niceMax(Math.max(0, ...numbers));
  const n = Math.max(points.length, 1);
  const slot = plotW / n;
  const barW = Math.max(slot * 0.8, 0.6);
  const parts: Html[] = [];
  const y = (v: number) => top + plotH - (v / max) * plotH;
  for (const tick of [0, max / 2, max]) {
    const ty = y(tick).toFixed(1);
    parts.push(html`<line class="grid" x1="${left}" x2="${W - right}" y1="${ty}" y2="${ty}"/>`);
    parts.push(html`<text class="axis" x="${left - 6}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end">${fmt(Math.round(tick))}</text>`);
  }
  points.forEach((p, i) => {
    const x = (left + i * slot + (slot - barW) / 2).toFixed(2);
    const label = `${p.day}: ${typeof p.value === "number" ? fmt(p.value) : p.value}`;
    if (typeof p.value === "number") {
      if (p.value <= 0) return;
      const barTop = y(p.value);
      parts.push(
        html`<rect class="bar" x="${x}" y="${barTop.toFixed(1)}" width="${barW.toFixed(2)}" height="${(y(0) - barTop).toFixed(1)}"><title>${label}</title></rect>`,
      );
    } else {
      parts.push(
        html`<rect class="bar-hidden" x="${x}" y="${(y(0) - 5).toFixed(1)}" width="${barW.toFixed(2)}" height="5"><title>${label}</title></rect>`,
      );
    }
  });
  const first = points[0]?.day ?? "";
  const last = points.at(-1)?.day ?? "";
  parts.push(html`<text class="axis" x="${left}" y="${H - 10}">${first}</text>`);
  if (last !== first) parts.push(html`<text class="axis" x="${W - right}" y="${H - 10}" text-anchor="end">${last}</text>`);
  parts.push(html`<line class="baseline" x1="${left}" x2="${W - right}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}"/>`);
  return html`<svg class="chart chart-columns" viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}" xmlns="http://www.w3.org/2000/svg"><title>${title}</title>${parts}</svg>`;
}

/**
 * A horizontal bar chart of labelled values.
 *
 * @example
 * barChart("Topics", [{ label: "grooming", value: 12 }, { label: "sextortion", value: "<5" }]);
 * barChart("Correct answers", [{ label: "Flattery", value: 45 }], { unit: "%" }); // bars out of 100, "45%"
 */
export function barChart(title: string, items: ReadonlyArray<{ label: string; value: Shown }>, options: { unit?: "%" } = {}): Html {
  const W = 440;
  const rowH = 24;
  const labelW = 196;
  const valueW = 52;
  const top = 6;
  const H = top * 2 + Math.max(items.length, 1) * rowH;
  const plotW = W - labelW - valueW;
  // Percentages are drawn against the whole, so a low rate looks low.
  const max = options.unit === "%" ? 100 : Math.max(1, ...items.map((i) => (typeof i.value === "number" ? i.value : 0)));
  const parts: Html[] = [];
  items.forEach((item, i) => {
    const y = top + i * rowH;
    const label = item.label.length > 24 ? `${item.label.slice(0, 23)}…` : item.label;
    const shown = typeof item.value === "number" ? `${fmt(item.value)}${options.unit ?? ""}` : item.value;
    parts.push(html`<text class="label" x="${labelW - 6}" y="${y + 16}" text-anchor="end">${label}<title>${item.label}</title></text>`);
    if (typeof item.value === "number") {
      const w = (item.value / max) * plotW;
      if (w > 0) parts.push(html`<rect class="bar" x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}"/>`);
      parts.push(html`<text class="value" x="${(labelW + w + 4).toFixed(1)}" y="${y + 16}">${shown}</text>`);
    } else {
      parts.push(html`<rect class="bar-hidden" x="${labelW}" y="${y + 4}" width="6" height="${rowH - 8}"/>`);
      parts.push(html`<text class="value hidden-value" x="${labelW + 10}" y="${y + 16}">${shown}</text>`);
    }
  });
  return html`<svg class="chart chart-bars" viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}" xmlns="http://www.w3.org/2000/svg"><title>${title}</title>${parts}</svg>`;
}
