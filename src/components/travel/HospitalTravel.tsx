import { getTranslations } from 'next-intl/server'

import { Localized } from '@/components/Localized'
import { Link } from '@/i18n/Link'
import type { Locale } from '@/i18n/locales'
import { shown } from '@/lib/content/shown'
import type { Hospital } from '@/payload-types'

/** OpenStreetMap at the hospital's coordinates: no key, no script, no tracking on our page. */
const mapLink = (latitude: number, longitude: number) => `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`

/**
 * Travel and stay for one hospital: what the sources say about accommodation nearby and the
 * nearest airport, a map link from the stored coordinates, and the general guide. Where the
 * sources say nothing, that is said plainly rather than filled in.
 */
export const HospitalTravel = async ({ doc, en, locale }: { doc: Hospital; en: Hospital; locale: Locale }) => {
  const t = await getTranslations({ locale, namespace: 'travel.hospital' })
  const airport = shown(doc.location?.nearestAirport, en.location?.nearestAirport, locale)
  const { latitude, longitude } = doc.location ?? {}
  const hasCoordinates = typeof latitude === 'number' && typeof longitude === 'number'
  const accommodation = Boolean(doc.internationalServices?.accommodationNearby)
  return (
    <section className="panel" aria-labelledby="hospital-travel" data-testid="hospital-travel">
      <h2 id="hospital-travel">{t('title')}</h2>
      {accommodation ? <p>{t('accommodationNearby')}</p> : null}
      {airport ? (
        <div data-testid="hospital-airport">
          <p>
            <strong>{t('nearestAirport')}</strong>
          </p>
          <Localized shown={airport} />
        </div>
      ) : null}
      {!accommodation && !airport ? <p>{t('none')}</p> : null}
      {hasCoordinates ? (
        <p>
          <a href={mapLink(latitude, longitude)} rel="noopener" data-testid="hospital-map">{t('map')}</a>
        </p>
      ) : null}
      <p>
        <Link href="/travel">{t('guide')}</Link>
      </p>
    </section>
  )
}
