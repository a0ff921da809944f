import type { Access } from 'payload'

/** Any signed-in user, whatever their role (what a hook then narrows down). */
export const signedIn: Access = ({ req: { user } }) => Boolean(user)
