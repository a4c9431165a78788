#!/bin/bash
# Writes nginx's upstreams for the Kyodo nodes from their readiness, and reloads nginx when they change.
#
# Open-source nginx checks its upstreams only passively (a node that fails to answer is skipped for a
# while); a node that answers but is not ready — starting, stopping, a module down — would still get
# requests. This script asks every node's GET /api/v1/health/ready (200 = ready, else 503) and marks a
# node "down" in the upstreams once it failed KYODO_FAILS_BEFORE_DOWN checks in a row, and back up at its
# first good answer. Run it every 15-60 s (systemd timer or cron, see README.md "Several nodes"); run it
# once before nginx's first start, so that the upstreams file exists.
#
# Usage: kyodo-upstreams.sh [--loop SECONDS]
#
# The nodes file has one node a line, its nodeName (etc/jp.kyodo.web.cfg) and where nginx reaches it:
#   a 10.0.0.11:8181
#   b 10.0.0.12:8181
#
# Settings (environment), with their defaults:
#   KYODO_NODES=/etc/nginx/kyodo/nodes                  the nodes file
#   KYODO_UPSTREAMS=/etc/nginx/kyodo/upstreams.conf     what nginx includes (written here)
#   KYODO_STATE=/var/lib/kyodo-upstreams                failed checks in a row, per node
#   KYODO_FAILS_BEFORE_DOWN=2                           one slow answer does not take a node out
#   KYODO_CHECK_TIMEOUT=5                               seconds per check
#   KYODO_NGINX_TEST="nginx -t -q"                      run before a reload; a failure restores the old file
#   KYODO_NGINX_RELOAD="nginx -s reload"                e.g. "systemctl reload nginx"
set -u

NODES=${KYODO_NODES:-/etc/nginx/kyodo/nodes}
OUT=${KYODO_UPSTREAMS:-/etc/nginx/kyodo/upstreams.conf}
STATE=${KYODO_STATE:-/var/lib/kyodo-upstreams}
FAILS_BEFORE_DOWN=${KYODO_FAILS_BEFORE_DOWN:-2}
TIMEOUT=${KYODO_CHECK_TIMEOUT:-5}
NGINX_TEST=${KYODO_NGINX_TEST:-nginx -t -q}
NGINX_RELOAD=${KYODO_NGINX_RELOAD:-nginx -s reload}
# passive checks between two runs: 3 failed connections skip a node for 10 s
SERVER_OPTIONS="max_fails=3 fail_timeout=10s"

say() {
    echo "kyodo-upstreams: $*" >&2
    command -v logger >/dev/null && logger -t kyodo-upstreams -- "$*"
    return 0
}

# Reads the nodes file into NAMES[] and ADDRESSES[]; exits on a malformed line.
read_nodes() {
    NAMES=()
    ADDRESSES=()
    if [ ! -r "$NODES" ]; then
        say "cannot read the nodes file $NODES (one node a line: <nodeName> <address>:<port>)"
        exit 2
    fi
    local line_no=0 name address rest
    while read -r name address rest || [ -n "$name" ]; do
        line_no=$((line_no + 1))
        case "$name" in '' | '#'*) continue ;; esac
        if ! [[ "$name" =~ ^[A-Za-z0-9]{1,32}$ ]] || ! [[ "$address" =~ ^[^[:space:]]+:[0-9]+$ ]] || [ -n "$rest" ]; then
            say "$NODES line $line_no: expected '<nodeName> <address>:<port>' (nodeName: letters and digits), got: $name $address $rest"
            exit 2
        fi
        NAMES+=("$name")
        ADDRESSES+=("$address")
    done < "$NODES"
    if [ ${#NAMES[@]} -eq 0 ]; then
        say "no nodes in $NODES"
        exit 2
    fi
}

# Asks each node whether it is ready; sets UP[i] to 1 or 0, keeping the count of failures in a row.
check_nodes() {
    mkdir -p "$STATE"
    UP=()
    local i code fails before
    for i in "${!NAMES[@]}"; do
        code=$(curl -s -o /dev/null -w '%{http_code}' -m "$TIMEOUT" "http://${ADDRESSES[$i]}/api/v1/health/ready")
        before=$(cat "$STATE/${NAMES[$i]}.fails" 2>/dev/null || echo 0)
        if [ "$code" = "200" ]; then
            fails=0
        else
            fails=$((before + 1))
        fi
        echo "$fails" > "$STATE/${NAMES[$i]}.fails"
        if [ "$fails" -ge "$FAILS_BEFORE_DOWN" ]; then
            UP[$i]=0
            [ "$before" -lt "$FAILS_BEFORE_DOWN" ] && say "node ${NAMES[$i]} (${ADDRESSES[$i]}) not ready ($fails checks in a row, last: HTTP $code): taken out"
        else
            UP[$i]=1
            [ "$before" -ge "$FAILS_BEFORE_DOWN" ] && say "node ${NAMES[$i]} (${ADDRESSES[$i]}) ready again: taken back"
        fi
    done
    return 0
}

# The upstreams nginx includes: kyodo_all (round-robin, for requests without a session) and per node
# kyodo_node_<name> (the node, the other ready nodes as backup), and the map from the session cookie.
write_upstreams() {
    local i j mark
    echo "# Written by kyodo-upstreams.sh from $NODES and the nodes' readiness; do not edit."
    echo
    echo "# the session id ends in .<nodeName> (Jetty's worker name); unknown or none: any node"
    echo "map \$cookie_KYODO_SESSION \$kyodo_upstream {"
    echo "    default kyodo_all;"
    for i in "${!NAMES[@]}"; do
        echo "    \"~\\.${NAMES[$i]}\$\" kyodo_node_${NAMES[$i]};"
    done
    echo "}"
    echo
    echo "upstream kyodo_all {"
    for i in "${!NAMES[@]}"; do
        mark=""
        [ "${UP[$i]}" = 1 ] || mark=" down"
        echo "    server ${ADDRESSES[$i]} $SERVER_OPTIONS$mark; # ${NAMES[$i]}"
    done
    echo "    keepalive 16;"
    echo "}"
    for i in "${!NAMES[@]}"; do
        echo
        echo "upstream kyodo_node_${NAMES[$i]} {"
        mark=""
        [ "${UP[$i]}" = 1 ] || mark=" down"
        echo "    server ${ADDRESSES[$i]} $SERVER_OPTIONS$mark; # ${NAMES[$i]}"
        for j in "${!NAMES[@]}"; do
            # the others take over (the user signs in again there) while this node is out
            if [ "$j" != "$i" ] && [ "${UP[$j]}" = 1 ]; then
                echo "    server ${ADDRESSES[$j]} $SERVER_OPTIONS backup; # ${NAMES[$j]}"
            fi
        done
        echo "    keepalive 16;"
        echo "}"
    done
}

run_once() {
    read_nodes
    check_nodes
    local new
    new=$(mktemp "${OUT}.XXXXXX") || exit 2
    write_upstreams > "$new"
    if [ -f "$OUT" ] && cmp -s "$new" "$OUT"; then
        rm -f "$new"
        return 0
    fi
    if [ -f "$OUT" ]; then
        cp -p "$OUT" "$OUT.previous"
    fi
    chmod 644 "$new"
    mv "$new" "$OUT"
    if ! $NGINX_TEST; then
        say "nginx refuses the new upstreams; the previous ones are kept"
        if [ -f "$OUT.previous" ]; then
            mv "$OUT.previous" "$OUT"
        fi
        return 1
    fi
    if ! $NGINX_RELOAD; then
        say "nginx did not reload ($NGINX_RELOAD): not running yet? $OUT is written, start nginx"
        return 1
    fi
    say "upstreams changed, nginx reloaded"
}

if [ "${1:-}" = "--loop" ]; then
    every=${2:?--loop needs the seconds between checks}
    while true; do
        run_once
        sleep "$every"
    done
else
    run_once
fi
