interface ImportMetaEnv {
  /** Absolute path of the project (set by src/integrations/data-files.ts): where data/ is read from. */
  readonly DATA_ROOT: string;
  /** Space-separated vendor file names, in load order (src/integrations/vega-vendor.ts). */
  readonly VEGA_VENDOR: string;
}

declare namespace App {
  interface Locals {
    /** The page loads the figure script (Base `figures`, from its page data; the embed page places it itself). */
    figureScript?: boolean;
  }
}
