// Browser discovery for the PDF step: CHROME_PATH wins, the usual places are tried in order, and a miss
// lists every place looked at (the PDF step then skips with that message instead of downloading anything).
import { describe, expect, it } from 'vitest';
import { defaultBrowserPaths, findBrowser, noBrowserMessage } from '../../scripts/lib/find-browser.ts';

const existing = (...paths: string[]) => (p: string) => paths.includes(p);

describe('findBrowser', () => {
  it('honours CHROME_PATH when the file exists', () => {
    const found = findBrowser({ CHROME_PATH: '/opt/chrome/chrome' }, existing('/opt/chrome/chrome', '/usr/bin/chromium'));
    expect(found).toEqual({ path: '/opt/chrome/chrome', looked: ['/opt/chrome/chrome'] });
  });

  it('says so when CHROME_PATH names a missing file, without falling back', () => {
    const found = findBrowser({ CHROME_PATH: '/nope/chrome' }, existing('/usr/bin/chromium'));
    expect(found.path).toBeNull();
    expect(found.problem).toContain('/nope/chrome');
    expect(noBrowserMessage(found)).toContain('CHROME_PATH is set to /nope/chrome');
  });

  it('takes the first usual place that exists', () => {
    const found = findBrowser({}, existing('/usr/bin/google-chrome', '/usr/bin/chromium-browser'));
    expect(found.path).toBe('/usr/bin/chromium-browser');
    expect(found.looked).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser']);
  });

  it('returns null with every place looked at when nothing is installed', () => {
    const found = findBrowser({}, () => false);
    expect(found.path).toBeNull();
    expect(found.looked).toEqual(defaultBrowserPaths({}));
    expect(found.looked).toContain('/usr/bin/chromium');
    expect(found.looked).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(found.looked.some((p) => p.endsWith('\\Google\\Chrome\\Application\\chrome.exe'))).toBe(true);
    const msg = noBrowserMessage(found);
    expect(msg).toMatch(/^No Chrome\/Chromium found \(looked in: \/usr\/bin\/chromium, /);
    expect(msg).toContain('apt-get install -y chromium');
    expect(msg).toContain('CHROME_PATH=/path/to/chrome');
  });

  it('uses Windows program folders from the environment', () => {
    const paths = defaultBrowserPaths({ PROGRAMFILES: 'D:\\Apps' });
    expect(paths).toContain('D:\\Apps\\Google\\Chrome\\Application\\chrome.exe');
  });
});
