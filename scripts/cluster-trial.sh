#!/usr/bin/env bash
# Starts (or stops) N Kyodo nodes on one PostgreSQL database on this machine, to try and measure several
# nodes before a city runs them on several machines: each node is the built distribution unpacked into
# target/cluster/node<i>, listening on 127.0.0.1:828<i> (HTTP), named n<i>, all on the schema kyodo_cluster of
# the local PostgreSQL server the tests use (scripts/setup-test-postgresql.sh; created afresh by `start`).
# With Debian's nginx installed, nginx listens on 127.0.0.1:8280 in front of them, configured with the files
# of docs/cluster/ as the README's "Several nodes" says.
#
#   ./mvnw -o install -DskipTests && scripts/cluster-trial.sh start 2     # nginx :8280, nodes :8281 and :8282
#   scripts/cluster-trial.sh stop
#
# KYODO_DEMO=true loads the demo data (through the first node). The administrator is admin / $KYODO_ADMIN_PASSWORD (default Cluster-Trial-Admin-1); the API token
# cluster-trial-token has the coordinator role (for scripts/ClusterSoak.java). Not for production: the
# passwords and token are known, and nodes on one machine share its cores.
set -euo pipefail
cd "$(dirname "$0")/.."

action=${1:-start}
nodes=${2:-2}
root=target/cluster
pg_url=${KYODO_PG_URL:-jdbc:postgresql://127.0.0.1:5432/kyodo_test}
pg_user=${KYODO_PG_USER:-kyodo_test}
pg_password=${KYODO_PG_PASSWORD:-kyodo_test}
schema=kyodo_cluster
token=cluster-trial-token
export KYODO_ADMIN_PASSWORD=${KYODO_ADMIN_PASSWORD:-Cluster-Trial-Admin-1}

stop_all() {
    if [ -f "$root/nginx/nginx.pid" ]; then
        kill "$(cat "$root/nginx/nginx.pid")" 2>/dev/null || true
    fi
    for home in "$root"/node*/kyodo-karaf-dist-*; do
        [ -d "$home" ] || continue
        "$home/bin/stop" >/dev/null 2>&1 || true
    done
}

# key = value in an etc/ file: replaced if there, appended if not
set_property() {
    local file=$1 key=$2 value=$3
    touch "$file"
    sed -i "/^[[:space:]]*${key//./\\.}[[:space:]]*[=:]/d" "$file"
    printf '%s = %s\n' "$key" "$value" >>"$file"
}

case "$action" in
stop)
    stop_all
    echo "stopped"
    exit 0
    ;;
start) ;;
*)
    echo "usage: $0 start [nodes] | stop" >&2
    exit 2
    ;;
esac

archive=$(ls karaf-dist/target/kyodo-karaf-dist-*.tar.gz 2>/dev/null | head -1)
[ -n "$archive" ] || { echo "build first: ./mvnw -o install -DskipTests" >&2; exit 1; }
stop_all
rm -rf "$root"
PGOPTIONS="--client-min-messages=warning" PGPASSWORD=$pg_password psql -h 127.0.0.1 -U "$pg_user" -d "${pg_url##*/}" -qtA -v ON_ERROR_STOP=1 \
    -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"
token_hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)

for i in $(seq 1 "$nodes"); do
    mkdir -p "$root/node$i"
    tar xzf "$archive" -C "$root/node$i"
    home=$(ls -d "$root/node$i"/kyodo-karaf-dist-*)
    etc=$home/etc
    set_property "$etc/jp.kyodo.web.cfg" httpPort "828$i"
    set_property "$etc/jp.kyodo.web.cfg" apiTokens "trial:kyodo-coordinator:$token_hash"
    set_property "$etc/jp.kyodo.web.cfg" forwardedHeaders true
    set_property "$etc/jp.kyodo.web.cfg" nodeName "n$i"
    set_property "$etc/org.apache.karaf.shell.cfg" sshPort "810$i"
    set_property "$etc/org.apache.karaf.management.cfg" rmiRegistryPort "109$i"
    set_property "$etc/org.apache.karaf.management.cfg" rmiServerPort "444$i"
    cat >"$etc/org.ops4j.datasource-kyodo.cfg" <<CFG
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
url = $pg_url?currentSchema=$schema
user = $pg_user
password = $pg_password
dataSourceName = kyodo
pool = dbcp2
xa = true
pool.maxTotal = 20
CFG
    # the driver's feature at boot, as the README's "Moving to PostgreSQL" says
    python3 - "$etc/org.apache.karaf.features.cfg" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="iso-8859-1").read()
m = re.search(r"^featuresBoot\s*=\s*((?:.*\\\n)*.*)$", text, re.M)
boot = re.sub(r"\\\n\s*", "", m.group(1)).strip()
if "kyodo-postgresql" not in boot:
    text = text[: m.start(1)] + boot + ", kyodo-postgresql" + text[m.end(1):]
open(path, "w", encoding="iso-8859-1").write(text)
PY
    # demo data (KYODO_DEMO=true) is loaded by the first node only: it goes into the shared database
    demo=false
    if [ "$i" = 1 ]; then demo=${KYODO_DEMO:-false}; fi
    (cd "$home" && KYODO_DEMO=$demo nohup bin/karaf server >console.log 2>&1 &)
    echo "node$i: http://127.0.0.1:828$i/ ($home)"
    if [ "$i" = 1 ]; then
        # the first node migrates the schema; the others then start on it (they would wait on the lock anyway)
        for _ in $(seq 1 180); do
            curl -fs "http://127.0.0.1:8281/api/v1/health/ready" >/dev/null 2>&1 && break
            sleep 1
        done
    fi
done
for i in $(seq 1 "$nodes"); do
    for _ in $(seq 1 180); do
        curl -fs "http://127.0.0.1:828$i/api/v1/health/ready" >/dev/null 2>&1 && break
        sleep 1
    done
    curl -fs "http://127.0.0.1:828$i/api/v1/health/ready" >/dev/null || { echo "node$i did not become ready" >&2; exit 1; }
    echo "node$i ready"
done

if [ -x /usr/sbin/nginx ]; then
    proxy=$root/nginx
    mkdir -p "$proxy/temp"
    : >"$proxy/nodes"
    for i in $(seq 1 "$nodes"); do echo "n$i 127.0.0.1:828$i" >>"$proxy/nodes"; done
    KYODO_NODES=$proxy/nodes KYODO_UPSTREAMS=$proxy/upstreams.conf KYODO_STATE=$proxy/state \
        KYODO_NGINX_TEST=true KYODO_NGINX_RELOAD=true bash docs/cluster/kyodo-upstreams.sh
    abs=$(cd "$proxy" && pwd)
    docs=$(cd docs/cluster && pwd)
    cat >"$proxy/nginx.conf" <<CONF
worker_processes auto;
pid $abs/nginx.pid;
error_log $abs/error.log notice;
events { worker_connections 4096; }
http {
    client_body_temp_path $abs/temp/body;
    proxy_temp_path $abs/temp/proxy;
    fastcgi_temp_path $abs/temp/fastcgi;
    uwsgi_temp_path $abs/temp/uwsgi;
    scgi_temp_path $abs/temp/scgi;
    include $abs/upstreams.conf;
    include $docs/kyodo-http.conf;
    server {
        listen 127.0.0.1:8280;
        client_max_body_size 55m;
        access_log $abs/access.log kyodo;
        include $docs/kyodo-proxy.conf;
    }
}
CONF
    /usr/sbin/nginx -p "$abs" -c "$abs/nginx.conf"
    echo "nginx: http://127.0.0.1:8280/ in front of the nodes ($abs)"
fi
