import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH } from '../lib/seo';

// Resolved from the project root upwards, as Node resolves packages (also from a copy of the project).
const resolvePackage = createRequire(join(process.cwd(), 'package.json')).resolve;
const font = (pkg: string, file: string) => readFileSync(resolvePackage(`@fontsource/${pkg}/files/${file}`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** Fonts from npm packages (self-hosted at build time; nothing is fetched). */
function loadFonts() {
  fonts ??= [
    {
      name: 'Serif',
      data: font('source-serif-4', 'source-serif-4-latin-700-normal.woff'),
      weight: 700,
      style: 'normal',
    },
    {
      name: 'Sans',
      data: font('noto-sans', 'noto-sans-latin-400-normal.woff'),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'Sans',
      data: font('noto-sans', 'noto-sans-latin-700-normal.woff'),
      weight: 700,
      style: 'normal',
    },
  ];
  return fonts;
}

export interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: unknown };
}
export const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

export interface OgImageInput {
  title: string;
  /** What the page is: "Articolo", "Tema", "Autovalutazione"… */
  kind: string;
  siteName: string;
}

/** The canvas every card shares: the site's background, the accent bar on the left, the site's name at the foot. */
function frame(siteName: string, children: Node[]): Node {
  return el(
    'div',
    // Satori sizes boxes without their padding: the content box is the canvas minus the padding.
    {
      width: OG_WIDTH - 184,
      height: OG_HEIGHT - 128,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px 64px 104px',
      background: '#fbfaf7',
      fontFamily: 'Sans',
      position: 'relative',
    },
    [
      el('div', {
        position: 'absolute',
        left: 0,
        top: 0,
        width: 24,
        height: OG_HEIGHT,
        background: '#a3361a',
      }),
      ...children,
      el('div', { display: 'flex', alignItems: 'center', fontSize: 32, color: '#505860' }, [
        el('div', {
          width: 40,
          height: 40,
          borderRadius: 999,
          border: '7px solid #a3361a',
          marginRight: 18,
          display: 'flex',
        }),
        el('div', { display: 'flex' }, siteName),
      ]),
    ],
  );
}

/** The small line above the title: the page's kind, or the test a result belongs to. */
const kicker = (text: string, size = 30): Node =>
  el(
    'div',
    { fontSize: size, fontWeight: 700, color: '#7d2610', textTransform: 'uppercase', letterSpacing: 3 },
    text,
  );

/** A title in the serif face, wrapping across the card's width. */
const heading = (text: string, size: number): Node =>
  el(
    'div',
    {
      fontFamily: 'Serif',
      fontSize: size,
      fontWeight: 700,
      lineHeight: 1.12,
      color: '#1d1f21',
      width: OG_WIDTH - 184,
      display: 'flex',
      flexWrap: 'wrap',
    },
    text,
  );

/** A share image: the page's kind, its title and the site's name, in the site's colours. Rendered by satori, rasterised by sharp. */
export async function ogImage({ title, kind, siteName }: OgImageInput): Promise<Buffer> {
  const size = title.length > 70 ? 58 : title.length > 45 ? 66 : 76;
  return render(frame(siteName, [kicker(kind), heading(title, size)]));
}

export interface OgResultInput {
  /** The self-test's title, shown small at the top. */
  test: string;
  /** The band's title, the card's headline. */
  band: string;
  /** The band's one-line reading. */
  share: string;
  siteName: string;
}

/**
 * A result's share card: the test small, the band's title large, its one-line reading, the site's
 * name. Type sizes follow the texts' lengths so that the longest (a 90-character title, a
 * 140-character line) still fit, and stay legible at the 300–500 px width chat apps show.
 */
export async function ogResultImage({ test, band, share, siteName }: OgResultInput): Promise<Buffer> {
  const size = band.length > 60 ? 56 : band.length > 32 ? 66 : 80;
  const shareSize = share.length > 90 ? 34 : 40;
  return render(
    frame(siteName, [
      kicker(test, test.length > 60 ? 24 : 28),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        heading(band, size),
        el(
          'div',
          {
            marginTop: 24,
            fontSize: shareSize,
            lineHeight: 1.3,
            color: '#1d1f21',
            width: OG_WIDTH - 184,
            display: 'flex',
            flexWrap: 'wrap',
          },
          share,
        ),
      ]),
    ]),
  );
}

/** A satori tree drawn at a size (share cards are 1200×630; the EPUB's cover, build/book-cover, is taller). */
export async function render(tree: Node, width = OG_WIDTH, height = OG_HEIGHT): Promise<Buffer> {
  const svg = await satori(tree as Parameters<typeof satori>[0], { width, height, fonts: loadFonts() });
  // zlib level 7: measured on a 1200×630 image, 19 ms and 42.5 KB against level 9's 41 ms and
  // 39.6 KB. Share images are most of a large build's time, and only link previews fetch them.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 7 }).toBuffer();
}
