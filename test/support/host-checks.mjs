/**
 * What a host page's CSS may break in a widget, measured in the page (through open shadow
 * roots): whether it is wider than `width` px (naming what reaches out), which focusable
 * controls overlap, and which text is under 14 px. Self-contained, so end-to-end tests can
 * hand it to Puppeteer's page.evaluate as it is; the browser tests import it.
 *
 * Map markers lie under the map's own buttons by nature, and a control inside another is
 * no overlap; boxes of a pixel or less (visually hidden text) and invisible ones are left out.
 */
export function hostChecks(widget, width) {
  const all = [];
  const walk = (node) => {
    for (const child of node.children) {
      all.push(child);
      walk(child);
    }
    if (node.shadowRoot) walk(node.shadowRoot);
  };
  walk(widget);
  const name = (el) => {
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
    const kind = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/)[0]}` : '';
    return `${el.localName}${kind}${label ? ` "${label}"` : ''}`;
  };
  const shown = (el) => {
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return rect.width > 1 && rect.height > 1 && style.visibility !== 'hidden' && style.opacity !== '0';
  };

  const left = widget.getBoundingClientRect().left;
  const wider =
    widget.scrollWidth > width
      ? [`${widget.scrollWidth} px`, ...all.filter((el) => el.getBoundingClientRect().right > left + width + 1).slice(0, 3).map(name)]
      : [];

  const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const controls = all.filter((el) => el.matches(CONTROLS) && !el.classList.contains('leaflet-marker-icon') && shown(el));
  const overlaps = [];
  controls.forEach((a, i) =>
    controls.slice(i + 1).forEach((b) => {
      if (a.contains(b) || b.contains(a)) return;
      const [ra, rb] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
      const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      if (x > 1 && y > 1) overlaps.push(`${name(a)} × ${name(b)}`);
    }),
  );

  const small = all
    .filter((el) => el.localName !== 'style' && el.localName !== 'script')
    .filter((el) => [...el.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim()))
    .filter((el) => el.getClientRects().length > 0 && parseFloat(getComputedStyle(el).fontSize) < 14)
    .map((el) => `${name(el)}: ${getComputedStyle(el).fontSize}`);

  return { wider, overlaps, small, shown: widget.getClientRects().length > 0 };
}
