/**
 * The page for an analyst: every panel's numbers as the API answers them, the default period pair, the
 * supplier drill-down, CSV downloads and the view kept in the URL. The tests share one page, in order.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DashboardCampaignsDocument,
  DashboardDataPeriodsDocument,
  DashboardFunnelDocument,
  DashboardHeadlineDocument,
  DashboardHotspotsDocument,
  DashboardIndicatorsDocument,
  DashboardInfoSharingDocument,
  DashboardRiskiestSuppliersDocument,
  DashboardSeriesDocument,
  DashboardStatusDocument,
  DashboardSupplierDocument,
} from '../../operations/generated/graphql.js';
import { readCells, waitForPanels } from './browser.js';
import {
  ARTIFACTS,
  cell,
  changeValue,
  countLineRuns,
  raw,
  useDashboardStack,
  type CompareRow,
  type HotspotRow,
  type SeriesPoint,
} from './dashboard-fixture.js';

const d = useDashboardStack();

interface Measure {
  id: string;
  kind: string;
}

/** Every compare row of a panel is on the page, each cell holding the API's number. */
async function expectComparison(
  page: Page,
  panel: string,
  rows: CompareRow[],
  measures: Measure[],
  grouped: boolean,
): Promise<void> {
  const cells = await readCells(page, panel);
  const kinds = new Map(measures.map((m) => [m.id, m.kind]));
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const group = grouped ? row.group : undefined;
    const name = `${panel} ${row.measure} ${row.group}`;
    expect(cell(cells, row.measure, 'current', group)?.value, `${name} current`).toBe(raw(row.current));
    expect(cell(cells, row.measure, 'previous', group)?.value, `${name} previous`).toBe(raw(row.previous));
    expect(cell(cells, row.measure, 'change', group)?.value, `${name} change`).toBe(
      raw(changeValue(row, kinds.get(row.measure)!)),
    );
    const where = grouped ? `[data-group="${row.group}"]` : '';
    const selector = `[data-panel="${panel}"] td[data-measure="${row.measure}"][data-field="significant"]${where} .sig`;
    expect(await page.getAttribute(selector, 'data-significant'), `${name} significance`).toBe(
      row.significant === null ? '' : String(row.significant),
    );
  }
}

async function download(page: Page, panel: string): Promise<Record<string, string>[]> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-panel="${panel}"] .csv-button`)]);
  const path = `${ARTIFACTS}/analyst-${file.suggestedFilename()}`;
  await file.saveAs(path);
  return parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];
}

describe('dashboards: the page for an analyst', () => {
  let page: Page;
  let selection: { current: string; previous: string };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    page = await d.openPage(d.tokens.ANALYST);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('shows the analyst’s panels ready, with the token moved out of the URL into the session', async () => {
    const states = await waitForPanels(page);
    expect(states).toEqual({
      status: 'ready',
      headline: 'ready',
      funnel: 'ready',
      series: 'ready',
      indicators: 'ready',
      infoSharing: 'ready',
      hotspots: 'ready',
      campaigns: 'ready',
      riskiest: 'ready',
      alerts: 'ready',
    });
    const url = new URL(page.url());
    expect(url.searchParams.has('token')).toBe(false);
    expect(await page.evaluate(() => sessionStorage.getItem('tidemark.token'))).toBe(d.tokens.ANALYST);
    selection = { current: url.searchParams.get('current')!, previous: url.searchParams.get('previous')! };
    expect(await page.locator('text=FORBIDDEN').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/analyst.png`, fullPage: true });
  });

  it('defaults to the latest period with audits and agency feeds whose previous period has them too', async () => {
    const periods = await d.periods();
    const answer = await d.api(
      DashboardDataPeriodsDocument,
      { from: periods[0]!.startDate, to: periods.at(-1)!.endDate },
      d.tokens.ANALYST,
    );
    expect(answer.errors).toBeUndefined();
    const withData = (series: { points: { startDate: string; value: number | null }[] }[]) =>
      new Set(series[0]!.points.filter((p) => (p.value ?? 0) > 0).map((p) => p.startDate));
    const audits = withData(answer.data.audits);
    const agency = withData(answer.data.agency);
    const startOf = (id: string) => periods.find((p) => p.id === id)!.startDate;
    const has = (id: string) => audits.has(startOf(id)) && agency.has(startOf(id));
    const latest = periods.filter((p) => has(p.id) && p.previous && has(p.previous.id)).at(-1)!;
    expect(selection).toEqual({ current: latest.id, previous: latest.previous!.id });
    expect(await page.inputValue('#current-period')).toBe(latest.id);
    // The calendar's latest period (begun, but without data) is not the default.
    const begun = periods.filter((p) => p.startDate <= new Date().toISOString().slice(0, 10)).at(-1)!;
    if (!has(begun.id)) expect(latest.id).not.toBe(begun.id);
  });

  it('shows the headline comparison exactly as compare answers it, counts changed per day', async () => {
    const answer = await d.api(DashboardHeadlineDocument, selection, d.tokens.ANALYST);
    expect(answer.errors).toBeUndefined();
    const rows = answer.data.compare as CompareRow[];
    expect(rows.length).toBe(15);
    await expectComparison(page, 'headline', rows, answer.data.measures, false);
    const audited = rows.find((r) => r.measure === 'SUPPLIERS_AUDITED')!;
    const cells = await readCells(page, 'headline');
    expect(cell(cells, 'SUPPLIERS_AUDITED', 'current')?.text).toBe(audited.current!.toLocaleString('en-US'));
    expect(cell(cells, 'SUPPLIERS_AUDITED', 'change')?.text).toMatch(/per day$/);
    // Change and test on one basis: a significant count change points the way of its rate ratio.
    for (const row of rows.filter((r) => r.significant && r.percentChangePerDay !== null)) {
      const estimate = (row as unknown as { estimate: number }).estimate;
      expect(Math.sign(row.percentChangePerDay!), row.measure).toBe(Math.sign(estimate - 1));
    }
    const texts = await page.$$eval('[data-panel="headline"] .sig', (els) => els.map((e) => e.textContent));
    expect(texts).toContain('not significant');
    expect(texts).toContain('no test');
  });

  it('shows the funnel, information sharing, indicators and campaigns as compare answers them', async () => {
    for (const [panel, document, grouped] of [
      ['funnel', DashboardFunnelDocument, false],
      ['infoSharing', DashboardInfoSharingDocument, true],
      ['indicators', DashboardIndicatorsDocument, true],
      ['campaigns', DashboardCampaignsDocument, true],
    ] as const) {
      const answer = await d.api(document, selection, d.tokens.ANALYST);
      expect(answer.errors, panel).toBeUndefined();
      // The funnel shows its two ratios as the conversion into a step (below), not as rows.
      const rows = (answer.data.compare as CompareRow[]).filter(
        (r) => !['CONVICTION_RATIO', 'REFERRAL_RATE'].includes(r.measure),
      );
      await expectComparison(page, panel, rows, answer.data.measures, grouped);
    }
    // Conversions into convictions and referrals are the API's ratios, for both periods.
    const funnel = (await d.api(DashboardFunnelDocument, selection, d.tokens.ANALYST)).data.compare as CompareRow[];
    for (const [step, measure] of [
      ['AGENCY_CONVICTIONS', 'CONVICTION_RATIO'],
      ['AGENCY_VICTIMS_REFERRED', 'REFERRAL_RATE'],
    ] as const) {
      const ratio = funnel.find((r) => r.measure === measure)!;
      for (const side of ['current', 'previous'] as const) {
        const shown = await page.getAttribute(
          `[data-panel="funnel"] td[data-measure="${step}"][data-field="conversion-${side}"]`,
          'data-value',
        );
        expect(shown, `${measure} ${side}`).toBe(raw(ratio[side]));
      }
    }
  });

  it('draws the series the API returns with gaps where the value is null and the compared periods shaded', async () => {
    const periods = await d.periods();
    const current = periods.find((p) => p.id === selection.current)!;
    const answer = await d.api(
      DashboardSeriesDocument,
      { measure: 'SEVERE_FINDING_SHARE', kind: 'QUARTER', from: periods[0]!.startDate, to: current.endDate },
      d.tokens.ANALYST,
    );
    const points = answer.data.series[0].points as SeriesPoint[];
    const marks = await page.$$eval('[data-panel="series"] svg [data-period]', (els) =>
      els.map((e) => [e.getAttribute('data-period'), e.getAttribute('data-value')]),
    );
    expect(marks).toEqual(points.map((p) => [p.period.id, raw(p.value)]));
    expect(await page.locator('[data-panel="series"] svg path.line').count()).toBe(countLineRuns(points));
    expect(await page.locator('[data-panel="series"] svg [data-highlight="current"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-panel="series"] svg [data-highlight="previous"]').count()).toBeGreaterThan(0);
    // The API's intervals are drawn as bands: one per run of consecutive points that have one.
    const withInterval = (points as (SeriesPoint & { interval: unknown })[]).map((p) => ({
      value: p.value !== null && p.interval ? 1 : null,
    }));
    expect(withInterval.some((p) => p.value !== null)).toBe(true);
    expect(await page.locator('[data-panel="series"] svg path.band').count()).toBe(countLineRuns(withInterval));
    const axisTitles = await page.$$eval('[data-panel="series"] svg .axis-title', (els) =>
      els.map((e) => e.textContent),
    );
    expect(axisTitles).toEqual(['Quarter', 'Share (%)']);
  });

  it('lists hotspot cells of both periods as the API returns them', async () => {
    const answer = await d.api(
      DashboardHotspotsDocument,
      { period: selection.current, previous: selection.previous, withPrevious: true },
      d.tokens.ANALYST,
    );
    const cells = answer.data.riskHotspots.cells as HotspotRow[];
    const previous = new Map(
      (answer.data.previous.cells as HotspotRow[]).map((c) => [`${c.country.code}:${c.sector}`, c]),
    );
    expect(cells.length).toBeGreaterThan(0);
    const shown = await page.$$eval('[data-panel="hotspots"] tbody tr[data-group]', (rows) =>
      rows.map((r) => [
        r.getAttribute('data-group'),
        r.querySelector('[data-field="averageScore"]')?.getAttribute('data-value'),
        r.querySelector('[data-field="previousAverageScore"]')?.getAttribute('data-value'),
      ]),
    );
    expect(shown).toEqual(
      cells.map((c) => [
        `${c.country.code}:${c.sector}`,
        String(c.averageScore),
        raw(previous.get(`${c.country.code}:${c.sector}`)?.averageScore),
      ]),
    );
  });

  it('downloads each panel’s CSV with exactly the API’s numbers', async () => {
    const answer = await d.api(DashboardHeadlineDocument, selection, d.tokens.ANALYST);
    const csv = await download(page, 'headline');
    const rows = answer.data.compare as (CompareRow & { estimate: number | null })[];
    expect(csv.map((r) => r.measure)).toEqual(rows.map((r) => r.measure));
    for (const [i, row] of rows.entries()) {
      expect(csv[i]!.current, row.measure).toBe(raw(row.current));
      expect(csv[i]!.previous, row.measure).toBe(raw(row.previous));
      expect(csv[i]!.percent_change_per_day, row.measure).toBe(raw(row.percentChangePerDay));
      expect(csv[i]!.estimate, row.measure).toBe(raw(row.estimate));
      expect(csv[i]!.significant, row.measure).toBe(
        row.significant === null ? 'no test' : row.significant ? 'significant' : 'not significant',
      );
    }
    const hotspots = await download(page, 'hotspots');
    const api = (
      await d.api(
        DashboardHotspotsDocument,
        { period: selection.current, previous: selection.previous, withPrevious: true },
        d.tokens.ANALYST,
      )
    ).data.riskHotspots;
    expect(
      hotspots.filter((r) => r.country !== 'withheld').map((r) => Number(r[`average_score_${selection.current}`])),
    ).toEqual(api.cells.map((c: HotspotRow) => c.averageScore));
  });

  it('ranks the highest-risk suppliers and drills down to one, keeping it in the URL', async () => {
    const ranked = (await d.api(DashboardRiskiestSuppliersDocument, { first: 20 }, d.tokens.ANALYST)).data
      .riskiestSuppliers as { supplierId: string; risk: { score: number } }[];
    expect(ranked.length).toBe(20);
    const scores = ranked.map((s) => s.risk.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const shown = await page.$$eval('[data-panel="riskiest"] tbody tr', (rows) =>
      rows.map((r) => [
        r.getAttribute('data-group'),
        r.querySelector('[data-field="score"]')?.getAttribute('data-value'),
      ]),
    );
    expect(shown).toEqual(ranked.map((s) => [s.supplierId, String(s.risk.score)]));

    await page.click(`[data-panel="riskiest"] a[data-supplier="${ranked[0]!.supplierId}"]`);
    await page.waitForSelector('[data-panel="supplier"][data-state="ready"]');
    expect(new URL(page.url()).searchParams.get('supplier')).toBe(ranked[0]!.supplierId);
    // Opening the drill-down leaves every other panel as it was.
    expect(Object.values(await waitForPanels(page)).every((state) => state === 'ready')).toBe(true);
    const detail = (await d.api(DashboardSupplierDocument, { id: ranked[0]!.supplierId }, d.tokens.ANALYST)).data
      .supplier;
    const findings = detail.audits.edges.reduce(
      (n: number, e: { node: { findings: unknown[] } }) => n + e.node.findings.length,
      0,
    );
    expect(await page.locator('[data-panel="supplier"] tr[data-audit]').count()).toBe(findings);
    expect(await page.locator('[data-panel="supplier"] svg circle.point').count()).toBe(6);
    await page.locator('[data-panel="supplier"]').screenshot({ path: `${ARTIFACTS}/analyst-supplier.png` });
  });

  it('opens the same view from its URL: periods, trend measure and kind, supplier', async () => {
    await page.selectOption('#current-period', 'JPA5');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('current') === 'JPA5');
    await page.selectOption('#series-measure', 'AGENCY_VICTIMS_IDENTIFIED');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('measure') === 'AGENCY_VICTIMS_IDENTIFIED',
    );
    await page.selectOption('#series-kind', 'ACTION_PERIOD');
    await waitForPanels(page);
    const shared = page.url();
    expect(new URL(shared).searchParams.get('previous')).toBe('JPA4');

    const other = await d.browser.newPage();
    try {
      await other.goto(`${d.stack.urls.dashboards}`);
      await other.evaluate((token) => sessionStorage.setItem('tidemark.token', token), d.tokens.ANALYST);
      await other.goto(shared);
      await waitForPanels(other);
      expect(other.url()).toBe(shared);
      expect(await other.inputValue('#current-period')).toBe('JPA5');
      expect(await other.inputValue('#previous-period')).toBe('JPA4');
      expect(await other.inputValue('#series-measure')).toBe('AGENCY_VICTIMS_IDENTIFIED');
      expect(await other.inputValue('#series-kind')).toBe('ACTION_PERIOD');
      expect(await other.getAttribute('[data-panel="supplier"] [data-supplier]', 'data-supplier')).toBe(
        new URL(shared).searchParams.get('supplier'),
      );
    } finally {
      await other.close();
    }
  });

  it('opens the GraphQL explorer, served with the page, running queries with the signed-in token', async () => {
    await page.click('#explorer-link');
    await page.waitForSelector('.graphiql-container');
    expect(await page.textContent('#explorer-status')).toContain('(ANALYST)');
    // Run the query, again each second until GraphiQL (still loading its schema on a busy machine) answers.
    await page.waitForFunction(
      () => {
        if (document.querySelector('.result-window')?.textContent?.includes('buildId')) return true;
        document.querySelector<HTMLElement>('.graphiql-execute-button')?.click();
        return false;
      },
      null,
      { timeout: 60_000, polling: 1000 },
    );
    const status = (await d.api(DashboardStatusDocument, {}, d.tokens.ANALYST)).data.warehouseStatus;
    expect(await page.textContent('.result-window')).toContain(status.buildId);
    // Every script of the explorer comes from this origin: no CDN.
    const scripts = await page.$$eval('script[src], link[rel="stylesheet"]', (els) =>
      els.map((e) => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href),
    );
    for (const src of scripts) expect(new URL(src).origin).toBe(new URL(d.stack.urls.dashboards!).origin);
    await page.screenshot({ path: `${ARTIFACTS}/explorer.png` });
    // The explorer's bundle (GraphiQL, React) takes a while to parse on a busy shared machine.
  }, 90_000);
});
