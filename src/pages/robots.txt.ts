import type { APIContext } from 'astro';
import { withBase } from '../lib/paths';

export function GET(context: APIContext) {
  const sitemap = new URL(
    withBase(import.meta.env.BASE_URL, 'sitemap-index.xml'),
    context.site ?? context.url.origin,
  );
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
