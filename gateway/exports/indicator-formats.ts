/**
 * The three layouts of the indicator export (docs/exports.md); one row per cell the API returns.
 * - sdg: SDG 16.2.2-aligned. UNODC is the custodian; detected victims of trafficking map to the SDG global
 *   database series VC_HTF_DETV (all forms of exploitation), VC_HTF_DETVFL (forced labour), VC_HTF_DETVSX
 *   (sexual exploitation) and VC_HTF_DETVOP (other purposes). Other cells keep our indicator code, series empty.
 * - sdmx: SDMX-CSV 2.0, STRUCTURE, STRUCTURE_ID and ACTION first; withheld cells carry CONF_STATUS C.
 * - hxl: a header row, then an HXL hashtag row, then the data.
 * Codes: REF_AREA is ISO 3166-1 alpha-3; SEX F, M, _O, _U, _T (total); AGE Y0T17, Y_GE18, _T; TIME_PERIOD is
 * the SDMX form of the period (2019, 2019-Q3, 2019-07), or start/end for a Joint Period of Action.
 * A withheld value is an empty cell with the flag column set, never a zero.
 */
import type { IndicatorExportFormat } from '../../lib/exports/catalog.js';
import type { CsvValue } from './csv.js';

export interface ExportCountry {
  code: string;
  alpha3: string;
  name: string;
}

export interface ExportPeriod {
  id: string;
  kind: string;
  startDate: string;
  endDate: string;
}

export interface ExportCell {
  indicator: string;
  crimeType: string;
  exploitation: string;
  sex: string;
  ageGroup: string;
  value: number | null;
  suppressed: boolean;
}

interface IndicatorRow {
  country: ExportCountry;
  period: ExportPeriod;
  cell: ExportCell;
}

export interface IndicatorLayout {
  /** Lines before the data: the header, and for HXL the hashtag row. */
  head: CsvValue[][];
  row(r: IndicatorRow): CsvValue[];
}

const SEX: Record<string, string> = { ALL: '_T', FEMALE: 'F', MALE: 'M', OTHER: '_O', UNKNOWN: '_U' };
const AGE: Record<string, string> = { ALL: '_T', MINOR: 'Y0T17', ADULT: 'Y_GE18' };
const TRAFFICKING_VICTIM_SERIES: Record<string, string> = {
  ALL: 'VC_HTF_DETV',
  LABOUR: 'VC_HTF_DETVFL',
  SEXUAL: 'VC_HTF_DETVSX',
  OTHER: 'VC_HTF_DETVOP',
};

const SDMX_STRUCTURE_ID = 'TIDEMARK:DF_AGENCY_INDICATORS(1.0)';

/** The SDG series of a cell, or '' when the cell is not a 16.2.2 observation. */
function sdgSeriesOf(cell: ExportCell): string {
  if (cell.indicator !== 'VICTIMS_IDENTIFIED' || cell.crimeType !== 'TRAFFICKING') return '';
  return TRAFFICKING_VICTIM_SERIES[cell.exploitation] ?? '';
}

/** SDMX reporting-period form: calendar periods as their ids, an action period as its date interval. */
function timePeriodOf(period: ExportPeriod): string {
  return period.kind === 'ACTION_PERIOD' ? `${period.startDate}/${period.endDate}` : period.id;
}

const valueOf = (cell: ExportCell): CsvValue => (cell.suppressed ? '' : cell.value);

const HXL_PERIOD_TAG: Record<string, string> = { YEAR: '#date+year', MONTH: '#date+month' };

export function indicatorLayout(format: IndicatorExportFormat, periodKind: string): IndicatorLayout {
  switch (format) {
    case 'sdg':
      return {
        head: [
          [
            'SERIES_CODE',
            'SDG_INDICATOR',
            'INDICATOR',
            'REF_AREA',
            'REF_AREA_NAME',
            'TIME_PERIOD',
            'SEX',
            'AGE',
            'CRIME_TYPE',
            'EXPLOITATION',
            'OBS_VALUE',
            'SUPPRESSED',
          ],
        ],
        row: ({ country, period, cell }) => {
          const series = sdgSeriesOf(cell);
          return [
            series,
            series ? '16.2.2' : '',
            cell.indicator,
            country.alpha3,
            country.name,
            timePeriodOf(period),
            SEX[cell.sex],
            AGE[cell.ageGroup],
            cell.crimeType,
            cell.exploitation,
            valueOf(cell),
            cell.suppressed,
          ];
        },
      };
    case 'sdmx':
      return {
        head: [
          [
            'STRUCTURE',
            'STRUCTURE_ID',
            'ACTION',
            'REF_AREA',
            'TIME_PERIOD',
            'INDICATOR',
            'CRIME_TYPE',
            'EXPLOITATION',
            'SEX',
            'AGE',
            'OBS_VALUE',
            'CONF_STATUS',
          ],
        ],
        row: ({ country, period, cell }) => [
          'dataflow',
          SDMX_STRUCTURE_ID,
          'I',
          country.alpha3,
          timePeriodOf(period),
          cell.indicator,
          cell.crimeType,
          cell.exploitation,
          SEX[cell.sex],
          AGE[cell.ageGroup],
          valueOf(cell),
          cell.suppressed ? 'C' : 'F',
        ],
      };
    case 'hxl':
      return {
        head: [
          [
            'Country code',
            'Country',
            'Period',
            'Start',
            'End',
            'Indicator',
            'SDG series',
            'Crime type',
            'Exploitation',
            'Sex',
            'Age group',
            'Value',
            'Suppressed',
          ],
          [
            '#country+code',
            '#country+name',
            HXL_PERIOD_TAG[periodKind] ?? '#date+period',
            '#date+start',
            '#date+end',
            '#indicator+code',
            '#indicator+code+sdg',
            '#meta+crime_type',
            '#meta+exploitation',
            '#meta+sex',
            '#meta+age',
            '#indicator+num',
            '#meta+suppressed',
          ],
        ],
        row: ({ country, period, cell }) => [
          country.alpha3,
          country.name,
          period.id,
          period.startDate,
          period.endDate,
          cell.indicator,
          sdgSeriesOf(cell),
          cell.crimeType,
          cell.exploitation,
          cell.sex,
          cell.ageGroup,
          valueOf(cell),
          cell.suppressed,
        ],
      };
  }
}
