import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pathInContent } from '../../src/build/content-files';

describe('pathInContent', () => {
  const root = mkdtempSync(join(tmpdir(), 'cac-content-'));
  mkdirSync(join(root, 'real/essays'), { recursive: true });
  writeFileSync(join(root, 'real/essays/saggio.mdx'), '');
  symlinkSync(join(root, 'real'), join(root, 'linked'), 'dir');

  test.for([
    ['a file in the content folder', 'real', 'real/essays/saggio.mdx'],
    [
      'a content folder reached through a link, the file by its real path',
      'linked',
      'real/essays/saggio.mdx',
    ],
    ['a file reached through the link too', 'linked', 'linked/essays/saggio.mdx'],
  ] as const)('%s', ([, contentDir, file]) => {
    expect(pathInContent(join(root, contentDir), join(root, file))).toBe(join('essays', 'saggio.mdx'));
  });
});
