#!/usr/bin/env bash
# Builds what is needed (tests skipped) and starts Kyodo in the foreground with demo data.
# The runtime lives in target/run/: its data (database, logs, users) survives restarts;
# delete that folder to start from scratch.
set -euo pipefail
cd "$(dirname "$0")"

./mvnw -B -q install -Dmaven.test.skip=true -Dspotless.check.skip=true -pl karaf-dist -am

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
exec "$home/bin/karaf" "$@"
