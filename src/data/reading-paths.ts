import { getEssays, getReadingPaths, oncePerLocale, type Essay, type ReadingPath } from './content';
import { pathInEdition, positionsOf, type PathPosition } from '../lib/reading-paths';

/** A reading path as one edition shows it: its texts and its essays published in that language, in order. */
export interface EditionPath {
  path: ReadingPath;
  essays: Essay[];
}

/** The reading paths of an edition, in their order. */
export const readingPathsIn = oncePerLocale(async (locale): Promise<EditionPath[]> => {
  const essays = new Map((await getEssays(locale)).map((essay) => [essay.key, essay]));
  return (await getReadingPaths(locale)).flatMap((path) => {
    const steps = pathInEdition(
      { id: path.key, steps: path.data.essays.map((ref) => ref.id) },
      new Set(essays.keys()),
    );
    return steps ? [{ path, essays: steps.steps.map((key) => essays.get(key)!) }] : [];
  });
});

/** Where an essay stands in its edition's paths, with the path and the next essay. */
export async function essayInPaths(
  essay: Essay,
): Promise<(PathPosition & { path: ReadingPath; nextEssay: Essay | undefined })[]> {
  const paths = await readingPathsIn(essay.locale);
  const byKey = new Map(paths.map((each) => [each.path.key, each]));
  return positionsOf(
    paths.map(({ path, essays }) => ({ id: path.key, steps: essays.map((each) => each.key) })),
    essay.key,
  ).map((position) => {
    const { path, essays } = byKey.get(position.id)!;
    return { ...position, path, nextEssay: essays.find((each) => each.key === position.next) };
  });
}
