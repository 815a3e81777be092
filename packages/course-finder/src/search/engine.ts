// Search, filters and dates arrive with the course data (after the first paint), so a
// page with the finder loads less before the visitor does anything.
export { searchCourses } from './filter.js';
export { amsterdamToday, prepareCourses } from './prepare.js';
