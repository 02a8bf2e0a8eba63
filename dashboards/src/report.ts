/**
 * The print / PDF period report header (shown only in print, styles.css @media print): the periods compared,
 * the data-as-of date and the methodology version, so a printed page stands on its own at a meeting.
 */
import type { Selection } from './periods.js';
import { describeDates } from './periods.js';

interface Status {
  asOf: string;
  methodologyVersion?: string | null;
  buildId: string;
}

let lastStatus: Status | null = null;

function reportTitle(s: Selection): string {
  return `Tidemark period report: ${s.current.label} compared with ${s.previous?.label ?? 'no earlier period'}`;
}

export function updateReportHeader(s: Selection, status?: Status | null): void {
  if (status) lastStatus = status;
  const header = document.getElementById('report-header');
  if (!header) return;
  header.querySelector('h1')!.textContent = reportTitle(s);
  const meta = [
    `${s.current.id}: ${describeDates(s.current)}`,
    s.previous ? `${s.previous.id}: ${describeDates(s.previous)}` : 'No comparison period',
    `Data as of ${lastStatus?.asOf ?? 'unknown'}`,
    `Methodology ${lastStatus?.methodologyVersion ?? 'unknown'} (docs/methodology.md)`,
    lastStatus ? `Build ${lastStatus.buildId}` : '',
  ].filter(Boolean);
  header.querySelector('p')!.textContent = meta.join(' · ');
  document.title = reportTitle(s);
}
