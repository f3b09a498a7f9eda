function quote(value: string): string {
  return /[",;\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A CSV text (UTF-8, comma, CRLF line ends as RFC 4180 and Excel expect) from a header and rows.
 *
 * @example writeCsv(['SKU', 'on hand'], [{ SKU: 'VT-1', 'on hand': '4' }]) // 'SKU,on hand\r\nVT-1,4\r\n'
 */
export function writeCsv(header: readonly string[], rows: readonly Record<string, string>[]): string {
  const lines = [header.map(quote).join(',')];
  for (const r of rows) lines.push(header.map((h) => quote(r[h] ?? '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
