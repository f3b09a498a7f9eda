/**
 * Sets every entry's modification time in a stored (uncompressed) zip to 1980-01-01 00:00, the
 * zip epoch. USDZExporter stamps entries with the current time; without this the generated
 * .usdz files would change on every run.
 *
 * @example const stable = clearZipTimestamps(await exporter.parseAsync(scene));
 */
export function clearZipTimestamps(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
  let p = 0;
  while (p + 30 <= zip.length && view.getUint32(p, true) === 0x04034b50) {
    view.setUint16(p + 10, 0, true);
    view.setUint16(p + 12, DOS_DATE_1980_01_01, true);
    const size = view.getUint32(p + 18, true);
    p += 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true) + size;
  }
  while (p + 46 <= zip.length && view.getUint32(p, true) === 0x02014b50) {
    view.setUint16(p + 12, 0, true);
    view.setUint16(p + 14, DOS_DATE_1980_01_01, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  if (view.getUint32(p, true) !== 0x06054b50) throw new Error('clearZipTimestamps: unexpected zip layout');
  return zip;
}
