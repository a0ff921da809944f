import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

export default defineConfig({
  // The same aliases as tsconfig.json's "paths".
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.join(root, 'src')}/` },
      { find: /^@payload-config$/, replacement: path.join(root, 'payload.config.ts') },
    ],
  },
  test: {
    environment: 'node',
    include: ['tests/int/**/*.int.spec.ts'],
    setupFiles: ['./tests/helpers/setupEnv.ts'],
    // next-intl's middleware imports 'next/server' without an extension, which Node's ESM loader
    // refuses; letting Vite process it resolves the import as Next's bundler does.
    server: { deps: { inline: ['next-intl'] } },
    // Each file boots its own Payload on its own database; two at a time fits a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
