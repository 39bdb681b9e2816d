// Runs the shared originality check (../shared/tools/check-originality.mjs) on the site's own
// text: every sentence in content/ and src/ must be ours, not the source essays'. The tool lives
// beside the project, not in it; a clone without it says so and skips instead of failing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const tool = fileURLToPath(new URL('../../shared/tools/check-originality.mjs', import.meta.url));
if (!existsSync(tool)) {
  console.log(`originality: ${tool} not found (it comes with ../shared beside the project); skipped.`);
  process.exit(0);
}
const run = spawnSync(process.execPath, [tool, 'content', 'src'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
