#!/usr/bin/env bash
# Runs every test. On Debian, as root, first installs what the tests need and is not there yet:
# Chromium and a Chinese font for the browser tests, poppler-utils for PDF import.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" || missing+=(fonts-wqy-microhei)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]}"
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
  else
    echo "Missing ${missing[*]}: install them (apt-get install ${missing[*]}) for the browser and PDF tests." >&2
  fi
fi

dotnet test DutyLists.sln --configuration Release "$@"
