#!/usr/bin/env bash
# Compares Liaison's workbook writer with libxlsxwriter alone on the same cells.
#
#   scripts/bench/xlsx-vs-libxlsxwriter.sh LEDGER QUARTER [ROUNDS]
#
# Liaison writes the quarter's workbook (liaison-bench xlsx, median of 5); openpyxl reads
# its cells back; a small C program writes the same cells with libxlsxwriter (median of
# 5). The two alternate ROUNDS times (default 2), so that both see the same machine.
set -euo pipefail
ledger=$1 quarter=$2 rounds=${3:-2}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product liaison-bench >/dev/null
bench=$(swift build -c release --show-bin-path)/liaison-bench
cc -O2 -o "$work/xlsx-replay" "$here/xlsx-replay.c" $(pkg-config --cflags --libs xlsxwriter)
"$bench" xlsx --ledger "$ledger" --quarter "$quarter" --out "$work/liaison.xlsx" --runs 1 >/dev/null
python3 "$here/dump-xlsx-cells.py" "$work/liaison.xlsx" > "$work/cells.tsv"
echo "cells: $(wc -l < "$work/cells.tsv")"
for round in $(seq "$rounds"); do
  "$bench" xlsx --ledger "$ledger" --quarter "$quarter" --out "$work/liaison.xlsx" --runs 5 | tail -1
  "$work/xlsx-replay" "$work/cells.tsv" "$work/replay.xlsx" 5 | tail -1
done
