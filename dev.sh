#!/usr/bin/env bash
# The two commands of the README, for a fresh machine:
#   ./dev.sh build   install (Node 24 if the system's is older, npm packages) and build the dashboard
#                    from the embedded sample snapshot into dist/
#   ./dev.sh test    install what tests need (Chromium from Debian when missing) and run every test:
#                    unit tests, then browser tests against a build of ../shared/realdata
set -euo pipefail
cd "$(dirname "$0")"
source scripts/node-env.sh
export ASTRO_TELEMETRY_DISABLED=1

install_packages() {
  # npm ci only when node_modules is missing or older than the lockfile.
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "pg-atlas: installing npm packages (npm ci)" >&2
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

install_chromium() {
  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ -x "$chromium" ]; then return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "pg-atlas: installing Debian's chromium for the browser tests" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "pg-atlas: browser tests need Chromium at $chromium (sudo apt-get install chromium, or set CHROMIUM_PATH)" >&2
    exit 1
  fi
}

case "${1:-}" in
  build)
    shift
    install_packages
    npm run build -- "$@"
    ;;
  test)
    shift
    install_packages
    install_chromium
    bash scripts/test-all.sh "$@"
    ;;
  *)
    echo "usage: ./dev.sh build [--snapshot DIR] | ./dev.sh test" >&2
    exit 2
    ;;
esac
