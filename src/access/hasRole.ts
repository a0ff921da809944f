import type { User } from '@/payload-types'

export const roles = ['admin', 'editor', 'coordinator', 'agent'] as const
export type Role = (typeof roles)[number]

/** True when the (possibly absent) user holds any of the given roles. Roles travel in the JWT. */
export const hasRole = (user: Pick<User, 'roles'> | null | undefined, ...wanted: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => wanted.includes(role)))
