import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/**
 * The work Payload does to check a password (PBKDF2-SHA256, 600,000 rounds, 32 bytes: its
 * current hash), done for nothing. Payload answers at once for an unknown e-mail and only after
 * hashing for a known one, so the time alone told which addresses have accounts.
 */
export const hashLikeAPassword = async (password: string): Promise<void> => {
  await derive(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
}
