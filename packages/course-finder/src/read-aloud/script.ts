import { str } from '@lit/localize';
import { localizedText, spokenClock, spokenDay, spokenEuro, spokenTimeRange, type Localize } from '@digivaardig/core';
import type { CourseResult } from '../search/filter.js';
import type { PreparedSession } from '../search/prepare.js';

/** How many courses "Lees voor" reads: the first few of the list. */
export const READ_COURSES = 5;

/*
 * What "Lees voor" reads in the course finder (pure): the first courses of the list,
 * each with its title, when (the next meeting, in words: "maandag 7 december, van tien
 * tot twaalf uur"), where and the price ("2,50 euro", "gratis").
 */

const minutesOf = (local: string) => Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));

/** A meeting in words; one that ends on another day names both days. */
export function spokenSession(t: Localize, session: PreparedSession): string {
  const startDay = session.startLocal.slice(0, 10);
  const endDay = session.endLocal.slice(0, 10);
  const start = minutesOf(session.startLocal);
  const end = minutesOf(session.endLocal);
  if (startDay === endDay) return `${spokenDay(startDay, t.locale)}, ${spokenTimeRange(start, end, t.locale)}`;
  return t.msg(
    str`van ${spokenDay(startDay, t.locale)}, ${spokenClock(start, t.locale)} tot ${spokenDay(endDay, t.locale)}, ${spokenClock(end, t.locale)}`,
    { id: 'courses.readAloud.across-days' },
  );
}

/** One course: title, when (and how many meetings follow), where, price, and "vol" when full. */
export function courseScript(t: Localize, result: CourseResult): string[] {
  const { course } = result.prepared;
  const sentences = [`${localizedText(course.title, t.locale).trim().replace(/[.!?]$/, '')}.`];
  sentences.push(t.msg(str`Wanneer: ${spokenSession(t, result.next)}.`, { id: 'courses.readAloud.when' }));
  const more = result.upcoming.length - 1;
  if (more > 0) {
    sentences.push(
      t.plural(more, {
        one: () => t.msg(str`Daarna is er nog ${more} bijeenkomst.`, { id: 'courses.readAloud.more.one' }),
        other: () => t.msg(str`Daarna zijn er nog ${more} bijeenkomsten.`, { id: 'courses.readAloud.more.other' }),
      }),
    );
  }
  const location = course.location;
  if (location) {
    const where = [location.name, location.street, location.city].filter(Boolean).join(', ');
    sentences.push(t.msg(str`Waar: ${where}.`, { id: 'courses.readAloud.where' }));
  } else if (course.format === 'online') {
    sentences.push(t.msg('Waar: online, thuis achter je eigen computer.', { id: 'courses.readAloud.online' }));
  }
  if (course.price !== undefined) {
    sentences.push(
      course.price === 0
        ? t.msg('De cursus is gratis.', { id: 'courses.readAloud.free' })
        : t.msg(str`Prijs: ${spokenEuro(course.price, t.locale)}.`, { id: 'courses.readAloud.price' }),
    );
  }
  if (course.seatsLeft === 0 && course.format !== 'walk-in') {
    sentences.push(t.msg('Deze cursus is vol.', { id: 'courses.readAloud.full' }));
  }
  return sentences;
}

/** The shown list: the first READ_COURSES courses; when there are more, it says so first. */
export function coursesScript(t: Localize, results: readonly CourseResult[], limit = READ_COURSES): string[] {
  const read = results.slice(0, limit);
  const lead =
    results.length > read.length
      ? [
          t.plural(results.length, {
            one: () => t.msg(str`De eerste ${read.length} van ${results.length} cursus.`, { id: 'courses.readAloud.first-of.one' }),
            other: () => t.msg(str`De eerste ${read.length} van ${results.length} cursussen.`, { id: 'courses.readAloud.first-of.other' }),
          }),
        ]
      : [];
  return [...lead, ...read.flatMap((result) => courseScript(t, result))];
}
