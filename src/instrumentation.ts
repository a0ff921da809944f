// Next calls register() once when a server process starts, before it answers requests.
// https://nextjs.org/docs/app/guides/instrumentation
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { refuseUnsafeStart } = await import('@/lib/startup/refuseUnsafeStart')
  await refuseUnsafeStart()
}
