import { ATTRIBUTE } from '../elements/self-test/contract';
import { accentStyles, readEmbedOptions } from '../lib/embed';

/**
 * Runs on /embed/<id>/ before the self-test element is defined: applies the theme and accent from
 * the query string and, in a WordPress frame (#?secret=…) or when asked (?paged=1, the oEmbed
 * html), one question at a time; in WordPress's frame, no share link. Imported first by embed-page.ts so it runs before upgrade.
 */
export const options = readEmbedOptions(location.search, location.hash);
const root = document.documentElement;
if (options.theme !== 'auto') root.dataset['theme'] = options.theme;
for (const [property, value] of Object.entries(accentStyles(options.accent, options.theme)))
  root.style.setProperty(property, value);
export const test = document.querySelector('cac-self-test');
if ((options.secret || options.paged) && test) test.setAttribute(ATTRIBUTE.paged, '');
// WordPress's sandbox (allow-scripts only) lets neither the share link nor printing work.
if (options.secret && test) test.setAttribute(ATTRIBUTE.noShare, '');
