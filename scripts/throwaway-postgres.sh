# Sourced by test.sh and scripts/cluster.sh: installs what is missing from Debian's packages and
# starts a throwaway PostgreSQL on a free loopback port. Afterwards $HUB_POSTGRES holds its
# connection string and $pg_bin its tools; the server and its folder go away when the shell exits.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  for package in "$@"; do
    command -v "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if ((${#missing[@]})); then
    echo "Installing ${missing[*]} from Debian's packages..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

start_throwaway_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_dir=$(mktemp -d -t hub-pg-XXXXXX)
  local pg_user
  pg_user=$(id -un)
  as_pg() { "$@"; }
  if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root.
    pg_user=postgres
    chown postgres "$pg_dir"
    as_pg() { runuser -u postgres -- "$@"; }
  fi
  trap stop_throwaway_postgres EXIT

  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U "$pg_user" --auth=trust -E UTF8 >/dev/null
  local started="" port
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 30000))
    if as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 30 \
         -o "-p $port -c listen_addresses=127.0.0.1 -k $pg_dir -c fsync=on -c max_connections=300" start >/dev/null; then
      started=yes
      break
    fi
  done
  [ -n "$started" ] || { cat "$pg_dir/server.log"; echo "PostgreSQL did not start" >&2; exit 1; }
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
  HUB_POSTGRES="Host=127.0.0.1;Port=$port;Username=$pg_user;Database=postgres;Pooling=true"
}

# The server $HUB_POSTGRES names, or else a throwaway one.
use_postgres() {
  if [ -z "${HUB_POSTGRES:-}" ]; then
    install_missing
    start_throwaway_postgres
  fi
}

stop_throwaway_postgres() {
  [ -n "${pg_dir:-}" ] || return 0
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
