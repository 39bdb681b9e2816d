// Adds a language to the site: the first steps of README, "Adding a language", done for you.
//   node scripts/add-locale.mjs <locale> <language tag> <routes.json> [project root]
// e.g. node scripts/add-locale.mjs de de-DE de-routes.json, where de-routes.json holds the
// edition's URL segments: { "page": "seite", "sections": { "essays": "artikel", … },
// "subpages": { "result": "ergebnis" } } (every section and subpage of src/lib/routes.ts). It
//   1. adds the locale to LOCALES and its tag to LANGUAGE_TAGS (src/i18n/locales.ts),
//   2. adds its segments to LOCALE_ROUTES (src/lib/routes.ts), with the prefix "<locale>/",
//   3. writes src/i18n/<locale>.ts as a copy of the English dictionary, to translate, and
//      registers it in src/i18n/index.ts,
// and stops with the file and the text it expected if any of them has changed shape. Then
// translate the dictionary and add content/<locale>/ (README). The type checker refuses a table
// the new language is missing from.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [locale, tag, routesFile, root = '.'] = process.argv.slice(2);
if (!locale || !tag || !routesFile) {
  console.error('Usage: node scripts/add-locale.mjs <locale> <language tag> <routes.json> [project root]');
  process.exit(2);
}
if (!/^[a-z]{2}$/.test(locale) || !tag.startsWith(`${locale}-`)) {
  console.error(
    `add-locale: "${locale}" must be two lowercase letters and "${tag}" a tag for it (e.g. de, de-DE).`,
  );
  process.exit(2);
}
const routes = JSON.parse(readFileSync(routesFile, 'utf8'));
const file = (path) => join(resolve(root), path);

/** Replaces `find` in a source file, or stops naming the file and what it no longer has. */
function edit(path, find, replace) {
  const text = readFileSync(file(path), 'utf8');
  const match = typeof find === 'string' ? text.includes(find) : find.test(text);
  if (!match) {
    console.error(
      `add-locale: ${path} no longer has ${String(find)}. Make the change by hand (README, "Adding a language") and update this script.`,
    );
    process.exit(1);
  }
  writeFileSync(file(path), text.replace(find, replace));
}

const locales = /export const LOCALES = \[([^\]]*)\] as const;/;
const current = readFileSync(file('src/i18n/locales.ts'), 'utf8').match(locales)?.[1] ?? '';
if (current.includes(`'${locale}'`)) {
  console.error(`add-locale: ${locale} is already a language of the site.`);
  process.exit(1);
}
edit('src/i18n/locales.ts', locales, `export const LOCALES = [${current}, '${locale}'] as const;`);
edit(
  'src/i18n/locales.ts',
  / \} as const satisfies Record<Locale, string>;/,
  `, ${locale}: '${tag}' } as const satisfies Record<Locale, string>;`,
);

const sections = Object.entries(routes.sections)
  .map(([section, segment]) => `      ${section}: '${segment}',`)
  .join('\n');
const subpages = Object.entries(routes.subpages ?? {})
  .map(([subpage, segment]) => `${subpage}: '${segment}'`)
  .join(', ');
edit(
  'src/lib/routes.ts',
  '} as const satisfies Record<Locale, LocaleRoutes>;',
  `  ${locale}: {\n    prefix: '${locale}/',\n    page: '${routes.page}',\n    sections: {\n${sections}\n    },\n    subpages: { ${subpages} },\n  },\n} as const satisfies Record<Locale, LocaleRoutes>;`,
);

const dictionary = `src/i18n/${locale}.ts`;
if (existsSync(file(dictionary))) {
  console.error(`add-locale: ${dictionary} exists already; remove it or register it by hand.`);
  process.exit(1);
}
const english = readFileSync(file('src/i18n/en.ts'), 'utf8');
writeFileSync(
  file(dictionary),
  english
    .replace(
      /^\/\*\*[\s\S]*?\*\/\n/m,
      `/** UI strings for "${locale}": copied from en.ts by scripts/add-locale.mjs, to translate. */\n`,
    )
    .replace('export const en = {', `export const ${locale} = {`),
);
edit(
  'src/i18n/index.ts',
  "import { en } from './en';",
  `import { en } from './en';\nimport { ${locale} } from './${locale}';`,
);
edit('src/i18n/index.ts', /= \{ it, en([^}]*) \};/, `= { it, en$1, ${locale} };`);

console.log(
  `Added "${locale}": src/i18n/locales.ts, src/lib/routes.ts, ${dictionary} (to translate), src/i18n/index.ts. Next: translate ${dictionary}, then add content/${locale}/ (README, "Adding a language").`,
);
