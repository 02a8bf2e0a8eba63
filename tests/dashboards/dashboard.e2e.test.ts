/**
 * The dashboard page end to end: the real stack with the demo data set (seed 42) and a published warehouse
 * build, the page in headless Chromium. Numbers on the page must be the API's answers to the same named
 * operations; roles see what subgraphs/insights/access.ts allows them: analysts everything, policy officers
 * aggregates with small victim counts suppressed, partners a FORBIDDEN message where compare/series are refused.
 */
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import { print } from 'graphql';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DashboardCampaignsDocument,
  DashboardHeadlineDocument,
  DashboardHotspotsDocument,
  DashboardIndicatorsDocument,
  DashboardPeriodsDocument,
  DashboardSeriesDocument,
} from '../../operations/generated/graphql.js';
import { gql, type GraphQLResponse } from '../helpers/graphql.js';
import type { TestStack } from '../helpers/stack.js';
import { launchChromium, readCells, waitForPanels, type CellRead, type Chromium } from './browser.js';
import { startSeededStack } from './stack.js';

let stack: TestStack;
let browser: Chromium;
const tokens: Record<'ANALYST' | 'POLICY' | 'PARTNER', string> = { ANALYST: '', POLICY: '', PARTNER: '' };

const api = (document: Parameters<typeof print>[0], variables: Record<string, unknown>, token: string): Promise<GraphQLResponse> =>
  gql(stack.gateway, print(document), variables, token);

async function openPage(token: string, query = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${stack.urls.dashboards}?token=${encodeURIComponent(token)}${query}`);
  return page;
}

/** GET with the path sent as written (fetch would normalise dot segments away). */
function rawGetStatus(path: string): Promise<number> {
  const { port } = new URL(stack.urls.dashboards!);
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

const raw = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
const cell = (cells: CellRead[], measure: string, field: string, group?: string) =>
  cells.find((c) => c.measure === measure && c.field === field && (group === undefined || c.group === group));

beforeAll(async () => {
  stack = await startSeededStack();
  tokens.ANALYST = await stack.tokens.token('ANALYST');
  tokens.POLICY = await stack.tokens.token('POLICY');
  tokens.PARTNER = await stack.tokens.token('PARTNER', { org_id: 'org-acme' });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('dashboards: server', () => {
  it('answers /health and serves the built page with a strict content security policy', async () => {
    expect((await fetch(new URL('/health', stack.urls.dashboards))).status).toBe(200);
    const page = await fetch(stack.urls.dashboards!);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await page.text()).toContain('data-panel="headline"');
  });

  it('proxies POST /graphql to the gateway with the caller’s Authorization header only', async () => {
    const url = new URL('/graphql', stack.urls.dashboards).toString();
    const anonymous = await gql(url, '{ warehouseStatus { buildId } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const signedIn = await gql(url, '{ warehouseStatus { buildId } }', {}, tokens.POLICY);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data.warehouseStatus.buildId).toMatch(/\S/);
  });

  it('refuses other methods and paths, and never serves files outside the build', async () => {
    expect((await fetch(new URL('/graphql', stack.urls.dashboards))).status).toBe(405);
    expect((await fetch(new URL('/nope.js', stack.urls.dashboards))).status).toBe(404);
    expect(await rawGetStatus('/..%2f..%2fpackage.json')).toBe(404);
    expect(await rawGetStatus('/assets/..%2f..%2fserver.ts')).toBe(404);
    expect((await fetch(new URL('/.build-stamp', stack.urls.dashboards))).status).toBe(404);
  });
});

describe('dashboards: the page for an analyst', () => {
  let page: Page;
  let selection: { current: string; previous: string };

  beforeAll(async () => {
    page = await openPage(tokens.ANALYST);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('renders every panel ready, with the token moved out of the URL into the session', async () => {
    const states = await waitForPanels(page);
    expect(states).toEqual({ status: 'ready', headline: 'ready', series: 'ready', indicators: 'ready', hotspots: 'ready', campaigns: 'ready' });
    const url = new URL(page.url());
    expect(url.searchParams.has('token')).toBe(false);
    expect(await page.evaluate(() => sessionStorage.getItem('tidemark.token'))).toBe(tokens.ANALYST);
    selection = { current: url.searchParams.get('current')!, previous: url.searchParams.get('previous')! };
    mkdirSync('.tmp', { recursive: true });
    await page.screenshot({ path: '.tmp/dashboard.png', fullPage: true });
  });

  it('defaults to the latest action period that has begun, compared with its previous one', async () => {
    const periods = (await api(DashboardPeriodsDocument, {}, tokens.ANALYST)).data.reportingPeriods as { id: string; startDate: string; previous: { id: string } | null }[];
    const today = new Date().toISOString().slice(0, 10);
    const latest = periods.filter((p) => p.startDate <= today).at(-1)!;
    expect(selection).toEqual({ current: latest.id, previous: latest.previous!.id });
    expect(await page.inputValue('#current-period')).toBe(latest.id);
    expect(await page.inputValue('#previous-period')).toBe(latest.previous!.id);
  });

  it('shows the headline comparison exactly as compare answers it', async () => {
    const answer = await api(DashboardHeadlineDocument, selection, tokens.ANALYST);
    expect(answer.errors).toBeUndefined();
    const cells = await readCells(page, 'headline');
    const rows = answer.data.compare as { measure: string; current: number | null; previous: number | null; delta: number | null; percentChange: number | null; significant: boolean | null }[];
    expect(rows.length).toBe(15);
    for (const row of rows) {
      expect(cell(cells, row.measure, 'current')?.value, `${row.measure} current`).toBe(raw(row.current));
      expect(cell(cells, row.measure, 'previous')?.value, `${row.measure} previous`).toBe(raw(row.previous));
      expect(cell(cells, row.measure, 'delta')?.value, `${row.measure} delta`).toBe(raw(row.delta));
      expect(cell(cells, row.measure, 'percentChange')?.value, `${row.measure} % change`).toBe(raw(row.percentChange));
      const marker = await page.getAttribute(`[data-panel="headline"] td[data-measure="${row.measure}"][data-field="significant"] .sig`, 'data-significant');
      expect(marker, `${row.measure} significance`).toBe(row.significant === null ? '' : String(row.significant));
    }
    const audited = rows.find((r) => r.measure === 'SUPPLIERS_AUDITED')!;
    expect(audited.current).toBeGreaterThan(0);
    expect(cell(cells, 'SUPPLIERS_AUDITED', 'current')?.text).toBe(audited.current!.toLocaleString('en-US'));
    const texts = await page.$$eval('[data-panel="headline"] .sig', (els) => els.map((e) => e.textContent));
    expect(texts).toContain('not significant');
    expect(texts.some((t) => t?.endsWith('significant') && !t.startsWith('not'))).toBe(true);
  });

  it('draws the series the API returns, one mark per period, with gaps where the value is null', async () => {
    const from = ((await api(DashboardPeriodsDocument, {}, tokens.ANALYST)).data.reportingPeriods[0] as { startDate: string }).startDate;
    const current = (await api(DashboardPeriodsDocument, {}, tokens.ANALYST)).data.reportingPeriods.find((p: { id: string }) => p.id === selection.current);
    const answer = await api(DashboardSeriesDocument, { measure: 'SEVERE_FINDING_SHARE', kind: 'QUARTER', from, to: current.endDate }, tokens.ANALYST);
    const points = answer.data.series[0].points as { period: { id: string }; value: number | null }[];
    const marks = await page.$$eval('[data-panel="series"] svg [data-period]', (els) => els.map((e) => [e.getAttribute('data-period'), e.getAttribute('data-value')]));
    expect(marks).toEqual(points.map((p) => [p.period.id, raw(p.value)]));
    // One line segment per run of two or more known values: a null breaks the line.
    let runs = 0;
    let length = 0;
    for (const point of [...points, { value: null }]) {
      if (point.value !== null) length++;
      else {
        if (length >= 2) runs++;
        length = 0;
      }
    }
    expect(await page.locator('[data-panel="series"] svg path.line').count()).toBe(runs);
  });

  it('breaks the line where a rate has no data, as the API fills it', async () => {
    const periods = (await api(DashboardPeriodsDocument, {}, tokens.ANALYST)).data.reportingPeriods as { id: string; startDate: string; endDate: string }[];
    const variables = { measure: 'CAMPAIGN_REPORTS_PER_100K_REACHED', kind: 'QUARTER', from: periods[0]!.startDate, to: periods.find((p) => p.id === selection.current)!.endDate };
    const points = (await api(DashboardSeriesDocument, variables, tokens.ANALYST)).data.series[0].points as { period: { id: string }; value: number | null; filled: boolean }[];
    const gaps = points.filter((p) => p.value === null).map((p) => p.period.id);
    expect(gaps.length).toBeGreaterThan(0);
    await page.selectOption('#series-measure', 'CAMPAIGN_REPORTS_PER_100K_REACHED');
    expect(await waitForPanels(page)).toMatchObject({ series: 'ready' });
    expect(await page.textContent('[data-panel="series"] svg title')).toContain('Reports per 100,000 reached by quarter');
    const drawnGaps = await page.$$eval('[data-panel="series"] svg path.gap', (els) => els.map((e) => e.getAttribute('data-period')));
    expect(drawnGaps).toEqual(gaps);
    const rows = await page.$$eval('[data-panel="series"] details tr[data-period]', (els) => els.map((e) => [e.getAttribute('data-period'), e.querySelector('td')?.textContent]));
    for (const id of gaps) expect(rows).toContainEqual([id, 'no data']);
  });

  it('lists the hotspot cells the API returns, in its order', async () => {
    const answer = await api(DashboardHotspotsDocument, { period: selection.current }, tokens.ANALYST);
    const cells = answer.data.riskHotspots.cells as { country: { code: string }; sector: string; averageScore: number; suppliers: number }[];
    expect(cells.length).toBeGreaterThan(0);
    const shown = await page.$$eval('[data-panel="hotspots"] tbody tr[data-group]', (rows) =>
      rows.map((r) => [r.getAttribute('data-group'), r.querySelector('[data-field="averageScore"]')?.getAttribute('data-value'), r.querySelector('[data-field="suppliers"]')?.getAttribute('data-value')]),
    );
    expect(shown).toEqual(cells.map((c) => [`${c.country.code}:${c.sector}`, String(c.averageScore), String(c.suppliers)]));
  });

  it('shows agency indicators and campaign figures per country as compare answers them, after a period change', async () => {
    await page.selectOption('#current-period', 'JPA10');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('current') === 'JPA10');
    const states = await waitForPanels(page);
    expect(Object.values(states).every((s) => s === 'ready')).toBe(true);
    expect(await page.inputValue('#previous-period')).toBe('JPA9');

    const indicators = (await api(DashboardIndicatorsDocument, { current: 'JPA10' }, tokens.ANALYST)).data.compare as { measure: string; group: string; current: number | null }[];
    const indicatorCells = await readCells(page, 'indicators');
    expect(indicators.filter((r) => r.current !== null).length).toBeGreaterThan(20);
    for (const row of indicators) expect(cell(indicatorCells, row.measure, 'current', row.group)?.value, `${row.measure} ${row.group}`).toBe(raw(row.current));

    const campaigns = (await api(DashboardCampaignsDocument, { current: 'JPA10', previous: 'JPA9' }, tokens.ANALYST)).data.compare as { measure: string; group: string; current: number | null; percentChange: number | null }[];
    const campaignCells = await readCells(page, 'campaigns');
    expect(campaigns.some((r) => (r.current ?? 0) > 0)).toBe(true);
    for (const row of campaigns) {
      expect(cell(campaignCells, row.measure, 'current', row.group)?.value, `${row.measure} ${row.group}`).toBe(raw(row.current));
      expect(cell(campaignCells, row.measure, 'percentChange', row.group)?.value, `${row.measure} ${row.group} change`).toBe(raw(row.percentChange));
    }
  });
});

describe('dashboards: what each role sees', () => {
  it('shows a policy officer the aggregates, with small victim counts as "suppressed (<5)"', async () => {
    const page = await openPage(tokens.POLICY, '&current=JPA5');
    try {
      const states = await waitForPanels(page);
      expect(Object.values(states).every((s) => s === 'ready')).toBe(true);
      const answer = await api(DashboardIndicatorsDocument, { current: 'JPA5' }, tokens.POLICY);
      const hidden = (answer.data.compare as { measure: string; group: string; current: number | null; suppressed: boolean }[]).filter((r) => r.current === null && r.suppressed);
      expect(hidden.length).toBeGreaterThan(0);
      const cells = await readCells(page, 'indicators');
      for (const row of hidden) expect(cell(cells, row.measure, 'current', row.group)?.text).toBe('suppressed (<5)');
      expect(cells.filter((c) => c.text === 'suppressed (<5)').length).toBe(hidden.length);
      // An analyst sees those same cells as numbers.
      const analyst = (await api(DashboardIndicatorsDocument, { current: 'JPA5' }, tokens.ANALYST)).data.compare as { measure: string; group: string; current: number | null }[];
      for (const row of hidden) expect(analyst.find((r) => r.measure === row.measure && r.group === row.group)?.current).toBeLessThan(5);

      const hotspots = (await api(DashboardHotspotsDocument, { period: 'JPA5' }, tokens.POLICY)).data.riskHotspots as { withheldCells: number; cells: unknown[] };
      expect(await page.locator('[data-panel="hotspots"] tbody tr[data-group]').count()).toBe(hotspots.cells.length);
      if (hotspots.withheldCells > 0) {
        expect(await page.getAttribute('[data-panel="hotspots"] tr.withheld', 'data-withheld')).toBe(String(hotspots.withheldCells));
        expect(await page.textContent('[data-panel="hotspots"] tr.withheld')).toContain('withheld');
      }
    } finally {
      await page.close();
    }
  });

  it('tells a partner FORBIDDEN, with the API’s message, in every panel its role may not see', async () => {
    const page = await openPage(tokens.PARTNER);
    try {
      const states = await waitForPanels(page);
      const current = new URL(page.url()).searchParams.get('current')!;
      const answers = {
        headline: await api(DashboardHeadlineDocument, { current }, tokens.PARTNER),
        indicators: await api(DashboardIndicatorsDocument, { current }, tokens.PARTNER),
        campaigns: await api(DashboardCampaignsDocument, { current }, tokens.PARTNER),
        hotspots: await api(DashboardHotspotsDocument, { period: current }, tokens.PARTNER),
      };
      // subgraphs/insights/access.ts: compare and series are for AGENCY, ANALYST and POLICY; hotspots for every reader.
      expect(states).toEqual({ status: 'ready', headline: 'error', series: 'error', indicators: 'error', hotspots: 'ready', campaigns: 'error' });
      for (const name of ['headline', 'indicators', 'campaigns'] as const) {
        const error = answers[name].errors?.[0];
        expect(error?.extensions?.code).toBe('FORBIDDEN');
        const panel = page.locator(`[data-panel="${name}"] .panel-error`);
        expect(await panel.getAttribute('role')).toBe('alert');
        const text = await panel.textContent();
        expect(text).toContain('FORBIDDEN');
        expect(text).toContain(error!.message);
      }
      expect(await page.textContent('[data-panel="series"] .panel-error')).toContain('FORBIDDEN');
      expect(answers.hotspots.errors).toBeUndefined();
    } finally {
      await page.close();
    }
  });

  it('says what is wrong when there is no token, instead of leaving panels blank', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(stack.urls.dashboards!);
      const states = await waitForPanels(page);
      expect(Object.values(states).every((s) => s === 'error')).toBe(true);
      expect(await page.textContent('[data-panel="headline"] .panel-error')).toContain('UNAUTHENTICATED');
      expect(await page.textContent('#identity')).toContain('No token');
    } finally {
      await page.close();
    }
  });
});
