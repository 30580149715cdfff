// The deal explorer in Korean and Chinese (/ko/deals/, /zh/deals/): what its script writes after a filter is in
// the page's language, from the words the page hands it (data-messages), never English.
import { describe, expect, it } from 'vitest';
import { useSite, watchErrors } from './helpers/browser.ts';
import { projectData, sitePath } from './helpers/dist.ts';

const deals = projectData<{ id: string; licensor: string; licensee: string }[]>('data/deals.json');
const companies = projectData<{ id: string; country: string }[]>('data/companies.json');
const country = (id: string) => companies.find((c) => c.id === id)!.country;
const korean = deals.filter((d) => country(d.licensor) === 'KR' || country(d.licensee) === 'KR').length;

const site = useSite();

describe('deal explorer in other languages', () => {
  it.each([
    ['/ko/deals/', '국가', `거래 ${deals.length}건 중 ${korean}건 표시`, `거래 ${korean}건 내려받기(CSV)`],
    ['/zh/deals/', '国家/地区', `共${deals.length}笔交易，显示${korean}笔`, `下载这${korean}笔交易（CSV）`],
  ])('%s: status and download label after a filter', async (path, label, status, download) => {
    const page = await (await site.context()).newPage();
    const errors = watchErrors(page);
    await page.goto(site.url(sitePath(path)));
    await page.locator('form.explorer-controls').waitFor({ state: 'visible' });
    await page.getByLabel(label).selectOption('KR');
    expect(await page.locator('.explorer-status').textContent()).toBe(status);
    expect(await page.locator('.explorer-download-button').textContent()).toBe(download);
    expect(errors).toEqual([]);
  });
});
