import { STOP_WORDS } from '../../src/lib/search/stop-words';
import {
  buildVocabulary,
  pageCounts,
  readVocabulary,
  type TermAnswer,
  type Vocabulary,
  type VocabularyFile,
} from '../../src/lib/search/vocabulary';

/**
 * Two small editions for the search tests: a few Italian and English page texts, as Pagefind would
 * index them, and the vocabularies the build makes of them (buildVocabulary, then readVocabulary as
 * the search element does).
 *
 * Made so that: "trust", "customer" and "experience" are on one Italian page and on at least three
 * English ones (foreign in Italian); "fedeltà" is on two Italian pages and "fedelta" on one;
 * "pendolo" has a same-content synonym ("il pendolo") and a real one ("oscillazione"); "lealtà"
 * (a reader's word) leads to "fedeltà"; "customer experience" is an Italian glossary term.
 */
export const ITALIAN_PAGES = [
  'La fiducia del cliente nasce dal tempo dedicato al cliente.',
  'Fiducia e fedeltà: il cliente torna quando si sente ascoltato.',
  'Il tempo dedicato ai clienti: quaranta ore alla settimana.',
  "Customer experience: che cos'è l'esperienza del cliente e come si misura.",
  "Il pendolo della relazione con il cliente, un'oscillazione tra fiducia e fedeltà.",
  'Glossario dei termini: fedelta, fiducia, trust.',
];

export const ENGLISH_PAGES = [
  'Trust in the client relationship: the customer experience starts there.',
  'Customer experience: what is the experience of the customer and how it is measured.',
  'Time devoted to the customer: forty hours a week. Trust and loyalty.',
  'The pendulum of the relationship with the client, between trust and measure.',
  'Glossary of terms: loyalty, trust, customer experience.',
];

export const ITALIAN_TERMS: TermAnswer[] = [
  {
    term: 'Customer experience',
    aliases: ['CX', 'esperienza del cliente'],
    url: '/glossario/customer-experience/',
  },
];

export const ENGLISH_TERMS: TermAnswer[] = [
  { term: 'Loyalty', aliases: ['customer loyalty'], url: '/en/glossary/loyalty/' },
];

export const italianCounts = pageCounts(ITALIAN_PAGES);
export const englishCounts = pageCounts(ENGLISH_PAGES);

export const italianFile: VocabularyFile = buildVocabulary({
  language: 'it',
  counts: italianCounts,
  otherCounts: englishCounts,
  stop: STOP_WORDS.it,
  otherStop: STOP_WORDS.en,
  same: [['pendolo', 'il pendolo', 'oscillazione']],
  leads: [[['lealtà'], ['fedeltà']]],
  terms: ITALIAN_TERMS,
});

export const englishFile: VocabularyFile = buildVocabulary({
  language: 'en',
  counts: englishCounts,
  otherCounts: italianCounts,
  stop: STOP_WORDS.en,
  otherStop: STOP_WORDS.it,
  same: [['pendulum', 'swing']],
  leads: [],
  terms: ENGLISH_TERMS,
});

export const italian: Vocabulary = readVocabulary(italianFile);
export const english: Vocabulary = readVocabulary(englishFile);
