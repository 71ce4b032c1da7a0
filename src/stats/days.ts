/**
 * Days are UTC calendar days written 'YYYY-MM-DD': the finest time the counts know.
 *
 * @example
 * utcDay(new Date("2025-01-31T23:59:59Z")); // "2025-01-31"
 * addDays("2025-01-31", 1); // "2025-02-01"
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The UTC day of `date`. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whether `value` is a real calendar day written 'YYYY-MM-DD'. */
export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return utcDay(date) === value && Number(m[1]) >= 2000 && Number(m[1]) <= 9999;
}

/** The day `n` days after `day` (negative for before). */
export function addDays(day: string, n: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * MS_PER_DAY));
}

/** How many days `from`..`to` spans, both included (1 for the same day). */
export function spanDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY) + 1;
}

/** Every day from `from` to `to`, both included. */
export function daysInRange(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** Milliseconds from `now` to the next UTC midnight. */
export function msUntilUtcMidnight(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return next - now.getTime();
}
