/**
 * Input rules for campaigns and metrics. Every failure is BAD_USER_INPUT naming the offending field
 * (`input.channels[2]`, `metrics[41].reach`), and all checks run before anything is written. Strings holding
 * control or bidi formatting characters are refused first (lib/text-safety.ts).
 */
import { z } from 'zod';
import { badInput } from '../../lib/errors.js';
import { isIsoCountryCode } from '../../lib/reference/iso.js';
import { refuseUnsafeText } from '../../lib/text-safety.js';
import type { CampaignRow } from './db-types.js';
import type { MetricValues } from './store/metrics.js';

const MAX_METRIC_ROWS = 1000;
const MAX_NAME_LENGTH = 200;

/**
 * A simple BCP 47 shape: language (2–3 letters), optional script (4 letters), optional region (2 letters or
 * 3 digits), optional variants. It does not check the subtags against the IANA registry.
 */
export const BCP47_TAG =
  /^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|\d{3}))?(-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*$/;

function formatPath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${String(part)}`),
    root,
  );
}

/** Parses with zod; the first issue becomes BAD_USER_INPUT naming its field under `root`. */
function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, root: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw badInput(formatPath(root, issue.path), issue.message);
}

function firstDuplicate(
  values: readonly string[],
  normalise: (v: string) => string = (v) => v,
): [number, number] | null {
  const seen = new Map<string, number>();
  for (const [i, v] of values.entries()) {
    const k = normalise(v);
    const earlier = seen.get(k);
    if (earlier !== undefined) return [earlier, i];
    seen.set(k, i);
  }
  return null;
}

const countryCode = z
  .string()
  .refine((c) => isIsoCountryCode(c), { message: 'must be an ISO 3166-1 alpha-2 country code, e.g. TH' });

const createCampaignSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`),
    countryCode,
    audience: z.string(),
    channels: z.array(z.string()).min(1, 'must list at least one channel'),
    languages: z
      .array(z.string().regex(BCP47_TAG, 'must be a BCP 47 language tag, e.g. th, my-MM, zh-Hant-TW'))
      .min(1, 'must list at least one language')
      .max(20, 'must list at most 20 languages'),
    startDate: z.string(),
    endDate: z.string(),
  })
  .superRefine((input, ctx) => {
    const channelDup = firstDuplicate(input.channels);
    if (channelDup)
      ctx.addIssue({
        code: 'custom',
        path: ['channels', channelDup[1]],
        message: `repeats channels[${channelDup[0]}]`,
      });
    const langDup = firstDuplicate(input.languages, (l) => l.toLowerCase());
    if (langDup)
      ctx.addIssue({ code: 'custom', path: ['languages', langDup[1]], message: `repeats languages[${langDup[0]}]` });
    if (input.endDate < input.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must be on or after startDate' });
  });

export type CreateCampaignValues = z.infer<typeof createCampaignSchema>;
const createCampaignInput = refuseUnsafeText(createCampaignSchema);

export function parseCreateCampaignInput(input: unknown): CreateCampaignValues {
  return parseOrThrow(createCampaignInput, input, 'input');
}

export function parseCountryCodeFilter(code: string | null | undefined, field: string): string | null {
  if (code == null) return null;
  return parseOrThrow(countryCode, code, field);
}

/**
 * Plausibility bounds for one campaign, day and channel (docs/security.md): a billion is more people than live
 * in the region's largest country; a million hotline contacts or reports in a day is no campaign's doing.
 */
const MAX_DAILY_AUDIENCE = 1_000_000_000;
const MAX_DAILY_CONTACTS = 1_000_000;

const count = (max: number) =>
  z
    .number()
    .int('must be a whole number')
    .nonnegative('must be zero or more')
    .max(max, `must be at most ${max} (plausibility bound)`);
const metricRow = z
  .object({
    date: z.string(),
    channel: z.string(),
    impressions: count(MAX_DAILY_AUDIENCE),
    reach: count(MAX_DAILY_AUDIENCE),
    engagements: count(MAX_DAILY_AUDIENCE),
    hotlineContacts: count(MAX_DAILY_CONTACTS),
    reportsToAuthorities: count(MAX_DAILY_CONTACTS),
  })
  .refine((m) => m.reach <= m.impressions, { path: ['reach'], message: 'must not exceed impressions' });
const metricRowInput = refuseUnsafeText(metricRow);

export function checkMetricRowCount(metrics: readonly unknown[]): void {
  if (metrics.length < 1 || metrics.length > MAX_METRIC_ROWS) {
    throw badInput('metrics', `send between 1 and ${MAX_METRIC_ROWS} rows per call (got ${metrics.length})`);
  }
}

/** Checks every row against the campaign: dates inside its run and not after `today`, its channels, no repeats. */
export function parseMetricRows(campaign: CampaignRow, metrics: readonly unknown[], today: string): MetricValues[] {
  checkMetricRowCount(metrics);
  const rows = metrics.map((m, i) => parseOrThrow(metricRowInput, m, `metrics[${i}]`));
  const seen = new Map<string, number>();
  for (const [i, m] of rows.entries()) {
    if (m.date < campaign.start_date || m.date > campaign.end_date) {
      throw badInput(
        `metrics[${i}].date`,
        `must be within the campaign's dates ${campaign.start_date}..${campaign.end_date}`,
      );
    }
    if (m.date > today) throw badInput(`metrics[${i}].date`, `must not be in the future (today is ${today})`);
    if (!campaign.channels.includes(m.channel)) {
      throw badInput(
        `metrics[${i}].channel`,
        `must be one of the campaign's channels: ${campaign.channels.join(', ')}`,
      );
    }
    const key = `${m.date}|${m.channel}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) throw badInput(`metrics[${i}]`, `repeats the date and channel of metrics[${earlier}]`);
    seen.set(key, i);
  }
  return rows;
}
