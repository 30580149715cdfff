interface ImportMetaEnv {
  /** Absolute path of the project (set by src/integrations/data-files.ts): where data/ is read from. */
  readonly DATA_ROOT: string;
  /** True in `astro dev` only (src/integrations/data-files.ts). */
  readonly SERVING: boolean;
  /** Space-separated vendor file names, in load order (src/integrations/vega-vendor.ts). */
  readonly VEGA_VENDOR: string;
}

declare namespace App {
  interface Locals {
    /** The page loads the figure script (Base `figures`, from its page data; the embed page places it itself). */
    figureScript?: boolean;
    /** On a briefing of a published edition: the snapshot its <Num> and <DealTerm> quote (set by the briefing page). */
    asOf?: import('./lib/editions.ts').AsOf;
  }
}

// subset-font ships no types, and @types/subset-font lags its API (no keepFeatures): the part we use.
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** Name table ids to keep beyond harfbuzz's defaults. */
    preserveNameIds?: number[];
    /** OpenType layout features to keep; [] drops them all. */
    keepFeatures?: string[];
  }
  export default function subsetFont(buffer: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}

// exceljs's entry loads every part (both stream readers, unzipper, csv: 0.7 s of CPU); the export needs
// only the streaming writer, which its own module provides.
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  import type ExcelJS from 'exceljs';
  const WorkbookWriter: typeof ExcelJS.stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}
