// dist/course-finder.js: defines <dv-course-finder>. Only the element is exported here,
// so the search code stays in its lazy chunk (npm users get every export from the package).
export { DvCourseFinder } from '@digivaardig/course-finder';
