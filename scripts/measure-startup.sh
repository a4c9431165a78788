#!/usr/bin/env bash
# Measures the distribution's cold start from outside: a fresh unpack, `bin/karaf server`, until the
# core's audit log is ready (kyodo-base) and until GET /api/v1/health/ready answers 200, then the
# JVM's resident memory. Ends with the spread over all runs and the number of failures.
#
# A run that is not ready within the timeout is kept for diagnosis in
# target/startup-failures/<date>-<time>-run-<n>/: data/log (karaf.log), the console output, etc/, two
# thread dumps of the JVM taken 5 s apart (jstack) and the bundle cache's list; its first errors are
# printed. The JVM's CPU time until ready is printed too: it varies less than the wall time when
# other work shares the machine.
#
# Usage: scripts/measure-startup.sh [runs]   (after ./mvnw install -DskipTests)
#   STARTUP_TIMEOUT=<s>  seconds until a run counts as hung (default 60)
#   STARTUP_LOAD=<n>     keep n busy-looping processes running during the runs (a loaded machine)
#   STARTUP_ARCHIVE=<f>  measure this distribution archive instead of the one in karaf-dist/target
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
timeout=${STARTUP_TIMEOUT:-60}
load=${STARTUP_LOAD:-0}
archive=${STARTUP_ARCHIVE:-$(ls karaf-dist/target/kyodo-karaf-dist-*.tar.gz)}
failures_dir=$PWD/target/startup-failures
work=$(mktemp -d)
burners=()
pid=""

cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
    for b in "${burners[@]}"; do kill "$b" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# Three distinct free ports below the kernel's ephemeral range (32768-60999 by default): a port the
# kernel handed out for "any free port" may be taken by an outgoing connection before Karaf binds it.
free_ports() {
    python3 -c '
import random, socket
ports = set()
while len(ports) < 3:
    p = random.randrange(20000, 32000)
    try:
        with socket.socket() as s:
            s.bind(("0.0.0.0", p))
        ports.add(p)
    except OSError:
        pass
print(*ports)'
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# CPU time (user + system) a process has used, in ms: less disturbed by other work on the machine
cpu_ms() {
    [ -n "$1" ] && [ -r "/proc/$1/stat" ] || { echo 0; return; }
    awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"
}

for _ in $(seq 1 "$load"); do
    (exec yes >/dev/null) &
    burners+=($!)
done
[ "$load" -gt 0 ] && echo "with $load busy-looping process(es) as extra load"

results=()
failed=()
for run in $(seq 1 "$runs"); do
    rm -rf "$work/dist" && mkdir -p "$work/dist"
    tar xzf "$archive" -C "$work/dist"
    home=$(ls -d "$work"/dist/kyodo-karaf-dist-*)
    # free ports, so a running Kyodo (or another engineer's) does not disturb the measurement
    sed -i "s/^sshPort *=.*/sshPort = 0/" "$home/etc/org.apache.karaf.shell.cfg"
    read -r http rmi_registry rmi_server < <(free_ports)
    sed -i -e "s/^rmiRegistryPort *=.*/rmiRegistryPort = $rmi_registry/" \
        -e "s/^rmiServerPort *=.*/rmiServerPort = $rmi_server/" "$home/etc/org.apache.karaf.management.cfg"
    echo "httpPort = $http" >>"$home/etc/jp.kyodo.web.cfg"
    loadavg=$(cut -d' ' -f1 /proc/loadavg)
    start=$(now_ms)
    KYODO_ADMIN_PASSWORD=measure-startup-1 "$home/bin/karaf" server >"$work/out.log" 2>&1 &
    ready=""
    web=""
    pid=""
    while [ $(( $(now_ms) - start )) -lt $(( timeout * 1000 )) ]; do
        [ -n "$pid" ] || pid=$(pgrep -f "karaf.base=$home" | head -1 || true)
        if [ -z "$ready" ] && grep -q "Audit log ready" "$home/data/log/karaf.log" 2>/dev/null; then
            ready=$(( $(now_ms) - start ))
        fi
        if curl -sf -m 2 "http://127.0.0.1:$http/api/v1/health/ready" >/dev/null 2>&1; then
            web=$(( $(now_ms) - start ))
            cpu=$(cpu_ms "$pid")
            break
        fi
        sleep 0.1
    done
    if [ -n "$web" ]; then
        sleep 5
        rss=$([ -n "$pid" ] && ps -o rss= -p "$pid" | tr -d ' ' || echo 0)
        echo "run $run: kyodo-base ready in ${ready:-?} ms, /health/ready in $web ms" \
            "(JVM CPU $cpu ms); RSS 5 s later: $((rss / 1024)) MiB (load before: $loadavg)"
        results+=("$web $cpu")
    else
        keep="$failures_dir/$(date +%Y%m%d-%H%M%S)-run-$run"
        mkdir -p "$keep"
        if [ -n "$pid" ]; then
            jstack -l "$pid" >"$keep/threads-1.txt" 2>&1 || true
            sleep 5
            jstack -l "$pid" >"$keep/threads-2.txt" 2>&1 || true
        fi
        cp -r "$home/data/log" "$keep/log" 2>/dev/null || true
        cp "$work/out.log" "$keep/console.txt"
        cp -r "$home/etc" "$keep/etc"
        # bundle id -> location and persisted state, read from Felix's bundle cache
        for d in "$home"/data/cache/bundle*; do
            [ -f "$d/bundle.info" ] && echo "$(basename "$d"): $(tr '\n' ' ' <"$d/bundle.info")"
        done >"$keep/bundle-cache.txt" 2>/dev/null || true
        echo "run $run: NOT READY within ${timeout} s (kyodo-base ${ready:+ready in $ready ms}${ready:-never ready}," \
            "load before: $loadavg); kept in ${keep#"$PWD"/}"
        grep -m 3 "| ERROR |" "$keep/log/karaf.log" 2>/dev/null | cut -c1-240 | sed 's/^/    /' || true
        failed+=("$run")
    fi
    "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 100); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
    pid=""
done

printf '%s\n' "${results[@]}" | python3 -c '
import math, sys
runs, failed = int(sys.argv[1]), sys.argv[2]
rows = [line.split() for line in sys.stdin.read().splitlines() if line.strip()]

def spread(values):
    t = sorted(values)
    n = len(t)
    median = (t[(n - 1) // 2] + t[n // 2]) / 2
    p90 = t[math.ceil(0.9 * n) - 1]
    return f"min {t[0]/1000:.1f} s, median {median/1000:.1f} s, p90 {p90/1000:.1f} s, max {t[-1]/1000:.1f} s"

if rows:
    print(f"/health/ready over {len(rows)} ready run(s): {spread([int(r[0]) for r in rows])}")
    print(f"JVM CPU time until then: {spread([int(r[1]) for r in rows])}")
print(f"not ready: {runs - len(rows)} of {runs}" + (f" (runs {failed})" if failed else ""))
' "$runs" "${failed[*]:-}"
[ ${#failed[@]} -eq 0 ]
