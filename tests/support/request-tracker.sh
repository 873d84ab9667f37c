#!/usr/bin/env bash
# Request Tracker 5 on 127.0.0.1:8088 for the e2e suite tests/e2e/request-tracker.spec.ts, from
# Debian's packages (request-tracker5, rt5-standalone, rt5-db-sqlite) with their SQLite database.
#
#   request-tracker.sh install   installs the three packages if they are missing (apt-get)
#   request-tracker.sh start     starts rt-server in the background, waits until it answers
#   request-tracker.sh stop      stops the rt-server this script started
#
# `start` works on a fresh copy of the database the package set up (root / password), so every
# run begins alike and the package's own database is left alone. The settings are a file in
# RT_SiteConfig.d that applies only to an rt-server started here (it checks KLARTEXT_RT_DB), so
# an RT the machine serves otherwise keeps its own configuration. Needs root (as CI runs), for
# /etc/request-tracker5 and the package's database. Outgoing mail (RT's autoreplies to the
# customer) goes into a temporary file, never to a mail server.
set -euo pipefail

PORT=8088
ORIGIN="http://127.0.0.1:$PORT"
STATE_DIR="${KLARTEXT_RT_STATE:-/tmp/klartext-rt}"
PID_FILE="$STATE_DIR/rt-server.pid"
LOG_FILE="$STATE_DIR/rt-server.log"
SITE_CONFIG=/etc/request-tracker5/RT_SiteConfig.d/99-klartext-ci.pm
PACKAGE_DB=/var/lib/dbconfig-common/sqlite3/request-tracker5/rtdb
RT_SERVER=/usr/share/request-tracker5/libexec/rt-server
PACKAGES=(request-tracker5 rt5-standalone rt5-db-sqlite)

log() { printf '[request-tracker] %s\n' "$*"; }
fail() {
  printf '[request-tracker] %s\n' "$*" >&2
  exit 1
}

need_root() {
  [ "$(id -u)" -eq 0 ] || fail "run as root (sudo $0 $1): RT's configuration and database belong to root"
}

answers() {
  node -e "fetch('$ORIGIN/NoAuth/Login.html').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
}

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  # A stale file's id may belong to another process by now.
  grep -qs rt-server "/proc/$pid/cmdline" || return 1
  echo "$pid"
}

install() {
  local missing=()
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
      missing+=("$package")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    log "installed: ${PACKAGES[*]}"
    return
  fi
  need_root install
  log "installing ${missing[*]} from Debian"
  # Non-interactive: dbconfig-common creates and fills the SQLite database, root's password is
  # RT's default. The package lists are fetched only when they are missing or out of date.
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y "${missing[@]}" || { apt-get update && apt-get install -y "${missing[@]}"; }
}

write_site_config() {
  cat >"$SITE_CONFIG" <<'PERL'
# Klartext's e2e tests (tests/support/request-tracker.sh in the Klartext repository): RT on
# 127.0.0.1:8088 with a copy of the database. Only for the rt-server that script starts.
if ($ENV{KLARTEXT_RT_DB}) {
    Set($WebDomain, '127.0.0.1');
    Set($WebPort, 8088);
    Set($WebPath, '');
    Set($WebBaseURL, 'http://127.0.0.1:8088');
    Set($DatabaseName, $ENV{KLARTEXT_RT_DB});
    # Autoreplies and notifications go into a temporary file: nothing leaves the machine.
    Set($MailCommand, 'testfile');
    Set($LogToSyslog, undef);
    Set($LogToSTDERR, 'warning');
}
1;
PERL
}

start() {
  if pid="$(running_pid)"; then
    log "already running (pid $pid) on $ORIGIN"
    return
  fi
  need_root start
  [ -x "$RT_SERVER" ] || fail "rt-server not found: install ${PACKAGES[*]} ($0 install)"
  [ -f "$PACKAGE_DB" ] || fail "RT's SQLite database $PACKAGE_DB is missing (reinstall rt5-db-sqlite)"
  if answers; then
    fail "something else answers on $ORIGIN; stop it first"
  fi
  mkdir -p "$STATE_DIR"
  cp "$PACKAGE_DB" "$STATE_DIR/rtdb"
  write_site_config
  log "starting rt-server on $ORIGIN (log: $LOG_FILE)"
  # A session of its own, so `stop` ends the server and its workers together.
  KLARTEXT_RT_DB="$STATE_DIR/rtdb" setsid "$RT_SERVER" --host 127.0.0.1 --port "$PORT" \
    >"$LOG_FILE" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 120); do
    if answers; then
      log "up on $ORIGIN"
      return
    fi
    kill -0 "$(cat "$PID_FILE")" 2>/dev/null || break
    sleep 0.5
  done
  cat "$LOG_FILE" >&2 || true
  stop
  fail "rt-server did not answer on $ORIGIN"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    return
  fi
  kill -- "-$pid" 2>/dev/null || kill "$pid"
  for _ in $(seq 1 20); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  rm -f "$PID_FILE"
  log "stopped"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  *)
    echo "usage: $0 install|start|stop" >&2
    exit 2
    ;;
esac
