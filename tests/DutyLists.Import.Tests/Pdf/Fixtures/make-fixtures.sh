#!/usr/bin/env bash
# Regenerates the PDF fixtures. Needs python3, libreoffice-writer, qpdf and the Droid Sans Fallback font
# (Debian: fonts-droid-fallback); the PDFs are committed because CI has no LibreOffice.
#  - 000-libreoffice.pdf, 004-libreoffice.pdf: seed documents 000 and 004 (TAB layout) laid out as HTML tables by
#    ../../PdfText/Fixtures/tsv2html.py and rendered to PDF by LibreOffice;
#  - scanned.pdf: a page holding only an image, as a scanned document has;
#  - no-table.pdf: a list heading and no table;
#  - encrypted.pdf: the same page encrypted with the user password "secret".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for seed in 000 004; do
  python3 "$here/../../PdfText/Fixtures/tsv2html.py" "$root"/seed-data/"$seed"_*.txt "$work/$seed-libreoffice.html"
done
python3 - "$work" <<'PY'
import struct, sys, zlib
work = sys.argv[1]
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
width, height = 120, 60
rows = b''.join(b'\x00' + bytes((x * 2 + y) % 256 for x in range(width)) for y in range(height))
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0)) \
    + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b'')
with open(f'{work}/scan.png', 'wb') as f:
    f.write(png)
with open(f'{work}/scanned.html', 'w') as f:
    f.write('<html><body><img src="scan.png" width="480" height="240"></body></html>')
with open(f'{work}/plain.html', 'w', encoding='utf-8') as f:
    f.write('<html><head><meta charset="utf-8"></head><body><p>吉木萨尔县三台镇基本履职事项清单</p></body></html>')
PY
soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir "$work" "$work"/*-libreoffice.html >/dev/null
# The small pages go through the Writer import, which the web export leaves empty for them.
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$work" "$work/scanned.html" "$work/plain.html" >/dev/null
qpdf --encrypt secret owner 256 -- "$work/plain.pdf" "$here/encrypted.pdf"
cp "$work"/000-libreoffice.pdf "$work"/004-libreoffice.pdf "$work"/scanned.pdf "$here/"
cp "$work/plain.pdf" "$here/no-table.pdf"
ls -l "$here"/*.pdf
