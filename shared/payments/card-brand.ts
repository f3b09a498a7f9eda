/**
 * The card network a number belongs to, from its first digits (enough for a receipt: "Visa ••4242").
 *
 * @example cardBrand('4242424242424242') // 'visa'
 */
export function cardBrand(digits: string): string {
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^6/.test(digits)) return 'discover';
  return 'card';
}
