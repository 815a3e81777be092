import {
  adviceKeyFor,
  localizedText,
  type AreaScore,
  type CheckResult,
  type Locale,
  type QuestionSet,
} from '@digivaardig/core';
import { courseFinderHref } from './course-link.js';

/** The words of the report in the visitor's language (the element passes msg() strings). */
export interface ReportWords {
  heading: string;
  /** "Gemaakt op 3 december 2024." */
  date: string;
  level: (level: string) => string;
  score: (score: number) => string;
  noLevel: string;
  help: string;
  footer: string;
}

/** A link to help, in the visitor's language: `programme` is the set's (`course-finder`, `ido`, `klik-en-tik`, …). */
export interface AreaLink {
  readonly title: string;
  readonly href: string;
  readonly programme: string;
  readonly courseFinder: boolean;
}

/** One area of the result, ready to show: the score with its level, advice and links. */
export interface AreaReport {
  readonly id: string;
  readonly title: string;
  readonly score: AreaScore;
  /** Level label in words, or '' when nothing counted. */
  readonly level: string;
  readonly levelDescription: string;
  readonly advice: string;
  readonly links: readonly AreaLink[];
}

/**
 * The result per area in the visitor's language. Course-finder links get the deep link
 * to `coursePage` (`''` = this page); with `coursePage` undefined there is no course
 * finder to go to, and those links are left out.
 */
export function areaReports(
  set: QuestionSet,
  result: CheckResult,
  locale: Locale,
  coursePage: string | undefined,
): AreaReport[] {
  return result.areas.flatMap((score) => {
    const area = set.areas.find((candidate) => candidate.id === score.id);
    if (!area) return [];
    const level = set.levels.find((candidate) => candidate.id === score.level);
    const key = adviceKeyFor(score.level, set.levels);
    const links = (area.links ?? []).flatMap((link): AreaLink[] => {
      const title = localizedText(link.title, locale);
      const { programme } = link;
      if (link.programme === 'course-finder') {
        return coursePage === undefined ? [] : [{ title, href: courseFinderHref(link.topic, coursePage), programme, courseFinder: true }];
      }
      return [{ title, href: link.url, programme, courseFinder: false }];
    });
    return [
      {
        id: area.id,
        title: localizedText(area.title, locale),
        score,
        level: localizedText(level?.label, locale),
        levelDescription: localizedText(level?.description, locale),
        advice: key && area.advice ? localizedText(area.advice[key], locale) : '',
        links,
      },
    ];
  });
}

/**
 * The result as a plain-text file the visitor keeps: the check's title, the date, and
 * per area the level, score, advice and links (with their addresses written out).
 */
export function reportText(title: string, reports: readonly AreaReport[], words: ReportWords, pageUrl: string): string {
  const lines = [title, '='.repeat(Math.min(title.length, 60)), '', words.heading, words.date, ''];
  for (const report of reports) {
    lines.push(report.title, '-'.repeat(Math.min(report.title.length, 60)));
    lines.push(levelLine(report, words));
    if (report.score.score !== null && report.levelDescription) lines.push(report.levelDescription);
    if (report.advice) lines.push('', report.advice);
    if (report.links.length) {
      lines.push('', words.help);
      for (const link of report.links) lines.push(`- ${link.title}: ${fullAddress(link.href, pageUrl)}`);
    }
    lines.push('');
  }
  lines.push(words.footer, '');
  return lines.join('\r\n');
}

/** "Niveau: Basis (67 van 100)", or the words for "no level". */
export function levelLine(report: AreaReport, words: ReportWords): string {
  return report.score.score === null
    ? words.noLevel
    : `${words.level(report.level)} (${words.score(report.score.score)})`;
}

/** A link's address to write out on paper or in a file: a link to this page gets the page's address. */
export function fullAddress(href: string, pageUrl: string): string {
  return href.startsWith('#') ? (pageUrl.split('#')[0] ?? '') + href : href;
}

/** A file name without spaces or odd characters: `zelftest-digiq-2024-12-03.txt`. */
export function reportFileName(prefix: string, framework: string, date: Date): string {
  const day = date.toISOString().slice(0, 10);
  const safe = `${prefix}-${framework}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-');
  return `${safe}-${day}.txt`;
}
