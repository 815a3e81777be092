import { fixture } from '@open-wc/testing';
import { holdNeverAnsweringRequests } from '../../../../stories/support/held-requests.js';
import { prepareExample, type SelfCheckExample } from '../examples.js';
import type { DvSelfCheck } from '../self-check/dv-self-check.js';

/**
 * Renders an example as a webmaster's page would: the tag with its attributes, plus what
 * the example brings through the public API (stored progress, the `answers` property).
 */
export async function mountSelfCheck(example: SelfCheckExample): Promise<DvSelfCheck> {
  holdNeverAnsweringRequests();
  const element = document.createElement(example.tag) as DvSelfCheck;
  for (const [name, value] of Object.entries(example.attributes)) element.setAttribute(name, value === true ? '' : value);
  prepareExample(element, example);
  const frame = document.createElement('div');
  if (example.width) frame.style.width = `${example.width}px`;
  if (example.darkPage) frame.style.background = '#000';
  frame.append(element);
  await fixture(frame);
  return element;
}

/** The shadow root's first match, or a failure naming what was missing. */
export function part<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <${element.localName}>`);
  return found;
}
