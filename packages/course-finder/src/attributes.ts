import { parseChoice } from '@digivaardig/core';

/** The words `jsonld` takes: a boolean as HTML writes it, or spelled out. */
const JSONLD_WORDS = ['on', 'true', 'yes', '1', 'jsonld', 'off', 'false', 'no', '0'] as const;
const JSONLD_OFF: readonly string[] = ['off', 'false', 'no', '0'];

/**
 * `jsonld` is a boolean, on by default (DESIGN.md): absent, present (`jsonld`,
 * `jsonld=""`) or `on`/`true` write JSON-LD; `off`/`false` do not. Anything else is
 * invalid (the caller warns) and keeps it on.
 */
export function parseJsonLd(raw: string | null | undefined): { value: boolean; invalid: boolean } {
  const { value, invalid } = parseChoice(raw, JSONLD_WORDS, 'on');
  return { value: !JSONLD_OFF.includes(value), invalid };
}
