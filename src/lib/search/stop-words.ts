import type { Locale } from '../../i18n/locales';

/**
 * Words a question is made of but no page is found by: articles, prepositions, pronouns, common
 * verbs and question words. Dropped when a query is searched word by word, and the sign that a
 * query is written in the other edition's language. Folded (no accents), as `fold` gives them.
 * A language without a list (a new one, until someone writes it) still searches, only without
 * dropping them.
 */
export const STOP_WORDS = {
  it: (
    'il lo la gli le un una uno di del dello della dei degli delle da dal dallo dalla dai dagli dalle ' +
    'in nel nello nella nei negli nelle con col coi su sul sullo sulla sui sugli sulle per tra fra ' +
    'ad al allo alla ai agli alle ed od ne ci vi si mi ti me te se lui lei noi voi loro mio mia miei ' +
    'mie tuo tua tuoi tue suo sua suoi sue nostro nostra vostro vostra che chi cui cosa cos come ' +
    'dove quando quanto quanta quanti quante quale quali perche non piu meno molto molta molti poco ' +
    'anche ancora gia sempre mai solo questo questa questi queste quello quella quelli quelle sono ' +
    'sei siamo siete era erano essere ho hai ha abbiamo avete hanno avere fare faccio fai fa fanno ' +
    'posso puoi puo possono devo deve dobbiamo voglio vuoi sta stai stanno ogni tutto tutti tutta tutte ' +
    'ma pero oppure o e'
  ).split(' '),
  en: (
    'the a an of to in on at by for from with without about into over under between and or but not no ' +
    'nor so if than then as is are was were be been being am do does did doing have has had having ' +
    'can could should would will shall may might must it its this that these those there here ' +
    'what which who whom whose why how when where i me my mine we us our you your he him his she her ' +
    'they them their one ones some any all each every more most much many very just also only own ' +
    'get gets got make makes'
  ).split(' '),
} satisfies Partial<Record<Locale, readonly string[]>>;

/** A language's stop words; none for a language without a list. */
export const stopWordsOf = (locale: Locale): readonly string[] =>
  (STOP_WORDS as Partial<Record<Locale, readonly string[]>>)[locale] ?? [];
