#!/usr/bin/env bash
# Measures the distribution's cold start: a fresh unpack, `bin/karaf server`, until the core's
# audit log is ready (the last kyodo-base component to activate) and until /api/v1/health/ready
# answers 200 (the platform and every installed module ready), then the JVM's resident memory.
# Usage: scripts/measure-startup.sh [runs]   (after ./mvnw install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
archive=$(ls karaf-dist/target/kyodo-karaf-dist-*.tar.gz)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for run in $(seq 1 "$runs"); do
    rm -rf "$work/dist" && mkdir -p "$work/dist"
    tar xzf "$archive" -C "$work/dist"
    home=$(ls -d "$work"/dist/kyodo-karaf-dist-*)
    # free ports, so a running Kyodo does not disturb the measurement
    sed -i "s/^sshPort *=.*/sshPort = 0/" "$home/etc/org.apache.karaf.shell.cfg"
    http=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    echo "httpPort = $http" >> "$home/etc/jp.kyodo.web.cfg"
    start=$(date +%s%N)
    KYODO_ADMIN_PASSWORD=measure-startup-1 "$home/bin/karaf" server >"$work/out.log" 2>&1 &
    ready=""
    web=""
    for _ in $(seq 1 600); do
        if [ -z "$ready" ] && grep -q "Audit log ready" "$home/data/log/karaf.log" 2>/dev/null; then
            ready=$(( ($(date +%s%N) - start) / 1000000 ))
        fi
        if curl -sf "http://127.0.0.1:$http/api/v1/health/ready" >/dev/null 2>&1; then
            web=$(( ($(date +%s%N) - start) / 1000000 ))
            break
        fi
        sleep 0.1
    done
    pid=$(pgrep -f "karaf.base=$home" | head -1 || true)
    sleep 5
    rss=$([ -n "$pid" ] && ps -o rss= -p "$pid" | tr -d ' ' || echo "?")
    echo "run $run: kyodo-base ready in ${ready:-TIMEOUT} ms, every module ready in ${web:-TIMEOUT} ms; RSS 5 s later: $((rss / 1024)) MiB"
    "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 100); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
done
