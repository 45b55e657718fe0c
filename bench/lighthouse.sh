#!/usr/bin/env bash
# Lighthouse benchmark: Lighthouse's four category scores for a few pages of the real site,
# served locally by `serve`. A benchmark, not a gate: it prints a table and exits 0 whatever the scores.
#
#   bench/lighthouse.sh                                   # home, one entry and search (mobile, Lighthouse's default)
#   bench/lighthouse.sh index.html soeg/index.html        # any pages, as paths inside the site
#   LIGHTHOUSE_PRESET=desktop bench/lighthouse.sh         # desktop profile instead of mobile
#
# Needs Node 20+ and Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). Lighthouse itself is
# installed from npm on first use into bench/.cache/lighthouse (git-ignored); it never downloads a browser.
set -euo pipefail
cd "$(dirname "$0")/.."

pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then pages=(index.html indsatser/sociale-vicevaerter/index.html soeg/index.html); fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
lighthouse_version="12.8.2"
cache="bench/.cache/lighthouse"
lighthouse="$cache/node_modules/.bin/lighthouse"

if [ ! -x "$lighthouse" ] || ! grep -q "\"version\": \"$lighthouse_version\"" "$cache/node_modules/lighthouse/package.json"; then
  echo "Installing lighthouse $lighthouse_version into $cache…" >&2
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-audit --no-fund --silent "lighthouse@$lighthouse_version" >&2
fi
# Content, templates and assets are read from the project folder; only the code lives in the jar.
if [ ! -f target/indsatskatalog.jar ] || [ -n "$(find src/main pom.xml -newer target/indsatskatalog.jar -print -quit)" ]; then
  mvn -q -B -ntp -DskipTests package
fi

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
site="target/lighthouse-site"
reports="target/lighthouse"
mkdir -p "$reports"
java -jar target/indsatskatalog.jar serve -o "$site" --port "$port" > "$reports/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  grep -q "^Serving" "$reports/serve.log" && break
  kill -0 "$server" 2>/dev/null || { cat "$reports/serve.log" >&2; exit 1; }
  sleep 0.5
done

preset=()
[ "${LIGHTHOUSE_PRESET:-}" = desktop ] && preset=(--preset=desktop)
profile="$(mktemp -d)"
printf '%-45s %12s %14s %15s %5s\n' page performance accessibility best-practices seo
for page in "${pages[@]}"; do
  name="$(echo "$page" | tr '/' '-')"
  "$lighthouse" "http://localhost:$port/$page" --quiet --output=json --output-path="$reports/$name.json" \
    --only-categories=performance,accessibility,best-practices,seo "${preset[@]}" \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$profile" \
    || { echo "lighthouse failed on $page" >&2; continue; }
  node -e '
    const r = require(process.argv[1]);
    const s = k => r.categories[k] ? Math.round(r.categories[k].score * 100) : "-";
    console.log(process.argv[2].padEnd(45), String(s("performance")).padStart(12), String(s("accessibility")).padStart(14),
      String(s("best-practices")).padStart(15), String(s("seo")).padStart(5));
  ' "$PWD/$reports/$name.json" "$page"
done
rm -rf "$profile"
echo "Full reports: $reports/*.json" >&2
