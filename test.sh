#!/usr/bin/env bash
# The test command: installs the two system tools the install tests call (shellcheck for
# install.sh, systemd-analyze for the unit file) when they are missing, then runs every test.
# Extra arguments go to `dotnet test` (for example a logger).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v shellcheck >/dev/null 2>&1 || ! command -v systemd-analyze >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq shellcheck systemd >/dev/null \
      || echo "test.sh: could not install shellcheck/systemd; the install tests will say what is missing" >&2
  else
    echo "test.sh: the install tests need shellcheck and systemd-analyze; install them (e.g. sudo apt-get install shellcheck systemd)" >&2
  fi
fi

exec dotnet test Bridge.sln "$@"
