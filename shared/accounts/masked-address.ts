/**
 * An address shown only in part, for a mail sent to someone else's mailbox (the old address told
 * of a change): enough for its owner to recognise their own new address, not enough to hand a
 * stranger reading that mailbox a working address.
 *
 * @example maskedAddress('camille.durand@example.org') // 'c•••@e•••.org'
 */
export function maskedAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '•••';
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${[...local][0]}•••@${[...host][0] ?? ''}•••${tld}`;
}
