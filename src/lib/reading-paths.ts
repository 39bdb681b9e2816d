/**
 * Where an essay stands in the reading paths: which step of which path it is and what comes
 * next. Pure: the paths are given as their ids and the keys of their essays, in order.
 */

export interface PathSteps {
  id: string;
  /** The essays' keys (Italian ids), in reading order. */
  steps: readonly string[];
}

export interface PathPosition {
  id: string;
  /** 1 for the first essay of the path. */
  step: number;
  total: number;
  /** The key of the essay to read next; undefined on the last step. */
  next: string | undefined;
}

/** Every path that contains `key`, with its step and the next essay, in the paths' order. */
export function positionsOf(paths: readonly PathSteps[], key: string): PathPosition[] {
  return paths.flatMap((path) => {
    const index = path.steps.indexOf(key);
    if (index < 0) return [];
    return [{ id: path.id, step: index + 1, total: path.steps.length, next: path.steps[index + 1] }];
  });
}

/**
 * A path as one edition can show it: only the essays published in that language, in order.
 * A path left with fewer than two essays is not a path: undefined.
 */
export function pathInEdition(path: PathSteps, published: ReadonlySet<string>): PathSteps | undefined {
  const steps = path.steps.filter((key) => published.has(key));
  return steps.length >= 2 ? { id: path.id, steps } : undefined;
}
