import type { Localize } from '../i18n/translator.js';
import type { ReadAloudWords } from './read-aloud-view.js';

/** The words on the read-aloud controls in the element's language (`t` is its LocalizeController). */
export function readAloudWords(t: Localize): ReadAloudWords {
  return {
    read: t.msg('Lees voor', { id: 'core.readAloud.read' }),
    pause: t.msg('Pauze', { id: 'core.readAloud.pause' }),
    resume: t.msg('Verder', { id: 'core.readAloud.resume' }),
    stop: t.msg('Stop', { id: 'core.readAloud.stop' }),
  };
}
