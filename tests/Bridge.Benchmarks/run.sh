#!/usr/bin/env bash
# Issue #11: runs every benchmark against a Release build and prints one table (figure, target, measured,
# verdict). About 10 minutes on 2 cores (page ≈ 2.5, ladders ≈ 4.5 of them: real time, real 5-minute ladders; hour
# ≈ 1: an hour of traffic on a clock ×120); --quick is a smoke run of about 4.5 minutes with small sizes.
# Each benchmark's own duration is printed after it ("== VERB took N s").
# Numbers from a busy machine measure the contention too: the header shows the load average.
set -euo pipefail
cd "$(dirname "$0")/../.."

quick=""
case "${1:-}" in
  --quick) quick="--quick" ;;
  "") ;;
  *) echo "usage: tests/Bridge.Benchmarks/run.sh [--quick]" >&2; exit 2 ;;
esac

mkdir -p artifacts/benchmarks
results="artifacts/benchmarks/results-$(date -u +%Y%m%dT%H%M%SZ).tsv"
: > "$results"
started=$(date +%s)

echo "== build (Release: the benchmarks and the worker they start)"
dotnet build -c Release tests/Bridge.Benchmarks -nologo -v q
bench_dll=tests/Bridge.Benchmarks/bin/Release/net10.0/Bridge.Benchmarks.dll
worker=src/Bridge.Worker/bin/Release/net10.0/Bridge.Worker

# One benchmark; a failure is a row in the table, not the end of the run.
bench() {
  local verb=$1
  shift
  echo
  echo "== $verb"
  local began=$SECONDS
  if ! dotnet "$bench_dll" "$verb" "$@" $quick --results "$results"; then
    printf '%s: the benchmark failed\t—\tsee the output above\tFAILED\n' "$verb" >> "$results"
  fi
  echo "== $verb took $(( SECONDS - began )) s"
}

if [ -n "$quick" ]; then storage_sizes=(200 3); else storage_sizes=(1000 5); fi
bench deciders                                 # item 5
bench storage "${storage_sizes[@]}"            # context for item 1
bench ingest --worker "$worker"                # item 1
bench page --worker "$worker"                  # item 2: ticket → first webhook page; callbacks dropped, poll 5 s
bench poll                                     # item 3
bench ladders --worker "$worker"               # item 4: 10,000 incidents
bench footprint --worker "$worker"             # item 6
bench hour                                     # item 6: RSS after 1 h of simulated traffic (its own bridge process on a clock ×120)

# shellcheck source=/dev/null
os=$(. /etc/os-release && echo "$PRETTY_NAME")
echo
echo "== results ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB,"\
     "$os, .NET $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg),"\
     "$(( $(date +%s) - started )) s${quick:+, quick})"
dotnet "$bench_dll" table "$results"
echo "(rows kept in $results)"
