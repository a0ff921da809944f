// PUBLIC_SERVER_URL as this process was started with it, e.g. https://portal.example.com (no
// trailing slash). Plain CommonJS so that Next's cache handler, loaded outside the bundler, reads
// the same rule as the app (src/lib/serverUrls.ts).
const serverOrigin = () => (process.env.PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')

module.exports = { serverOrigin }
