import { el, render } from './og-image';

/** The EPUB cover's size: 2:3, the proportion of a paperback, large enough for a tablet's screen. */
export const COVER_WIDTH = 1200;
export const COVER_HEIGHT = 1800;

export interface CoverInput {
  /** The book's title (the site's name). */
  title: string;
  /** One sentence under it (the site's tagline). */
  subtitle: string;
  /** The foot of the cover: "Edizione del 1 dicembre 2026". */
  edition: string;
}

/**
 * The EPUB's cover, drawn like the share images (build/og-image: satori, then sharp) in the
 * site's colours and fonts: the accent bar, the title in the serif face, the ring of the logo.
 */
export async function bookCover({ title, subtitle, edition }: CoverInput): Promise<Buffer> {
  return render(
    el(
      'div',
      {
        // Satori sizes boxes without their padding, as on the share cards.
        width: COVER_WIDTH - 260,
        height: COVER_HEIGHT - 320,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '180px 110px 140px 150px',
        background: '#fbfaf7',
        fontFamily: 'Sans',
        position: 'relative',
      },
      [
        el('div', {
          position: 'absolute',
          left: 0,
          top: 0,
          width: 40,
          height: COVER_HEIGHT,
          background: '#a3361a',
        }),
        el('div', { display: 'flex', flexDirection: 'column' }, [
          el('div', {
            width: 120,
            height: 120,
            borderRadius: 999,
            border: '20px solid #a3361a',
            marginBottom: 90,
            display: 'flex',
          }),
          el(
            'div',
            {
              fontFamily: 'Serif',
              fontSize: 128,
              fontWeight: 700,
              lineHeight: 1.05,
              color: '#1d1f21',
              display: 'flex',
              flexWrap: 'wrap',
            },
            title,
          ),
          el(
            'div',
            {
              marginTop: 60,
              fontSize: 46,
              lineHeight: 1.35,
              color: '#1d1f21',
              display: 'flex',
              flexWrap: 'wrap',
            },
            subtitle,
          ),
        ]),
        el('div', { display: 'flex', fontSize: 36, color: '#505860' }, edition),
      ],
    ),
    COVER_WIDTH,
    COVER_HEIGHT,
  );
}
