/**
 * Next calls register() once when a server process starts, before it answers requests, however
 * the server is started (src/server/index.mjs, `next start`). Only the Node.js server does work
 * here: first the checks that refuse an unsafe start (src/lib/startup), then the start-up work of
 * a serving process (src/lib/serverStart.ts: job runner, interrupted jobs, orphan records).
 * https://nextjs.org/docs/app/guides/instrumentation
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { refuseUnsafeStart } = await import('@/lib/startup/refuseUnsafeStart')
  await refuseUnsafeStart()
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { onServerStart } = await import('@/lib/serverStart')
  await onServerStart()
}
