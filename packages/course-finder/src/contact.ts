/*
 * Link targets made from a feed's contact fields. The schema checks them too; these make
 * sure a value the schema let through can never become more than a plain call or e-mail.
 */

/** A plain e-mail address: no spaces, no `?`, `&` or `%` (so no subject, body or extra recipients). */
const PLAIN_EMAIL = /^[^\s@<>?&%,;:"()[\]\\]+@[^\s@<>?&%,;:"()[\]\\]+\.[^\s@<>?&%,;:"()[\]\\]+$/;

/** A phone number as a tel: link target: digits and a leading +. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\(0\)/g, '').replace(/[^+\d]/g, '')}`;
}

/** A mailto: link target for a plain address; undefined for anything else. */
export function mailHref(email: string | undefined): string | undefined {
  return email && PLAIN_EMAIL.test(email) ? `mailto:${email}` : undefined;
}

/** What one `contact` cell says, each part in its own field; unsafe parts apart, never used. */
export interface ContactCell {
  readonly phone?: string;
  readonly email?: string;
  /** An http(s) link ("www.bieb.nl/aanmelden" becomes "https://www.bieb.nl/aanmelden"). */
  readonly url?: string;
  /** The words around them: "Aanmelden bij de balie". */
  readonly note?: string;
  /** Mail addresses with `?`, `&` or other header syntax, and links that are not http(s). */
  readonly unsafe: readonly { readonly field: 'email' | 'url'; readonly value: string }[];
}

// A Dutch or international phone number: 071 123 45 67, +31 71 1234567, (071) 123 45 67,
// 06-12345678, 0800-0232. It starts with 0, + or "(0", so a date (25-12-2026) is not one.
const PHONE = /(?:\+|\(0|\b0)[\d\s().-]{6,20}\d/g;
const EMAIL = /[^\s<>"'(),;]*@[^\s<>"'(),;]+/g;
// http(s) and www. links, and anything else with a scheme (javascript:, data:, ftp://), which is refused.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b(?:javascript|data|vbscript|file|ftp|blob):[^\s]*/gi;
// Words that only join or label the parts: "of", "bel", "mail naar", "tel.:".
const JOINER = /^(?:of|or|en|and|bel|call|tel|telefoon|telefoonnummer|phone|mail|e-?mail|mailen|naar|to|via|op|website|site|web|zie|see|[-–:,;/.|])$/i;

function trimJoiners(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const bare = (word: string) => word.replace(/[.:,;]+$/, '');
  while (words.length && (JOINER.test(words[0]!) || JOINER.test(bare(words[0]!)))) words.shift();
  while (words.length && (JOINER.test(words.at(-1)!) || JOINER.test(bare(words.at(-1)!)))) words.pop();
  return words.join(' ').replace(/[\s,;:–-]+$/, '');
}

/**
 * Reads one `contact` cell as webmasters write it: a phone number, an e-mail address, a
 * link, a sentence ("Aanmelden bij de balie"), or several at once ("071 1234567 of
 * info@bieb.nl"). The sentence is what is left after the number, the address and the link
 * are taken out, without joining words ("of", "bel") at its ends.
 */
export function parseContactCell(text: string): ContactCell {
  const unsafe: { field: 'email' | 'url'; value: string }[] = [];
  let rest = ` ${text.trim()} `;
  let url: string | undefined;
  let email: string | undefined;
  let phone: string | undefined;
  rest = rest.replace(LINK, (match) => {
    const link = match.replace(/[.,;:!?)]+$/, '');
    if (/^(?:https?:\/\/|www\.)/i.test(link) && !link.includes('@')) {
      const href = /^www\./i.test(link) ? `https://${link}` : link;
      if (url === undefined && isHttpUrl(href)) url = href;
      else if (!isHttpUrl(href)) unsafe.push({ field: 'url', value: link });
    } else unsafe.push({ field: 'url', value: match });
    return ' ';
  });
  rest = rest.replace(EMAIL, (match) => {
    const address = match.replace(/^mailto:/i, '').replace(/[.,;:!)]+$/, '');
    if (email === undefined && mailHref(address)) email = address;
    else if (!mailHref(address)) unsafe.push({ field: 'email', value: address });
    return ' ';
  });
  rest = rest.replace(PHONE, (match) => {
    const number = match.trim().replace(/[.]/g, ' ').replace(/\s+/g, ' ');
    const digits = number.replace(/\D/g, '').length;
    // A date such as 05-01-2027 starts with 0 too.
    if (digits < 8 || digits > 15 || /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(match.trim())) return match;
    phone ??= number;
    return ' ';
  });
  const note = trimJoiners(rest.replace(/\s+/g, ' ').trim());
  return {
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
    ...(url ? { url } : {}),
    ...(/\p{L}/u.test(note) ? { note } : {}),
    unsafe,
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
