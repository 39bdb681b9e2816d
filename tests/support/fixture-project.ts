import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');
const TMP = join(PROJECT_ROOT, 'tests/.tmp');

/**
 * The real src/, copied: through a link, Vite resolves the components to paths outside the
 * root and the build leaves out every page's CSS.
 */
function copySource(root: string): void {
  cpSync(join(PROJECT_ROOT, 'src'), join(root, 'src'), { recursive: true });
}

/**
 * A throwaway Astro project for one content fixture: the real config and src/ (copied), and a
 * content/ folder made of the valid base plus the fixture's files on top. Each fixture gets its
 * own root, so its .astro/ and caches never touch the real project's and runs can go in parallel.
 */
export function fixtureProject(fixture: string, name = fixture): string {
  const root = join(TMP, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(join(FIXTURES, 'content-base'), join(root, 'content'), { recursive: true });
  cpSync(join(FIXTURES, 'originals-base'), join(root, 'originals'), { recursive: true });
  if (fixture !== 'content-base') {
    const overlay = join(FIXTURES, fixture);
    if (!existsSync(overlay)) throw new Error(`No fixture folder tests/fixtures/${fixture}/`);
    cpSync(overlay, join(root, 'content'), { recursive: true });
  }
  copySource(root);
  // Copied too: a linked config would import the integrations from the real src/.
  cpSync(join(PROJECT_ROOT, 'astro.config.mjs'), join(root, 'astro.config.mjs'));
  symlinkSync(join(PROJECT_ROOT, 'tsconfig.json'), join(root, 'tsconfig.json'));
  mkdirSync(join(root, 'public'));
  return root;
}

export interface AstroRun {
  code: number | null;
  /** stdout and stderr together, colours removed. */
  output: string;
}

/** Runs the project's own Astro CLI in a fixture root, on the Node that runs the tests. */
export function runAstro(root: string, args: string[], env: Record<string, string> = {}): Promise<AstroRun> {
  return runScript(root, join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), args, env);
}

/** Builds a project root with `astro build` and returns its dist/; throws with the build's output if it fails. */
export async function buildSite(root: string, env: Record<string, string> = {}): Promise<string> {
  const build = await runAstro(root, ['build'], env);
  const dist = join(root, 'dist');
  if (build.code !== 0 || !existsSync(join(dist, 'index.html')))
    throw new Error(`${basename(root)} build failed:\n${build.output.slice(-3000)}`);
  return dist;
}

/** Runs `npm run build`'s script (astro build, published to dist/ only when it succeeds) in a root. */
export function runBuild(root: string, env: Record<string, string> = {}): Promise<AstroRun> {
  return runScript(root, join(PROJECT_ROOT, 'scripts/build.mjs'), [], env);
}

function runScript(
  root: string,
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<AstroRun> {
  // Vitest puts its own Vite variables (BASE_URL, MODE, NODE_ENV=test…) into process.env; the
  // child is a plain build and must not inherit them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(name),
    ),
  );
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: root,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output: stripVTControlCharacters(output) }));
  });
}

/**
 * A copy of the real project for a build with other settings (a base path): the real src/
 * (copied), content/, originals/ and public/ linked, its own .astro/ and output folder.
 */
export function siteProject(name: string): string {
  const root = join(TMP, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  copySource(root);
  for (const dir of ['content', 'originals', 'public'])
    symlinkSync(join(PROJECT_ROOT, dir), join(root, dir), 'dir');
  cpSync(join(PROJECT_ROOT, 'astro.config.mjs'), join(root, 'astro.config.mjs'));
  for (const file of ['tsconfig.json', 'package.json'])
    symlinkSync(join(PROJECT_ROOT, file), join(root, file));
  return root;
}
