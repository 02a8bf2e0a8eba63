/**
 * Input validation with zod. The first broken rule becomes BAD_USER_INPUT naming the input path
 * (`input.findings[2].severity: ...`). Rules beyond shape and limits, kept few and stated once:
 * - exactly one of `supplierId` and `supplier`; country codes are ISO 3166-1 alpha-2;
 * - the audit date is not in the future; corrective actions follow corrective-action-rules.ts;
 * - a scheme grading that reads critical, zero tolerance or priority is S3 or S4 (never lower);
 * - an S0 finding (conformance) takes no corrective action: there is nothing to correct;
 * - mutation inputs hold no control or bidi formatting characters (lib/text-safety.ts), checked first.
 */
import { z } from 'zod';
import { SECTORS } from '../../lib/domain/sectors.js';
import { badInput } from '../../lib/errors.js';
import { idempotencyKeySchema } from '../../lib/idempotency.js';
import { isIsoCountryCode } from '../../lib/reference/iso.js';
import { isCalendarDate, todayUtc } from '../../lib/scalars.js';
import { refuseUnsafeText } from '../../lib/text-safety.js';
import { ILO_INDICATORS, SEVERITIES } from '../../lib/domain/audit-vocabulary.js';
import { findStateViolation } from './corrective-action-rules.js';
import { parseOsId } from './os-id.js';
import { ANNOUNCEMENTS, AUDIT_TYPES, CA_STATUSES, SCHEMES, type AuditDraft, type SupplierDraft } from './domain.js';

const MAX_FINDINGS = 200;
export const MAX_BATCH = 500;
const CRITICAL_GRADING = /critical|zero[\s_-]*tolerance|priority/i;

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const EARLIEST_AUDIT_DATE = '2000-01-01';

const date = z.string().refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD');
const optionalDate = date.nullish().transform((v) => v ?? null);
const optionalInt = (min: number, max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .nullish()
    .transform((v) => v ?? null);
const countryCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine(isIsoCountryCode, 'must be an ISO 3166-1 alpha-2 country code, e.g. TH');

const supplierSchema = z.object({
  name: text(200),
  address: text(500),
  countryCode,
  sector: z.enum(SECTORS),
  goods: z
    .array(text(100))
    .max(50, 'must list at most 50 goods')
    .nullish()
    .transform((v) => v ?? []),
  workerCount: optionalInt(0, 10_000_000),
  migrantWorkerShare: z
    .number()
    .min(0, 'must be within 0..1')
    .max(1, 'must be within 0..1')
    .nullish()
    .transform((v) => v ?? null),
  tier: optionalInt(1, 10),
  osId: z
    .string()
    .transform((v, ctx) => {
      const parsed = parseOsId(v);
      if (parsed.ok) return parsed.osId;
      ctx.addIssue({ code: 'custom', message: parsed.reason });
      return z.NEVER;
    })
    .nullish()
    .transform((v) => v ?? null),
});

const correctiveActionSchema = z.object({
  description: text(2000),
  dueDate: date,
  status: z
    .enum(CA_STATUSES)
    .nullish()
    .transform((v) => v ?? 'OPEN'),
  closedDate: optionalDate,
  verifiedDate: optionalDate,
});

const findingSchema = z
  .object({
    iloIndicator: z
      .enum(ILO_INDICATORS)
      .nullish()
      .transform((v) => v ?? null),
    schemeSeverity: text(100),
    severity: z.enum(SEVERITIES),
    description: text(2000),
    correctiveAction: correctiveActionSchema.nullish().transform((v) => v ?? null),
  })
  .superRefine((f, ctx) => {
    if (
      CRITICAL_GRADING.test(f.schemeSeverity) &&
      (f.severity === 'S0' || f.severity === 'S1' || f.severity === 'S2')
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['severity'],
        message: `must be S3 or S4 for the scheme grading "${f.schemeSeverity}"`,
      });
    }
    if (f.severity === 'S0' && f.correctiveAction) {
      ctx.addIssue({
        code: 'custom',
        path: ['correctiveAction'],
        message: 'an S0 (conformance) finding takes no corrective action',
      });
    }
  });

const auditSchema = z
  .object({
    supplierId: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .nullish()
      .transform((v) => v ?? null),
    supplier: supplierSchema.nullish().transform((v) => v ?? null),
    scheme: z.enum(SCHEMES),
    type: z.enum(AUDIT_TYPES),
    announcement: z.enum(ANNOUNCEMENTS),
    auditDate: date,
    workersInterviewed: z
      .number()
      .int('must be a whole number')
      .min(0, 'must not be negative')
      .max(100_000, 'must be at most 100000'),
    findings: z.array(findingSchema).max(MAX_FINDINGS, `must hold at most ${MAX_FINDINGS} findings`),
  })
  .superRefine((a, ctx) => {
    if ((a.supplierId === null) === (a.supplier === null)) {
      ctx.addIssue({ code: 'custom', path: ['supplierId'], message: 'give exactly one of supplierId and supplier' });
    }
    const today = todayUtc();
    if (a.auditDate > today)
      ctx.addIssue({
        code: 'custom',
        path: ['auditDate'],
        message: `must not be in the future (today is ${today} UTC)`,
      });
    // Social audits of this kind did not exist before 2000; an earlier date is a typo, and the warehouse calendar
    // starts in 1990.
    if (a.auditDate < EARLIEST_AUDIT_DATE)
      ctx.addIssue({ code: 'custom', path: ['auditDate'], message: `must not be before ${EARLIEST_AUDIT_DATE}` });
    a.findings.forEach((f, i) => {
      if (!f.correctiveAction) return;
      const violation = findStateViolation(f.correctiveAction, a.auditDate, today);
      if (violation)
        ctx.addIssue({
          code: 'custom',
          path: ['findings', i, 'correctiveAction', violation.field],
          message: violation.message,
        });
    });
  });

/** `['findings', 2, 'severity']` under `input` → `input.findings[2].severity`. */
function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    prefix,
  );
}

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw badInput(formatPath(prefix, issue.path), issue.message);
}

const supplierInput = refuseUnsafeText(supplierSchema);
const auditInput = refuseUnsafeText(auditSchema);

export function parseSupplier(value: unknown, prefix = 'input'): SupplierDraft {
  return parseInput(supplierInput, value, prefix);
}

export function parseAudit(value: unknown, prefix = 'input'): AuditDraft {
  const { type, ...rest } = parseInput(auditInput, value, prefix);
  return { ...rest, auditType: type };
}

export function parseIdempotencyKey(value: string | null | undefined, path: string): string | null {
  return value == null ? null : parseInput(idempotencyKeySchema, value, path);
}

const filterCountry = countryCode.nullish().transform((v) => v ?? null);

export const supplierFilterSchema = z.object({
  countryCode: filterCountry,
  sector: z
    .enum(SECTORS)
    .nullish()
    .transform((v) => v ?? null),
  search: z
    .string()
    .trim()
    .max(200, 'must be at most 200 characters')
    .nullish()
    .transform((v) => (v ? v : null)),
});

export const auditFilterSchema = z
  .object({
    supplierId: z
      .string()
      .nullish()
      .transform((v) => v ?? null),
    countryCode: filterCountry,
    sector: z
      .enum(SECTORS)
      .nullish()
      .transform((v) => v ?? null),
    from: optionalDate,
    to: optionalDate,
    partnerOrgId: z
      .string()
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.from > f.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before `from`' });
  });

export type SupplierFilter = z.infer<typeof supplierFilterSchema>;
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const correctiveActionPatchSchema = refuseUnsafeText(
  z
    .object({
      status: z
        .enum(CA_STATUSES)
        .nullish()
        .transform((v) => v ?? null),
      closedDate: optionalDate,
      verifiedDate: optionalDate,
      dueDate: optionalDate,
    })
    .refine((p) => Object.values(p).some((v) => v !== null), {
      message: 'give at least one of status, closedDate, verifiedDate, dueDate',
    }),
);

export type CorrectiveActionPatch = z.infer<typeof correctiveActionPatchSchema>;
