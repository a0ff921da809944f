type PushResult = { warnings: string[]; hasDataLoss: boolean; apply: () => Promise<void> }
type DrizzleKit = { pushSchema: (...args: never[]) => Promise<PushResult> }
type WithKit = { requireDrizzleKit?: () => DrizzleKit }

/**
 * Development pushes the schema on connect, and when the push would drop data (a field removed
 * since the file was made) Payload asks "Accept warnings and push schema to database?" on stdin.
 * With no terminal nobody can answer: `npm run seed` in a script or `npm run dev` under a supervisor
 * would wait forever. Without a terminal the push stops instead, saying what it would drop.
 */
export const refusePushPromptWithoutTerminal = (instance: WithKit, file: string): void => {
  const requireKit = instance.requireDrizzleKit
  if (!requireKit) return
  instance.requireDrizzleKit = () => {
    const kit = requireKit()
    return {
      ...kit,
      pushSchema: async (...args: never[]) => {
        const result = await kit.pushSchema(...args)
        if (result.warnings.length && !process.stdin.isTTY) {
          throw new Error(
            `The development schema push to ${file} would need confirmation (${result.warnings.join(' ')}). ` +
              'No terminal is attached to answer: run `npm run dev` in a terminal to accept, or delete the development database to start afresh.',
          )
        }
        return result
      },
    }
  }
}
