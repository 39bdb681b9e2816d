/**
 * Reading what a reader types into an hours field. The fields are text fields (inputmode
 * "decimal"), not type="number": WebKit reads "2,5" in a number field as no value at all, and
 * each engine and locale accepts its own decimal separator. Here "2,5" and "2.5" both give 2.5,
 * everywhere, and a value that cannot be read is said so, never taken as 0.
 */
export type HoursReading =
  /** Nothing typed: the field counts as 0 hours (or no answer, for the week's total). */
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  /** Typed but not a number of hours in digits ("due", "2,5,1", "1e2"): the reader must fix it. */
  | { kind: 'unreadable'; text: string };

// Digits with at most one decimal separator, either a comma or a point; ".5" and "2." are read too.
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

export function readHours(typed: string): HoursReading {
  // Spaces are never meaningful in a number of hours, wherever the keyboard or a paste put them.
  const text = typed.replace(/[\s\u00a0\u202f]+/g, '');
  if (text === '') return { kind: 'empty' };
  if (!NUMBER.test(text)) return { kind: 'unreadable', text: typed.trim() };
  return { kind: 'number', value: Number(text.replace(',', '.')) };
}

/** How a stored value is written back into a field, in the page's language ("2,5" in Italian). */
export function writeHours(value: number, lang: string): string {
  return value.toLocaleString(lang, { maximumFractionDigits: 2, useGrouping: false });
}
