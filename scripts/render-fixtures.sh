#!/usr/bin/env bash
# Renders every fixture post with real Jekyll, writing fixtures/<case>/jekyll.html beside its
# post.md: byte for byte what ../shared/tools/render-jekyll.sh writes for it (the post's
# `post.content` after Liquid and kramdown, with Rouge, before any layout).
# Run deliberately, after adding or changing a fixture:  bash scripts/render-fixtures.sh
# Needs Debian's Jekyll (apt-get install jekyll: Jekyll 4.3.1, kramdown 2.4.0, Rouge 3.30).
#
# A fixture is fixtures/<case>/post.md, a whole post (front matter and body). Its site config is
# fixtures/<case>/_config.yml when there is one, fixtures/_config.yml otherwise. Fixtures are
# grouped by config; each group is built as one temporary site whose posts are
# _posts/2024-01-01-<case>.md. A case that brings site files of its own (fixtures/<case>/_includes/,
# _data/, or _posts/ with the other posts and files its Liquid names) is built as a site of its
# own, with those copied in beside its post. Existing kramdown.html files are left as they are.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
render=${RENDER_JEKYLL:-../shared/tools/render-jekyll.sh}
[ -f "$render" ] || { echo "render-fixtures: $render not found" >&2; exit 2; }
[ -f fixtures/_config.yml ] || { echo "render-fixtures: fixtures/_config.yml missing" >&2; exit 2; }
command -v jekyll > /dev/null || { echo "render-fixtures: jekyll not found (apt-get install jekyll)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Group the cases by config: one site per config, the shared config being group 0.
groups=()   # groups[i]: the config file of site i (and, for a case with site files, its folder)
cases=()    # every case, in sorted order
declare -A group_of=()
for dir in fixtures/*/; do
  name=$(basename "$dir")
  [ -f "$dir/post.md" ] || continue
  config=fixtures/_config.yml
  [ -f "$dir/_config.yml" ] && config=$dir/_config.yml
  key=$config
  own=
  for part in _includes _data _posts; do [ -d "$dir/$part" ] && own=1; done
  [ -n "$own" ] && key="$config $dir"
  index=
  for i in "${!groups[@]}"; do
    if [ "${groups[$i]}" = "$key" ]; then index=$i; break; fi
  done
  if [ -z "$index" ]; then
    index=${#groups[@]}
    groups+=("$key")
    mkdir -p "$tmp/site-$index/_posts"
    cp "$config" "$tmp/site-$index/_config.yml"
    if [ -n "$own" ]; then
      for part in _includes _data _posts; do
        [ -d "$dir/$part" ] && mkdir -p "$tmp/site-$index/$part" && cp -R "$dir/$part/." "$tmp/site-$index/$part/"
      done
    fi
  fi
  cp "$dir/post.md" "$tmp/site-$index/_posts/2024-01-01-$name.md"
  group_of[$name]=$index
  cases+=("$name")
done
[ ${#cases[@]} -gt 0 ] || { echo "render-fixtures: no fixtures/*/post.md" >&2; exit 2; }

for i in "${!groups[@]}"; do
  if ! bash "$render" "$tmp/site-$i" "$tmp/out-$i"; then
    echo "render-fixtures: Jekyll failed on the site of ${groups[$i]}" >&2
    exit 1
  fi
done

for name in "${cases[@]}"; do
  out=$tmp/out-${group_of[$name]}/2024-01-01-$name.html
  [ -f "$out" ] || { echo "render-fixtures: Jekyll wrote no rendering for fixtures/$name" >&2; exit 1; }
  cp "$out" "fixtures/$name/jekyll.html"
done
echo "render-fixtures: ${#cases[@]} fixtures rendered with ${#groups[@]} configs"
