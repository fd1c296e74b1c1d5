#!/usr/bin/env bash
# Installs Debian's PostgreSQL when missing, starts a cluster on 127.0.0.1 and creates the test role
# and database. Prints (on stdout, alone) the line that sets KARMAYOGI_TEST_POSTGRES, for .ci/run and
# developers alike:  eval "$(scripts/start-postgres.sh)"   (everything else goes to stderr).
set -euo pipefail

PGUSER_NAME="${KARMAYOGI_PG_USER:-karmayogi}"
PGPASS="${KARMAYOGI_PG_PASSWORD:-karmayogi}"
PGDB="${KARMAYOGI_PG_DATABASE:-karmayogi_test}"
PGPORT="${KARMAYOGI_PG_PORT:-5432}"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${version} main$"; then
  as_root pg_createcluster "$version" main --port "$PGPORT" >&2
fi
# Loopback only.
as_root sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "/etc/postgresql/${version}/main/postgresql.conf"
port="$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')"
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  as_root pg_ctlcluster "$version" main start >&2
fi

for _ in $(seq 1 30); do
  if as_root su postgres -c "pg_isready -q -h 127.0.0.1 -p $port"; then break; fi
  sleep 1
done

as_root su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${PGUSER_NAME}') THEN
    CREATE ROLE ${PGUSER_NAME} LOGIN PASSWORD '${PGPASS}' CREATEDB;
  END IF;
END \$\$;
SQL
if ! as_root su postgres -c "psql -tA -p $port -c \"SELECT 1 FROM pg_database WHERE datname = '${PGDB}'\"" | grep -q 1; then
  as_root su postgres -c "createdb -p $port -O ${PGUSER_NAME} ${PGDB}" >&2
fi

echo "export KARMAYOGI_TEST_POSTGRES='Host=127.0.0.1;Port=${port};Username=${PGUSER_NAME};Password=${PGPASS};Database=${PGDB}'"
