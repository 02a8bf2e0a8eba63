/** The page for an analyst: every panel's numbers as the API answers them. The tests share one page, in order. */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DashboardCampaignsDocument,
  DashboardHeadlineDocument,
  DashboardHotspotsDocument,
  DashboardIndicatorsDocument,
  DashboardSeriesDocument,
} from '../../operations/generated/graphql.js';
import { readCells, waitForPanels } from './browser.js';
import { cell, countLineRuns, raw, useDashboardStack, type CompareRow, type HotspotRow, type SeriesPoint } from './dashboard-fixture.js';

const d = useDashboardStack();

describe('dashboards: the page for an analyst', () => {
  let page: Page;
  let selection: { current: string; previous: string };

  beforeAll(async () => {
    page = await d.openPage(d.tokens.ANALYST);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('renders every panel ready, with the token moved out of the URL into the session', async () => {
    const states = await waitForPanels(page);
    expect(states).toEqual({ status: 'ready', headline: 'ready', series: 'ready', indicators: 'ready', hotspots: 'ready', campaigns: 'ready' });
    const url = new URL(page.url());
    expect(url.searchParams.has('token')).toBe(false);
    expect(await page.evaluate(() => sessionStorage.getItem('tidemark.token'))).toBe(d.tokens.ANALYST);
    selection = { current: url.searchParams.get('current')!, previous: url.searchParams.get('previous')! };
    mkdirSync('.tmp', { recursive: true });
    await page.screenshot({ path: '.tmp/dashboard.png', fullPage: true });
  });

  it('defaults to the latest action period that has begun, compared with its previous one', async () => {
    const periods = await d.periods();
    const today = new Date().toISOString().slice(0, 10);
    const latest = periods.filter((p) => p.startDate <= today).at(-1)!;
    expect(selection).toEqual({ current: latest.id, previous: latest.previous!.id });
    expect(await page.inputValue('#current-period')).toBe(latest.id);
    expect(await page.inputValue('#previous-period')).toBe(latest.previous!.id);
  });

  it('shows the headline comparison exactly as compare answers it', async () => {
    const answer = await d.api(DashboardHeadlineDocument, selection, d.tokens.ANALYST);
    expect(answer.errors).toBeUndefined();
    const cells = await readCells(page, 'headline');
    const rows = answer.data.compare as CompareRow[];
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
    const from = (await d.periods())[0]!.startDate;
    const current = (await d.periods()).find((p) => p.id === selection.current)!;
    const answer = await d.api(DashboardSeriesDocument, { measure: 'SEVERE_FINDING_SHARE', kind: 'QUARTER', from, to: current.endDate }, d.tokens.ANALYST);
    const points = answer.data.series[0].points as SeriesPoint[];
    const marks = await page.$$eval('[data-panel="series"] svg [data-period]', (els) => els.map((e) => [e.getAttribute('data-period'), e.getAttribute('data-value')]));
    expect(marks).toEqual(points.map((p) => [p.period.id, raw(p.value)]));
    expect(await page.locator('[data-panel="series"] svg path.line').count()).toBe(countLineRuns(points));
  });

  it('breaks the line where a rate has no data, as the API fills it', async () => {
    const periods = await d.periods();
    const variables = { measure: 'CAMPAIGN_REPORTS_PER_100K_REACHED', kind: 'QUARTER', from: periods[0]!.startDate, to: periods.find((p) => p.id === selection.current)!.endDate };
    const points = (await d.api(DashboardSeriesDocument, variables, d.tokens.ANALYST)).data.series[0].points as SeriesPoint[];
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
    const answer = await d.api(DashboardHotspotsDocument, { period: selection.current }, d.tokens.ANALYST);
    const cells = answer.data.riskHotspots.cells as HotspotRow[];
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

    const indicators = (await d.api(DashboardIndicatorsDocument, { current: 'JPA10' }, d.tokens.ANALYST)).data.compare as CompareRow[];
    const indicatorCells = await readCells(page, 'indicators');
    expect(indicators.filter((r) => r.current !== null).length).toBeGreaterThan(20);
    for (const row of indicators) expect(cell(indicatorCells, row.measure, 'current', row.group)?.value, `${row.measure} ${row.group}`).toBe(raw(row.current));

    const campaigns = (await d.api(DashboardCampaignsDocument, { current: 'JPA10', previous: 'JPA9' }, d.tokens.ANALYST)).data.compare as CompareRow[];
    const campaignCells = await readCells(page, 'campaigns');
    expect(campaigns.some((r) => (r.current ?? 0) > 0)).toBe(true);
    for (const row of campaigns) {
      expect(cell(campaignCells, row.measure, 'current', row.group)?.value, `${row.measure} ${row.group}`).toBe(raw(row.current));
      expect(cell(campaignCells, row.measure, 'percentChange', row.group)?.value, `${row.measure} ${row.group} change`).toBe(raw(row.percentChange));
    }
  });
});
