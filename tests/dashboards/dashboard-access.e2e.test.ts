/**
 * Who gets what from the dashboards: the server (health, CSP, the /graphql proxy passing only the caller's
 * Authorization, no files outside the build) and the page per role, as subgraphs/insights/access.ts allows:
 * policy officers aggregates with small victim counts suppressed, partners a FORBIDDEN message where
 * compare/series are refused, no token an UNAUTHENTICATED message.
 */
import { describe, expect, it } from 'vitest';
import { DashboardCampaignsDocument, DashboardHeadlineDocument, DashboardHotspotsDocument, DashboardIndicatorsDocument } from '../../operations/generated/graphql.js';
import { gql } from '../helpers/graphql.js';
import { readCells, waitForPanels } from './browser.js';
import { cell, useDashboardStack, type CompareRow } from './dashboard-fixture.js';

const d = useDashboardStack();

describe('dashboards: server', () => {
  it('answers /health and serves the built page with a strict content security policy', async () => {
    expect((await fetch(new URL('/health', d.stack.urls.dashboards))).status).toBe(200);
    const page = await fetch(d.stack.urls.dashboards!);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await page.text()).toContain('data-panel="headline"');
  });

  it('proxies POST /graphql to the gateway with the caller’s Authorization header only', async () => {
    const url = new URL('/graphql', d.stack.urls.dashboards).toString();
    const anonymous = await gql(url, '{ warehouseStatus { buildId } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const signedIn = await gql(url, '{ warehouseStatus { buildId } }', {}, d.tokens.POLICY);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data.warehouseStatus.buildId).toMatch(/\S/);
  });

  it('refuses other methods and paths, and never serves files outside the build', async () => {
    expect((await fetch(new URL('/graphql', d.stack.urls.dashboards))).status).toBe(405);
    expect((await fetch(new URL('/nope.js', d.stack.urls.dashboards))).status).toBe(404);
    expect(await d.rawGetStatus('/..%2f..%2fpackage.json')).toBe(404);
    expect(await d.rawGetStatus('/assets/..%2f..%2fserver.ts')).toBe(404);
    expect((await fetch(new URL('/.build-stamp', d.stack.urls.dashboards))).status).toBe(404);
  });
});

describe('dashboards: what each role sees', () => {
  it('shows a policy officer the aggregates, with small victim counts as "suppressed (<5)"', async () => {
    const page = await d.openPage(d.tokens.POLICY, '&current=JPA5');
    try {
      const states = await waitForPanels(page);
      expect(Object.values(states).every((s) => s === 'ready')).toBe(true);
      const answer = await d.api(DashboardIndicatorsDocument, { current: 'JPA5' }, d.tokens.POLICY);
      const hidden = (answer.data.compare as CompareRow[]).filter((r) => r.current === null && r.suppressed);
      expect(hidden.length).toBeGreaterThan(0);
      const cells = await readCells(page, 'indicators');
      for (const row of hidden) expect(cell(cells, row.measure, 'current', row.group)?.text).toBe('suppressed (<5)');
      expect(cells.filter((c) => c.text === 'suppressed (<5)').length).toBe(hidden.length);
      // An analyst sees those same cells as numbers.
      const analyst = (await d.api(DashboardIndicatorsDocument, { current: 'JPA5' }, d.tokens.ANALYST)).data.compare as CompareRow[];
      for (const row of hidden) expect(analyst.find((r) => r.measure === row.measure && r.group === row.group)?.current).toBeLessThan(5);

      const hotspots = (await d.api(DashboardHotspotsDocument, { period: 'JPA5' }, d.tokens.POLICY)).data.riskHotspots as { withheldCells: number; cells: unknown[] };
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
    const page = await d.openPage(d.tokens.PARTNER);
    try {
      const states = await waitForPanels(page);
      const current = new URL(page.url()).searchParams.get('current')!;
      const answers = {
        headline: await d.api(DashboardHeadlineDocument, { current }, d.tokens.PARTNER),
        indicators: await d.api(DashboardIndicatorsDocument, { current }, d.tokens.PARTNER),
        campaigns: await d.api(DashboardCampaignsDocument, { current }, d.tokens.PARTNER),
        hotspots: await d.api(DashboardHotspotsDocument, { period: current }, d.tokens.PARTNER),
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
    const page = await d.browser.newPage();
    try {
      await page.goto(d.stack.urls.dashboards!);
      const states = await waitForPanels(page);
      expect(Object.values(states).every((s) => s === 'error')).toBe(true);
      expect(await page.textContent('[data-panel="headline"] .panel-error')).toContain('UNAUTHENTICATED');
      expect(await page.textContent('#identity')).toContain('No token');
    } finally {
      await page.close();
    }
  });
});
