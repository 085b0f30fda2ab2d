#!/usr/bin/env bash
# Renders every table seed in seed-data/ (000, 001, 003, 004; 002 is PDF text already) as the county offices' files
# would arrive: PDF from LibreOffice at A4 portrait, A4 landscape and A5, 9 to 14 pt; PDF from Chromium's print of
# the same HTML table; DOCX from LibreOffice.
#
# Usage: tools/renderings/render.sh OUT_DIR [subset|full]
#   subset (default): LibreOffice PDFs at 9, 12 and 14 pt on every page size, Chromium PDF at A4 portrait 12 pt,
#                     DOCX at A4 portrait 12 pt; the set the tests read (tests/DutyLists.Import.Tests/Renderings).
#   full:             every page size at every size from 9 to 14 pt from both producers (the slower check).
# Names: SEED-PRODUCER-PAGE-SIZEpt.pdf, e.g. 004-libreoffice-a4-landscape-12pt.pdf.
# Needs python3, LibreOffice Writer (soffice), poppler-utils (pdftotext) and Chromium.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
mode="${2:-subset}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
declare -A pages=([a4-portrait]="210mm 297mm" [a4-landscape]="297mm 210mm" [a5-portrait]="148mm 210mm")
seeds=(000 001 003 004)
if [ "$mode" = full ]; then sizes=(9 10 11 12 13 14); chromium_pages=("${!pages[@]}"); chromium_sizes=("${sizes[@]}")
else sizes=(9 12 14); chromium_pages=(a4-portrait); chromium_sizes=(12); fi
mkdir -p "$work/lo" "$work/chromium" "$work/docx"
for seed in "${seeds[@]}"; do
  src=("$root"/seed-data/"$seed"_*.txt)
  for page in "${!pages[@]}"; do
    for size in "${sizes[@]}"; do
      python3 "$here/seed2html.py" "${src[0]}" "$work/lo/$seed-libreoffice-$page-${size}pt.html" "${pages[$page]}" "$size"
    done
  done
  for page in "${chromium_pages[@]}"; do
    for size in "${chromium_sizes[@]}"; do
      python3 "$here/seed2html.py" "${src[0]}" "$work/chromium/$seed-chromium-$page-${size}pt.html" "${pages[$page]}" "$size"
    done
  done
  python3 "$here/seed2html.py" "${src[0]}" "$work/docx/$seed-libreoffice-a4-portrait-12pt.html" "${pages[a4-portrait]}" 12
done
# One LibreOffice run converts them all; its web export honours the HTML's @page size.
soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir "$out" "$work"/lo/*.html >/dev/null 2>&1
# LibreOffice 7.4's HTML import (Writer/Web) drops the first paragraph of some documents and leaves page 1 blank:
# 003, whose list heading is its first paragraph, lost its heading at every size, while 000's title survives.
# A county office's PDF always carries its title, so a PDF that lacks its HTML's first paragraph is converted again
# with the document opened as a Writer text (--writer), which keeps it; the others stay as they were.
redo=()
for html in "$work"/lo/*.html; do
  pdf="$out/$(basename "$html" .html).pdf"
  first="$(python3 -c 'import html, re, sys; print(html.unescape(re.search(r"<p>(.*?)</p>", open(sys.argv[1], encoding="utf-8").read()).group(1)))' "$html" | tr -d ' ')"
  text="$(pdftotext "$pdf" - | tr -d ' \n')"
  if [[ "$text" != *"$first"* ]]; then redo+=("$html"); fi
done
if [ "${#redo[@]}" -gt 0 ]; then
  soffice --headless --writer --convert-to pdf:writer_web_pdf_Export --outdir "$out" "${redo[@]}" >/dev/null 2>&1
fi
soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$out" "$work"/docx/*.html >/dev/null 2>&1
for html in "$work"/chromium/*.html; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$out/$(basename "$html" .html).pdf" "$html" >/dev/null 2>&1
done
ls -l "$out"
