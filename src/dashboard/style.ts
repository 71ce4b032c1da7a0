/** The dashboard's only stylesheet, served from the dashboard itself (CSP: style-src 'self'). */
export const STYLESHEET = `
:root { --fg: #1d2430; --muted: #5b6576; --line: #d9dee7; --bg: #f6f7fa; --card: #fff; --accent: #1f6f8b; --accent-2: #134e63; --hidden: #b8bfcb; --warn: #9a3412; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Bengali", sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
header.top { background: var(--accent-2); color: #fff; padding: .6rem 1rem; display: flex; flex-wrap: wrap; align-items: center; gap: .4rem 1rem; }
header.top .brand { font-weight: 700; font-size: 1.1rem; margin-right: auto; }
header.top nav { display: flex; flex-wrap: wrap; gap: .25rem; }
header.top nav a { color: #e6f2f7; text-decoration: none; padding: .35rem .6rem; border-radius: 6px; }
header.top nav a[aria-current="page"] { background: rgba(255,255,255,.18); color: #fff; }
header.top nav.langs a { border: 1px solid rgba(255,255,255,.3); }
header.top form { margin: 0; }
header.top button { background: transparent; color: #e6f2f7; border: 1px solid rgba(255,255,255,.4); }
main { max-width: 1100px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.4rem; margin: .2rem 0 .8rem; }
h2 { font-size: 1.1rem; margin: 0 0 .6rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem; margin-bottom: 1rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 440px), 1fr)); gap: 1rem; margin-bottom: 1rem; }
.grid .card { margin-bottom: 0; }
.grid .wide { grid-column: 1 / -1; }
form.range { display: flex; flex-wrap: wrap; align-items: end; gap: .6rem; }
form.range label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
input, button { font: inherit; }
input[type=date], input[type=text], input[type=password] { padding: .45rem .5rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; min-width: 0; }
button, .button { display: inline-block; padding: .45rem .9rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; }
.button.secondary { background: #fff; color: var(--accent); }
.quick { display: flex; flex-wrap: wrap; gap: .4rem; margin-top: .6rem; font-size: .9rem; }
.quick a { padding: .15rem .5rem; border: 1px solid var(--line); border-radius: 999px; text-decoration: none; background: #fff; }
.exports { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .6rem; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: .6rem; margin-bottom: 1rem; }
.kpi { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .7rem .8rem; }
.kpi .n { font-size: 1.5rem; font-weight: 700; }
.kpi .l { color: var(--muted); font-size: .85rem; }
.note { color: var(--muted); font-size: .9rem; }
.intro { max-width: 60rem; margin: -.4rem 0 1rem; }
.error { color: var(--warn); font-weight: 600; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th { white-space: nowrap; }
details summary { cursor: pointer; color: var(--accent); margin: .4rem 0; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart-bars { max-width: 640px; }
svg.chart .bar { fill: var(--accent); }
svg.chart .bar-hidden { fill: var(--hidden); }
svg.chart .grid { stroke: #e7eaf0; stroke-width: 1; }
svg.chart .baseline { stroke: #8d96a6; stroke-width: 1; }
svg.chart text { fill: var(--fg); font-size: 14px; font-family: system-ui, sans-serif; }
svg.chart text.axis { fill: var(--muted); font-size: 13px; }
svg.chart text.hidden-value { fill: var(--muted); }
.login { max-width: 380px; margin: 12vh auto; }
.login form { display: flex; flex-direction: column; gap: .7rem; }
.login label { display: flex; flex-direction: column; gap: .3rem; }
.share-result { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.share-result img { width: 220px; max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 8px; background: #fff; }
.link { font-family: ui-monospace, monospace; word-break: break-all; background: #eef3f6; padding: .3rem .5rem; border-radius: 6px; }
@media (max-width: 520px) {
  main { padding: .6rem; }
  h1 { font-size: 1.2rem; }
  .card { padding: .75rem; }
  th, td { padding: .3rem .35rem; font-size: .9rem; }
}
`;
