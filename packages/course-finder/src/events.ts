import type { Course } from './types.js';

/** `dv-course-select`: the visitor opened a course's details. */
export interface CourseSelectDetail {
  /** The course as normalised: sessions as `{ start, end }` in ISO Amsterdam time. */
  readonly course: Course;
}

declare module '@digivaardig/core' {
  interface DvEventDetails {
    'dv-course-select': CourseSelectDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'dv-course-select': CustomEvent<CourseSelectDetail>;
  }
}
