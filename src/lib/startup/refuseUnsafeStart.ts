import { startupProblem } from '@/lib/startup/checks'

/**
 * Ends the process with one clear line and status 1 when it must not serve (see checks.ts), so a
 * supervisor or container runtime sees the failure instead of a server that says "Ready" and lies.
 * Called from src/instrumentation.ts, which Next runs once at start, however the server is started.
 */
export const refuseUnsafeStart = async (): Promise<void> => {
  const problem = await startupProblem()
  if (!problem) return
  console.error(`[startup] refusing to start: ${problem}`)
  process.exit(1)
}
