import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osIdCheckSymbol, parseOsId } from '../../subgraphs/audits/os-id.js';
import { errorCode, gql } from '../helpers/graphql.js';
import { makeTempDir } from '../helpers/tmp.js';
import { PARTNER_A } from '../helpers/tokens.js';
import { auditInput, facility, startServer } from './fixtures.js';

describe('audits: Open Supply Hub OS IDs', () => {
  it('accepts OS IDs whose check character matches, in any case and with hyphens or spaces', () => {
    // An OS ID that appears in Open Supply Hub's own API examples.
    expect(parseOsId('CN2019303BQ3FZP')).toEqual({ ok: true, osId: 'CN2019303BQ3FZP' });
    expect(parseOsId('cn-2019303-bq3fz-p')).toEqual({ ok: true, osId: 'CN2019303BQ3FZP' });
    expect(parseOsId('CN 2019303 BQ3FZ P')).toEqual({ ok: true, osId: 'CN2019303BQ3FZP' });
    expect(osIdCheckSymbol('IN2019067X1K87')).toBe('G');
  });

  it.each([
    ['a wrong check character', 'CN2019303BQ3FZQ', 'check character'],
    ['one character short', 'CN2019303BQ3FZ', '15 characters'],
    ['a letter Crockford leaves out', 'CN2019303BQ3FIP', 'Crockford'],
    ['letters where the date goes', 'CN20193O3BQ3FZP', 'Crockford'],
    ['an unknown country', 'XX2019303BQ3FZP', 'ISO 3166-1'],
  ])('refuses an OS ID with %s', (_what, raw, reason) => {
    const parsed = parseOsId(raw);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });

  describe('over HTTP', () => {
    const tmp = makeTempDir('audits-osid-');
    let ctx: Awaited<ReturnType<typeof startServer>>;
    let partner: string;
    const REGISTER = `mutation R($input: SupplierInput!) {
      registerSupplier(input: $input) { matchedExisting supplier { id name osId } }
    }`;
    const SUBMIT = `mutation S($input: SubmitAuditInput!) {
      submitAudit(input: $input) { audit { supplier { id name osId } } }
    }`;
    const OS_A = 'CN2019303BQ3FZP';
    const OS_B = `ID2021123ABCDE${osIdCheckSymbol('ID2021123ABCDE')}`;
    const OS_C = `TH2020001ZZZZZ${osIdCheckSymbol('TH2020001ZZZZZ')}`;

    beforeAll(async () => {
      ctx = await startServer(tmp.dir);
      partner = await ctx.tokens.token('PARTNER', PARTNER_A);
    });
    afterAll(async () => {
      await ctx.server.stop();
      tmp.remove();
    });

    it('names the field of an invalid OS ID and writes nothing', async () => {
      const bad = await gql(ctx.url, REGISTER, { input: facility({ osId: 'CN2019303BQ3FZQ' }) }, partner);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0]!.extensions!.field).toBe('input.osId');
      const badAudit = await gql(
        ctx.url,
        SUBMIT,
        { input: auditInput({ supplier: facility({ osId: 'nope' }) }) },
        partner,
      );
      expect(badAudit.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.supplier.osId' });
      const list = await gql(ctx.url, '{ suppliers { totalCount } }', {}, partner);
      expect(list.data.suppliers.totalCount).toBe(0);
    });

    it('matches on the OS ID before name and address', async () => {
      const first = await gql(
        ctx.url,
        REGISTER,
        { input: facility({ name: 'Ningbo Knitwear No. 1', osId: 'cn-2019303-bq3fz-p' }) },
        partner,
      );
      expect(first.data.registerSupplier).toMatchObject({ matchedExisting: false, supplier: { osId: OS_A } });
      const id = first.data.registerSupplier.supplier.id;
      // Another name and address, the same OS ID: the same facility.
      const renamed = await gql(
        ctx.url,
        REGISTER,
        { input: facility({ name: 'Ningbo Knitwear Co', address: 'Another street 9', osId: OS_A }) },
        partner,
      );
      expect(renamed.data.registerSupplier).toMatchObject({ matchedExisting: true, supplier: { id } });
      const audit = await gql(
        ctx.url,
        SUBMIT,
        { input: auditInput({ supplier: facility({ name: 'NINGBO KNITS', osId: OS_A }) }) },
        partner,
      );
      expect(audit.errors).toBeUndefined();
      expect(audit.data.submitAudit.audit.supplier).toEqual({ id, name: 'Ningbo Knitwear No. 1', osId: OS_A });
      // The same name and address with another OS ID is another facility.
      const other = await gql(
        ctx.url,
        REGISTER,
        { input: facility({ name: 'Ningbo Knitwear No. 1', osId: OS_B }) },
        partner,
      );
      expect(other.data.registerSupplier.matchedExisting).toBe(false);
      expect(other.data.registerSupplier.supplier.id).not.toBe(id);
    });

    it('gives a facility submitted with a new OS ID that OS ID, in the intake transaction', async () => {
      const audit = await gql(
        ctx.url,
        SUBMIT,
        { input: auditInput({ supplier: facility({ name: 'Chonburi Seafood', countryCode: 'TH', osId: OS_C }) }) },
        partner,
      );
      expect(audit.errors).toBeUndefined();
      expect(audit.data.submitAudit.audit.supplier).toMatchObject({ name: 'Chonburi Seafood', osId: OS_C });
      const again = await gql(
        ctx.url,
        SUBMIT,
        { input: auditInput({ supplier: facility({ name: 'Chonburi Sea Food Ltd', countryCode: 'TH', osId: OS_C }) }) },
        partner,
      );
      expect(again.data.submitAudit.audit.supplier.id).toBe(audit.data.submitAudit.audit.supplier.id);
    });
  });
});
