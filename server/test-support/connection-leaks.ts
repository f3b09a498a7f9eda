import pg from 'pg';

/** Pooled clients a process still counts as checked out (open minus idle), from its metrics. */
export async function heldPoolClients(baseUrl: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const gauge = (state: string) => Number(new RegExp(`vitrine_db_pool_connections\\{state="${state}"\\} (\\d+)`).exec(text)?.[1]);
  return gauge('total') - gauge('idle');
}

/** The database's LISTEN connections, counted per channel. */
export async function listenConnections(url: string): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const rows = (await c.query<{ q: string; n: number }>("select query as q, count(*)::int as n from pg_stat_activity where datname = current_database() and query like 'LISTEN %' group by query")).rows;
    return Object.fromEntries(rows.map((r) => [r.q, r.n]));
  } finally {
    await c.end();
  }
}

/** Polls until `read` gives `want` or `ms` pass; returns the last reading. */
export async function settlesTo<T>(read: () => Promise<T>, want: T, ms: number): Promise<T> {
  const until = Date.now() + ms;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(want) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}
