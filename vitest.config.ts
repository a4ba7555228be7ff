import { defineConfig } from 'vitest/config';
import { ruleSourcesDefine } from './scripts/rule-sources.mjs';

export default defineConfig({
  // The file of each rule, as the build records it (scripts/rule-sources.mjs).
  define: ruleSourcesDefine(import.meta.dirname),
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests run thousands of cases: generous on a loaded machine (a timeout only guards against hangs).
    testTimeout: 120000,
    // beforeAll hooks parse every fixture: on a loaded machine that takes more than the default 10 s.
    hookTimeout: 60000,
    pool: 'threads',
  },
});
