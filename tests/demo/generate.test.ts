import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../demo/generate.js';
import { PARTNERS } from '../../demo/partners.js';
import type { DemoData } from '../../demo/rows.js';
import { ILAB_GOODS_FILE } from '../../lib/reference/paths.js';
import { findStateViolation } from '../../subgraphs/audits/corrective-action-rules.js';
import { matchKey } from '../../subgraphs/audits/matching.js';
import { BCP47_TAG } from '../../subgraphs/campaigns/validation.js';

const NOW = '2025-12-31';
let data: DemoData;

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const tally = <T>(rows: readonly T[], key: (row: T) => string) => rows.reduce<Record<string, number>>((m, r) => ((m[key(r)] = (m[key(r)] ?? 0) + 1), m), {});

beforeAll(() => {
  data = generateDemoData({ seed: 42, now: NOW });
});

describe('demo generator: determinism', () => {
  it('gives identical rows for the same seed and different rows for another seed', () => {
    expect(hash(generateDemoData({ seed: 42, now: NOW }))).toBe(hash(data));
    const other = generateDemoData({ seed: 7, now: NOW });
    expect(hash(other.audits)).not.toBe(hash(data.audits));
    expect(hash(other.agency.indicator_values)).not.toBe(hash(data.agency.indicator_values));
    expect(hash(other.campaigns)).not.toBe(hash(data.campaigns));
  });

  it('dates nothing after `now`', () => {
    const early = generateDemoData({ seed: 42, now: '2023-06-30' });
    const latest = [
      ...early.audits.audits.map((a) => a.submitted_at.slice(0, 10)),
      ...early.audits.corrective_actions.flatMap((c) => [c.closed_date ?? '', c.verified_date ?? '', c.updated_at.slice(0, 10)]),
      ...early.agency.indicator_feeds.map((f) => f.submitted_at.slice(0, 10)),
      ...early.campaigns.campaign_metrics.map((m) => m.metric_date),
      ...early.campaigns.campaigns.map((c) => c.created_at.slice(0, 10)),
    ].sort().at(-1);
    expect(latest! <= '2023-06-30').toBe(true);
  });
});

describe('demo generator: suppliers', () => {
  it('has about 500 suppliers in the eleven countries and six sectors, with unique match keys from matchKey', () => {
    const suppliers = data.audits.suppliers;
    expect(suppliers).toHaveLength(500);
    expect(Object.keys(tally(suppliers, (s) => s.country_code)).sort()).toEqual(['AU', 'FJ', 'ID', 'KH', 'LK', 'MM', 'MY', 'NZ', 'PH', 'TH', 'VN']);
    expect(Object.keys(tally(suppliers, (s) => s.sector)).sort()).toEqual(['AGRICULTURE', 'CONSTRUCTION', 'ELECTRONICS', 'FISHING', 'GARMENTS', 'SEAFOOD_PROCESSING']);
    expect(new Set(suppliers.map((s) => s.match_key)).size).toBe(500);
    for (const s of suppliers) expect(s.match_key).toBe(matchKey(s.name, s.address, s.country_code));
  });

  it('names goods as on the ILAB list; some suppliers hit a forced-labour entry for their country, most do not', () => {
    const parsed = new XMLParser({ isArray: (name) => name === 'Good' || name === 'Country' }).parse(readFileSync(ILAB_GOODS_FILE, 'utf8'));
    const ilabNames: Record<string, string> = { AU: 'Australia', FJ: 'Fiji', ID: 'Indonesia', MY: 'Malaysia', NZ: 'New Zealand', TH: 'Thailand', VN: 'Vietnam', LK: 'Sri Lanka', KH: 'Cambodia', MM: 'Burma', PH: 'Philippines' };
    const goods = new Set<string>();
    const forced = new Set<string>();
    for (const good of parsed.Goods.Good) {
      goods.add(good.Good_Name);
      for (const c of good.Countries.Country) if (c.Forced_Labor === 'Yes' || c.Forced_Child_Labor === 'Yes') forced.add(`${good.Good_Name}|${c.Country_Name}`);
    }
    for (const s of data.audits.suppliers) for (const g of s.goods) expect(goods.has(g), g).toBe(true);
    const hits = data.audits.suppliers.filter((s) => s.goods.some((g) => forced.has(`${g}|${ilabNames[s.country_code]}`))).length;
    expect(hits).toBeGreaterThan(50);
    expect(hits).toBeLessThan(250);
  });
});

describe('demo generator: audits, findings, corrective actions', () => {
  it('has about 2,000 audits over 2018–2025 by the five partners', () => {
    const audits = data.audits.audits;
    expect(audits.length).toBeGreaterThan(1700);
    expect(audits.length).toBeLessThan(2400);
    expect(Object.keys(tally(audits, (a) => a.audit_date.slice(0, 4))).sort()).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(Object.keys(tally(audits, (a) => a.partner_org_id)).sort()).toEqual(PARTNERS.map((p) => p.orgId).sort());
    expect(Object.keys(tally(audits, (a) => a.audit_type)).sort()).toEqual(['CLOSURE', 'FOLLOW_UP', 'INITIAL', 'PERIODIC']);
  });

  it('finds every ILO indicator, with S4 rare', () => {
    const findings = data.audits.findings;
    expect(Object.keys(tally(findings.filter((f) => f.ilo_indicator), (f) => f.ilo_indicator!))).toHaveLength(11);
    const severities = tally(findings, (f) => f.severity);
    expect(Object.keys(severities).sort()).toEqual(['S0', 'S1', 'S2', 'S3', 'S4']);
    expect(severities.S4! / findings.length).toBeLessThan(0.04);
    expect(severities.S4!).toBeGreaterThan(10);
  });

  it('has corrective actions in every status, some overdue, all obeying the audits subgraph rules', () => {
    const auditDate = new Map(data.audits.audits.map((a) => [a.audit_id, a.audit_date]));
    const findingAudit = new Map(data.audits.findings.map((f) => [f.finding_id, f.audit_id]));
    const actions = data.audits.corrective_actions;
    expect(Object.keys(tally(actions, (c) => c.status)).sort()).toEqual(['CLOSED', 'IN_PROGRESS', 'OPEN', 'VERIFIED']);
    expect(actions.filter((c) => (c.status === 'OPEN' || c.status === 'IN_PROGRESS') && c.due_date < NOW).length).toBeGreaterThan(50);
    for (const c of actions) {
      const state = { status: c.status as 'OPEN', dueDate: c.due_date, closedDate: c.closed_date, verifiedDate: c.verified_date };
      expect(findStateViolation(state, auditDate.get(findingAudit.get(c.finding_id)!)!, NOW), c.corrective_action_id).toBeNull();
    }
  });

  it('has cross-partner hotspot cells: ≥ 3 suppliers audited by ≥ 2 partners in one country and sector', () => {
    const supplier = new Map(data.audits.suppliers.map((s) => [s.supplier_id, s]));
    const cells = new Map<string, { suppliers: Set<string>; partners: Set<string> }>();
    for (const a of data.audits.audits) {
      const s = supplier.get(a.supplier_id)!;
      const key = `${s.country_code}|${s.sector}`;
      const cell = cells.get(key) ?? { suppliers: new Set(), partners: new Set() };
      cell.suppliers.add(a.supplier_id);
      cell.partners.add(a.partner_org_id);
      cells.set(key, cell);
    }
    const hot = [...cells.values()].filter((c) => c.suppliers.size >= 3 && c.partners.size >= 2);
    expect(hot.length).toBeGreaterThan(10);
  });
});

describe('demo generator: agency feeds', () => {
  it('has action periods JPA4..JPA11 with the workshop dates for JPA5', () => {
    expect(data.agency.action_periods.map((p) => p.period_id)).toEqual(['JPA4', 'JPA5', 'JPA6', 'JPA7', 'JPA8', 'JPA9', 'JPA10', 'JPA11']);
    expect(data.agency.action_periods[1]).toMatchObject({ start_date: '2019-07-02', end_date: '2019-12-03' });
  });

  it('has feeds per agency and period, some revised, breakdowns adding up to totals, and small victim counts', () => {
    const feeds = data.agency.indicator_feeds;
    expect(new Set(feeds.map((f) => f.agency_id)).size).toBe(11);
    expect(feeds.some((f) => f.period_id === 'JPA5')).toBe(true);
    expect(feeds.some((f) => f.period_id === '2019-Q3')).toBe(true);
    expect(feeds.filter((f) => f.revision >= 2).length).toBeGreaterThan(5);
    const values = data.agency.indicator_values;
    const byFeed = new Map<string, typeof values>();
    for (const v of values) {
      const key = `${v.feed_id}#${v.revision}|${v.indicator}`;
      byFeed.set(key, [...(byFeed.get(key) ?? []), v]);
    }
    for (const cells of byFeed.values()) {
      const total = cells.find((c) => c.crime_type === 'ALL' && c.exploitation === 'ALL' && c.sex === 'ALL' && c.age_group === 'ALL')!;
      for (const dim of ['crime_type', 'exploitation', 'sex', 'age_group'] as const) {
        const breakdown = cells.filter((c) => c[dim] !== 'ALL');
        if (breakdown.length > 0) expect(breakdown.reduce((s, c) => s + c.value, 0), `${total.feed_id} ${total.indicator} ${dim}`).toBe(total.value);
      }
    }
    const smallVictims = values.filter((v) => v.indicator === 'VICTIMS_IDENTIFIED' && v.crime_type === 'ALL' && v.exploitation === 'ALL' && v.sex === 'ALL' && v.age_group === 'ALL' && v.value < 5);
    expect(smallVictims.length).toBeGreaterThan(5);
  });
});

describe('demo generator: campaigns', () => {
  it('has campaigns with daily metrics that respect the campaign rules', () => {
    const campaigns = new Map(data.campaigns.campaigns.map((c) => [c.campaign_id, c]));
    expect(campaigns.size).toBeGreaterThan(30);
    for (const c of campaigns.values()) {
      expect(c.languages.every((l) => BCP47_TAG.test(l)), c.campaign_id).toBe(true);
      expect(new Set(c.channels).size).toBe(c.channels.length);
      expect(c.end_date >= c.start_date).toBe(true);
    }
    const metrics = data.campaigns.campaign_metrics;
    expect(metrics.length).toBeGreaterThan(5000);
    for (const m of metrics) {
      const c = campaigns.get(m.campaign_id)!;
      expect(m.metric_date >= c.start_date && m.metric_date <= c.end_date && m.metric_date <= NOW).toBe(true);
      expect(c.channels).toContain(m.channel);
      expect(m.reach).toBeLessThanOrEqual(m.impressions);
    }
    expect(new Set(metrics.map((m) => `${m.campaign_id}|${m.metric_date}|${m.channel}`)).size).toBe(metrics.length);
  });
});
