// The two pages of an edition report that no site page prints: the cover with the contents, and the running
// headers and footers laid over every page. Both use the site's own stylesheets (the <link>s of a built page),
// so they print in the site's face and print palette, and the brand from src/site.config.ts.
import { escapeMarkup as esc } from '../../src/lib/escape.ts';
import { formatIsoDate } from '../../src/lib/dates.ts';
import { REPORT_SECTIONS, type EditionReport } from '../../src/lib/edition-reports.ts';
import { contentsOf, CONTENTS_TITLE, runningTitles, type ReportLayout } from './report-layout.ts';

export interface ReportSite {
  name: string;
  tagline: string;
  /** The logo's address on the built site (under the base path). */
  logo: string;
  /** The site's address, printed on the cover. */
  url: string;
  licence: string;
}

/** The stylesheet <link>s of a built page, for documents that should look like the site. */
export function stylesheetLinks(pageHtml: string): string {
  return (pageHtml.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? []).join('\n');
}

const page = (title: string, styles: string, css: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>\n${styles}\n<style>${css}</style></head><body>${body}</body></html>`;

/** How the report calls itself: the PDF's title too. */
export const reportTitle = (siteName: string, report: EditionReport) => `${siteName} edition report: ${report.label}`;

/**
 * Cover and contents, printed with the parts' margins. The page numbers are those of `layout`, whose `front`
 * is a guess until this document is printed and counted (scripts/report.ts prints it again if it was wrong).
 */
export function frontHtml(report: EditionReport, layout: ReportLayout, site: ReportSite, styles: string): string {
  const counts = Object.fromEntries(Object.keys(REPORT_SECTIONS).map((k) => [k, report.parts.filter((p) => p.kind === k).length]));
  const what = [
    counts.briefing && `${counts.briefing} ${counts.briefing === 1 ? 'briefing' : 'briefings'}`,
    counts.changes && 'what changed since the previous edition',
    counts.charts && `the charts of ${counts.charts} ${counts.charts === 1 ? 'topic' : 'topics'}`,
    counts.deals && 'a deal appendix',
    counts.sources && 'the sources',
  ].filter(Boolean);
  const line = (title: string, n: number, cls: string) =>
    `<li class="${cls}"><span class="t">${esc(title)}</span><span class="dots" aria-hidden="true"></span><span class="n">${n}</span></li>`;
  const contents = contentsOf(layout)
    .map((s) => `${line(s.title, s.page, 'section')}${s.parts.length ? `<li><ol>${s.parts.map((p) => line(p.title, p.page, 'part')).join('')}</ol></li>` : ''}`)
    .join('');
  const css = `
    html, body { background: var(--bg); }
    .cover { break-after: page; border-top: 6pt solid var(--accent); padding-top: 14mm; }
    .brand { display: flex; align-items: center; gap: 4mm; margin: 0; }
    .brand img { width: 14mm; height: 14mm; }
    .brand span { color: var(--accent); font-weight: var(--weight-bold); font-size: 20pt; }
    .tagline { color: var(--muted); margin: 3mm 0 0; max-width: 120mm; }
    .kind { margin: 48mm 0 0; color: var(--accent); font-weight: var(--weight-bold); text-transform: uppercase; letter-spacing: 0.08em; font-size: 10pt; }
    .cover h1 { font-size: 30pt; line-height: 1.15; margin: 2mm 0 4mm; }
    .date { font-size: 12pt; margin: 0; }
    .what { margin: 10mm 0 0; color: var(--muted); max-width: 130mm; }
    .foot { margin: 60mm 0 0; padding-top: 3mm; border-top: 0.5pt solid var(--line); color: var(--muted); font-size: 8.5pt; max-width: none; }
    .contents h2 { margin: 0 0 6mm; font-size: 18pt; }
    .contents ol { list-style: none; margin: 0; padding: 0; max-width: none; }
    .contents li { max-width: none; }
    .contents li.section, .contents li.part { display: flex; align-items: baseline; gap: 2mm; break-inside: avoid; }
    .contents li.section { font-weight: var(--weight-bold); margin: 5mm 0 1.5mm; }
    .contents li.part { margin: 0 0 1.5mm 6mm; }
    .contents .dots { flex: 1; border-bottom: 0.8pt dotted var(--line); min-width: 8mm; }
    .contents .n { font-variant-numeric: tabular-nums; min-width: 8mm; text-align: right; }`;
  const body = `
    <section class="cover">
      <p class="brand"><img src="${esc(site.logo)}" alt=""><span>${esc(site.name)}</span></p>
      <p class="tagline">${esc(site.tagline)}</p>
      <p class="kind">Edition report</p>
      <h1>${esc(report.label)}</h1>
      <p class="date">Published ${esc(formatIsoDate(report.date))}</p>
      <p class="what">${esc(`This report compiles ${what.join(', ').replace(/, ([^,]*)$/, ' and $1')}, as published on ${site.url.replace(/\/$/, '')}.`)}</p>
      <p class="foot">${esc(site.licence)}</p>
    </section>
    <section class="contents"><h2>${esc(CONTENTS_TITLE)}</h2><ol>${contents}</ol></section>`;
  return page(`${site.name}: ${report.label}`, styles, css, body);
}

/**
 * One sheet per report page, each the page's size, with nothing but the running header (site, edition,
 * section) and footer (page N of M), on a transparent background: scripts/report.ts lays sheet i over page i.
 */
export function stampsHtml(report: EditionReport, layout: ReportLayout, site: Pick<ReportSite, 'name'>, size: { width: number; height: number }, styles: string): string {
  const titles = runningTitles(layout);
  const css = `
    @page { size: ${size.width}pt ${size.height}pt; margin: 0; }
    html, body { margin: 0; padding: 0; background: transparent !important; }
    .sheet { position: relative; height: calc(${size.height}pt - 1px); overflow: hidden; break-after: page; }
    .sheet:last-child { break-after: auto; }
    .head, .foot { position: absolute; left: 16mm; right: 16mm; display: flex; justify-content: space-between; gap: 6mm; font-size: 7.5pt; line-height: 1.2; color: var(--muted); }
    .head { top: 9mm; padding-bottom: 1.2mm; border-bottom: 0.5pt solid var(--line); }
    .foot { bottom: 8mm; }
    .head span, .foot span { white-space: nowrap; }
    .head .section { overflow: hidden; text-overflow: ellipsis; min-width: 0; }
    .edition { color: var(--accent); font-weight: var(--weight-bold); }`;
  const sheets = titles.map((title, i) => {
    if (i === 0) return '<div class="sheet"></div>'; // the cover carries its own branding
    const head = `<div class="head"><span class="edition">${esc(`${site.name} · ${report.label}`)}</span><span class="section">${esc(title)}</span></div>`;
    const foot = `<div class="foot"><span>${esc(`${site.name} edition report`)}</span><span>Page ${i + 1} of ${titles.length}</span></div>`;
    return `<div class="sheet">${head}${foot}</div>`;
  });
  return page(`${site.name}: ${report.label}`, styles, css, sheets.join(''));
}
