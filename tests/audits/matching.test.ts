import { describe, expect, it } from 'vitest';
import { matchKey, normaliseName } from '../../subgraphs/audits/matching.js';

describe('audits: facility matching', () => {
  const address = 'Jl. Diponegoro No. 235, Ungaran';

  it('ignores a company form before or after the name, dotted or not', () => {
    const key = matchKey('PT. Ungaran Indah Busana', address, 'ID');
    expect(matchKey('Ungaran Indah Busana PT', address, 'ID')).toBe(key);
    expect(matchKey('P.T. Ungaran Indah Busana', address, 'ID')).toBe(key);
    expect(matchKey('PT Ungaran Indah Busana Tbk', address, 'ID')).toBe(key);
  });

  it('ignores case, punctuation, spacing and diacritics in name and address', () => {
    const key = matchKey('Công ty TNHH May Việt Tiến', '07 Lê Minh Xuân, Phường 7, Tân Bình', 'VN');
    expect(matchKey('CONG TY TNHH MAY VIET TIEN', '07 Le Minh Xuan,  Phuong 7 - Tan Binh', 'vn')).toBe(key);
    expect(matchKey('May Viet Tien Co., Ltd.', '07 le minh xuan phuong 7 tan binh', 'VN')).toBe(key);
  });

  it('folds letters NFKD cannot decompose and common street abbreviations', () => {
    expect(matchKey('Đồng Nai Seafood', '12 Main Street', 'VN')).toBe(
      matchKey('Dong Nai Seafood', '12 Main St.', 'VN'),
    );
    expect(matchKey('Müller GmbH', 'Hauptstraße 1', 'DE')).toBe(matchKey('MULLER', 'Hauptstrasse 1', 'DE'));
  });

  it('handles company forms across languages', () => {
    expect(normaliseName('Textiles del Norte S.A. de C.V.')).toBe('textiles del norte');
    expect(normaliseName('Kilang Sawit Sdn. Bhd.')).toBe('kilang sawit');
    expect(normaliseName('Shenzhen Bright Electronics Co., Ltd')).toBe('shenzhen bright electronics');
    expect(normaliseName('Acme Pvt Ltd')).toBe('acme');
  });

  it('keeps a name made only of company forms rather than matching everything to an empty name', () => {
    expect(normaliseName('The Company Ltd')).toBe('the');
    expect(normaliseName('Co. Ltd.')).toBe('co ltd');
  });

  it('does not merge different facilities', () => {
    const key = matchKey('PT. Ungaran Indah Busana', address, 'ID');
    expect(matchKey('PT. Ungaran Indah Busana', 'Jl. Gatot Subroto No. 12, Semarang', 'ID')).not.toBe(key);
    expect(matchKey('PT. Ungaran Indah Busana', address, 'MY')).not.toBe(key);
    expect(matchKey('PT. Ungaran Sari Garments', address, 'ID')).not.toBe(key);
    expect(matchKey('Ungaran Indah Busana 2', address, 'ID')).not.toBe(key);
  });
});
