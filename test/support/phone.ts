import { sendMouse } from '@web/test-runner-commands';

/*
 * What the walkthrough tests of issue #12 share: a phone's screen, a visitor who taps what
 * they see (and scrolls first when it is not on the screen), and what a keyboard or a tap
 * can reach. How large the controls are is checked in targets.ts, for every example.
 */

/** A small phone: the walkthroughs' screen. */
export const PHONE = { width: 375, height: 667 };

/** What a keyboard or a tap can reach. */
export const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** After the element's update and two frames: what the visitor sees has been laid out and painted. */
export async function twoFrames(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Counts what a visitor does on a phone: a tap on the middle of what they see, after a
 * scroll when it is not (wholly) on the screen.
 */
export class Visitor {
  taps = 0;
  scrolls = 0;

  async tap(target: Element): Promise<void> {
    let box = target.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) {
      this.scrolls += 1;
      target.scrollIntoView({ block: 'center' });
      box = target.getBoundingClientRect();
    }
    this.taps += 1;
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  }
}
