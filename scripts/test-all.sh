#!/usr/bin/env bash
# All tests: unit tests (vitest), then the browser tests (Playwright + Debian Chromium) against a
# fresh build of the real data in ../shared/realdata. Expects Node 24 on PATH (dev.sh sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
REALDATA="${PG_ATLAS_REALDATA:-../shared/realdata}"
OUT="out/realdata"

npx vitest run

echo "pg-atlas: building the real-data atlas and site for the browser tests ($REALDATA)" >&2
node jobs/cli/atlas.ts build --snapshot "$REALDATA" --out "$OUT"

PG_ATLAS_DB="$OUT/atlas.sqlite" PG_ATLAS_DIST="$OUT/dist" npx playwright test
