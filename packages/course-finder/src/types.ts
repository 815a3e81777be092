import type { LocalizedText, Topic } from '@digivaardig/core';

/** How a course is given (docs/data-formats.md): a group, one-to-one help, a walk-in hour, or online. */
export const FORMATS = ['group', 'individual', 'walk-in', 'online'] as const;
export type CourseFormat = (typeof FORMATS)[number];

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type CourseLevel = (typeof LEVELS)[number];

/** One meeting, as the feed writes it: ISO 8601 (Amsterdam time unless an offset is given). */
export interface CourseSession {
  readonly start: string;
  readonly end: string;
}

export interface CourseLocation {
  readonly name: string;
  readonly street?: string;
  readonly postcode?: string;
  readonly city?: string;
  readonly lat?: number;
  readonly lon?: number;
}

export interface CourseContact {
  readonly name?: string;
  readonly phone?: string;
  readonly email?: string;
  /** How to sign up or ask without a link: "Aanmelden bij de balie van de bibliotheek". */
  readonly note?: LocalizedText;
}

/** One course of the course format (packages/core/schemas/course.schema.json), normalised. */
export interface Course {
  readonly id: string;
  readonly title: LocalizedText;
  readonly programme?: string;
  readonly description?: LocalizedText;
  readonly topics?: readonly Topic[];
  /** Own words about the course (and words the feed used that match no id), shown as written. */
  readonly tags?: readonly string[];
  readonly level?: CourseLevel;
  readonly format: CourseFormat;
  readonly language?: string;
  /** In euros; 0 = free; absent = not stated. */
  readonly price?: number;
  readonly seats?: number;
  readonly seatsLeft?: number;
  readonly signupUrl?: string;
  readonly contact?: CourseContact;
  readonly location?: CourseLocation;
  readonly sessions: readonly CourseSession[];
  /** Sample data: the widget shows a "Voorbeeldgegevens" note. */
  readonly demo?: boolean;
}
