/**
 * Who gets what from the dashboards: the server (health, CSP, the /graphql proxy passing only the caller's
 * Authorization, no files outside the build), the gateway's page for a browser, one sign-in prompt without a
 * valid token, and the page per role as subgraphs/insights/access.ts allows: a policy officer's aggregates with
 * withheld victim counts labelled "<5" or "withheld" (in the page, its CSV and its printed period report), a
 * partner's own suppliers, an agency's country against its region. No role ever sees a FORBIDDEN panel.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DashboardAreaCompareDocument,
  DashboardHeadlineDocument,
  DashboardHotspotsDocument,
  DashboardIndicatorsDocument,
  DashboardMySuppliersDocument,
  DashboardSeriesDocument,
  DashboardStatusDocument,
  UnreadAlertsDocument,
} from '../../operations/generated/graphql.js';
import { gql, type GraphQLResponse } from '../helpers/graphql.js';
import { readCells, waitForPanels } from './browser.js';
import {
  ARTIFACTS,
  cell,
  labelFor,
  raw,
  useDashboardStack,
  type CompareRow,
  type SeriesPoint,
} from './dashboard-fixture.js';
import { pdfPages, pdfPageSize } from './pdf-text.js';

const d = useDashboardStack();

beforeAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
});

async function withPage(token: string, query: string, body: (page: Page) => Promise<void>): Promise<void> {
  const page = await d.openPage(token, query);
  try {
    await body(page);
  } finally {
    await page.close();
  }
}

interface MySupplierRow {
  supplierId: string;
  risk: { score: number };
  supplier: { correctiveActionCounts: { open: number; overdue: number } };
}

interface AuditPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { findings: { correctiveAction: { status: string; isOverdue: boolean } | null }[] } }[];
}

/** The partner's own audits of a supplier, every page, and the corrective actions the API lists for them. */
async function ownActions(supplierId: string) {
  const query = `query ($id: ID!, $after: String) { supplier(id: $id) { audits(first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { findings { correctiveAction { status isOverdue } } } } } } }`;
  const list: { status: string; isOverdue: boolean }[] = [];
  let after: string | null = null;
  let audits = 0;
  do {
    const response: GraphQLResponse = await gql(d.stack.gateway, query, { id: supplierId, after }, d.tokens.PARTNER);
    expect(response.errors).toBeUndefined();
    const page: AuditPage = response.data.supplier.audits;
    audits = page.totalCount;
    for (const edge of page.edges)
      for (const f of edge.node.findings) if (f.correctiveAction) list.push(f.correctiveAction);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { audits, list };
}

async function panelsOf(page: Page): Promise<Record<string, string>> {
  const states = await waitForPanels(page);
  expect(await page.locator('text=FORBIDDEN').count()).toBe(0);
  return states;
}

describe('dashboards: server and gateway', () => {
  it('answers /health and serves the built page with a strict content security policy', async () => {
    expect((await fetch(new URL('/health', d.stack.urls.dashboards))).status).toBe(200);
    const page = await fetch(d.stack.urls.dashboards!);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await page.text()).toContain('id="panels"');
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

  it('gives a browser opening the gateway URL a page linking dashboards and explorer, no CSRF error', async () => {
    for (const path of ['/graphql', '/']) {
      const response = await fetch(new URL(path, d.stack.gateway), {
        headers: { accept: 'text/html,application/xhtml+xml' },
      });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html).toContain('Dashboards');
      expect(html).toContain('explorer.html');
    }
    // GraphQL over GET is unchanged: without the CSRF header it is still refused.
    const get = await fetch(new URL('/graphql?query=%7B__typename%7D', d.stack.gateway), {
      headers: { accept: 'text/html' },
    });
    expect(get.status).toBe(400);
  });
});

describe('dashboards: signing in', () => {
  it('shows one sign-in prompt and no panels without a token', async () => {
    const page = await d.browser.newPage();
    try {
      await page.goto(d.stack.urls.dashboards!);
      await page.waitForSelector('#sign-in:not([hidden])');
      expect(await page.locator('#panels [data-panel]').count()).toBe(0);
      expect(await page.locator('[role="alert"]').count()).toBe(0);
      expect(await page.textContent('#sign-in')).toContain('Paste your access token');
      expect(await page.isVisible('#current-period')).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('says once that an invalid token was refused, then signs in with a valid one from the form', async () => {
    await withPage('not-a-token', '&current=JPA5', async (page) => {
      await page.waitForSelector('#sign-in:not([hidden])');
      expect(await page.textContent('#sign-in-reason')).toContain('was refused');
      expect(await page.locator('#panels [data-panel]').count()).toBe(0);
      await page.fill('#token', d.tokens.POLICY);
      await page.click('#token-form button[type="submit"]');
      await page.waitForSelector('#sign-in[hidden]', { state: 'attached' });
      const states = await panelsOf(page);
      expect(Object.values(states).every((s) => s === 'ready')).toBe(true);
      // The shared view survives the sign-in.
      expect(await page.inputValue('#current-period')).toBe('JPA5');
    });
  });
});

describe('dashboards: what each role sees', () => {
  it('labels withheld values "<5" or "withheld" as the API’s reason says, in the page and its CSV', async () => {
    await withPage(
      d.tokens.POLICY,
      '&current=JPA5&measure=AGENCY_VICTIMS_IDENTIFIED&kind=ACTION_PERIOD',
      async (page) => {
        const states = await panelsOf(page);
        expect(states).toEqual({
          status: 'ready',
          headline: 'ready',
          funnel: 'ready',
          series: 'ready',
          indicators: 'ready',
          infoSharing: 'ready',
          hotspots: 'ready',
          campaigns: 'ready',
        });
        const answer = await d.api(DashboardIndicatorsDocument, { current: 'JPA5', previous: 'JPA4' }, d.tokens.POLICY);
        const rows = answer.data.compare as CompareRow[];
        const headline = (
          await d.api(DashboardHeadlineDocument, { current: 'JPA5', previous: 'JPA4' }, d.tokens.POLICY)
        ).data.compare as CompareRow[];
        const hidden = rows.filter((r) => r.current === null && r.currentSuppression);
        const hiddenTotals = headline.filter((r) => r.current === null && r.currentSuppression);
        // Small counts by country; totals over countries withheld because a country inside them is.
        expect(new Set([...hidden, ...hiddenTotals].map((r) => r.currentSuppression))).toEqual(
          new Set(['BELOW_THRESHOLD', 'COMPLEMENTARY', 'COMPONENT_SUPPRESSED']),
        );
        const cells = await readCells(page, 'indicators');
        for (const row of hidden)
          expect(cell(cells, row.measure, 'current', row.group)?.text, `${row.measure} ${row.group}`).toBe(
            labelFor(row.currentSuppression),
          );
        for (const row of rows.filter((r) => r.previous === null && r.previousSuppression)) {
          expect(cell(cells, row.measure, 'previous', row.group)?.text).toBe(labelFor(row.previousSuppression));
        }
        const totals = await readCells(page, 'headline');
        for (const row of hiddenTotals)
          expect(cell(totals, row.measure, 'current')?.text, row.measure).toBe(labelFor(row.currentSuppression));
        // An analyst sees the "<5" cells as numbers under 5, and a "withheld" total as the large number it is.
        const analyst = (await d.api(DashboardIndicatorsDocument, { current: 'JPA5' }, d.tokens.ANALYST)).data
          .compare as CompareRow[];
        const value = (row: CompareRow) =>
          analyst.find((r) => r.measure === row.measure && r.group === row.group)?.current;
        for (const row of hidden.filter((r) => r.currentSuppression === 'BELOW_THRESHOLD'))
          expect(value(row)).toBeLessThan(5);
        const analystTotals = (
          await d.api(DashboardHeadlineDocument, { current: 'JPA5', previous: 'JPA4' }, d.tokens.ANALYST)
        ).data.compare as CompareRow[];
        const complementary = hiddenTotals.filter((r) => r.currentSuppression === 'COMPLEMENTARY');
        expect(complementary.some((row) => analystTotals.find((r) => r.measure === row.measure)!.current! >= 5)).toBe(
          true,
        );

        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.click('[data-panel="indicators"] .csv-button'),
        ]);
        await file.saveAs(`${ARTIFACTS}/policy-${file.suggestedFilename()}`);
        const csv = parse(readFileSync(`${ARTIFACTS}/policy-${file.suggestedFilename()}`, 'utf8'), {
          columns: true,
        }) as Record<string, string>[];
        expect(csv.length).toBe(rows.length);
        for (const [i, row] of rows.entries()) {
          expect(csv[i]!.current, `${row.measure} ${row.group}`).toBe(
            row.currentSuppression ? labelFor(row.currentSuppression) : raw(row.current),
          );
          expect(csv[i]!.previous).toBe(
            row.previousSuppression ? labelFor(row.previousSuppression) : raw(row.previous),
          );
          expect(csv[i]!.percent_change_per_day).toBe(raw(row.percentChangePerDay));
        }
        await page.screenshot({ path: `${ARTIFACTS}/policy.png`, fullPage: true });
      },
    );
  });

  it('draws a withheld point of a policy officer’s trend as a labelled gap, never as zero', async () => {
    await withPage(
      d.tokens.POLICY,
      '&current=JPA5&measure=AGENCY_VICTIMS_IDENTIFIED&kind=ACTION_PERIOD',
      async (page) => {
        await panelsOf(page);
        const periods = await d.periods(d.tokens.POLICY);
        const to = periods.find((p) => p.id === 'JPA5')!.endDate;
        const answer = await d.api(
          DashboardSeriesDocument,
          { measure: 'AGENCY_VICTIMS_IDENTIFIED', kind: 'ACTION_PERIOD', from: periods[0]!.startDate, to },
          d.tokens.POLICY,
        );
        const points = answer.data.series[0].points as SeriesPoint[];
        const withheld = points.filter((p) => p.suppressed);
        expect(withheld.length).toBeGreaterThan(0);
        for (const point of withheld) {
          const mark = page.locator(`[data-panel="series"] svg [data-period="${point.period.id}"]`);
          expect(await mark.getAttribute('data-value')).toBe('');
          expect(await mark.getAttribute('data-withheld')).toBe(labelFor(point.suppressionReason));
          expect(await mark.locator('circle').count()).toBe(0);
        }
      },
    );
  });

  it('prints an A4 report: periods, data-as-of date, methodology version, every column, no token form', async () => {
    await withPage(d.tokens.POLICY, '&current=JPA5', async (page) => {
      const states = await panelsOf(page);
      const status = (await d.api(DashboardStatusDocument, {}, d.tokens.POLICY)).data.warehouseStatus;
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(`${ARTIFACTS}/policy-period-report.pdf`, pdf);
      // A4 is 595.28 × 841.89 points; Chromium rounds its page box up to whole CSS pixels.
      const size = await pdfPageSize(pdf);
      expect(Math.abs(size.width - 595)).toBeLessThanOrEqual(1);
      expect(Math.abs(size.height - 842)).toBeLessThanOrEqual(1);
      // Lines wrap where the page is narrow: compare text with runs of white space as one space.
      const pages = (await pdfPages(pdf)).map((page) => page.replace(/\s+/g, ' ').trim());
      const text = pages.join('\n');
      expect(pages[0]).toContain(
        'Tidemark period report: 5th Joint Period of Action compared with 4th Joint Period of Action',
      );
      expect(pages[0]).toContain(`Data as of ${status.asOf}`);
      expect(pages[0]).toContain(`Methodology ${status.methodologyVersion}`);
      for (const column of ['Measure', 'JPA5', 'JPA4', 'Change', '95% interval', 'Significance'])
        expect(pages[0]).toContain(column);
      const headline = (await d.api(DashboardHeadlineDocument, { current: 'JPA5', previous: 'JPA4' }, d.tokens.POLICY))
        .data.compare as CompareRow[];
      expect(pages[0]).toContain(`${headline.find((r) => r.measure === 'SUPPLIERS_AUDITED')!.current}`);
      expect(text).toContain('per day');
      expect(text).toContain('withheld');
      expect(text).not.toContain('Access token');
      expect(text).not.toContain('Download CSV');
      // A page break before every panel: each panel's title opens a page.
      const titles = await page.$$eval('#panels [data-panel] h2', (els) => els.map((e) => e.textContent ?? ''));
      expect(titles.length).toBe(Object.keys(states).length - 1);
      expect(pages[0]).toContain(titles[0]!);
      for (const title of titles.slice(1))
        expect(
          pages.some((p) => p.startsWith(title)),
          `a page opens with ${title}`,
        ).toBe(true);
      expect(pages.length).toBeGreaterThanOrEqual(titles.length);
    });
  });

  it('shows a partner its own suppliers by risk and the hotspots, and no panel it may not read', async () => {
    await withPage(d.tokens.PARTNER, '', async (page) => {
      const states = await panelsOf(page);
      expect(states).toEqual({ status: 'ready', alerts: 'ready', hotspots: 'ready', mySuppliers: 'ready' });
      const ranked = (await d.api(DashboardMySuppliersDocument, { first: 20 }, d.tokens.PARTNER)).data
        .riskiestSuppliers as MySupplierRow[];
      expect(ranked.length).toBeGreaterThan(0);
      const shown = await page.$$eval('[data-panel="mySuppliers"] tbody tr', (rows) =>
        rows.map((r) => [
          r.getAttribute('data-group'),
          ...['score', 'openActions', 'overdueActions'].map((field) =>
            r.querySelector(`[data-field="${field}"]`)?.getAttribute('data-value'),
          ),
        ]),
      );
      // Score and the open and overdue corrective actions are the API's, row for row.
      expect(shown).toEqual(
        ranked.map((s) => [
          s.supplierId,
          String(s.risk.score),
          String(s.supplier.correctiveActionCounts.open),
          String(s.supplier.correctiveActionCounts.overdue),
        ]),
      );
      expect(ranked.some((s) => s.supplier.correctiveActionCounts.open > 0)).toBe(true);
      // Every ranked supplier is one this partner has audited; its counts are those of all its own audits of it.
      for (const s of [ranked[0]!, ranked.at(-1)!]) {
        const actions = await ownActions(s.supplierId);
        expect(actions.audits).toBeGreaterThan(0);
        const open = actions.list.filter((a) => a.status !== 'CLOSED' && a.status !== 'VERIFIED');
        expect(s.supplier.correctiveActionCounts).toEqual({
          open: open.length,
          overdue: open.filter((a) => a.isOverdue).length,
        });
      }
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-panel="mySuppliers"] .csv-button'),
      ]);
      await file.saveAs(`${ARTIFACTS}/partner-${file.suggestedFilename()}`);
      const csv = parse(readFileSync(`${ARTIFACTS}/partner-${file.suggestedFilename()}`, 'utf8'), {
        columns: true,
      }) as Record<string, string>[];
      expect(csv.map((r) => [r.id, r.open_corrective_actions, r.overdue_corrective_actions])).toEqual(
        shown.map(([id, , open, overdue]) => [id, open, overdue]),
      );
      const current = new URL(page.url()).searchParams.get('current')!;
      const hotspots = (
        await d.api(DashboardHotspotsDocument, { period: current, withPrevious: false }, d.tokens.PARTNER)
      ).data.riskHotspots;
      expect(await page.locator('[data-panel="hotspots"] tbody tr[data-group]').count()).toBe(hotspots.cells.length);
      await page.screenshot({ path: `${ARTIFACTS}/partner.png`, fullPage: true });
    });
  });

  it('shows an agency its own country against its region, as the API answers both', async () => {
    await withPage(d.tokens.AGENCY, '', async (page) => {
      const states = await panelsOf(page);
      expect(states).toEqual({
        status: 'ready',
        headline: 'ready',
        region: 'ready',
        funnel: 'ready',
        series: 'ready',
        infoSharing: 'ready',
        hotspots: 'ready',
        campaigns: 'ready',
      });
      const url = new URL(page.url());
      const variables = { current: url.searchParams.get('current')!, previous: url.searchParams.get('previous')! };
      const own = (await d.api(DashboardAreaCompareDocument, { ...variables, countries: ['TH'] }, d.tokens.AGENCY)).data
        .compare as CompareRow[];
      const cells = await readCells(page, 'region');
      for (const row of own)
        expect(cell(cells, row.measure, 'current', 'own')?.value, row.measure).toBe(raw(row.current));
      const regionTotals = await page.$$eval(
        '[data-panel="region"] [data-group="region"][data-field="current"]',
        (els) => els.map((e) => e.getAttribute('data-value')),
      );
      expect(regionTotals.length).toBe(own.length);
      const investigations = own.find((r) => r.measure === 'AGENCY_INVESTIGATIONS_OPENED')!;
      const regionInvestigations = Number(cell(cells, 'AGENCY_INVESTIGATIONS_OPENED', 'current', 'region')?.value);
      expect(regionInvestigations).toBeGreaterThan(investigations.current!);
      await page.screenshot({ path: `${ARTIFACTS}/agency.png`, fullPage: true });
    });
  });
});

describe('dashboards: unread alerts (issue 14)', () => {
  let seq = 0;
  /** An audit with an S4 finding carrying an ILO indicator: intake raises a zero-tolerance alert with it. */
  const submitZeroTolerance = async (token: string) => {
    const r = await gql(
      d.stack.gateway,
      'mutation ($input: SubmitAuditInput!) { submitAudit(input: $input) { audit { id } } }',
      {
        input: {
          supplier: { name: `Alert Wharf ${++seq}`, address: `${seq} Pier Road`, countryCode: 'TH', sector: 'FISHING' },
          scheme: 'AMFORI_BSCI',
          type: 'INITIAL',
          announcement: 'UNANNOUNCED',
          auditDate: '2024-03-01',
          workersInterviewed: 30,
          findings: [
            {
              iloIndicator: 'RETENTION_OF_IDENTITY_DOCUMENTS',
              schemeSeverity: 'Zero tolerance',
              severity: 'S4',
              description: 'Passports held by the employer',
            },
          ],
        },
      },
      token,
    );
    expect(r.errors).toBeUndefined();
    return r.data.submitAudit.audit.id as string;
  };
  const unread = async (token: string) =>
    (await d.api(UnreadAlertsDocument, { first: 20 }, token)).data.alerts as {
      unacknowledgedCount: number;
      edges: { node: { id: string; auditId: string | null } }[];
    };
  const shownCount = async (page: Page) =>
    Number(await page.getAttribute('[data-panel="alerts"] [data-field="unacknowledgedCount"]', 'data-value'));

  it('shows a partner the count of its own unread alerts, and acknowledging one lowers it by one', async () => {
    const other = await d.stack.tokens.token('PARTNER', { org_id: 'org-globex' });
    const ownAudit = await submitZeroTolerance(d.tokens.PARTNER);
    const otherAudit = await submitZeroTolerance(other);
    const mine = await unread(d.tokens.PARTNER);
    const all = await unread(d.tokens.ANALYST);
    expect(mine.unacknowledgedCount).toBeGreaterThan(0);
    // The analyst sees the other partner's alert too; the partner does not.
    expect(all.unacknowledgedCount).toBeGreaterThan(mine.unacknowledgedCount);
    await withPage(d.tokens.PARTNER, '', async (page) => {
      const states = await panelsOf(page);
      expect(states.alerts).toBe('ready');
      expect(await shownCount(page)).toBe(mine.unacknowledgedCount);
      const rows = await page.$$eval('[data-panel="alerts"] tbody tr', (trs) =>
        trs.map((tr) => [tr.getAttribute('data-alert'), tr.getAttribute('data-audit')]),
      );
      expect(rows).toEqual(mine.edges.map((e) => [e.node.id, e.node.auditId]));
      expect(rows.some(([, audit]) => audit === otherAudit)).toBe(false);
      if (mine.unacknowledgedCount <= 20) expect(rows.some(([, audit]) => audit === ownAudit)).toBe(true);

      const [first] = rows[0]!;
      await page.click(`[data-panel="alerts"] [data-acknowledge="${first}"]`);
      await page.waitForFunction(
        (n) =>
          document
            .querySelector('[data-panel="alerts"] [data-field="unacknowledgedCount"]')
            ?.getAttribute('data-value') === String(n),
        mine.unacknowledgedCount - 1,
        { timeout: 15_000 },
      );
      expect(await page.locator(`[data-panel="alerts"] [data-alert="${first}"]`).count()).toBe(0);
      const after = await unread(d.tokens.PARTNER);
      expect(after.unacknowledgedCount).toBe(mine.unacknowledgedCount - 1);

      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-panel="alerts"] .csv-button'),
      ]);
      await file.saveAs(`${ARTIFACTS}/partner-${file.suggestedFilename()}`);
      const csv = parse(readFileSync(`${ARTIFACTS}/partner-${file.suggestedFilename()}`, 'utf8'), {
        columns: true,
      }) as Record<string, string>[];
      expect(csv.map((r) => r.alert_id)).toEqual(after.edges.map((e) => e.node.id));
    });
  });

  it('gives a policy officer no alerts panel and no error about it', async () => {
    await withPage(d.tokens.POLICY, '&current=JPA5', async (page) => {
      const states = await panelsOf(page);
      expect(states.alerts).toBeUndefined();
      expect(await page.locator('#alerts-slot *').count()).toBe(0);
      expect(await page.locator('[role="alert"]').count()).toBe(0);
    });
  });
});
