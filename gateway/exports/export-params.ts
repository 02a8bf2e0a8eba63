/** Query parameters of the export routes, checked before anything runs: a bad one is 400 BAD_USER_INPUT naming it. */
import { INDICATOR_EXPORT_FORMATS, type IndicatorExportFormat } from '../../lib/exports/catalog.js';
import { isCalendarDate } from '../../lib/scalars.js';

const MAX_EXPORT_COUNTRIES = 50;
const PERIOD_KINDS = ['YEAR', 'QUARTER', 'MONTH', 'ACTION_PERIOD'] as const;

export class ParamError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

export interface IndicatorExportParams {
  format: IndicatorExportFormat;
  kind: (typeof PERIOD_KINDS)[number];
  from: string;
  to: string;
  countries: string[];
}

/** YYYY (the whole year) or YYYY-MM-DD. */
function parseBound(params: URLSearchParams, field: 'from' | 'to'): string {
  const raw = params.get(field);
  if (!raw) throw new ParamError(field, 'is required: a year (2019) or a date (2019-07-02)');
  if (/^\d{4}$/.test(raw)) return field === 'from' ? `${raw}-01-01` : `${raw}-12-31`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw) && isCalendarDate(raw)) return raw;
  throw new ParamError(field, `"${raw}" is neither a year (2019) nor a date (2019-07-02)`);
}

export function parseIndicatorExportParams(params: URLSearchParams): IndicatorExportParams {
  const format = params.get('format');
  if (!format || !(INDICATOR_EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ParamError('format', `must be one of ${INDICATOR_EXPORT_FORMATS.join(', ')}`);
  }
  const kind = (params.get('period') ?? 'YEAR').toUpperCase();
  if (!(PERIOD_KINDS as readonly string[]).includes(kind))
    throw new ParamError('period', `must be one of ${PERIOD_KINDS.join(', ')}`);
  const from = parseBound(params, 'from');
  const to = parseBound(params, 'to');
  if (from > to) throw new ParamError('to', 'must not be before from');
  const countries = [
    ...new Set(
      (params.get('countries') ?? '')
        .split(',')
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
  if (countries.length === 0)
    throw new ParamError('countries', 'is required: ISO 3166-1 alpha-2 codes separated by commas, e.g. TH,VN');
  if (countries.length > MAX_EXPORT_COUNTRIES)
    throw new ParamError('countries', `must list at most ${MAX_EXPORT_COUNTRIES} countries`);
  const bad = countries.find((c) => !/^[A-Z]{2}$/.test(c));
  if (bad) throw new ParamError('countries', `"${bad}" is not an ISO 3166-1 alpha-2 code`);
  return { format: format as IndicatorExportFormat, kind: kind as IndicatorExportParams['kind'], from, to, countries };
}
