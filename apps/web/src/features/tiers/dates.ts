/** LocalDate helpers (YYYY-MM-DD, as the API speaks them); calendar arithmetic in UTC, so no time zone shifts a day. */

export function todayLocalDate(): string {
  const now = new Date();
  return toLocalDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

function toLocalDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parse(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toLocalDate(d);
}

export function addYears(date: string, years: number): string {
  const d = parse(date);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return toLocalDate(d);
}

export const isLocalDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parse(value).getTime());
