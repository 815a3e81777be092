// The choices the filter controls offer, apart from the search code so the first paint
// can show the controls before the search engine has arrived.
/** Parts of the day, by the session's start time: before 12.00, 12.00–17.00, from 17.00. */
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

export const SORTS = ['date', 'distance'] as const;
export type CourseSort = (typeof SORTS)[number];
