/**
 * Next calls register() once when a server process starts. Only the Node.js server does work
 * here (not the edge runtime, not `next build`); see src/lib/serverStart.ts.
 * https://nextjs.org/docs/app/guides/instrumentation
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { onServerStart } = await import('@/lib/serverStart')
  await onServerStart()
}
