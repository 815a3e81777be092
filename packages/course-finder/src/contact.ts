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
