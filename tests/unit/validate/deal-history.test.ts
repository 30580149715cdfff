// The rules a deal's events keep, each reported at file › record › field by the real reader.
import { afterAll, describe, expect, it } from 'vitest';
import { at, problemsOf, removeSites } from '../../helpers/fixture-site.ts';

afterAll(removeSites);

const DEALS = 'data/deals.json';
const DEAL = 'acme-bigpharma-2025'; // announced 2025-03-17, cited at src-a ¶2
const cite = [{ source: 'src-a', locator: '¶2' }];
const event = (kind: string, value: string, precision = 'month') => ({ kind, date: { value, precision }, sources: cite });

async function only(mutate: Parameters<typeof problemsOf>[0], field: string) {
  const problems = await problemsOf(mutate);
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  expect(at(problems, DEALS, DEAL, field), JSON.stringify(problems, null, 1)).toHaveLength(1);
  return problems[0]!.message;
}

describe('deal events', () => {
  it('a history in order, ending in a termination and the rights returned, is valid', async () => {
    expect(await problemsOf((s) => s.deals[0].events.push(event('terms-revised', '2025-04'), event('terminated', '2025-06'), event('rights-returned', '2025-06-30', 'day')))).toEqual([]);
  });

  it('events out of date order', async () => {
    const msg = await only((s) => s.deals[0].events.push(event('amended', '2025-09'), event('terminated', '2025-05')), 'events.2.date');
    expect(msg).toMatch(/date order.*May 2025 comes before event 2 \(September 2025\)/);
  });

  it('a month and a day in it are not out of order', async () => {
    expect(await problemsOf((s) => s.deals[0].events.push(event('amended', '2025-03')))).toEqual([]);
  });

  it('an event without sources', async () => {
    const msg = await only((s) => s.deals[0].events.push({ kind: 'amended', date: { value: '2025-04', precision: 'month' }, sources: [] }), 'events.1.sources');
    expect(msg).toMatch(/at least one citation/);
  });

  it('an event citing an unknown source', async () => {
    const msg = await only((s) => s.deals[0].events.push({ ...event('amended', '2025-04'), sources: [{ source: 'nowhere', locator: '¶1' }] }), 'events.1.sources.0.source');
    expect(msg).toMatch(/unknown source "nowhere"/);
  });

  it('an event after a termination, other than rights returned or re-licensing', async () => {
    const msg = await only((s) => s.deals[0].events.push(event('terminated', '2025-05'), event('option-exercised', '2025-07')), 'events.2.kind');
    expect(msg).toMatch(/after the termination \(event 2\).*"rights-returned" or "re-licensed"/);
    expect(await problemsOf((s) => s.deals[0].events.push(event('terminated', '2025-05'), event('re-licensed', '2025-07')))).toEqual([]);
  });

  it('the first event is the announcement, dated by the deal\'s own "announced" only', async () => {
    expect(await only((s) => (s.deals[0].events[0].kind = 'amended'), 'events.0.kind')).toMatch(/first event must be "announced"/);
    expect(await only((s) => (s.deals[0].events[0].date = { value: '2025-03-18', precision: 'day' }), 'events.0.date')).toMatch(/takes the deal's "announced" date/);
  });

  it('an event before the announcement date is out of order', async () => {
    expect(await only((s) => s.deals[0].events.push(event('terminated', '2025-02')), 'events.1.date')).toMatch(/February 2025 comes before event 1 \(17 March 2025\)/);
  });

  it('only the announcement may be undated', async () => {
    expect(await only((s) => s.deals[0].events.push({ kind: 'terminated', sources: cite }), 'events.1.date')).toMatch(/needs a date/);
  });

  it('no history at all', async () => {
    expect(await only((s) => (s.deals[0].events = []), 'events')).toMatch(/"announced" event/);
  });

  it('an unknown kind lists the kinds', async () => {
    expect(await only((s) => s.deals[0].events.push(event('cancelled', '2025-04')), 'events.1.kind')).toMatch(/terminated/);
  });
});
