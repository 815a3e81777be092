/**
 * Defines a custom element unless the tag is taken. The script may be included twice,
 * or two versions may meet on one page: the first definition wins, quietly.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, element);
  } catch {
    // Another copy won a race between get() and define(); theirs serves the page.
  }
}
