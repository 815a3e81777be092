import { str } from '@lit/localize';
import { setPlace } from './flow.js';
import type { Localize } from '@digivaardig/core';

/**
 * The visitor's message for a library's own set with a mistake in it (`invalid-set`):
 * where the mistake is, counted as a webmaster counts, and whom to tell. `path` is the
 * problem's detail. In the element's language (`t`).
 */
export function invalidSetMessage(t: Localize, path: string): string {
  const { area, question, field } = setPlace(path);
  const where =
    area !== undefined && question !== undefined
      ? t.msg(str`Het gaat om onderdeel ${area}, vraag ${question}, veld "${field || '?'}".`, { id: 'check.set.mistake-part-question-field' })
      : area !== undefined
        ? t.msg(str`Het gaat om onderdeel ${area}, veld "${field || '?'}".`, { id: 'check.set.mistake-part-field' })
        : t.msg(str`Het gaat om het veld "${field || '?'}".`, { id: 'check.set.mistake-field' });
  return `${t.msg('Deze vragenlijst kan niet worden gebruikt, want er staat een fout in.', { id: 'check.set.questionnaire-cannot-used-because' })} ${where} ${t.msg(
    'Laat het de beheerder van deze website weten.', { id: 'check.set.please-tell-people-who' },
  )}`;
}
