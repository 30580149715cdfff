// SITE_LANGUAGES narrows a build to some languages (English-only for the benchmark's comparison): read once
// in src/lib/i18n/locales.ts, so routing, alternates, the language switcher and search records follow it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_LOCALE_IDS, builtLocales } from '../../../src/lib/i18n/locales.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('SITE_LANGUAGES', () => {
  it('unset or empty: every language; a list: those, in the site’s order', () => {
    expect(builtLocales(undefined)).toEqual(ALL_LOCALE_IDS);
    expect(builtLocales('')).toEqual(ALL_LOCALE_IDS);
    expect(builtLocales('en')).toEqual(['en']);
    expect(builtLocales(' zh-Hans , en ')).toEqual(['en', 'zh-Hans']);
  });

  it('refuses a language the site is not written in, and a list without English, naming the setting', () => {
    expect(() => builtLocales('en,fr')).toThrow(/SITE_LANGUAGES: no language "fr"; expected some of en, ko, zh-Hans/);
    expect(() => builtLocales('ko')).toThrow(/SITE_LANGUAGES: "en" is needed/);
  });

  it('set to en, a build makes English pages only: routes, alternates and search records follow', () => {
    const script = `
      const { inEveryLocale, alternates } = await import('./src/lib/i18n/routing.ts');
      const { searchRecords } = await import('./src/lib/search-records.ts');
      const ds = { deals: [], companies: [{ id: 'acme', name: 'Acme', country: 'KR', kind: 'biotech', aliases: [], sources: [] }] };
      console.log(JSON.stringify({
        routes: inEveryLocale([{ params: {} }]).map((p) => p.props.locale),
        alternates: alternates('/deals/').map((a) => a.href),
        records: searchRecords(ds).map((r) => r.url),
      }));`;
    const run = (value: string) =>
      JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env: { ...process.env, SITE_LANGUAGES: value }, encoding: 'utf8' }));
    expect(run('en')).toEqual({ routes: ['en'], alternates: ['/deals/'], records: ['/companies/acme/'] });
    expect(run('').routes).toEqual(['en', 'ko', 'zh-Hans']);
  });
});
