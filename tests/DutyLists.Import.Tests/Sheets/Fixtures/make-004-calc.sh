#!/bin/sh
# Rebuilds 004-libreoffice-calc.xlsx: the duty sheet of seed 004 (004-duty-sheet.csv, which DutySheetCsvWriter
# writes byte for byte, see DutySheetFileTests) opened by LibreOffice Calc and saved as an Excel workbook, as a
# person would after editing it. Run from the repository root; needs LibreOffice Calc (apt-get install -y libreoffice-calc).
set -e
dir=tests/DutyLists.Import.Tests/Sheets/Fixtures
tmp=$(mktemp -d)
soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$tmp" "$dir/004-duty-sheet.csv"
cp "$tmp/004-duty-sheet.xlsx" "$dir/004-libreoffice-calc.xlsx"
rm -rf "$tmp"
