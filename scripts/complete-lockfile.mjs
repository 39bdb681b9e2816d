// Adds lock entries for optional platform packages the registry reachable here does not serve.
//
// Why: @astrojs/compiler-binding and pagefind list one optional package per platform, but the
// registry these machines reach lacks some of their versions (darwin, win32, wasm32…). `npm install`
// then leaves them out of package-lock.json, and `npm ci` refuses the lock ("Missing: … from lock
// file"). Such packages are never installed on Linux x64, so an entry with the version and the
// platform it is for is all npm ci needs; elsewhere npm fetches it from the registry as usual.
//
// usage (after `npm install` has changed the lock): node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

/** cpu, os and libc of a platform package, read from its name suffix (napi-rs naming). */
function platformOf(name) {
  const match =
    /[-/](android|darwin|freebsd|linux|win32|windows|openharmony|wasm32)-?([a-z0-9]*)-?(gnu|musl|msvc|gnueabihf|wasi)?$/.exec(
      name,
    );
  if (!match) return undefined;
  const [, system, cpu, abi] = match;
  if (system === 'wasm32') return { cpu: ['wasm32'] };
  const entry = { cpu: [cpu || 'x64'], os: [system === 'windows' ? 'win32' : system] };
  if (abi === 'gnu' || abi === 'gnueabihf') entry.libc = ['glibc'];
  if (abi === 'musl') entry.libc = ['musl'];
  return entry;
}

let added = 0;
for (const [path, info] of Object.entries(packages)) {
  for (const [dependency, version] of Object.entries(info.optionalDependencies ?? {})) {
    const key = `node_modules/${dependency}`;
    const platform = platformOf(dependency);
    if (packages[key] || !platform || !/^\d+\.\d+\.\d+$/.test(version)) continue;
    packages[key] = { version, dev: info.dev, license: info.license, optional: true, ...platform };
    added++;
    console.log(
      `lock: added ${dependency}@${version} (optional, for ${JSON.stringify(platform)}) needed by ${path}`,
    );
  }
}

if (added) {
  const [root, ...rest] = Object.entries(packages);
  lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => a.localeCompare(b))]);
  writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(`lock: ${added} optional platform entr${added === 1 ? 'y' : 'ies'} added`);
