import type { LocalizedText } from '../i18n-text';
import { parse } from 'csv-parse/sync';

/** A CSV file as a header and one record per data row, keyed by the header's column names. */
export interface CsvTable {
  header: string[];
  /** Data rows; `rows[0]` is row 1 (the header is row 0). */
  rows: Record<string, string>[];
  delimiter: ',' | ';';
}

export class CsvSyntaxError extends Error {
  constructor(readonly text: LocalizedText, readonly row?: number) {
    super(text.en);
    this.name = 'CsvSyntaxError';
  }
}

/** French Excel writes `;` (the comma is its decimal separator): whichever the header holds more of wins. */
function sniffDelimiter(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Reads a CSV text (quoted fields may hold separators, quotes and newlines) into named columns.
 * Header names are trimmed; blank lines are skipped; every row must have the header's width.
 *
 * @example readCsvTable('SKU;location;on hand\nVT-1;store-lyon;4').rows[0]['on hand'] // '4'
 */
export function readCsvTable(text: string): CsvTable {
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) throw new CsvSyntaxError({ en: 'the file is empty', fr: 'le fichier est vide' });
  const delimiter = sniffDelimiter(source);
  let records: string[][];
  try {
    records = parse(source, { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true });
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new CsvSyntaxError({
      en: `the file is not valid CSV${line ? ` (near line ${line})` : ''}: ${(e as Error).message}`,
      fr: `le fichier n’est pas un CSV valide${line ? ` (vers la ligne ${line})` : ''} : ${(e as Error).message}`,
    });
  }
  const [head = [], ...body] = records;
  const header = head.map((h) => h.trim());
  const rows: Record<string, string>[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      throw new CsvSyntaxError({ en: `row ${i + 1} has ${cells.length} fields but the header has ${header.length}`, fr: `la ligne ${i + 1} a ${cells.length} champs mais l’en-tête en a ${header.length}` }, i + 1);
    }
    const row: Record<string, string> = {};
    header.forEach((h, j) => {
      row[h] = cells[j] ?? '';
    });
    rows.push(row);
  });
  return { header, rows, delimiter };
}
