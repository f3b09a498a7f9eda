import { describe, expect, it } from 'vitest';
import { querySummary } from './query-summary';

describe('querySummary', () => {
  it('names the operation and the first table, never the values', () => {
    expect(querySummary('select "id", "email" from "customers" where "email" = $1')).toEqual({ operation: 'SELECT', summary: 'SELECT customers' });
    expect(querySummary('insert into "cart_lines" ("id") values ($1)').summary).toBe('INSERT cart_lines');
    expect(querySummary('update "stock" set "reserved" = "reserved" + $1').summary).toBe('UPDATE stock');
    expect(querySummary('delete from public.idempotency_keys where at < $1').summary).toBe('DELETE idempotency_keys');
    expect(querySummary("select 1 where 'someone@example.com' = 'x'").summary).toBe('SELECT');
  });

  it('keeps transaction statements and unknown text short', () => {
    expect(querySummary('begin').summary).toBe('BEGIN');
    expect(querySummary('').summary).toBe('QUERY');
    expect(querySummary(undefined).summary).toBe('QUERY');
  });
});
