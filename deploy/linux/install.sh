#!/usr/bin/env bash
# Install, upgrade or remove Bridge as a systemd service.
#
#   sudo ./install.sh --install   --from PUBLISH_DIR [--private-key-stdin] [--postgres-stdin [--instance-name NAME]]
#   sudo ./install.sh --upgrade   --from PUBLISH_DIR
#   sudo ./install.sh --uninstall [--purge]
#
# Options:
#   --from DIR            the output of: dotnet publish src/Bridge.Worker -c Release -r linux-x64
#                         --self-contained -p:PublishSingleFile=true -o DIR
#   --root DIR            install below DIR instead of / (for packaging and tests; no users,
#                         no systemctl)
#   --private-key-stdin   read the ConnectWise private key from standard input and keep it in
#                         a root-only environment file, not in bridge.json
#   --postgres-stdin      keep the state in PostgreSQL (several instances on one database): read
#                         the connection string from standard input (after the private key when
#                         both are given) into the root-only environment file
#   --instance-name NAME  with --postgres-stdin: this instance's name in the engine lease
#   --purge               with --uninstall: also delete configuration, state and logs
#   --dry-run             print every step without doing it
#
# The admin's bridge.json is never overwritten; a newer shipped copy lands beside it as
# bridge.json.shipped with the keys it adds listed. Running --install twice is not an error.
set -euo pipefail

ACTION=""
FROM=""
ROOT="/"
PURGE=0
DRY_RUN=0
KEY_FROM_STDIN=0
POSTGRES_FROM_STDIN=0
INSTANCE_NAME=""
SERVICE="bridge"

die() { echo "install.sh: $*" >&2; exit 1; }
say() { echo "==> $*"; }
run() {
  if [ "$DRY_RUN" -eq 1 ]; then
    echo "[dry-run] $*"
  else
    "$@"
  fi
}

while [ $# -gt 0 ]; do
  case "$1" in
    --install|--upgrade|--uninstall) ACTION="${1#--}" ;;
    --from) FROM="${2:?--from needs a directory}"; shift ;;
    --root) ROOT="${2:?--root needs a directory}"; shift ;;
    --purge) PURGE=1 ;;
    --dry-run) DRY_RUN=1 ;;
    --private-key-stdin) KEY_FROM_STDIN=1 ;;
    --postgres-stdin) POSTGRES_FROM_STDIN=1 ;;
    --instance-name) INSTANCE_NAME="${2:?--instance-name needs a name}"; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
  shift
done

[ -n "$ACTION" ] || die "say what to do: --install, --upgrade or --uninstall (see --help)"
ROOT="${ROOT%/}"
PREFIX="$ROOT/opt/bridge"
CONFIG="$ROOT/etc/bridge"
UNIT="$ROOT/etc/systemd/system/$SERVICE.service"
STATE="$ROOT/var/lib/bridge"
LOGS="$ROOT/var/log/bridge"
SYSTEM_ROOT=0
[ -z "$ROOT" ] && SYSTEM_ROOT=1

if [ "$SYSTEM_ROOT" -eq 1 ] && [ "$DRY_RUN" -eq 0 ] && [ "$(id -u)" -ne 0 ]; then
  die "run as root (sudo): installing a service changes /opt, /etc and systemd"
fi

script_dir() { cd "$(dirname "${BASH_SOURCE[0]}")" && pwd; }

# Lists the top-level "Section:Key" paths present in the shipped file but not in the admin's.
new_keys() {
  local shipped="$1" current="$2"
  grep -o '"[A-Za-z0-9_]*"[[:space:]]*:' "$shipped" | tr -d '":[:space:]' | sort -u >"$shipped.keys.tmp"
  grep -o '"[A-Za-z0-9_]*"[[:space:]]*:' "$current" | tr -d '":[:space:]' | sort -u >"$current.keys.tmp"
  comm -23 "$shipped.keys.tmp" "$current.keys.tmp"
  rm -f "$shipped.keys.tmp" "$current.keys.tmp"
}

render_unit() {
  local template
  template="$(script_dir)/bridge.service.in"
  [ -f "$template" ] || template="$FROM/deploy/linux/bridge.service.in"
  [ -f "$template" ] || die "bridge.service.in not found beside install.sh"
  sed -e "s|@PREFIX@|$PREFIX|g" -e "s|@CONFIG@|$CONFIG|g" "$template"
}

copy_binaries() {
  [ -n "$FROM" ] || die "--from PUBLISH_DIR is required (dotnet publish output)"
  [ -x "$FROM/Bridge.Worker" ] || die "$FROM/Bridge.Worker not found or not executable: publish first"
  say "binaries -> $PREFIX"
  run mkdir -p "$PREFIX"
  run cp -a "$FROM/." "$PREFIX/"
  run rm -rf "$PREFIX/config"
}

install_config() {
  say "configuration -> $CONFIG (existing files are kept)"
  run mkdir -p "$CONFIG"
  local file
  for file in appsettings.json bridge.json; do
    if [ ! -f "$FROM/config/$file" ]; then
      continue
    fi
    if [ -f "$CONFIG/$file" ]; then
      if ! cmp -s "$FROM/config/$file" "$CONFIG/$file"; then
        run cp "$FROM/config/$file" "$CONFIG/$file.shipped"
        if [ "$DRY_RUN" -eq 0 ]; then
          local added
          added="$(new_keys "$CONFIG/$file.shipped" "$CONFIG/$file")"
          if [ -n "$added" ]; then
            echo "    $file: the shipped copy has keys yours lacks: $(echo "$added" | tr '\n' ' ')"
            echo "    compare with $CONFIG/$file.shipped"
          fi
        fi
      fi
    else
      run cp "$FROM/config/$file" "$CONFIG/$file"
    fi
  done
}

store_secrets() {
  [ "$KEY_FROM_STDIN" -eq 1 ] || [ "$POSTGRES_FROM_STDIN" -eq 1 ] || return 0
  local key="" connection="" lines=""
  if [ "$KEY_FROM_STDIN" -eq 1 ]; then
    IFS= read -r key || true
    [ -n "$key" ] || die "--private-key-stdin: nothing was read from standard input"
    say "ConnectWise private key -> $CONFIG/bridge.env (mode 0600, root only)"
    lines+="Bridge__ConnectWise__PrivateKey=$key"$'\n'
  fi
  if [ "$POSTGRES_FROM_STDIN" -eq 1 ]; then
    IFS= read -r connection || true
    [ -n "$connection" ] || die "--postgres-stdin: no connection string was read from standard input"
    say "PostgreSQL storage (connection string) -> $CONFIG/bridge.env (mode 0600, root only)"
    lines+="Bridge__Storage__Provider=PostgreSql"$'\n'"Bridge__Storage__ConnectionString=$connection"$'\n'
    if [ -n "$INSTANCE_NAME" ]; then
      lines+="Bridge__Storage__InstanceName=$INSTANCE_NAME"$'\n'
    fi
  fi
  if [ "$DRY_RUN" -eq 0 ]; then
    umask 077
    printf '%s' "$lines" >"$CONFIG/bridge.env"
    chmod 0600 "$CONFIG/bridge.env"
  fi
}

ensure_user() {
  [ "$SYSTEM_ROOT" -eq 1 ] || return 0
  if ! id -u bridge >/dev/null 2>&1; then
    say "service user 'bridge'"
    run useradd --system --no-create-home --home-dir /var/lib/bridge --shell /usr/sbin/nologin bridge
  fi
  run chown -R root:bridge "$CONFIG"
  run chmod 0750 "$CONFIG"
}

write_unit() {
  say "systemd unit -> $UNIT"
  run mkdir -p "$(dirname "$UNIT")"
  if [ "$DRY_RUN" -eq 1 ]; then
    echo "[dry-run] render bridge.service.in with prefix $PREFIX and config $CONFIG"
  else
    render_unit >"$UNIT"
  fi
}

systemctl_if_system() {
  if [ "$SYSTEM_ROOT" -eq 1 ]; then
    run systemctl "$@"
  else
    echo "    (not under /, skipped: systemctl $*)"
  fi
}

case "$ACTION" in
  install)
    copy_binaries
    install_config
    store_secrets
    ensure_user
    write_unit
    systemctl_if_system daemon-reload
    systemctl_if_system enable "$SERVICE"
    systemctl_if_system restart "$SERVICE"
    say "installed. Check: $PREFIX/Bridge.Worker validate --config $CONFIG"
    ;;
  upgrade)
    [ -f "$UNIT" ] || die "not installed ($UNIT missing): use --install"
    systemctl_if_system stop "$SERVICE"
    copy_binaries
    install_config
    write_unit
    systemctl_if_system daemon-reload
    systemctl_if_system start "$SERVICE"
    say "upgraded; configuration and data kept"
    ;;
  uninstall)
    if [ -f "$UNIT" ]; then
      systemctl_if_system disable --now "$SERVICE"
      run rm -f "$UNIT"
      systemctl_if_system daemon-reload
    fi
    run rm -rf "$PREFIX"
    if [ "$PURGE" -eq 1 ]; then
      say "purging configuration, state and logs"
      run rm -rf "$CONFIG" "$STATE" "$LOGS"
    else
      say "kept $CONFIG and $STATE (use --purge to delete them)"
    fi
    ;;
esac
