// Money and deal terms the way each language writes them, the original currency first with the dollar figure
// beside it, as English does: "more than ₩66B ($49.7M)" / "660억 원(4970만 달러) 이상" / "超过660亿韩元（4970万美元）".
// No figure is converted here: the dollar figure is the one the data carries (stated, or from a stated rate).
import type { Money } from '../../schema/primitives.ts';
import type { Term } from '../../schema/deal-terms.ts';
import { usdOf } from '../format.ts';
import type { Locale } from './locales.ts';
import { formatAmountIn, qualifyIn } from './format-number.ts';
import { NUMBER_STYLES, fill } from './number-styles.ts';

/**
 * Money as the source states it, with its qualifier, and the dollar figure beside an amount in another
 * currency. The qualifier covers both figures, so it goes around the pair ("… 이상" after the parenthesis).
 */
export function formatMoneyIn(money: Money, locale: Locale): string {
  const main = formatAmountIn(money.amount, money.currency, locale);
  const pair =
    money.currency !== 'USD' && money.usd !== undefined
      ? fill(NUMBER_STYLES[locale].gloss, main, formatAmountIn(money.usd, 'USD', locale))
      : main;
  return qualifyIn(pair, money.qualifier, locale);
}

/** The dollar figure of a money term with its qualifier ("최대 56억 달러"), or undefined when none is given. */
export function formatMoneyUsdIn(money: Money | undefined, locale: Locale): string | undefined {
  const usd = usdOf(money);
  return money && usd !== undefined ? qualifyIn(formatAmountIn(usd, 'USD', locale), money.qualifier, locale) : undefined;
}

/** A deal term: its money, or what the sources say about a payment without an amount ("비공개", "未提及"). */
export function formatTermIn(term: Term, locale: Locale): string {
  return term.disclosure === 'given' ? formatMoneyIn(term, locale) : NUMBER_STYLES[locale].termWithoutAmount[term.disclosure];
}
