// Pictures (chart PNG/SVG downloads, social cards) are always light: a white page, dark ink. These are the
// light values of tokens.css (--bg, --fg, --muted, --line); tests/unit/pictures/palette.test.ts keeps them
// equal, since pictures are drawn outside the page and cannot read CSS variables.
export const PICTURE_COLOURS = {
  bg: '#ffffff',
  ink: '#1b1f24',
  muted: '#57606a',
  line: '#d0d7de',
} as const;
