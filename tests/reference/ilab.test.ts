import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadIlabGoods } from '../../lib/reference/ilab.js';
import { loadIsoCountries } from '../../lib/reference/iso.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir('tidemark-ilab-');
afterAll(() => tmp.remove());

const country = (name: string, flags = 'No') => `
      <Country>
        <Country_Name>${name}</Country_Name>
        <Country_Region>Indo-Pacific</Country_Region>
        <Child_Labor>Yes</Child_Labor>
        <Forced_Labor>${flags}</Forced_Labor>
        <Forced_Child_Labor>No</Forced_Child_Labor>
        <Derived_Labor_Exploitation>No</Derived_Labor_Exploitation>
        <Derived_Country>No</Derived_Country>
      </Country>`;
const good = (name: string, countries: string) =>
  `<Good><Good_Name>${name}</Good_Name><Good_Sector>Agriculture</Good_Sector>` +
  `<Countries>${countries}</Countries></Good>`;
const goods = (...items: string[]) => `<Goods>${items.join('')}</Goods>`;

describe('reference: ILAB list of goods 2021', () => {
  const entries = loadIlabGoods();

  it('flattens 169 goods into 467 (good, country) entries', () => {
    expect(entries).toHaveLength(467);
    expect(new Set(entries.map((e) => e.good)).size).toBe(169);
    expect(new Set(entries.map((e) => `${e.good}|${e.countryCode}`)).size).toBe(467);
  });

  it('reads a good listed for one country (an object, not an array, in the XML)', () => {
    const acai = entries.filter((e) => e.good === 'Açaí Berries');
    expect(acai).toEqual([
      {
        good: 'Açaí Berries',
        sector: 'Agriculture',
        countryCode: 'BR',
        countryName: 'Brazil',
        childLabor: true,
        forcedLabor: false,
        forcedChildLabor: false,
        derivedLaborExploitation: false,
        derivedCountry: false,
        derivedCountryCode: null,
        ilabRegion: 'Latin America and the Caribbean',
      },
    ]);
  });

  it('normalises the decomposed "Açaí" in the file to NFC', () => {
    expect(entries.some((e) => e.good === 'Açaí Berries'.normalize('NFC'))).toBe(true);
    expect(entries.every((e) => e.good === e.good.normalize('NFC'))).toBe(true);
  });

  it('keeps "Bricks" and "Bricks (clay)" as distinct goods', () => {
    const bricks = entries.filter((e) => e.good === 'Bricks');
    const clay = entries.filter((e) => e.good === 'Bricks (clay)');
    expect(bricks.length).toBeGreaterThan(5);
    expect(clay.map((e) => e.countryCode)).toEqual(['CO']);
    expect(bricks.some((e) => e.countryCode === 'CO')).toBe(false);
  });

  it('never lets ILAB regions decide the country: Russia under Indo-Pacific stays RU (Europe in ISO)', () => {
    const russia = entries.filter((e) => e.countryName === 'Russia');
    expect(russia.length).toBeGreaterThan(0);
    expect(russia.every((e) => e.countryCode === 'RU' && e.ilabRegion === 'Indo-Pacific')).toBe(true);
    expect(loadIsoCountries().find((c) => c.code === 'RU')?.region).toBe('Europe');
  });

  it('maps ILAB spellings: Burma, North Korea, Vietnam, Turkey (Türkiye)', () => {
    const codeOf = (name: string) => [
      ...new Set(entries.filter((e) => e.countryName === name).map((e) => e.countryCode)),
    ];
    expect(codeOf('Burma')).toEqual(['MM']);
    expect(codeOf('North Korea')).toEqual(['KP']);
    expect(codeOf('Vietnam')).toEqual(['VN']);
    expect(codeOf('Turkey (Türkiye)')).toEqual(['TR']);
  });

  it('reads forced-labour and derived flags, with the input country of derived goods', () => {
    const cotton = entries.find((e) => e.good === 'Cotton' && e.countryCode === 'CN')!;
    expect(cotton.forcedLabor).toBe(true);
    const batteries = entries.find((e) => e.good === 'Lithium-Ion Batteries' && e.countryCode === 'CN')!;
    expect(batteries).toMatchObject({
      derivedLaborExploitation: true,
      derivedCountry: true,
      derivedCountryCode: 'CD',
      forcedLabor: false,
    });
    expect(entries.filter((e) => e.derivedCountry)).toHaveLength(10);
  });

  it('handles one-country and many-country goods in a small file alike', () => {
    const file = join(tmp.dir, 'goods.xml');
    writeFileSync(
      file,
      goods(good('Shrimp', country('Burma', 'Yes')), good('Fish', country('Vietnam') + country('North Korea', 'Yes'))),
    );
    const small = loadIlabGoods(file);
    expect(small.map((e) => [e.good, e.countryCode, e.forcedLabor])).toEqual([
      ['Shrimp', 'MM', true],
      ['Fish', 'VN', false],
      ['Fish', 'KP', true],
    ]);
  });

  it('reads a file with a single good', () => {
    const file = join(tmp.dir, 'one-good.xml');
    writeFileSync(file, goods(good('Tea', country('Viet Nam'))));
    expect(loadIlabGoods(file).map((e) => [e.good, e.countryCode])).toEqual([['Tea', 'VN']]);
  });

  it('fails loudly on an unknown country name or a flag that is not Yes/No', () => {
    const unknown = join(tmp.dir, 'unknown.xml');
    writeFileSync(unknown, goods(good('Tea', country('Ruritania'))));
    expect(() => loadIlabGoods(unknown)).toThrow(/"Ruritania"/);
    const badFlag = join(tmp.dir, 'bad-flag.xml');
    writeFileSync(badFlag, goods(good('Tea', country('Burma', 'Maybe'))));
    expect(() => loadIlabGoods(badFlag)).toThrow(/Tea\) Country\[0\] Forced_Labor: expected Yes or No, got "Maybe"/);
  });
});
