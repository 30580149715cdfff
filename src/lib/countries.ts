// Country names for pages: shown where there is room, codes in dense tables. The lookup itself is in
// schema/countries.ts (the schema needs it to refuse codes that name no country).
import { countryName } from '../schema/countries.ts';

/** The name to show for a code: its English name, or the code itself if it names no region. */
export function countryLabel(code: string): string {
  return countryName(code) ?? code;
}
