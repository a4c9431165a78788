#!/usr/bin/env bash
# Builds what is needed (tests skipped) and starts Kyodo in the foreground with demo data.
# The build is skipped when no source file changed since the last build run.sh made;
# `./run.sh --rebuild` builds anyway. Other arguments go to bin/karaf.
# The runtime lives in target/run/: its data (database, logs, users) survives restarts;
# delete that folder to start from scratch.
set -euo pipefail
cd "$(dirname "$0")"

rebuild=false
args=()
for arg in "$@"; do
    if [ "$arg" = "--rebuild" ]; then rebuild=true; else args+=("$arg"); fi
done

build=(./mvnw -B -q install -Dmaven.test.skip=true -Dspotless.check.skip=true -pl karaf-dist -am)
stamp=karaf-dist/target/run-sh.fingerprint

# What the distribution is built from: the paths and contents of every tracked or untracked but
# not ignored file, except folders no part of the distribution is built from, and the build command.
# Empty without git: then we always build.
fingerprint() {
    command -v git >/dev/null 2>&1 && git rev-parse --is-inside-work-tree >/dev/null 2>&1 || return 0
    local files
    files=$(git ls-files -z -co --exclude-standard -- . ':!docs' ':!itests' ':!examples' ':!scripts' \
        ':!.ci' ':!README.md' ':!run.sh' | while IFS= read -r -d '' f; do
        if [ -f "$f" ]; then printf '%s\n' "$f"; fi
    done)
    { echo "${build[*]}"; echo "$files"; [ -z "$files" ] || echo "$files" | git hash-object --stdin-paths; } |
        git hash-object --stdin
}

sources=$(fingerprint) || sources=""
if $rebuild || [ -z "$sources" ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sources" ] ||
    ! ls karaf-dist/target/kyodo-karaf-dist-*.tar.gz >/dev/null 2>&1; then
    rm -f "$stamp"
    echo "Building Kyodo (tests skipped)..."
    "${build[@]}"
    [ -z "$sources" ] || echo "$sources" >"$stamp"
else
    echo "Nothing changed since the last build: starting it (./run.sh --rebuild builds anyway)."
fi

archive=$(ls karaf-dist/target/kyodo-karaf-dist-*.tar.gz)
runtime=target/run
home="$runtime/$(basename "$archive" .tar.gz)"
if [ ! -d "$home" ] || [ "$archive" -nt "$home/.unpacked" ]; then
    mkdir -p "$runtime"
    # keep etc/users.properties and data/ of an earlier run
    tar xzf "$archive" -C "$runtime" --skip-old-files
    tar xzf "$archive" -C "$runtime" --exclude='*/etc/users.properties' --exclude='*/data/*'
    touch "$home/.unpacked"
fi

# the demo-data switch read by domain modules (a production start never sets it)
export KYODO_DEMO="${KYODO_DEMO:-true}"
# the demo cities' areas (川口市 and 蕨市), unless this runtime already has the city's own
if [ "$KYODO_DEMO" = "true" ] && [ ! -f "$home/etc/kyodo-areas.csv" ]; then
    cp "$home/demo/kyodo-areas.csv" "$home/etc/kyodo-areas.csv"
fi
exec "$home/bin/karaf" ${args[@]+"${args[@]}"}
