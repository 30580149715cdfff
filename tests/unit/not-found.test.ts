// A 404 page per language (src/lib/i18n/not-found.ts): Astro builds the Korean and Chinese ones at
// <lang>/404/index.html; the build moves them to <lang>/404.html, where static hosts look for them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNotFoundPath, localized404Files, localized404Paths, moveLocalized404 } from '../../src/lib/i18n/not-found.ts';

describe('404 pages per language', () => {
  it('one page for each language with its own folder; English keeps Astro\'s root 404', () => {
    expect(localized404Paths()).toEqual([
      { params: { locale: 'ko' }, props: { locale: 'ko' } },
      { params: { locale: 'zh' }, props: { locale: 'zh-Hans' } },
    ]);
    expect(localized404Files()).toEqual(['ko/404.html', 'zh/404.html']);
  });

  it('knows a 404 page by its path, whose language switcher goes to the home pages', () => {
    for (const p of ['/404', '/404/', '/404.html']) expect(isNotFoundPath(p), p).toBe(true);
    for (const p of ['/', '/deals/404/', '/4040/', '/ko/404']) expect(isNotFoundPath(p), p).toBe(false);
  });

  it('moves <lang>/404/index.html to <lang>/404.html and leaves no folder, nor the root 404, behind', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'not-found-'));
    try {
      fs.writeFileSync(path.join(dir, '404.html'), 'en');
      for (const seg of ['ko', 'zh']) {
        fs.mkdirSync(path.join(dir, seg, '404'), { recursive: true });
        fs.writeFileSync(path.join(dir, seg, '404', 'index.html'), seg);
      }
      await moveLocalized404(dir);
      expect(fs.readFileSync(path.join(dir, 'ko/404.html'), 'utf8')).toBe('ko');
      expect(fs.readFileSync(path.join(dir, 'zh/404.html'), 'utf8')).toBe('zh');
      expect(fs.existsSync(path.join(dir, 'ko/404'))).toBe(false);
      expect(fs.readFileSync(path.join(dir, '404.html'), 'utf8')).toBe('en');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
