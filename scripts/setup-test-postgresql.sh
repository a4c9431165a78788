#!/usr/bin/env bash
# Starts the local PostgreSQL server (Debian's postgresql package) if it is down and creates the role and
# database the tests use: kyodo_test / kyodo_test on 127.0.0.1:5432 (see jp.kyodo.testing.TestDatabase).
# Idempotent; run as root or as a user who may sudo to postgres. `.ci/run` calls it.
set -euo pipefail

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "PostgreSQL is not installed: apt-get install postgresql" >&2
    exit 1
fi
read -r version cluster port status _ < <(pg_lsclusters -h | head -1)
if [ -z "${version:-}" ]; then
    echo "no PostgreSQL cluster: pg_createcluster --start 15 main" >&2
    exit 1
fi
if [ "$status" != "online" ]; then
    pg_ctlcluster "$version" "$cluster" start
fi

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
as_postgres psql -p "$port" -qtA -v ON_ERROR_STOP=1 <<'SQL'
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kyodo_test') THEN
        CREATE ROLE kyodo_test LOGIN PASSWORD 'kyodo_test';
    END IF;
END
$$;
SQL
if [ -z "$(as_postgres psql -p "$port" -qtA -c "SELECT 1 FROM pg_database WHERE datname = 'kyodo_test'")" ]; then
    as_postgres createdb -p "$port" -O kyodo_test -E UTF8 kyodo_test
fi
echo "PostgreSQL $version/$cluster on port $port: database kyodo_test ready for the tests"
