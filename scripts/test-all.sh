#!/usr/bin/env bash
# All tests: unit tests (vitest), then the browser tests (Playwright + Debian Chromium) against a
# fresh build of the real data in ../shared/realdata. Expects Node 24 on PATH (dev.sh sets it).
# Ends with one plain line "N passed, N failed" over both runners.
set -uo pipefail
cd "$(dirname "$0")/.."
REALDATA="${PG_ATLAS_REALDATA:-../shared/realdata}"
OUT="out/realdata"
REPORTS="out/test-reports"
mkdir -p "$REPORTS"
rm -f "$REPORTS"/*.json

echo "pg-atlas: type-checking (tsc --noEmit)" >&2
npx tsc --noEmit -p tsconfig.json
types=$?

npx vitest run --reporter=default --reporter=json --outputFile.json="$REPORTS/vitest.json"
unit=$?

echo "pg-atlas: building the real-data atlas and site for the browser tests ($REALDATA)" >&2
# A previous build for the status page's "against the previous build" counts: the sample's atlas.
if node jobs/cli/atlas.ts compute --snapshot sample/snapshot --out out/previous >/dev/null 2>&1 \
  && node jobs/cli/atlas.ts build --snapshot "$REALDATA" --out "$OUT" --previous out/previous/atlas.sqlite >/dev/null; then
  PG_ATLAS_DB="$OUT/atlas.sqlite" PG_ATLAS_DIST="$OUT/dist" PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/playwright.json" \
    npx playwright test --reporter=list,json
  e2e=$?
else
  echo "pg-atlas: the real-data build failed" >&2
  e2e=1
fi

node scripts/test-summary.ts "$REPORTS/vitest.json" "$REPORTS/playwright.json"
[ "$types" -eq 0 ] && [ "$unit" -eq 0 ] && [ "$e2e" -eq 0 ]
