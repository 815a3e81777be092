// `import '@digivaardig/course-finder'` defines <dv-course-finder>.
import { defineElement, registerCatalogs } from '@digivaardig/core';
import { DvCourseFinder } from './course-finder/dv-course-finder.js';
import { catalogs } from './generated/locales/index.js';

registerCatalogs(catalogs);
defineElement('dv-course-finder', DvCourseFinder);

export { DvCourseFinder };
export type { CourseSelectDetail } from './events.js';
export { FORMATS, LEVELS, type Course, type CourseFormat, type CourseLevel, type CourseLocation, type CourseSession } from './types.js';
export { searchCourses, PARTS_OF_DAY, SORTS, type CourseQuery, type CourseResult, type PartOfDay, type CourseSort } from './search/filter.js';
export { prepareCourses, type PreparedCourse } from './search/prepare.js';
// The calendar, feed, address and place modules are loaded by the element when needed;
// they are not re-exported here, so a page never loads them up front.
export { FORMAT_LABELS, LEVEL_LABELS, PROGRAMME_IDS, PROGRAMME_LABELS, programmeLabel } from './labels.js';

declare global {
  interface HTMLElementTagNameMap {
    'dv-course-finder': DvCourseFinder;
  }
}
