/**
 * The two search facts every page needs, kept apart from the rest of the search logic so that
 * the trigger script on every page stays tiny.
 */

/** The URL parameter that carries searched words to the page a reader lands on, for highlighting. */
export const HIGHLIGHT_PARAM = 'evidenzia';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The key went to a text field, a select or an editable element. */
  inField: boolean;
}

/** Ctrl+K, Cmd+K or "/" open search; never while the reader is typing in a field. */
export function isSearchShortcut(press: KeyPress): boolean {
  if (press.inField || press.altKey) return false;
  if (press.key === '/') return !press.ctrlKey && !press.metaKey;
  return press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey);
}
