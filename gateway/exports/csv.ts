/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF (or
 * leading/trailing space), quotes doubled. Values are written as they are: these files are for data exchange
 * (SDMX, HXL, Open Supply Hub), and rewriting a supplier name would break matching on the other side.
 */
export type CsvValue = string | number | boolean | null | undefined;

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(field).join(',')}\r\n`;
}
