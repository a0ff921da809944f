#!/usr/bin/env node
// `npm run seed`: loads the demo content (src/seed) into the database DATABASE_URI names.
//
// Not `payload run src/seed/run.ts`: that imports Payload's Lexical editor natively, and on Node 20
// that import deadlocks in about half of all runs (a top-level-await cycle in its module graph), so
// the process quits with status 13, or 0 under `payload run`, having seeded nothing. Here esbuild
// bundles our code and Lexical (other packages stay external) and plain Node runs the result.
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import nextEnv from '@next/env'
import { build } from 'esbuild'

nextEnv.loadEnvConfig(process.cwd())
const outfile = path.resolve('node_modules/.cache/portal/seed.mjs')

// Packages stay external (Node loads them from node_modules), except Lexical (see above).
const externalExceptLexical = {
  name: 'external-except-lexical',
  setup(build) {
    const ours = /^(\.|\/|@\/|@payload-config$)/ // relative, absolute and tsconfig "paths" imports
    build.onResolve({ filter: /.*/ }, ({ path: spec }) => (ours.test(spec) || /lexical/.test(spec) ? undefined : { external: true }))
  },
}
await build({
  entryPoints: ['src/seed/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [externalExceptLexical],
  tsconfig: 'tsconfig.json',
  outfile,
  logLevel: 'warning',
})
await import(pathToFileURL(outfile).href)
