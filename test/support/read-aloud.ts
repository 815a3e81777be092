/*
 * The widgets' read-aloud tests share one recording fake of speechSynthesis (see
 * fake-speech.ts): install it with voices, read what was spoken, let the engine finish.
 */
import { waitUntil } from '@open-wc/testing';
import { fakeVoice, installFakeSpeech, type FakeSpeech, type FakeVoice } from './fake-speech.js';

/** The fake in place now (a live binding: read it after `voices()`). */
export let speech: FakeSpeech;
let restore: (() => void) | undefined;

/** Puts the fake in place with these voices (Dutch and English by default). */
export function voices(list: FakeVoice[] = [fakeVoice('nl-NL'), fakeVoice('en-GB')]): FakeSpeech {
  restore?.();
  ({ speech, restore } = installFakeSpeech(list));
  return speech;
}

/** Gives the browser its own speechSynthesis back (call it in afterEach). */
export function restoreSpeech(): void {
  restore?.();
  restore = undefined;
}

/** Everything handed to the engine so far, in order. */
export const spoken = (): string[] => speech.spoken.map((utterance) => utterance.text);

/** Waits for the reading to start, lets the engine finish every sentence, and gives them. */
export async function readAll(): Promise<string[]> {
  await waitUntil(() => speech.spoken.length > 0, 'nothing spoken');
  while (speech.speaking) speech.finishSentence();
  return spoken();
}

/** Waits for `get` to give something, and gives it. */
export async function found<T>(get: () => T | null | undefined, message = 'not found'): Promise<T> {
  await waitUntil(() => get(), message, { timeout: 5000 });
  return get()!;
}

/** The widget's read-aloud button, if it shows one. */
export const readAloudButton = (root: ShadowRoot | null | undefined): HTMLButtonElement | null =>
  root?.querySelector<HTMLButtonElement>('[part="read-aloud-button"]') ?? null;
