// What the first list needs to search and sort: part of the finder's main chunk (its
// size counts toward the 22 KB a page loads before interaction; see docs/widgets/course-finder.md).
export { searchCourses } from './filter.js';
export { amsterdamToday, prepareCourses } from './prepare.js';
