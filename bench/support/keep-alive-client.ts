import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/**
 * A lean HTTP/1.1 JSON client for load loops: node:http on keep-alive sockets costs the load
 * generator a fraction of what fetch does, leaving the shared cores to the server under test.
 */
export function postJson(url: string, body: unknown, headers: Record<string, string>): Promise<{ status: number; body: any }> {
  const payload = JSON.stringify(body);
  return requestJson(url, 'POST', { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)), ...headers }, payload);
}

/** GET on the same keep-alive sockets. */
export function getJson(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  return requestJson(url, 'GET', headers);
}

function requestJson(url: string, method: string, headers: Record<string, string>, payload?: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // Left as text for the caller to report.
        }
        resolve({ status: res.statusCode ?? 0, body: parsed });
      });
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error('request timed out')));
    req.end(payload);
  });
}
