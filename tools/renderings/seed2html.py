"""Lays out a TAB-separated seed duty list as an HTML document, one table per list, at a given page size and font size.

Usage: seed2html.py SEED.txt OUT.html PAGE FONT_PT
PAGE is a CSS page size: "A4 portrait", "A4 landscape" or "A5 portrait". The same HTML goes to LibreOffice and to
Chromium's print, so both producers lay out the same table.
"""
import html
import re
import sys

src, dst, page, font = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
lines = open(src, encoding='utf-8').read().split('\n')
# Column widths (percent) by column count: basic, cooperative and reclaimed lists.
widths = {3: [6, 12, 82], 6: [6, 6, 12, 10, 40, 26], 4: [6, 10, 36, 48], 5: [6, 14, 12, 40, 28]}
out = ['<html><head><meta charset="utf-8"><style>',
       '@page { size: %s; margin: 1.5cm }' % page,
       'body { font-family: "Droid Sans Fallback"; font-size: %spt }' % font,
       'table { border-collapse: collapse; width: 100%% } td, th { border: 1px solid #000; vertical-align: middle; font-size: %spt }' % font,
       'thead { display: table-header-group } tr { break-inside: auto }',
       '</style></head><body>']
table = None
for line in lines:
    cells = line.split('\t')
    if len(cells) == 1:
        if table:
            out.append('</table>')
            table = None
        if line.strip():
            out.append('<p>%s</p>' % html.escape(line))
        continue
    if len(cells) == 2:  # table of contents
        out.append('<p>%s %s</p>' % (html.escape(cells[0]), html.escape(cells[1])))
        continue
    if cells[0] == '序号':
        while cells and not cells[-1].strip():  # 001's trailing empty column
            cells.pop()
        if table is None:
            table = len(cells)
            out.append('<table>')
            out.append('<thead><tr>%s</tr></thead>' % ''.join(
                '<th width="%d%%">%s</th>' % (w, html.escape(c)) for w, c in zip(widths[table], cells)))
        continue
    if not any(c.strip() for c in cells[1:]):  # 003's category rows: 一、党的建设（1项）
        out.append('<tr><td colspan="%d">%s</td></tr>' % (table, html.escape(cells[0])))
        continue
    cells = cells[:table - 1] + [' '.join(c for c in cells[table - 1:] if c.strip())]
    # Duty cells carry <p> paragraphs and unclosed <ol>: keep the paragraphs, drop the list tags.
    rendered = [re.sub(r'</?(ol|ul)[^>]*>', '', c) if '<p>' in c or '<ol' in c else html.escape(c) for c in cells]
    out.append('<tr>%s</tr>' % ''.join('<td>%s</td>' % c for c in rendered))
if table:
    out.append('</table>')
out.append('</body></html>')
open(dst, 'w', encoding='utf-8').write('\n'.join(out))
