import type { MetadataRoute } from 'next'

/**
 * /manifest.webmanifest: lets a family add the portal to a phone's home screen with its own icon.
 * One manifest serves every language; the start URL lets the locale redirect pick theirs.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'China Care',
    short_name: 'China Care',
    start_url: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5c6e',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
}
