/**
 * CSV (RFC 4180) with a guard against formula injection: a text cell that a spreadsheet could
 * read as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with '.
 *
 * @example
 * toCsv([["name", "value"], ["=cmd()", 3]]); // "name,value\r\n'=cmd(),3\r\n"
 */
export type CsvCell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = FORMULA_START.test(value) ? `'${value}` : value;
  if (/[",\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return rows.map((row) => row.map(csvCell).join(",") + "\r\n").join("");
}
