#!/usr/bin/env bash
# Install, start and prepare a local PostgreSQL for the store's tests; print the URL to export.
# Idempotent: run it as often as you like. Logs go to stderr; stdout is only the URL, so CI can do
#   export STARCOACH_TEST_DATABASE_URL="$(.ci/postgres.sh)"
set -euo pipefail

ROLE=${STARCOACH_PG_ROLE:-starcoach}
PASSWORD=${STARCOACH_PG_PASSWORD:-starcoach}
DATABASE=${STARCOACH_PG_DATABASE:-starcoach_test}
HOST=127.0.0.1

log() { echo "postgres.sh: $*" >&2; }

if [ "$(id -u)" != "0" ]; then
  log "needs root (it installs and starts Debian's postgresql); run it with sudo"
  exit 1
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  log "installing Debian's postgresql..."
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if [ ! -d "/etc/postgresql/$version/main" ]; then
  log "creating cluster $version/main..."
  pg_createcluster "$version" main >&2
fi
if ! pg_ctlcluster "$version" main status >/dev/null 2>&1; then
  log "starting cluster $version/main..."
  pg_ctlcluster "$version" main start >&2
fi

for _ in $(seq 1 30); do
  pg_isready -q -h "$HOST" && break
  sleep 1
done
pg_isready -q -h "$HOST" || { log "PostgreSQL did not become ready on $HOST"; exit 1; }

as_postgres() { su postgres -c "$1"; }

if [ "$(as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'\"")" != "1" ]; then
  log "creating role $ROLE..."
  as_postgres "psql -q -c \"CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD' SUPERUSER\"" >&2
fi
if [ "$(as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DATABASE'\"")" != "1" ]; then
  log "creating database $DATABASE..."
  as_postgres "createdb -O $ROLE $DATABASE" >&2
fi

echo "postgresql+psycopg://$ROLE:$PASSWORD@$HOST/$DATABASE"
