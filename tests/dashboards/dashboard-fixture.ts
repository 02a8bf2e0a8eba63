/**
 * Shared set-up of the dashboard end-to-end files: each file starts its own real stack with the demo data set
 * (seed 42) and a published warehouse build, and its own headless Chromium, so the files run independently.
 * Numbers on the page must be the API's answers to the same named operations.
 */
import http from 'node:http';
import { print } from 'graphql';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DashboardPeriodsDocument } from '../../operations/generated/graphql.js';
import { gql, type GraphQLResponse } from '../helpers/graphql.js';
import type { TestStack } from '../helpers/stack.js';
import { launchChromium, type CellRead, type Chromium } from './browser.js';
import { startSeededStack } from '../helpers/seeded-stack.js';

type DashboardRole = 'ANALYST' | 'POLICY' | 'PARTNER' | 'AGENCY';

interface PeriodRow {
  id: string;
  startDate: string;
  endDate: string;
  previous: { id: string } | null;
}

export interface DashboardContext {
  stack: TestStack;
  browser: Chromium;
  tokens: Record<DashboardRole, string>;
  /** A named operation sent to the gateway, as the page sends it. */
  api(
    document: Parameters<typeof print>[0],
    variables: Record<string, unknown>,
    token: string,
  ): Promise<GraphQLResponse>;
  /** A new page signed in with `token` (given in the URL, as a user would). */
  openPage(token: string, query?: string): Promise<Page>;
  /** GET with the path sent as written (fetch would normalise dot segments away). */
  rawGetStatus(path: string): Promise<number>;
  /** The reporting periods, as the page's period pickers read them. */
  periods(token?: string): Promise<PeriodRow[]>;
}

/** Starts the seeded stack and Chromium before the file's tests and stops both after them. */
export function useDashboardStack(): DashboardContext {
  const ctx = { tokens: { ANALYST: '', POLICY: '', PARTNER: '', AGENCY: '' } } as DashboardContext;
  ctx.api = (document, variables, token) => gql(ctx.stack.gateway, print(document), variables, token);
  ctx.openPage = async (token, query = '') => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.stack.urls.dashboards}?token=${encodeURIComponent(token)}${query}`);
    return page;
  };
  ctx.rawGetStatus = (path) => {
    const { port } = new URL(ctx.stack.urls.dashboards!);
    return new Promise((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject);
    });
  };
  ctx.periods = async (token = ctx.tokens.ANALYST) =>
    (await ctx.api(DashboardPeriodsDocument, {}, token)).data.reportingPeriods as PeriodRow[];

  beforeAll(async () => {
    ctx.stack = await startSeededStack();
    ctx.tokens.ANALYST = await ctx.stack.tokens.token('ANALYST');
    ctx.tokens.POLICY = await ctx.stack.tokens.token('POLICY');
    ctx.tokens.PARTNER = await ctx.stack.tokens.token('PARTNER', { org_id: 'org-acme' });
    ctx.tokens.AGENCY = await ctx.stack.tokens.token('AGENCY', { agency_id: 'th-police', country: 'TH' });
    ctx.browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.stack?.close();
  });

  return ctx;
}

/** Rows of the page's named operations, as the tests read them. */
export interface CompareRow {
  measure: string;
  group: string;
  current: number | null;
  previous: number | null;
  delta: number | null;
  percentChange: number | null;
  percentChangePerDay: number | null;
  significant: boolean | null;
  suppressed: boolean;
  currentSuppression: string | null;
  previousSuppression: string | null;
}
export interface SeriesPoint {
  period: { id: string };
  value: number | null;
  filled: boolean;
  suppressed: boolean;
  suppressionReason: string | null;
}
export interface HotspotRow {
  country: { code: string };
  sector: string;
  averageScore: number;
  suppliers: number;
}

/** A value as the page writes it in `data-value`: empty for null. */
export const raw = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export const cell = (cells: CellRead[], measure: string, field: string, group?: string) =>
  cells.find((c) => c.measure === measure && c.field === field && (group === undefined || c.group === group));

/** Line segments a series draws: one per run of two or more known values, a null breaking the line. */
export function countLineRuns(points: readonly { value: number | null }[]): number {
  let runs = 0;
  let length = 0;
  for (const point of [...points, { value: null }]) {
    if (point.value !== null) length++;
    else {
      if (length >= 2) runs++;
      length = 0;
    }
  }
  return runs;
}

/** The label the page must show for a withheld value (docs/methodology.md §4). */
export const labelFor = (reason: string | null) => (reason === 'BELOW_THRESHOLD' ? '<5' : 'withheld');

/** What the change column holds for a row: per day for counts (the test's basis), else as the API gives it. */
export function changeValue(row: CompareRow, kind: string): number | null {
  if (kind === 'COUNT') return row.percentChangePerDay;
  if (kind === 'RATE') return row.percentChange;
  return row.delta;
}

/** The artifacts folder (gitignored): screenshots, downloaded CSVs and PDFs of the browser tests. */
export const ARTIFACTS = '.tmp/dashboards';
