import type { Locale } from '../i18n/locale.js';
import type { DataTextsUrl } from './data-texts.js';

/**
 * Gives embedded `data` its texts in `locale` (in place, from its side file; see
 * data-texts.ts), for what is no element (the map's source line); resolves true when
 * texts were added. Ask only when the text lacks the language (Dutch and English are
 * always there): this loads the code that fetches side files. Never rejects.
 */
export const dataTextsFor = (data: object, url: DataTextsUrl, locale: Locale): Promise<boolean> =>
  import('./data-texts.js').then(
    (module) => module.translateData(data, url, locale),
    () => false,
  );
