// The site's own words (site.config.ts) in each language: a rebrand edits one file, and a language it
// leaves out shows the English, marked.
import { afterEach, describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/site.config.ts';
import { siteTextIn } from '../../../src/lib/i18n/site-text.ts';

const saved = { ...siteConfig.translations };
afterEach(() => Object.assign(siteConfig.translations, saved));

describe('siteTextIn', () => {
  it('the configured translation; English as configured, unmarked', () => {
    siteConfig.translations.ko = { tagline: '태그라인', licence: '라이선스 문구' };
    expect(siteTextIn('tagline', 'ko')).toEqual({ text: '태그라인' });
    expect(siteTextIn('tagline', 'en')).toEqual({ text: siteConfig.tagline });
  });
  it('a field or language left out: the English, marked lang="en"', () => {
    siteConfig.translations.ko = { tagline: '태그라인' };
    expect(siteTextIn('method', 'ko')).toEqual({ text: siteConfig.method, lang: 'en' });
    delete siteConfig.translations['zh-Hans'];
    expect(siteTextIn('licence', 'zh-Hans')).toEqual({ text: siteConfig.licence, lang: 'en' });
  });
});
