/**
 * The shape every essay body must have: the original's argument retold (<Retelling>), then our
 * commentary (<Commentary>), each once and at the top level, so that a reader always knows whose
 * voice a paragraph is. Pure: it reads a summary of the body's top-level nodes.
 */

export interface TopNode {
  /** The MDX component's name (Retelling, Commentary, SelfTest…), or undefined for markdown. */
  component: string | undefined;
  /** The tag of the first element inside it (h2, p…), if any. */
  firstElement: string | undefined;
}

/** What is wrong with the body's structure, as sentences that say the fix; empty when right. */
export function structureProblems(nodes: readonly TopNode[]): string[] {
  const retellings = nodes.flatMap((node, index) => (node.component === 'Retelling' ? [index] : []));
  const commentaries = nodes.flatMap((node, index) => (node.component === 'Commentary' ? [index] : []));
  const problems: string[] = [];
  if (retellings.length !== 1)
    problems.push(
      `it has ${retellings.length} <Retelling> parts: wrap what the original says, once, in <Retelling>…</Retelling>`,
    );
  if (commentaries.length !== 1)
    problems.push(
      `it has ${commentaries.length} <Commentary> parts: an essay needs our commentary, once, in <Commentary>…</Commentary> after the retelling`,
    );
  const [retelling] = retellings;
  const [commentary] = commentaries;
  if (retelling !== undefined && commentary !== undefined && commentary < retelling)
    problems.push('<Commentary> comes before <Retelling>: put the retelling first');
  if (commentary !== undefined && nodes[commentary]!.firstElement !== 'h2')
    problems.push(
      '<Commentary> must open with its own "## " heading (e.g. "## Il nostro commento"), so that the table of contents shows where our voice begins',
    );
  const strays = nodes.filter((node) => node.component === undefined && node.firstElement !== undefined);
  if (strays.length)
    problems.push(
      `${strays.length} paragraph(s) or heading(s) stand outside <Retelling> and <Commentary> (first: <${strays[0]!.firstElement}>): move them into one of the two, so their voice is clear`,
    );
  return problems;
}
