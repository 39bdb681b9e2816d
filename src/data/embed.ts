import type { SelfTest } from './content';
import type { EmbedLinks } from '../lib/embed';
import { pagePath, withBase } from '../lib/paths';

/** Absolute addresses of a test's page, embed page and the resizer, on the configured site and base. */
export function embedLinks(site: URL | string | undefined, test: SelfTest, query = ''): EmbedLinks {
  const base = import.meta.env.BASE_URL;
  const origin = site ?? 'http://localhost:4321';
  const absolute = (path: string) => new URL(path, origin).href;
  return {
    page: absolute(pagePath(base, 'selfTest', test.id, test.locale)),
    embed: absolute(pagePath(base, 'embed', test.id, test.locale)) + query,
    script: absolute(withBase(base, 'embed.js')),
    title: test.data.title,
  };
}
