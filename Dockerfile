# Production image: Next's standalone server with Payload inside. Build: docker build -t portal .
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
RUN groupadd --system app && useradd --system --gid app app && mkdir -p /app/media && chown app:app /app/media
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
# Icons for the web manifest: the standalone server serves public/ but does not copy it there.
COPY --from=build --chown=app:app /app/public ./public
# Our own server in front of Next's handler (client address, body limits, timeouts; see
# src/server/index.mjs) replaces the standalone server.js, and reads the messages for its answers.
COPY --from=build --chown=app:app /app/src/server ./src/server
COPY --from=build --chown=app:app /app/src/lib/bodyLimits.mjs ./src/lib/bodyLimits.mjs
COPY --from=build --chown=app:app /app/src/lib/securityHeaders.mjs ./src/lib/securityHeaders.mjs
COPY --from=build --chown=app:app /app/messages ./messages
USER app
EXPOSE 3000
# /api/health answers 503 while the database does not (and the server refuses to start at all with
# a bad PAYLOAD_SECRET or an unreachable database: src/lib/startup). The slim image has no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "src/server/index.mjs"]
