/**
 * A dispute's optional contact (phone number or e-mail) is stored twice, neither in the clear:
 * masked, so an admin can recognise it ("138****8000", "a***@example.com"), and as a keyed
 * hash of its canonical form, so the same person can be matched when they get in touch again.
 */

/**
 * @example
 * canonicalContact(' A.Li@Example.com ') // 'a.li@example.com'
 * canonicalContact('+86 138-0013-8000')  // '+8613800138000'
 */
export function canonicalContact(contact: string): string {
  const text = contact.normalize('NFKC').trim();
  if (text.includes('@')) return text.toLowerCase();
  const digits = text.replace(/[^\d+]/g, '');
  return digits.length >= 5 ? digits : text.toLowerCase();
}

/**
 * @example
 * maskContact('a.li@example.com')  // 'a***@example.com'
 * maskContact('+8613800138000')    // '+86***8000'
 * maskContact('wechat:lily')       // 'w***y'
 */
export function maskContact(contact: string): string {
  const canonical = canonicalContact(contact);
  const at = canonical.indexOf('@');
  if (at > 0) return `${canonical.slice(0, 1)}***${canonical.slice(at)}`;
  if (/^\+?\d{5,}$/.test(canonical)) return `${canonical.slice(0, 3)}***${canonical.slice(-4)}`;
  if (canonical.length <= 2) return '***';
  return `${canonical.slice(0, 1)}***${canonical.slice(-1)}`;
}
