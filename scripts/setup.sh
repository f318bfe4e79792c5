#!/usr/bin/env bash
# Installs what Liaison needs on a Debian machine, idempotently and without questions.
# Run it as root (or as a user with sudo). It installs only what is missing and says
# what it did: libxlsxwriter (the workbook writer), and for the tests Python 3 with
# openpyxl (an independent XLSX reader). The Swift 6 toolchain itself is not a Debian
# package: it must already be on PATH (or in /opt/swift/usr/bin).
set -euo pipefail

packages=(libxlsxwriter-dev pkg-config)
command -v python3 >/dev/null 2>&1 || packages+=(python3)

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "setup: need root (or sudo) to install: ${packages[*]}" >&2
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: Debian packages already installed: ${packages[*]}"
else
  echo "setup: installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "setup: installed ${missing[*]}"
fi

# openpyxl, from PyPI with pip; where pip is missing or the system Python refuses it
# (PEP 668), from Debian instead.
if python3 -c "import openpyxl" 2>/dev/null; then
  echo "setup: openpyxl already installed"
elif python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "openpyxl>=3.0,<4" 2>/dev/null; then
  echo "setup: installed openpyxl with pip"
else
  echo "setup: pip cannot install openpyxl here; installing python3-openpyxl with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends python3-openpyxl >/dev/null
  python3 -c "import openpyxl" || { echo "setup: python3 still cannot import openpyxl" >&2; exit 1; }
  echo "setup: installed python3-openpyxl"
fi

if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    echo "setup: swift is in /opt/swift/usr/bin but not on PATH; add it: export PATH=/opt/swift/usr/bin:\$PATH" >&2
  else
    echo "setup: no Swift toolchain found; install Swift 6 (swift.org) and put it on PATH" >&2
  fi
  exit 1
fi
echo "setup: using $(swift --version 2>/dev/null | head -n 1)"
