/**
 * YAML reads "2026-13-45" as a date and silently rolls it over to 14 February 2027. Content dates
 * are checked on the raw text instead, before YAML has a chance to "fix" them.
 */
export interface ImpossibleDay {
  field: string;
  value: string;
  line: number;
}

const DATE_LINE = /^([A-Za-z_][\w-]*):\s*(['"]?)(\d{4})-(\d{1,2})-(\d{1,2})\2\s*(?:#.*)?$/;

/** True when year-month-day names a day that exists (leap years included). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Top-level `field: YYYY-MM-DD` lines of a YAML document or frontmatter whose day does not exist. */
export function findImpossibleDays(raw: string): ImpossibleDay[] {
  const found: ImpossibleDay[] = [];
  raw.split(/\r?\n/).forEach((text, index) => {
    const match = DATE_LINE.exec(text);
    if (!match) return;
    const [, field = '', , year, month, day] = match;
    if (!isCalendarDay(Number(year), Number(month), Number(day))) {
      found.push({ field, value: `${year}-${month}-${day}`, line: index + 1 });
    }
  });
  return found;
}
