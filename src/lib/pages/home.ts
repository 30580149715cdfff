// The home page (src/pages/[...locale]/index.astro) leads with the story: the latest briefing and the first
// chart it places, then key figures (each linked to its source and locator), the newest deals, topics and every briefing.
import { formatMoney, formatValue } from '../format.ts';
import type { Dataset } from '../dataset.ts';
import { formatIsoDate, formatPartialDate } from '../dates.ts';
import { keyFigures } from '../key-figures.ts';
import { given } from '../deal-terms.ts';
import { statusesCounted } from '../deal-history.ts';
import { chartsPlaced } from '../mdx-refs.ts';
import { companyById, sortDealsByDate } from '../queries.ts';
import type { BriefingEntry } from '../site-content.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { translator, type MessageKey } from '../i18n/messages.ts';
import { hrefIn } from '../i18n/routing.ts';
import { formatIsoDateIn, formatPartialDateIn } from '../i18n/format-date.ts';
import { formatMoneyIn } from '../i18n/format-money.ts';
import { formatValueIn } from '../i18n/format-number.ts';
import { datasetLangIn, editorialIn } from '../i18n/editorial.ts';
import { briefingTextIn, briefingTitleIn } from './briefing-title.ts';

/** How many of the newest deals the home page lists (the explorer has them all). */
export const HOME_DEALS = 5;

export function homePage(ds: Dataset, briefings: BriefingEntry[], locale: Locale) {
  const t = translator(locale);
  const h = hrefIn(locale);
  const en = locale === 'en';
  const lang = datasetLangIn(locale);
  const latest = briefings[0];
  // The latest briefing's lead chart: the first <Chart> its text places (code and comments are text).
  const leadChart = latest ? chartsPlaced(latest.refs)[0] : undefined;
  const name = (id: string) => companyById(ds, id)?.name ?? id;
  // Undated deals sort last and are not "newest": only deals with an announcement date are listed.
  const newest = sortDealsByDate(ds.deals.filter((d) => d.announced)).slice(0, HOME_DEALS);
  return {
    /** The lang of dataset and briefing text on this page (undefined in English). */
    lang,
    latest: latest && {
      href: h.briefing(latest.id),
      title: briefingTitleIn(latest, locale),
      periodLabel: briefingTextIn(latest, 'periodLabel', locale),
      date: en ? formatIsoDate(latest.data.date) : formatIsoDateIn(latest.data.date, locale),
      summary: briefingTextIn(latest, 'summary', locale),
    },
    /** Chart id shown under the latest briefing, if it places one. */
    leadChart,
    /** The page shows a figure (Base `figures`: loads the figure script). */
    figures: leadChart !== undefined,
    keyFigures: keyFigures(ds).map((f) => {
      const cite = f.point.sources[0]!;
      const { value, qualifier, upper } = f.point;
      return {
        value: en ? formatValue(value, f.series.unit, qualifier, upper) : formatValueIn(value, f.series.unit, qualifier, locale, upper),
        label: en ? f.label : t(`home.figure.${f.id}` as MessageKey),
        // The source's title and locator are the dataset's words.
        source: { href: h.sourceSection(cite.source), text: `${f.sourceTitle}, ${cite.locator}`, lang },
      };
    }),
    deals: newest.map((d) => ({
      href: h.deal(d.id),
      date: en ? formatPartialDate(d.announced, { short: true }) : formatPartialDateIn(d.announced, locale, { short: true }),
      parties: `${name(d.licensor)} → ${name(d.licensee)}`,
      asset: d.asset.name,
      lang,
      // The terms as the source states them: upfront and headline where given, as the deal table shows them.
      terms: [given(d.terms.upfront), given(d.terms.total)].flatMap((m, i) =>
        m ? [t(i === 0 ? 'home.deals.upfront' : 'home.deals.headline', { amount: en ? formatMoney(m) : formatMoneyIn(m, locale) })] : [],
      ),
    })),
    // English keeps its count of deals by status; the statuses' names in other languages are the deal pages' (not here).
    allDeals: {
      href: h.deals(),
      text: en ? `All ${ds.deals.length.toLocaleString('en')} deals in the explorer (${statusesCounted(ds.deals)})` : t('home.deals.all', { count: ds.deals.length.toLocaleString(LOCALES[locale].intl) }),
    },
    topics: ds.topics.map((tp) => ({ href: h.topic(tp.id), title: editorialIn(tp, 'title', locale), summary: editorialIn(tp, 'summary', locale) })),
    briefings: briefings.map((b) => ({ href: h.briefing(b.id), title: briefingTitleIn(b, locale), periodLabel: briefingTextIn(b, 'periodLabel', locale) })),
  };
}
