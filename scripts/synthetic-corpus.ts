// Generates a synthetic content folder for the scale benchmark: the real content (authors,
// topics, sources, glossary, the five essays and their self-tests) plus N generated essays with
// Italian-like text and the real structure (sections, links to other essays and to topics, key
// ideas, questions) and a self-test every tenth essay. Deterministic: the same N gives the same
// folder. The real content/ folder is only read.
//   node scripts/synthetic-corpus.ts <N> [output folder]   → prints the folder
//   CAC_CONTENT_DIR=<folder> npm run build                  → builds the site from it
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { slug as headingId } from 'github-slugger';

const ROOT = resolve(import.meta.dirname, '..');

/** A small seeded generator (mulberry32): the corpus is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Common Italian words for a realistic word-length distribution and real stemming work; the
// sentences they make are meaningless on purpose.
const WORDS = (
  'cliente clienti azienda aziende persona persone relazione fiducia servizio prodotto valore tempo ' +
  'settimana ore lavoro reparto reparti organizzazione processo processi decisione decisioni esperienza ' +
  'ascolto domanda domande risposta risposte mercato vendita vendite prezzo qualità promessa promesse ' +
  'squadra riunione riunioni progetto progetti obiettivo obiettivi risultato risultati misura misure ' +
  'canale canali schermo digitale sito pagina messaggio scelta scelte abitudine abitudini rischio ' +
  'costo costi margine crescita strategia cultura leader responsabile collega colleghi fornitore ' +
  'contratto consulenza trasparenza rispetto ragione problema problemi soluzione soluzioni idea idee ' +
  'importante semplice chiaro concreto diverso nuovo vecchio grande piccolo vero utile lungo breve ' +
  'spesso sempre mai quasi davvero ancora subito insieme prima dopo oggi domani invece anche ' +
  'capire ascoltare chiedere scegliere misurare cambiare servire decidere costruire mantenere ' +
  'il la lo i gli le un una di da in con su per tra fra che non più meno come quando perché se'
).split(' ');

function corpusText(next: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const sentence = (min: number, max: number) => {
    const count = min + Math.floor(next() * (max - min + 1));
    const words = Array.from({ length: count }, () => pick(WORDS));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}`;
  };
  return { pick, sentence };
}

const ids = (folder: string) =>
  readdirSync(join(ROOT, 'content', folder)).map((file) => file.replace(/\.(ya?ml|mdx?)$/, ''));

export function generateCorpus(count: number, out: string): string {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(join(ROOT, 'content'), out, { recursive: true });
  const authors = ids('authors').filter((id) => id !== 'autore-non-indicato');
  const topics = ids('topics');
  const references = ids('references');
  const sources = readdirSync(join(ROOT, 'originals')).map((file) => file.replace(/\.ya?ml$/, ''));
  const template = readFileSync(join(ROOT, 'content/self-tests/fiducia.yaml'), 'utf8');
  const next = random(count);
  const { pick, sentence } = corpusText(next);
  const slug = (n: number) => `saggio-sintetico-${String(n).padStart(5, '0')}`;
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

  for (let n = 1; n <= count; n++) {
    const id = slug(n);
    const essayTopics = [...new Set([pick(topics), pick(topics), pick(topics)])].slice(
      0,
      1 + Math.floor(next() * 3),
    );
    const hasTest = n % 10 === 0;
    const date = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const headings = Array.from(
      { length: 4 + Math.floor(next() * 3) },
      (_, i) => `${sentence(2, 5)} ${i + 1}`,
    );
    const body = headings.map((heading, i) => {
      const paragraphs = Array.from({ length: 2 + Math.floor(next() * 3) }, () =>
        Array.from({ length: 3 + Math.floor(next() * 3) }, () => `${sentence(8, 18)}.`).join(' '),
      );
      if (i === 1) {
        const other = slug(1 + Math.floor(next() * count));
        paragraphs.push(
          `${sentence(5, 9)}: [${sentence(2, 4).toLowerCase()}](/articoli/${other}/), ${sentence(3, 6).toLowerCase()} [${pick(WORDS)}](/temi/${essayTopics[0]}/).`,
        );
      }
      return `## ${heading}\n\n${paragraphs.join('\n\n')}`;
    });
    body.push(`${sentence(4, 8)}: [${sentence(2, 3).toLowerCase()}](#${headingId(headings[0]!)}).`);
    // The shape every essay has: the retelling, then the commentary (its own heading first).
    const commentary = body.splice(-2);
    const parts = [
      `<Retelling>\n\n${body.join('\n\n')}\n\n</Retelling>`,
      `<Commentary>\n\n${commentary.join('\n\n')}\n\n</Commentary>`,
      ...(hasTest ? [`<SelfTest id="${id}" />`] : []),
    ];
    const essay = [
      '---',
      `title: ${quote(`${sentence(3, 7).slice(0, 55).trim()} ${n}`)}`,
      `description: ${quote(`${sentence(10, 16)}.`.slice(0, 150).padEnd(60, ' x'))}`,
      `author: ${pick(authors)}`,
      `source: ${pick(sources)}`,
      `topics: [${essayTopics.join(', ')}]`,
      'keyIdeas:',
      ...Array.from({ length: 3 }, () => `  - ${quote(`${sentence(6, 12)}.`)}`),
      'questions:',
      ...Array.from({ length: 2 }, () => `  - ${quote(`${sentence(5, 10)}?`)}`),
      'furtherReading:',
      `  - reference: ${pick(references)}`,
      `    note: ${quote(`${sentence(6, 12)}.`)}`,
      `publishedAt: ${date}`,
      '---',
      '',
      parts.join('\n\n'),
      '',
    ].join('\n');
    writeFileSync(join(out, 'essays', `${id}.mdx`), essay);
    if (hasTest) {
      writeFileSync(
        join(out, 'self-tests', `${id}.yaml`),
        template
          .replace(
            /^title: .*$/m,
            `title: ${quote(`Autovalutazione ${n}: ${sentence(2, 4).toLowerCase()}?`)}`,
          )
          .replace(/^essay: .*$/m, `essay: ${id}`)
          // Each dimension links to a section of its essay: here, the generated essay's first heading.
          .replace(/^(\s+section: ).*$/gm, `$1${headingId(headings[0]!)}`),
      );
    }
  }
  return out;
}

if (import.meta.main) {
  const count = Number(process.argv[2]);
  if (!Number.isInteger(count) || count < 1) {
    console.error('usage: node scripts/synthetic-corpus.ts <number of essays> [output folder]');
    process.exit(2);
  }
  const out = process.argv[3]
    ? resolve(process.argv[3])
    : mkdtempSync(join(tmpdir(), `cac-corpus-${count}-`));
  console.log(generateCorpus(count, out));
}
