import { REGION_TAG } from '../format/intl.js';
import type { Locale } from '../i18n/locale.js';

/** The browser's speech synthesis, where there is one. */
export function speech(): SpeechSynthesis | undefined {
  return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
}

/**
 * Picks a voice for the language from the voices the browser has on this device. Only
 * local voices: a "network" voice (Chrome's Google voices) sends the text to a server,
 * and the widgets send nothing anywhere. The locale's own region wins ("nl-NL" before
 * "nl-BE"); Android writes "nl_NL".
 */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], locale: Locale): SpeechSynthesisVoice | undefined {
  const tag = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase();
  const local = voices.filter((voice) => voice.localService);
  return (
    local.find((voice) => tag(voice) === REGION_TAG[locale].toLowerCase()) ??
    local.find((voice) => tag(voice).split('-')[0] === locale)
  );
}
