// A translated briefing is the English briefing in another language, not a briefing of its own: it needs
// its English original, says the same about the same things (edition, date, period, region, topics,
// sources, deals) and quotes the same figures and charts through the same components, so no figure
// can be typed in by hand or left out in one language.
import type { Locale } from '../i18n/locales.ts';
import type { MdxRef } from '../mdx-refs.ts';
import type { BriefingFile } from './check-dataset.ts';
import type { Problem } from './problem.ts';

/** A briefing file under content/briefings/<language path>/, with its language. */
export interface TranslationFile extends BriefingFile {
  locale: Locale;
}

/** Frontmatter fields a translation states as its original does (title, summary, periodLabel and authors are its own words). */
export const SAME_AS_ORIGINAL = ['date', 'edition', 'period', 'region', 'topics', 'sources', 'deals'] as const;

/** A component as written, attributes sorted: `<Num by="ARC" period="2024" series="x" />`. */
function refText(ref: MdxRef): string {
  const attrs = Object.entries(ref.attrs)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}="${v}"`);
  return `<${[ref.tag, ...attrs].join(' ')} />`;
}

/**
 * `troubled`: slugs of English briefings with problems of their own (unreadable, an unknown chart, MDX that
 * does not compile). Their translations are compared once the original is fixed: until then every
 * difference would be reported twice, once as the original's mistake and again as the translation's.
 */
export function translationProblems(originals: BriefingFile[], translations: TranslationFile[], troubled: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map(originals.map((b) => [b.slug, b]));
  for (const t of translations) {
    if (troubled.has(t.slug)) continue;
    const add = (field: string, message: string) => problems.push({ file: t.file, record: t.slug, field, message });
    const en = bySlug.get(t.slug);
    if (!en) {
      add('file name', `no English original content/briefings/${t.slug}.mdx: a translation has its original's file name (the briefing's address)`);
      continue;
    }
    for (const field of SAME_AS_ORIGINAL) {
      const mine = JSON.stringify(t.data[field]);
      const theirs = JSON.stringify(en.data[field]);
      if (mine !== theirs)
        add(field, `${mine ?? 'missing'} differs from the English original's ${theirs ?? '(none)'} (${en.file}): a translation states the same ${field}`);
    }
    // Figures and charts as sets: a translation may order its sentences differently.
    const mine = new Set(t.refs.map(refText));
    const theirs = new Set(en.refs.map(refText));
    const missing = [...theirs].filter((r) => !mine.has(r));
    const extra = t.refs.filter((r) => !theirs.has(refText(r)));
    if (missing.length)
      add('body', `does not place ${missing.join(', ')}, which the English original (${en.file}) does: quote every figure and chart through the same component`);
    for (const r of extra)
      add(`body line ${t.bodyLine + r.line - 1} <${r.tag}>`, `${refText(r)} is not in the English original (${en.file}): a translation quotes the figures its original quotes`);
  }
  return problems;
}
