// Country names come from the runtime's CLDR data; codes that name no region are not names.
import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/schema/countries.ts';
import { countryLabel } from '../../src/lib/countries.ts';

describe('countries', () => {
  it('names the countries of the dataset', () => {
    expect(['KR', 'CN', 'US', 'GB', 'CH', 'JP'].map(countryName)).toEqual(['South Korea', 'China', 'United States', 'United Kingdom', 'Switzerland', 'Japan']);
  });

  it('has no name for codes of no region, or for what is not a code', () => {
    for (const code of ['XX', 'ZZ', 'AA', 'kr', 'KOR', '']) expect(countryName(code), code).toBeUndefined();
    expect(countryLabel('XX')).toBe('XX');
    expect(countryLabel('KR')).toBe('South Korea');
  });
});
