/**
 * Dates as readers expect them ("22 novembre 2026") and as machines expect them ("2026-11-22").
 * Dates in content are calendar days, parsed as UTC midnight: formatting in UTC keeps the day from
 * shifting with the time zone of the machine that builds the site.
 */
export function formatDate(date: Date, languageTag: string): string {
  return new Intl.DateTimeFormat(languageTag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** The calendar day of a date, for `<time datetime>` and structured data. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
