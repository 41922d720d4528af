#!/usr/bin/env bash
# Renders every fixture post with kramdown itself (Jekyll's renderer), writing
# fixtures/<case>/kramdown.html beside it. Run deliberately, after adding or changing a fixture.
# Needs Debian's ruby-kramdown and ruby-kramdown-parser-gfm.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for dir in fixtures/*/; do
  name=$(basename "$dir")
  [ -f "$dir/post.md" ] || continue
  cp "$dir/post.md" "$tmp/$name.md"
done
ruby ../shared/tools/render-kramdown.rb "$tmp" "$tmp/out"
for dir in fixtures/*/; do
  name=$(basename "$dir")
  [ -f "$tmp/out/$name.html" ] && cp "$tmp/out/$name.html" "$dir/kramdown.html"
done
