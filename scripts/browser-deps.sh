#!/usr/bin/env bash
# Installs what the real-browser checks need where it can: Debian's Chromium and Java (as
# root), and the pinned npm tools into ./node_modules. Where it cannot, it says so, and the
# browser tests skip with a message (or fail, when KLUBY_REQUIRE_BROWSER=1).
set -u
cd "$(dirname "$0")/.."
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${need_apt[*]} with apt-get ..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null) \
      || echo "Could not install ${need_apt[*]}; the browser checks will be skipped."
  else
    echo "Missing ${need_apt[*]}: install them (e.g. sudo apt-get install ${need_apt[*]}) to run the browser checks."
  fi
fi
if command -v npm >/dev/null 2>&1 && [ -f package.json ]; then
  if [ ! -f node_modules/.installed ] || [ package.json -nt node_modules/.installed ]; then
    echo "Installing the pinned npm tools (axe-core, vnu-jar, lighthouse) into node_modules ..."
    npm install --no-audit --no-fund --loglevel=error >/dev/null && touch node_modules/.installed \
      || echo "npm install failed; the browser checks will be skipped."
  fi
fi
exit 0
