import { describe, expect, test } from 'vitest';
import { buildReport, plainText, withheldText } from '../../src/lib/self-test/report';
import { evaluate, type Evaluation } from '../../src/lib/self-test/evaluate';
import { DONT_KNOW, type Answers, type TestShape } from '../../src/lib/self-test/types';
import { formatIn, reportMessages } from '../support/self-tests';
import { grade, gradeTest, hoursTest, scaleTest, week } from '../support/self-test-shapes';

// The sentences a reader sees, from the Italian and English dictionaries: the tables assert the
// text that results from each set of answers.

const essay = { url: '/articoli/saggio/' };
const it = reportMessages('it');
const en = reportMessages('en');

function reportOf(test: TestShape, answers: Answers, locale: 'it' | 'en' = 'it') {
  const evaluation = evaluate(test, answers);
  if (evaluation.status !== 'result') throw new Error(`no result: ${JSON.stringify(evaluation)}`);
  return buildReport(
    { ...test, title: 'Prova', essay },
    evaluation.result,
    reportMessages(locale),
    formatIn(locale),
  );
}

describe('report: mean tests', () => {
  test.each([
    [0, 'Basso', 'tutto: low reading', 'Prossimo passo: tutto: low step'],
    [39, 'Basso', 'tutto: low reading', 'Prossimo passo: tutto: low step'],
    [40, 'Medio', 'tutto: middle reading', 'Prossimo passo: tutto: middle step'],
    [69, 'Medio', 'tutto: middle reading', 'Prossimo passo: tutto: middle step'],
    [70, 'Alto', 'tutto: high reading', 'Prossimo passo: tutto: high step'],
    [100, 'Alto', 'tutto: high reading', 'Prossimo passo: tutto: high step'],
  ])('a score of %i reads as band %s with the dimension at its level', (score, band, reading, step) => {
    const report = reportOf(gradeTest, grade(score));
    expect(report).toMatchObject({
      band,
      overall: `Punteggio complessivo: ${score} su 100.`,
      basis: 'Il risultato si basa su 10 risposte su 10.',
    });
    expect(report.dimensions).toEqual([
      {
        id: 'tutto',
        label: 'TUTTO',
        about: 'self',
        value: `${score}/100`,
        reading,
        step,
        href: '/articoli/saggio/#sezione-tutto',
      },
    ]);
  });

  test('"Non so" answers are counted in the basis line, and a dimension with only "Non so" says so', () => {
    const answers = {
      ascolto: 4,
      fretta: 0,
      'misura.marketing': DONT_KNOW,
      'misura.it': 0,
      riunioni: DONT_KNOW,
    };
    const report = reportOf(scaleTest, answers);
    expect(report.basis).toBe('Il risultato si basa su 3 risposte su 5 (2 «Non so»).');
    expect(report.overall).toBe('Punteggio complessivo: 50 su 100.');
    expect(report.dimensions.map((d) => [d.id, d.about, d.value, d.reading])).toEqual([
      ['ascolto', 'self', '100/100', 'ascolto: high reading'],
      ['marketing', 'self', 'Solo risposte «Non so»: nessun punteggio.', undefined],
      ['it', 'self', '0/100', 'it: low reading'],
      ['voce', 'organisation', 'Solo risposte «Non so»: nessun punteggio.', undefined],
    ]);
    expect(reportOf(scaleTest, answers, 'en').basis).toBe(
      'The result rests on 3 answers out of 5 (2 “I don’t know”).',
    );
  });

  test('the organisation is reported apart in the plain text, after the reader’s own dimensions', () => {
    const report = reportOf(scaleTest, {
      ascolto: 3,
      fretta: 1,
      'misura.marketing': 2,
      'misura.it': 1,
      riunioni: 0,
    });
    expect(plainText('Prova', report, 'https://example.org/r/#x=1', it).split('\n')).toEqual([
      'Prova',
      '',
      'Alto',
      'sa',
      'Punteggio complessivo: 75 su 100. Il risultato si basa su 5 risposte su 5.',
      '',
      '- ASCOLTO: 75/100. ascolto: high reading Prossimo passo: ascolto: high step',
      '- MARKETING: 100/100. marketing: high reading Prossimo passo: marketing: high step',
      '- IT: 50/100. it: middle reading Prossimo passo: it: middle step',
      '',
      it.organisation,
      '- VOCE: 0/100. voce: low reading Prossimo passo: voce: low step',
      '',
      'https://example.org/r/#x=1',
    ]);
  });
});

describe('report: hours tests', () => {
  test.each([
    [
      'half and half',
      week(40, 20, 0, 20),
      'Oscilla',
      'Le quote sono calcolate su tutte le 40 ore lavorate.',
      [
        '20 ore, il 50% delle ore assegnate',
        '0 ore, il 0% delle ore assegnate',
        '20 ore, il 50% delle ore assegnate',
      ],
      50,
    ],
    [
      'six hours unassigned',
      week(40, 17, 0, 17),
      'Oscilla',
      'Le quote sono calcolate sulle 34 ore assegnate; 6 ore su 40 restano non assegnate.',
      [
        '17 ore, il 50% delle ore assegnate',
        '0 ore, il 0% delle ore assegnate',
        '17 ore, il 50% delle ore assegnate',
      ],
      50,
    ],
    [
      'just over half for colleagues, in half hours',
      week(40, 0, 20.5, 19.5),
      'Per i colleghi',
      'Le quote sono calcolate su tutte le 40 ore lavorate.',
      [
        '0 ore, il 0% delle ore assegnate',
        '20,5 ore, il 51% delle ore assegnate',
        '19,5 ore, il 48% delle ore assegnate',
      ],
      51,
    ],
    [
      'all hours for the customer',
      week(40, 40, 0, 0),
      'Verso il cliente',
      'Le quote sono calcolate su tutte le 40 ore lavorate.',
      [
        '40 ore, il 100% delle ore assegnate',
        '0 ore, il 0% delle ore assegnate',
        '0 ore, il 0% delle ore assegnate',
      ],
      100,
    ],
  ])('%s', (_name, answers, band, basis, values, customer) => {
    const report = reportOf(hoursTest, answers);
    expect(report).toMatchObject({ band, basis });
    expect(report.overall).toBeUndefined();
    expect(report.dimensions.map((d) => d.value)).toEqual(values);
    expect(report.pendulum).toBe(
      `Il pendolo pende verso il cliente per il ${customer}% delle ore assegnate (cliente finale e clienti interni insieme).`,
    );
  });

  test('each dimension reads at the level of its share of the assigned hours', () => {
    const report = reportOf(hoursTest, week(40, 10, 9.5, 20.5));
    expect(report.dimensions.map((d) => d.reading)).toEqual([
      'cliente: middle reading',
      'interno: low reading',
      'org: high reading',
    ]);
  });
});

describe('withheld results say why', () => {
  const withheld = (evaluation: Evaluation, locale: 'it' | 'en') => {
    if (evaluation.status !== 'withheld') throw new Error(evaluation.status);
    return withheldText(evaluation, locale === 'it' ? it : en, formatIn(locale));
  };
  const fewReal = {
    ascolto: 4,
    fretta: 0,
    'misura.marketing': DONT_KNOW,
    'misura.it': DONT_KNOW,
    riunioni: DONT_KNOW,
  };
  test.each([
    [
      'it',
      evaluate(scaleTest, fewReal),
      'Hai dato 2 risposte diverse da «Non so» su 5: per un risultato onesto ne servono almeno 3. Rispondi a qualche domanda in più, anche solo dove hai un’idea.',
    ],
    [
      'it',
      evaluate(hoursTest, week(40, 30, 0, 20)),
      'Hai assegnato 50 ore su 40: togline 10 per vedere il risultato.',
    ],
    [
      'it',
      evaluate(hoursTest, week(45, 10.5, 0, 0)),
      'Hai assegnato 10,5 ore su 45: il risultato compare quando ne assegni almeno 22,5, metà di quelle lavorate.',
    ],
    [
      'en',
      evaluate(hoursTest, week(40, 30, 0, 20)),
      'You have assigned 50 hours out of 40: take away 10 to see the result.',
    ],
  ] as const)('%s: %j', (locale, evaluation, text) => {
    expect(withheld(evaluation, locale)).toBe(text);
  });
});
