#!/usr/bin/env bash
# Schedules scripts/quarterly-brief.sh in the user's crontab.
#
#   scripts/install-cron.sh [--yearly] [--schedule "M H DOM MON DOW"] [--install | --uninstall]
#                           [-- ARGS]
#
# Without --install or --uninstall it only prints the line it would add. The default
# schedule is 06:00 on the 1st of January, April, July and October (the machine's local
# time, as cron reads it). --yearly schedules the year in review instead (quarterly-brief.sh
# --year), by default at 06:30 on 1 January; the two lines are separate, so both may be
# installed. ARGS after -- are passed to quarterly-brief.sh (for instance
# -- --ledger /srv/ledger --out /srv/briefs).
#
# The line ends with a tag naming this repository (and which schedule), so --install adds it
# once (a second install changes nothing; a new schedule replaces the old line) and
# --uninstall removes exactly that line. Other crontab lines are never touched.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
repo="$(dirname "$script_dir")"
kind=quarterly
schedule=""
action=print
args=()

while [ $# -gt 0 ]; do
  case "$1" in
    --schedule) [ $# -ge 2 ] || { echo "install-cron: --schedule needs five cron fields" >&2; exit 2; }
                schedule="$2"; shift 2 ;;
    --install) action=install; shift ;;
    --yearly) kind=yearly; shift ;;
    --uninstall) action=uninstall; shift ;;
    --) shift; args=("$@"); break ;;
    -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-cron: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

tag="# liaison-$kind-brief $repo"
if [ "$kind" = yearly ]; then
  [ -n "$schedule" ] || schedule="30 6 1 1 *"
  args=(--year ${args[@]+"${args[@]}"})
else
  [ -n "$schedule" ] || schedule="0 6 1 1,4,7,10 *"
fi

read -r -a fields <<< "$schedule"
if [ "${#fields[@]}" -ne 5 ]; then
  echo "install-cron: --schedule '$schedule' needs five fields: minute hour day-of-month month day-of-week" >&2
  exit 2
fi

quote() { printf '%q' "$1"; }
command_line="$(quote "$script_dir/quarterly-brief.sh")"
for arg in ${args[@]+"${args[@]}"}; do command_line+=" $(quote "$arg")"; done
# cron reads % as a new line.
command_line="${command_line//%/\\%}"
line="$schedule $command_line $tag"

if [ "$action" = print ]; then
  echo "$line"
  exit 0
fi

if ! command -v crontab >/dev/null 2>&1; then
  echo "install-cron: no crontab command; install cron first (apt-get install cron)" >&2
  exit 1
fi

# The current crontab; none yet is the same as an empty one.
current="$(crontab -l 2>/dev/null || true)"
# Ours: the lines that end with the tag exactly (not a tag of /repo2 when this is /repo).
ends_with_tag='{ is_mine = length($0) >= length(tag) && substr($0, length($0) - length(tag) + 1) == tag }'
others="$(printf '%s\n' "$current" | awk -v tag="$tag" "$ends_with_tag; !is_mine")"
mine="$(printf '%s\n' "$current" | awk -v tag="$tag" "$ends_with_tag; is_mine")"

install_crontab() {
  printf '%s\n' "$1" | crontab -
}

case "$action" in
  install)
    if [ "$mine" = "$line" ]; then
      echo "install-cron: already installed, nothing changed: $line"
      exit 0
    fi
    if [ -n "$others" ]; then install_crontab "$others"$'\n'"$line"; else install_crontab "$line"; fi
    if [ -n "$mine" ]; then echo "install-cron: replaced the earlier line with: $line"
    else echo "install-cron: installed: $line"; fi
    ;;
  uninstall)
    if [ -z "$mine" ]; then
      echo "install-cron: not installed, nothing changed"
      exit 0
    fi
    install_crontab "$others"
    echo "install-cron: removed: $mine"
    ;;
esac
