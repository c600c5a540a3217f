# syntax=docker/dockerfile:1
# newsbrief: a Slack / Discord bot image. Stages: toolchain (Node + a C++ toolchain), build
# (TypeScript -> dist/), prod-deps (production dependencies only; better-sqlite3 compiles here
# when its prebuilt binary cannot be downloaded), runtime (no compiler, no dev dependencies,
# runs as the unprivileged `node` user). docs/deploy.md shows how to run it.
# Any Node 20.19 or later (20, 22, 24); 20 follows the latest 20.x.
ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm-slim AS toolchain
# For better-sqlite3's native build when its prebuilt binary cannot be downloaded.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app

FROM toolchain AS build
COPY package.json package-lock.json ./
# Only the compiler is needed here: no install scripts (no native build).
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY adapters adapters
COPY bench bench
COPY scripts scripts
RUN npm run build

FROM toolchain AS prod-deps
COPY package.json package-lock.json ./
COPY scripts/build-if-needed.mjs scripts/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DATABASE_URL=/app/data/newsbrief.db \
    PORT=3000 \
    HEALTH_PORT=8080
WORKDIR /app
COPY --from=prod-deps /app/node_modules node_modules
COPY --from=build /app/dist/src dist/src
COPY --from=build /app/dist/adapters dist/adapters
COPY package.json .env.example ./
COPY adapters/slack/manifest.json adapters/slack/manifest.socket-mode.json adapters/slack/
COPY summaries/articles/china-envoy-north-korea.txt summaries/articles/
# The part-of-speech lexicon the labeller reads at run time (src/summarizer/pos/lexicon.ts).
COPY src/summarizer/pos/en-lexicon.tsv src/summarizer/pos/
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000 8080
# GET /healthz on HEALTH_PORT (every setup; Slack over HTTP also answers it on PORT).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.HEALTH_PORT||process.env.PORT)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM (docker stop) finishes acknowledged work, then exits 0: give it more than the
# 10 s SHUTDOWN_TIMEOUT_MS, e.g. `docker stop -t 15`.
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/cli.js", "serve"]
