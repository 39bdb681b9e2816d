import { bundleScript } from '../build/bundle';

/** The resizer bloggers include next to the frame: one small file, no dependencies. */
export async function GET() {
  return new Response(`${await bundleScript('src/embed/resizer.ts')}\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}
