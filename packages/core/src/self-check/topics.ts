import { pickLocale, type InLocales } from '../text.js';
import type { Locale } from '../i18n/locale.js';

/**
 * The one list of learning topics, shared by the self-check (each area names its topic)
 * and the course finder (each course lists its topics). Keeping a single list is what
 * lets the self-check's advice open the course finder on the matching courses.
 * The question-set schema repeats these ids in its `topic` enum; a test keeps them equal.
 */
export const TOPICS = [
  'information-search',
  'critical-information',
  'netiquette',
  'creative',
  'safety',
  'health',
  'sustainable',
  'problem-solving',
  'ai',
  'basic-skills',
  'e-government',
  'smartphone',
  'communication',
  'media-literacy',
] as const;

/** A learning-topic id, such as `safety` or `e-government`. */
export type Topic = (typeof TOPICS)[number];

/** Short, plain names for each topic, as a visitor would read them in a filter or a link. */
export const TOPIC_LABELS: Readonly<Record<Topic, InLocales<string>>> = {
  'information-search': { nl: 'Informatie zoeken', en: 'Finding information' },
  'critical-information': { nl: 'Informatie beoordelen', en: 'Judging information' },
  netiquette: { nl: 'Netjes omgaan met anderen online', en: 'Being polite online' },
  creative: { nl: 'Zelf iets digitaals maken', en: 'Making digital things' },
  safety: { nl: 'Veilig online', en: 'Staying safe online' },
  health: { nl: 'Gezond online', en: 'Staying healthy online' },
  sustainable: { nl: 'Duurzaam digitaal', en: 'Green digital skills' },
  'problem-solving': { nl: 'Digitale problemen oplossen', en: 'Solving digital problems' },
  ai: { nl: 'Kunstmatige intelligentie (AI)', en: 'Artificial intelligence (AI)' },
  'basic-skills': { nl: 'Computer, tablet en internet', en: 'Computer, tablet and internet basics' },
  'e-government': { nl: 'Zaken regelen met de overheid', en: 'Dealing with the government online' },
  smartphone: { nl: 'Smartphone', en: 'Smartphone' },
  communication: { nl: 'E-mailen, appen en videobellen', en: 'E-mail, messaging and video calls' },
  'media-literacy': { nl: 'Mediawijsheid', en: 'Media literacy' },
};

/** True when `value` is one of the known topic ids (for data read from outside). */
export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && (TOPICS as readonly string[]).includes(value);
}

/** The topic's label in the given language; the id itself for an unknown topic. */
export function topicLabel(topic: string, locale: Locale): string {
  return isTopic(topic) ? pickLocale(TOPIC_LABELS[topic], locale) : topic;
}
