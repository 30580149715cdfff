import { defineConfig } from 'vitest/config';

// Three tiers, one folder each (docs/architecture.md, "Tests"):
//   unit   tests/unit   plain modules and small fixture sites in temp folders: no build, no browser
//   build  tests/build  project copies or fixture sites built with scripts/build.ts in temp folders
//   e2e    tests/e2e    the built dist/ (DIST_DIR) in Chromium, its PDFs, links and files: build first
// `vitest run` runs all three (npm test builds dist/ before it); `--project unit|build|e2e` runs one.
// Shared code: tests/helpers (fixture sites, browser, static server), tests/fixtures (fixture data).
const tier = (name: string) => ({ extends: true, test: { name, include: [`tests/${name}/**/*.test.ts`] } });

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 240_000,
    env: { TZ: 'UTC' },
    projects: [tier('unit'), tier('build'), tier('e2e')],
  },
});
