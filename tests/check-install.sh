#!/bin/sh
# Installs the build into a scratch DESTDIR and checks that everything a
# desktop needs lands where it belongs.
# Usage: check-install.sh BUILDDIR PREFIX BUILD_APP(true|false)
set -eu
builddir=$1
prefix=$2
build_app=$3
destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT

meson install -C "$builddir" --destdir "$destdir" --no-rebuild --quiet

root="$destdir$prefix"
expect="bin/minutes-cli
share/minutes/templates/select-committee.xml
share/minutes/examples/2024-01-16-safer-stronger-communities.minutes
share/minutes/minutes.schema.json
share/glib-2.0/schemas/com.example.Minutes.gschema.xml"
if [ "$build_app" = true ]; then
  expect="$expect
bin/minutes
share/applications/com.example.Minutes.desktop
share/metainfo/com.example.Minutes.metainfo.xml
share/mime/packages/com.example.Minutes.xml
share/icons/hicolor/scalable/apps/com.example.Minutes.svg
share/icons/hicolor/symbolic/apps/com.example.Minutes-symbolic.svg"
fi

missing=0
for path in $expect; do
  if [ ! -e "$root/$path" ]; then
    echo "not installed: $prefix/$path" >&2
    missing=1
  fi
done
exit $missing
