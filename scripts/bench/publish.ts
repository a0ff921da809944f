import { locales, type Locale } from '../../src/i18n/locales'

/**
 * Publish-to-live: an editor publishes a new therapy summary in each locale through the REST API;
 * the time until that locale's public page shows it (polled every 50 ms, up to 20 s).
 */
export const publishToLive = async (base: string, admin: { email: string; password: string }, slug: string) => {
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
  const { token } = (await login.json()) as { token: string }
  const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const found = (await (await fetch(`${base}/api/therapies?where[slug][equals]=${slug}&depth=0`)).json()) as { docs: { id: number | string }[] }
  const id = found.docs[0]!.id
  const times: Partial<Record<Locale, number>> = {}
  for (const locale of locales) {
    const marker = `bench-${locale}-${Date.now()}`
    const started = Date.now()
    const res = await fetch(`${base}/api/therapies/${id}?locale=${locale}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ summary: `Summary ${marker}`, _status: 'published' }) })
    if (!res.ok) throw new Error(`publishing failed: ${res.status}`)
    while (Date.now() - started < 20_000) {
      const html = await (await fetch(`${base}/${locale}/therapies/${slug}`)).text()
      if (html.includes(marker)) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    times[locale] = Date.now() - started
  }
  return times
}
