/**
 * "Download CSV" per panel: the numbers exactly as the API returned them (no rounding, no formatting), with
 * the suppression label ("<5" or "withheld") in a withheld cell and an empty cell where there is no data.
 */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvTable {
  fileName: string;
  columns: string[];
  rows: CsvValue[][];
}

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF line ends, quotes doubled. */
export function toCsv(table: Pick<CsvTable, 'columns' | 'rows'>): string {
  return [table.columns, ...table.rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

export function downloadCsv(table: CsvTable): void {
  const url = URL.createObjectURL(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: table.fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
