/** One property of an iCalendar text: its name, parameters and (unescaped) value. */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/**
 * Reads an iCalendar text back into properties, unfolding continuation lines and unescaping TEXT
 * values: what a calendar program does with our invitations, for tests and for checking them.
 *
 * @example readIcs(text).find((p) => p.name === 'UID')?.value
 */
export function readIcs(text: string): IcsProperty[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '').split(/\r\n/).filter(Boolean);
  return unfolded.map((line) => {
    // The value starts at the first colon outside a quoted parameter value.
    let quoted = false;
    let at = -1;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '"') quoted = !quoted;
      else if (line[i] === ':' && !quoted) {
        at = i;
        break;
      }
    }
    const head = line.slice(0, at);
    const [name, ...rest] = head.split(';');
    const params = Object.fromEntries(rest.map((p) => {
      const eq = p.indexOf('=');
      return [p.slice(0, eq), p.slice(eq + 1).replace(/^"|"$/g, '')];
    }));
    const raw = line.slice(at + 1);
    const value = raw.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    return { name: name ?? '', params, value };
  });
}
