import { describe, expect, test } from 'vitest';
import { fold, phraseKey, words } from '../../src/lib/search/text';

describe('fold', () => {
  test.each([
    ['lowers the case', 'Fiducia', 'fiducia'],
    ['drops a grave accent', 'fedeltà', 'fedelta'],
    ['drops an acute accent and lowers the case', 'PERCHÉ', 'perche'],
    ['drops accents written as combining marks', 'pi\u0300u\u0300', 'piu'],
    ['drops other diacritics (cedilla, diaeresis, tilde)', 'façade naïve año', 'facade naive ano'],
    ['leaves a plain word as it is', 'cliente', 'cliente'],
    ['keeps digits and punctuation', '40 Ore!', '40 ore!'],
    ['gives an empty string for an empty string', '', ''],
  ])('%s: %j → %j', (_name, word, expected) => {
    expect(fold(word)).toBe(expected);
  });

  test('makes an accented and an unaccented spelling the same word', () => {
    expect(fold('Fedeltà')).toBe(fold('fedelta'));
  });
});

describe('words', () => {
  test.each([
    ['lowers the case and keeps accents', 'Fedeltà e Fiducia', ['fedeltà', 'fiducia']],
    [
      'splits an Italian elision and drops the elided article',
      "L'esperienza del cliente",
      ['esperienza', 'del', 'cliente'],
    ],
    ["drops an English possessive 's", "the customer's trust", ['the', 'customer', 'trust']],
    ['drops the single letters of "cos\'è"', "che cos'è", ['che', 'cos']],
    [
      'splits on punctuation and several spaces',
      'fiducia,  tempo; ascolto!',
      ['fiducia', 'tempo', 'ascolto'],
    ],
    ['keeps numbers, even of one digit', '40 ore, 5 saggi', ['40', 'ore', '5', 'saggi']],
    ['keeps words made of letters and digits together', 'B2B e B2C', ['b2b', 'b2c']],
    ['splits hyphenated words', 'customer-centricity', ['customer', 'centricity']],
    ['splits on a typographic apostrophe too', 'dell’ascolto', ['dell', 'ascolto']],
    ['gives no words for punctuation alone', ' — … ', []],
    ['gives no words for an empty text', '', []],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('phraseKey', () => {
  test.each([
    ['folds and joins the words of a phrase', 'Customer Experience', 'customer experience'],
    ['drops accents', 'Fedeltà del cliente', 'fedelta del cliente'],
    ['drops elided articles and punctuation', "L'esperienza, del cliente!", 'esperienza del cliente'],
    ['collapses extra spaces', '  tempo   dedicato ', 'tempo dedicato'],
    ['gives an empty key for a phrase with no words', "l'", ''],
  ])('%s', (_name, phrase, expected) => {
    expect(phraseKey(phrase)).toBe(expected);
  });

  test('gives two spellings of a phrase the same key', () => {
    expect(phraseKey('CUSTOMER  experience')).toBe(phraseKey('customer experience'));
  });
});
