/** The letter an entry is filed under: its first letter, accents removed, upper case; "#" for anything else. */
export function indexLetter(text: string): string {
  const letter = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

/** Items grouped by index letter, letters in order, items in the order given. */
export function groupByLetter<T>(items: readonly T[], label: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = indexLetter(label(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)));
}
