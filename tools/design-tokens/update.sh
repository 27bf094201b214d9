#!/usr/bin/env bash
# Installs @digital-go-jp/design-tokens from npm and copies its CSS and licence into the web host.
# The copied files are committed, so building the product needs no npm; run this to update them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target="$here/../../src/Tsunagi.Web/wwwroot/css/vendor/digital-go-jp"
cd "$here"
npm install --no-audit --no-fund --silent
mkdir -p "$target"
cp node_modules/@digital-go-jp/design-tokens/dist/tokens.css "$target/tokens.css"
cp node_modules/@digital-go-jp/design-tokens/LICENSE "$target/LICENSE"
version=$(node -p "require('./node_modules/@digital-go-jp/design-tokens/package.json').version")
printf '@digital-go-jp/design-tokens %s (MIT, Digital Agency). Copied by tools/design-tokens/update.sh; do not edit.\n' "$version" > "$target/README.txt"
echo "design tokens $version -> $target"
