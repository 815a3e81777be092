import type { ExampleStep } from '@digivaardig/core';

/** Waits (up to 5 s) for a selector in the widget's shadow root. */
async function find(element: Element, selector: string): Promise<HTMLElement> {
  const until = Date.now() + 5000;
  for (;;) {
    const found = element.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    if (Date.now() > until) throw new Error(`<${element.localName}>: no "${selector}" to play the example's step on`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Plays an example's steps as a visitor would with a mouse or a phone keyboard: text goes
 * in with input events, clicks are clicks. Stories (their `play`) and the browser tests
 * share this, so both show the same state.
 */
export async function playSteps(element: Element, steps: readonly ExampleStep[] = []): Promise<void> {
  const updated = () => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  // A visitor acts on what they see: a widget far below the fold (the course finder under a
  // self-check) loads only when it comes near the screen.
  if (steps.length) element.scrollIntoView({ block: 'nearest' });
  for (const step of steps) {
    // A visitor acts on what is on the screen: let a pending render finish first, or the
    // step could land on a node that render is about to replace.
    await updated();
    // A task, not a frame: a page in the background (the Storybook test) draws no frames.
    await new Promise((resolve) => setTimeout(resolve));
    if ('type' in step) {
      const field = (await find(element, step.into)) as HTMLInputElement;
      field.focus();
      field.value = step.type;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: step.type, inputType: 'insertText' }));
    } else {
      (await find(element, step.click)).click();
    }
    await updated();
  }
}
