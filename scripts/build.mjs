// npm run build: `astro build` into a staging folder, moved to dist/ only when the whole build
// (pages, share images, search index) has succeeded. A failed build never leaves a half-written
// site where a deploy step could pick it up: dist/ then stays exactly as it was before.
//   node scripts/build.mjs [astro build flags]   (run from the project root, or a copy of it)
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.cwd();
const astro = join(dirname(fileURLToPath(import.meta.url)), '../node_modules/astro/bin/astro.mjs');
const out = resolve(root, 'dist');
const staging = resolve(root, '.dist-staging');

rmSync(staging, { recursive: true, force: true });
const build = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nThe build failed: nothing was published${existsSync(out) ? ' (dist/ still holds the previous complete build)' : ''}. The message above names the file to fix.`,
  );
  process.exit(build.status ?? 1);
}
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
