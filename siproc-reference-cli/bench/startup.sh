#!/usr/bin/env bash
# Start-up of `siproc case show` on a warm H2 file database (docs/benchmarks.md, "CLI").
# From the repository root, after ./mvnw -pl siproc-reference-cli -am package -DskipTests:
#   siproc-reference-cli/bench/startup.sh [RUNS]      (default 10 runs a variant)
# Prints, for each way of starting the tool, the median, min and max wall time, the median CPU time (user + sys,
# steadier than wall time on a shared machine) and the load average after the runs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-10}"
jar="${SIPROC_JAR:-$root/siproc-reference-cli/target/siproc.jar}"
export SIPROC_JAR="$jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SIPROC_DB="jdbc:h2:file:$work/data/siproc" SIPROC_CDS_DIR="$work/cds"
export SIPROC_ADMIN_PASSWORD="bench-admin-password" SIPROC_NEW_USER_PASSWORD="bench-user-password"

"$root/siproc" init --admin admin >/dev/null
"$root/siproc" --user admin user add ofi.tap --role OFFICER --office MXTAP >/dev/null
number="$("$root/siproc" --user ofi.tap --format json case register \
  --input "$root/docs/examples/register-case.json" | sed -n 's/.*"caseNumber" : "\([^"]*\)".*/\1/p')"
"$root/siproc" --user ofi.tap case show "$number" >/dev/null   # warm: page cache, the AppCDS archive of this jar

measure() {  # LABEL COMMAND...: runs it $runs times
  local label="$1"; shift
  local walls=() cpus=() line
  for _ in $(seq "$runs"); do
    line="$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>"$work/err"; } 2>&1 )" \
      || { echo "$label: failed"; cat "$work/err"; exit 1; }
    read -r real user sys <<<"$line"
    walls+=("$(awk -v r="$real" 'BEGIN { printf "%d", r * 1000 }')")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')")
  done
  local w c
  w=($(printf '%s\n' "${walls[@]}" | sort -n)); c=($(printf '%s\n' "${cpus[@]}" | sort -n))
  local n=${#w[@]}
  printf '%-44s wall median %5d ms (min %5d, max %5d); CPU median %5d ms; load %s\n' "$label" \
    $(( (w[(n-1)/2] + w[n/2]) / 2 )) "${w[0]}" "${w[n-1]}" $(( (c[(n-1)/2] + c[n/2]) / 2 )) \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
}

show=(--user ofi.tap --format json case show "$number")
if [[ "${SKIP_PLAIN_JAR:-no}" != "yes" ]]; then   # SKIP_PLAIN_JAR=yes: launcher variants only
  measure "java -jar siproc.jar (no JVM options)" java -jar "$jar" "${show[@]}"
fi
SIPROC_CDS=off measure "siproc launcher, AppCDS off" "$root/siproc" "${show[@]}"
measure "siproc launcher (AppCDS, C1, serial GC)" "$root/siproc" "${show[@]}"
