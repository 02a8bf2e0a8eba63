/**
 * A streamed CSV download: headers (content type, attachment file name) go out once the first rows are
 * known good; later lines are written as they come, waiting for the socket when it is full. A failure after
 * the headers cannot change the status any more, so it aborts the chunked response: the client sees a
 * truncated transfer (curl: exit 18), never a file that looks complete.
 */
import { once } from 'node:events';
import type http from 'node:http';
import { csvLine, type CsvValue } from './csv.js';

export class CsvResponse {
  private started = false;

  constructor(
    private readonly res: http.ServerResponse,
    private readonly fileName: string,
  ) {}

  get headersSent(): boolean {
    return this.started;
  }

  async write(lines: readonly (readonly CsvValue[])[]): Promise<void> {
    if (!this.started) {
      this.started = true;
      this.res.statusCode = 200;
      this.res.setHeader('content-type', 'text/csv; charset=utf-8; header=present');
      this.res.setHeader('content-disposition', `attachment; filename="${this.fileName}"`);
      this.res.setHeader('cache-control', 'no-store');
    }
    const text = lines.map(csvLine).join('');
    if (text.length > 0 && !this.res.write(text)) await once(this.res, 'drain');
  }

  end(): void {
    this.res.end();
  }

  abort(): void {
    this.res.destroy();
  }
}
