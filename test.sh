#!/usr/bin/env bash
# The test command: installs the system tools the tests call when they are missing (shellcheck for install.sh,
# systemd-analyze for the unit file, Debian's chromium for the browser tests: Playwright drives it and never
# downloads a browser of its own; Debian's postgresql for the storage tests, which start throwaway clusters of their
# own with its initdb and pg_ctl), then runs every test. Extra arguments go to `dotnet test` (for example a logger).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null \
      || echo "test.sh: could not install ${missing[*]}; the tests that need them will say what is missing" >&2
  else
    echo "test.sh: the tests need ${missing[*]}; install them (e.g. sudo apt-get install ${missing[*]})" >&2
  fi
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec dotnet test Bridge.sln "$@"
