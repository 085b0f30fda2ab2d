#!/bin/sh
# Rebuilds 004-libreoffice.docx: seed 004 laid out as HTML tables, converted to .docx by LibreOffice Writer.
# Run from the repository root; needs python3 and LibreOffice (apt-get install -y libreoffice-writer).
set -e
out=tests/DutyLists.Import.Tests/Word/Fixtures
tmp=$(mktemp -d)
python3 tests/DutyLists.Import.Tests/PdfText/Fixtures/tsv2html.py seed-data/004_8225977eeb55b18a.txt "$tmp/004.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$tmp" "$tmp/004.html"
cp "$tmp/004.docx" "$out/004-libreoffice.docx"
rm -rf "$tmp"
