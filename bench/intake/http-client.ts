/**
 * The load generator's HTTP client: plain node:http with keep-alive, one socket per concurrent client.
 * `fetch` (undici) costs several times more CPU per request; on a 2-core machine that CPU is taken from the
 * server under test, which in production has its clients on other machines.
 */
import http from 'node:http';

export interface JsonResponse {
  status: number;
  body: any;
}

export function createJsonPoster(
  url: string,
  token: string,
): { post(body: unknown): Promise<JsonResponse>; close(): void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  return {
    post(body: unknown): Promise<JsonResponse> {
      const payload = JSON.stringify(body);
      return new Promise((resolve, reject) => {
        const req = http.request(
          url,
          {
            method: 'POST',
            agent,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${token}`,
              'content-length': Buffer.byteLength(payload),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              try {
                resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
              } catch {
                resolve({ status: res.statusCode ?? 0, body: { errors: [{ message: text }] } });
              }
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}
