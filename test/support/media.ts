import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates CSS media features (see web-test-runner.config.mjs); an empty list resets them. */
export function emulateMediaFeatures(features: { name: string; value: string }[]): Promise<unknown> {
  return executeServerCommand('emulate-media-features', features);
}
