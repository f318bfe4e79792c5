#!/usr/bin/env bash
# Writes the brief of the last complete quarter, or with --year the review of the last
# complete year: the entry point a crontab line calls.
#
#   scripts/quarterly-brief.sh [--year] [--as-of YYYY-MM-DD] [--ledger DIR] [--out DIR]
#                              [--log FILE] [--wait SECONDS] [--verbose] [-- EXTRA ARGUMENTS]
#
# Works under cron's bare environment from any directory: it finds the repository from its
# own path and runs the prebuilt release binary (.build/release/liaison; build it with
# `swift build -c release --product liaison`). It never compiles.
#
# - The quarter (year) is the one before the as-of day's: --as-of, else $LIAISON_AS_OF, else
#   today (UTC).
# - Defaults: ledger <repo>/seeds, out <repo>/Reports, log <repo>/Reports/logs/liaison.log.
# - One run at a time per output folder (flock on it); a second run waits up to --wait
#   seconds (default 300), then gives up with exit 75.
# - Appends one line per run to the log: time, quarter or year, outcome, files or error, duration.
# - Silent on success (--verbose prints the log line); errors go to stderr with a non-zero
#   exit, so cron mails only failures. Exit codes: 0 done, 1 the brief failed, 2 bad
#   arguments or no binary, 75 another run kept the lock.
set -uo pipefail
export PATH="/usr/bin:/bin${PATH:+:$PATH}"
export LC_ALL=C.UTF-8

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
repo="$(dirname "$script_dir")"
binary="$repo/.build/release/liaison"

as_of="${LIAISON_AS_OF:-}"
ledger="$repo/seeds"
out="$repo/Reports"
log=""
wait_seconds=300
verbose=false
yearly=false
extra=()

fail_usage() {
  echo "quarterly-brief: $1" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --as-of) [ $# -ge 2 ] || fail_usage "--as-of needs a date (YYYY-MM-DD)"; as_of="$2"; shift 2 ;;
    --ledger) [ $# -ge 2 ] || fail_usage "--ledger needs a directory"; ledger="$2"; shift 2 ;;
    --out) [ $# -ge 2 ] || fail_usage "--out needs a directory"; out="$2"; shift 2 ;;
    --log) [ $# -ge 2 ] || fail_usage "--log needs a file"; log="$2"; shift 2 ;;
    --wait) [ $# -ge 2 ] || fail_usage "--wait needs a number of seconds"; wait_seconds="$2"; shift 2 ;;
    --verbose) verbose=true; shift ;;
    --year) yearly=true; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail_usage "unknown argument '$1' (arguments for liaison brief go after --)" ;;
  esac
done
[ -n "$log" ] || log="$out/logs/liaison.log"

[ -n "$as_of" ] || as_of="$(date -u +%Y-%m-%d)"
[[ "$wait_seconds" =~ ^[0-9]+$ ]] || fail_usage "--wait '$wait_seconds' is not a number of seconds"
[[ "$as_of" =~ ^([0-9]{4})-([0-9]{2})-([0-9]{2})$ ]] || fail_usage "'$as_of' is not a day; write YYYY-MM-DD"

# The quarter (year) before the one holding the as-of day, for the log even when liaison fails.
year=$((10#${BASH_REMATCH[1]}))
month=$((10#${BASH_REMATCH[2]}))
number=$(( (month - 1) / 3 ))
if $yearly; then
  period="year=$((year - 1))"
  choice=(--year previous)
else
  if [ "$number" -eq 0 ]; then period="quarter=$((year - 1))-Q4"; else period="quarter=$year-Q$number"; fi
  choice=(--quarter previous)
fi

started_ns=$(date +%s%N)

# One line in the log; echoed with --verbose.
record() {
  local elapsed_ms=$(( ($(date +%s%N) - started_ns) / 1000000 ))
  local line
  line="$(date -u +%Y-%m-%dT%H:%M:%SZ) $period as-of=$as_of $1 duration=$((elapsed_ms / 1000)).$(printf '%03d' $((elapsed_ms % 1000)))s"
  if mkdir -p "$(dirname "$log")" 2>/dev/null && printf '%s\n' "$line" >> "$log" 2>/dev/null; then :; else
    echo "quarterly-brief: cannot append to the log $log" >&2
  fi
  if $verbose; then printf '%s\n' "$line"; fi
}

if [ ! -x "$binary" ]; then
  record "status=error message=\"no liaison binary at $binary\""
  echo "quarterly-brief: no release binary at $binary" >&2
  echo "quarterly-brief: build it once with: cd $repo && swift build -c release --product liaison" >&2
  exit 2
fi

if ! mkdir -p "$out" 2>/dev/null; then
  record "status=error message=\"cannot create the output folder $out\""
  echo "quarterly-brief: cannot create the output folder $out" >&2
  exit 1
fi

stdout_file="$(mktemp)"
stderr_file="$(mktemp)"
trap 'rm -f "$stdout_file" "$stderr_file"' EXIT

# flock on the output folder: two runs never write the same briefs at once. The wait is a
# loop of non-blocking tries rather than flock --wait, whose timer is a signal that a
# parent may have blocked.
deadline_ns=$(( $(date +%s%N) + wait_seconds * 1000000000 ))
while :; do
  flock --nonblock --conflict-exit-code 75 "$out" \
    "$binary" brief "${choice[@]}" --as-of "$as_of" --ledger "$ledger" --out "$out" ${extra[@]+"${extra[@]}"} \
    > "$stdout_file" 2> "$stderr_file"
  status=$?
  if [ "$status" -ne 75 ] || [ "$(date +%s%N)" -ge "$deadline_ns" ]; then break; fi
  sleep 0.2
done

if [ "$status" -eq 0 ]; then
  files=$(grep -c . "$stdout_file")
  folder="$(head -n 1 "$stdout_file" | sed -E 's|(/csv)?/[^/]*$||')"
  warnings=$(grep -c ': warning: ' "$stderr_file")
  top="$(sed "s|^$folder/||" "$stdout_file" | grep -v '^csv/' | paste -sd, - | sed 's/,/, /g')"
  tables=$(grep -c "^$folder/csv/" "$stdout_file")
  record "status=ok folder=$folder files=$files ($top${tables:+ and $tables tables in csv/}) warnings=$warnings"
  exit 0
fi

if [ "$status" -eq 75 ]; then
  record "status=busy message=\"another run held the lock on $out for ${wait_seconds}s\""
  echo "quarterly-brief: another run is writing briefs into $out; gave up after waiting ${wait_seconds}s" >&2
  exit 75
fi

errors=$(grep -c ': error: ' "$stderr_file")
first="$(grep -m 1 ': error: ' "$stderr_file" || grep -m 1 '^error: \|^Error: ' "$stderr_file" || head -n 1 "$stderr_file")"
record "status=error exit=$status errors=$errors message=\"${first//\"/\'}\""
cat "$stderr_file" >&2
exit "$status"
