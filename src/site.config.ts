// Branding and deployment in one place: a consultancy rebrands the site by editing this file only.
// SITE_URL, BASE_PATH and BUILD_DATE may override the defaults from the environment at build time.
const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;

export const siteConfig = {
  name: 'Deal Atlas',
  tagline: 'Cross-border biopharma licensing from China and Korea, figure by sourced figure',
  /** Path under public/. */
  logo: '/logo.svg',
  /** The logo drawn for dark mode (path under public/): the header shows it when the reader's system is dark. */
  logoDark: '/logo-dark.svg',
  /** Links, focus rings and the first chart colour follow it. Keep contrast ≥ 4.5:1 on white. */
  accent: '#0f5e8c',
  /** Accent in dark mode (must read on a dark background). */
  accentDark: '#7cc4ef',
  author: 'Deal Atlas',
  contact: 'mailto:editors@deal-atlas.example',
  licence: 'Text and data: CC BY 4.0. Figures are transcribed from the cited source documents; each carries its source and locator.',
  method:
    'Every figure is taken from a named source document with a locator (section and paragraph). Qualifiers such as “up to”, “about” and “more than” are kept as data. Where sources disagree, both figures are shown and attributed. No currency is converted unless the source states the rate.',
  /**
   * The tagline, licence and method in the site's other languages, so a rebrand edits them here as well
   * (src/lib/i18n/site-text.ts). A language left out shows the English, marked as English.
   */
  translations: {
    ko: {
      tagline: "중국·한국 바이오제약의 해외 라이선스 거래, 출처를 밝힌 수치로 하나하나",
      licence: "텍스트와 데이터: CC BY 4.0. 수치는 인용한 출처 문서에서 옮겨 적었으며, 각 수치에 출처와 인용 위치를 밝혔습니다.",
      method: "모든 수치는 이름을 밝힌 출처 문서에서 인용 위치(절과 단락)와 함께 가져왔습니다. “최대”, “약”, “이상” 같은 한정어도 데이터로 보존합니다. 출처 간 수치가 다르면 두 수치를 모두 출처와 함께 표시합니다. 출처가 환율을 밝히지 않은 경우 통화를 환산하지 않습니다.",
    },
    'zh-Hans': {
      tagline: "中韩生物医药跨境授权交易，每个数字皆有出处",
      licence: "文字与数据：CC BY 4.0。数字摘自所引用的来源文件，每个数字均注明来源和引用位置。",
      method: "每个数字均取自具名来源文件，并注明引用位置（章节和段落）。“最高”“约”“超过”等限定词作为数据保留。来源之间数字不一致时，两者并列并注明出处。除非来源注明汇率，否则不作货币换算。",
    },
  } as Partial<Record<'ko' | 'zh-Hans', { tagline?: string; licence?: string; method?: string }>>,
  /** Absolute origin the site is served from (canonical URLs, feeds, sitemap, PDFs' "printed from"). */
  url: env.SITE_URL ?? 'https://deal-atlas.example',
  /** Sub-path the site is deployed under, e.g. "/atlas". */
  base: env.BASE_PATH ?? '/',
  /** The "built on" date pages show: an explicit setting so two builds of the same input are identical. */
  builtOn: env.BUILD_DATE ?? '2026-11-21',
  locale: 'en',
} as const;

export type SiteConfig = typeof siteConfig;
