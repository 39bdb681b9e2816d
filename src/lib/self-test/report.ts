import { interpolate } from '../interpolate';
import type { DimensionResult, Evaluation, Result } from './evaluate';
import type { TestShape } from './types';

/**
 * The sentences a reader sees for an evaluation, from the locale's messages (src/i18n/,
 * selfTest.*): the band, the line saying what the result rests on, each dimension's value,
 * reading, next step and link, and the plain-text version for sharing. The element, the share
 * text and the unit tables all use it, so the tables assert what a reader reads.
 */

/** The templates, by their key under selfTest.* in the dictionaries. */
export interface ReportMessages {
  basis: string;
  basisDontKnow: string;
  hoursBasis: string;
  hoursBasisAll: string;
  overall: string;
  score: string;
  hours: string;
  onlyDontKnow: string;
  stepLine: string;
  pendulum: string;
  organisation: string;
  withheldDontKnow: string;
  withheldOver: string;
  withheldFew: string;
}

/** What the report reads of a test: its title, dimensions (feedback, section) and essay address. */
export type ReportTest = Pick<TestShape, 'dimensions'> & { title: string; essay: { url: string } };

export interface DimensionLine {
  id: string;
  label: string;
  about: 'self' | 'organisation';
  /** "72/100", "10 ore, il 25% delle ore assegnate", or the "only Non so" line. */
  value: string;
  reading?: string;
  /** The next step, in its sentence ("Prossimo passo: …"). */
  step?: string;
  /** The essay section that treats the dimension. */
  href: string;
}

export interface Report {
  band: string;
  text: string;
  share: string;
  /** What the result rests on: the answers (and "Non so"), or the assigned hours. */
  basis: string;
  overall?: string;
  /** Hours tests: the pendulum's accessible name. */
  pendulum?: string;
  dimensions: DimensionLine[];
}

export type Format = (value: number) => string;

function line(
  test: ReportTest,
  dimension: DimensionResult,
  m: ReportMessages,
  format: Format,
): DimensionLine {
  const definition = test.dimensions.find((candidate) => candidate.id === dimension.id);
  const { id, label, about, level } = dimension;
  const value =
    dimension.hours !== undefined
      ? interpolate(m.hours, { hours: format(dimension.hours), share: dimension.share ?? 0 })
      : dimension.score !== undefined
        ? interpolate(m.score, { score: dimension.score })
        : m.onlyDontKnow;
  const feedback = level && definition?.feedback[level];
  return {
    id,
    label,
    about,
    value,
    ...(feedback && { reading: feedback.reading, step: interpolate(m.stepLine, { step: feedback.step }) }),
    href: `${test.essay.url}#${definition?.section ?? ''}`,
  };
}

/** The result as sentences. */
export function buildReport(test: ReportTest, result: Result, m: ReportMessages, format: Format): Report {
  const { band, week } = result;
  const basis = week
    ? interpolate(week.unassigned > 0 ? m.hoursBasis : m.hoursBasisAll, {
        assigned: format(week.assigned),
        unassigned: format(week.unassigned),
        total: format(week.total),
      })
    : interpolate(result.dontKnow ? m.basisDontKnow : m.basis, {
        answered: result.answered,
        total: result.total,
        dontKnow: result.dontKnow,
      });
  return {
    band: band.title,
    text: band.text,
    share: band.share,
    basis,
    ...(result.overall !== undefined && { overall: interpolate(m.overall, { score: result.overall }) }),
    ...(week && { pendulum: interpolate(m.pendulum, { share: week.customer }) }),
    dimensions: result.dimensions.map((dimension) => line(test, dimension, m, format)),
  };
}

/** Why a result is withheld, and what to do to see one. */
export function withheldText(
  evaluation: Extract<Evaluation, { status: 'withheld' }>,
  m: ReportMessages,
  format: Format,
): string {
  if (evaluation.reason === 'dont-know') return interpolate(m.withheldDontKnow, evaluation);
  const hours = { assigned: format(evaluation.assigned), total: format(evaluation.total) };
  return evaluation.reason === 'hours-over'
    ? interpolate(m.withheldOver, { ...hours, excess: format(evaluation.assigned - evaluation.total) })
    : interpolate(m.withheldFew, { ...hours, needed: format(evaluation.needed) });
}

/** The result as plain text, to paste anywhere: test, band, share line, basis, dimensions, link. */
export function plainText(
  title: string,
  report: Report,
  link: string,
  m: Pick<ReportMessages, 'organisation'>,
): string {
  const dimension = (d: DimensionLine) =>
    `- ${[`${d.label}: ${d.value}.`, d.reading, d.step].filter(Boolean).join(' ')}`;
  const own = report.dimensions.filter((d) => d.about === 'self').map(dimension);
  const others = report.dimensions.filter((d) => d.about !== 'self').map(dimension);
  return [
    title,
    '',
    report.band,
    report.share,
    [report.overall, report.pendulum, report.basis].filter(Boolean).join(' '),
    '',
    ...own,
    ...(others.length ? ['', m.organisation, ...others] : []),
    '',
    link,
  ].join('\n');
}
