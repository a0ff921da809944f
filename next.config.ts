import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  // The Docker image builds a self-contained server; `next start` (tests, local) needs the default.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  images: {
    formats: ['image/avif', 'image/webp'],
    // Images are Payload's own sizes, served by its REST API on the same origin, as relative URLs.
    localPatterns: [{ pathname: '/api/media/file/**' }],
    deviceSizes: [400, 640, 800, 1080, 1200, 1600],
    imageSizes: [96, 160, 240, 320],
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
