/**
 * The text of an uploaded CSV file. Excel on a French Windows saves Windows-1252 by default, other
 * tools UTF-8 with or without a byte-order mark: bytes that are valid UTF-8 are read as UTF-8
 * (a Windows-1252 file with accented letters is almost never valid UTF-8), anything else as
 * Windows-1252.
 *
 * @example decodeCsvBytes(new Uint8Array([0x43, 0x61, 0x6e, 0x61, 0x70, 0xe9])) // 'Canapé'
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}
