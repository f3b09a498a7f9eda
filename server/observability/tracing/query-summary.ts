const OPERATION = /^\s*\(?\s*([A-Za-z]+)/;
const TARGET = /\b(?:from|into|update|join)\s+"?([A-Za-z_][A-Za-z0-9_]*)"?(?:\s*\.\s*"?([A-Za-z_][A-Za-z0-9_]*)"?)?/i;

/**
 * A short name for a SQL statement, as OpenTelemetry's `db.query.summary`: its operation and the
 * first table it names. Never the values: a span must not carry what customers typed.
 *
 * @example querySummary('select "id" from "carts" where "id" = $1') // 'SELECT carts'
 */
export function querySummary(text: string | undefined): { operation: string; summary: string } {
  const operation = OPERATION.exec(text ?? '')?.[1]?.toUpperCase() ?? 'QUERY';
  const target = TARGET.exec(text ?? '');
  const table = target ? (target[2] ?? target[1]) : undefined;
  return { operation, summary: table ? `${operation} ${table}` : operation };
}
