// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind';
import rehypeContentChecks from './src/integrations/rehype-content-checks';
import rehypeGlossary from './src/integrations/rehype-glossary';
import headers from './src/integrations/headers';
import offline from './src/integrations/offline';
import book from './src/integrations/book';
import { dictionaries } from './src/i18n';
import { DEFAULT_LOCALE, LOCALES, TRANSLATED_LOCALES } from './src/i18n/locales';
import { isUnlistedPath } from './src/lib/paths';
import { sitemapAlternates } from './src/integrations/sitemap-alternates';

// Production values are the defaults; a deploy elsewhere (a preview, a project site under
// /repo-name/) sets SITE_URL and BASE_PATH instead of editing this file.
const site = process.env.SITE_URL ?? 'https://clientealcentro.it';
const base = process.env.BASE_PATH ?? '/';
const contentDir = process.env.CAC_CONTENT_DIR ?? 'content';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // 'jsx' (Astro 7's default) drops newlines next to inline elements and glues words together.
  compressHTML: true,
  security: {
    // A hash-based policy in a <meta> on every page: no inline script or style runs unless Astro
    // hashed it at build time. Pagefind needs WebAssembly ('wasm-unsafe-eval') and a worker.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  i18n: {
    // The default language at the root, the others under /<locale>/ with their own slugs (the route
    // table, src/lib/routes.ts); Astro.currentLocale comes from here.
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // The unified (remark/rehype) pipeline rather than Sätteri, Astro 7's default: the glossary
    // links are a rehype plugin. MDX inherits this processor. First mention of each glossary term
    // in an essay links to its entry, with its definition.
    // No code blocks in the essays; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: unified({
      smartypants: false,
      rehypePlugins: [
        // First: refuses images without alt text and links to pages that do not exist, and puts
        // the base path in front of site links written from the root.
        [
          rehypeContentChecks,
          {
            contentDir,
            publicDir: 'public',
            base,
            defaultLocale: DEFAULT_LOCALE,
            translatedLocales: TRANSLATED_LOCALES,
          },
        ],
        [
          rehypeGlossary,
          {
            contentDir,
            base,
            defaultLocale: DEFAULT_LOCALE,
            editions: Object.fromEntries(
              LOCALES.map((locale) => [
                locale,
                {
                  dir:
                    locale === DEFAULT_LOCALE ? `${contentDir}/glossary` : `${contentDir}/${locale}/glossary`,
                  label: dictionaries[locale]['glossary.define'],
                  anchorLabel: dictionaries[locale]['essay.anchor'],
                },
              ]),
            ),
          },
        ],
      ],
    }),
  },
  vite: {
    // No <link rel="modulepreload"> injected before dynamic imports (the search element, the
    // self-test view): their shared modules are already loaded by then, and Firefox fires `error`
    // on a modulepreload link for a module it already has (issue 18). Astro sets build.modulePreload
    // itself after the user's config, so it is set on the client environment.
    plugins: [
      {
        name: 'cac-no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
    build: {
      rolldownOptions: {
        // Astro's own MDX head-propagation marker trips this warning on every essay
        // (withastro/astro#18087, harmless); hiding it keeps real warnings visible.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx(),
    // Reads the hreflang links of the built pages, for the sitemap's alternates (before it).
    sitemapAlternates.integration,
    sitemap({
      // Each URL lists its translations, as the page's own hreflang links do (slugs differ
      // between languages, so Astro's i18n option, which pairs identical paths, cannot).
      serialize: sitemapAlternates.serialize,
      // Not for search engines: the 404 page, and the kinds the route table leaves out (embed
      // pages: their content lives on the test's page).
      filter: (page) => {
        const path = new URL(page).pathname;
        const relative = path.slice(base.replace(/\/?$/, '/').length - 1);
        return !path.endsWith('/404/') && !isUnlistedPath(relative);
      },
    }),
    // _headers, from the route table.
    headers(),
    // Each language's EPUB, from its built book page.
    book(),
    // It indexes the finished HTML.
    pagefind({ contentDir }),
    // Last: the service worker keeps the pages and the search index for reading offline.
    offline(),
  ],
});
