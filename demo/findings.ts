/**
 * Findings of one audit and the corrective actions they get. Chronic issues recur (repeat findings) and fade
 * as a partner keeps auditing; severities follow the facility's propensity and the indicator's gravity, so S4
 * is rare; each scheme's own grading is kept beside the normalised severity.
 */
import { addDays, daysBetween, maxDate, minDate, timestampOn } from './dates.js';
import {
  CONFORMANCE_TEXTS,
  CORRECTIVE_TEXTS,
  FINDING_TEXTS,
  GENERAL_CORRECTIVE_TEXT,
  GENERAL_FINDINGS,
  INDICATOR_PROFILE,
} from './finding-texts.js';
import { ILO_INDICATORS, type IloIndicator } from '../lib/domain/audit-vocabulary.js';
import { SCHEME_GRADES } from './partners.js';
import type { Random } from './random.js';

type Severity = 'S0' | 'S1' | 'S2' | 'S3' | 'S4';
const SEVERITY_INDEX: Record<Severity, 0 | 1 | 2 | 3 | 4> = { S0: 0, S1: 1, S2: 2, S3: 3, S4: 4 };

export interface FindingDraft {
  indicator: IloIndicator | null;
  severity: Severity;
  schemeSeverity: string;
  description: string;
}

export interface CorrectiveActionDraft {
  description: string;
  status: 'OPEN' | 'IN_PROGRESS' | 'CLOSED' | 'VERIFIED';
  dueDate: string;
  closedDate: string | null;
  verifiedDate: string | null;
  updatedAt: string;
}

function severityFor(rng: Random, propensity: number, gravity: number): Severity {
  return rng.weighted<Severity>([
    ['S1', 30 * (1 - 0.5 * propensity)],
    ['S2', 38],
    ['S3', 22 * (0.4 + propensity) * (0.6 + gravity)],
    ['S4', 8 * gravity * (0.2 + propensity) ** 1.5],
  ]);
}

function fill(rng: Random, template: string, workers: number): string {
  return template.replace('{n}', String(rng.int(2, Math.max(3, Math.min(60, workers)))));
}

export function draftFindings(
  rng: Random,
  opts: {
    scheme: string;
    propensity: number;
    chronic: readonly IloIndicator[];
    recurrence: number;
    workersInterviewed: number;
  },
): FindingDraft[] {
  const grades = SCHEME_GRADES[opts.scheme]!;
  const found = new Set<IloIndicator>();
  for (const c of opts.chronic) if (rng.chance(opts.recurrence)) found.add(c);
  const frequencies = ILO_INDICATORS.map((i): [IloIndicator, number] => [i, INDICATOR_PROFILE[i].frequency]);
  for (let extra = rng.poisson(0.25 + 1.0 * opts.propensity); extra > 0; extra--) found.add(rng.weighted(frequencies));

  const out: FindingDraft[] = [];
  for (const indicator of ILO_INDICATORS.filter((i) => found.has(i))) {
    const severity = severityFor(rng, opts.propensity, INDICATOR_PROFILE[indicator].gravity);
    out.push({
      indicator,
      severity,
      schemeSeverity: grades[SEVERITY_INDEX[severity]],
      description: fill(rng, rng.pick(FINDING_TEXTS[indicator]), opts.workersInterviewed),
    });
  }
  // Conformance: the auditor checked an indicator and found it in order.
  if (rng.chance(0.35)) {
    const clean = ILO_INDICATORS.filter((i) => !found.has(i));
    for (const indicator of rng.sample(clean, rng.int(1, 2))) {
      out.push({ indicator, severity: 'S0', schemeSeverity: grades[0], description: rng.pick(CONFORMANCE_TEXTS) });
    }
  }
  for (let general = rng.poisson(0.9); general > 0; general--) {
    const severity = rng.weighted<Severity>([
      ['S1', 4],
      ['S2', 5],
      ['S3', 1],
    ]);
    out.push({
      indicator: null,
      severity,
      schemeSeverity: grades[SEVERITY_INDEX[severity]],
      description: fill(rng, rng.pick(GENERAL_FINDINGS), opts.workersInterviewed),
    });
  }
  return out;
}

const DUE_DAYS: Record<Exclude<Severity, 'S0'>, [number, number]> = {
  S4: [7, 30],
  S3: [30, 90],
  S2: [60, 120],
  S1: [90, 180],
};

/**
 * The corrective action's life up to `now`: most close near their due date; a few never do (overdue); a
 * closed action is verified at the partner's next audit unless that audit finds the same issue again.
 */
export function draftCorrectiveAction(
  rng: Random,
  finding: FindingDraft,
  opts: {
    auditDate: string;
    submittedAt: string;
    propensity: number;
    now: string;
    laterAudits: readonly { date: string; indicators: ReadonlySet<string> }[];
  },
): CorrectiveActionDraft | null {
  if (finding.severity === 'S0') return null;
  const [lo, hi] = DUE_DAYS[finding.severity];
  const dueDate = addDays(opts.auditDate, rng.int(lo, hi));
  const neverCloses = rng.chance(0.08 + 0.15 * opts.propensity);
  let closedDate: string | null = neverCloses
    ? null
    : maxDate(addDays(dueDate, rng.int(-25, 40)), addDays(opts.auditDate, 2));
  if (closedDate !== null && closedDate > opts.now) closedDate = null;

  let verifiedDate: string | null = null;
  if (closedDate !== null) {
    const next = opts.laterAudits.find((a) => a.date >= closedDate!);
    const reFound = next !== undefined && finding.indicator !== null && next.indicators.has(finding.indicator);
    if (next && !reFound && rng.chance(0.85)) verifiedDate = next.date;
    else if (!next && rng.chance(0.25)) {
      const desk = addDays(closedDate, rng.int(7, 45));
      if (desk <= opts.now) verifiedDate = desk;
    }
  }
  const description = finding.indicator ? CORRECTIVE_TEXTS[finding.indicator] : GENERAL_CORRECTIVE_TEXT;
  const seconds = rng.int(8 * 3600, 17 * 3600);
  // A record cannot change before the audit carrying it was submitted.
  const at = (date: string) => maxDate(timestampOn(date, seconds), opts.submittedAt);
  if (verifiedDate)
    return { description, status: 'VERIFIED', dueDate, closedDate, verifiedDate, updatedAt: at(verifiedDate) };
  if (closedDate)
    return { description, status: 'CLOSED', dueDate, closedDate, verifiedDate: null, updatedAt: at(closedDate) };
  const started = daysBetween(opts.auditDate, opts.now) > 20 && rng.chance(0.55);
  const touched = started ? minDate(addDays(opts.auditDate, rng.int(5, 30)), opts.now) : null;
  return {
    description,
    status: started ? 'IN_PROGRESS' : 'OPEN',
    dueDate,
    closedDate: null,
    verifiedDate: null,
    updatedAt: touched ? at(touched) : opts.submittedAt,
  };
}
