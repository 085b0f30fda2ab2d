"""Renders a TAB-separated duty list as an HTML document with one table per list (for LibreOffice → PDF)."""
import html, re, sys

src, dst = sys.argv[1], sys.argv[2]
lines = open(src, encoding='utf-8').read().split('\n')
widths = {3: [5, 9, 86], 6: [5, 5, 10, 9, 44, 27], 4: [5, 9, 36, 50]}
out = ['<html><head><meta charset="utf-8"><style>',
       '@page { size: A4 portrait; margin: 1.5cm }',
       'body { font-family: "Droid Sans Fallback"; font-size: 10pt }',
       'table { border-collapse: collapse; width: 100% } td, th { border: 1px solid #000; vertical-align: middle }',
       '</style></head><body>']
table = None
for line in lines:
    cells = line.split('\t')
    if len(cells) == 1:
        if table:
            out.append('</table>'); table = None
        if line.strip():
            out.append('<p>%s</p>' % html.escape(line))
        continue
    if len(cells) == 2:  # table of contents
        out.append('<p>%s %s</p>' % (html.escape(cells[0]), html.escape(cells[1])))
        continue
    if cells[0] == '序号':
        if table is None:
            table = len(cells)
            out.append('<table>')
            out.append('<thead><tr>%s</tr></thead>' % ''.join(
                '<th width="%d%%">%s</th>' % (w, html.escape(c)) for w, c in zip(widths[table], cells)))
        continue
    cells = cells[:table - 1] + [' '.join(cells[table - 1:])]
    # Duty cells carry <p> paragraphs and unclosed <ol>: keep the paragraphs, drop the list tags.
    rendered = [re.sub(r'</?(ol|ul)[^>]*>', '', c) if '<p>' in c or '<ol' in c else html.escape(c) for c in cells]
    out.append('<tr>%s</tr>' % ''.join('<td>%s</td>' % c for c in rendered))
if table:
    out.append('</table>')
out.append('</body></html>')
open(dst, 'w', encoding='utf-8').write('\n'.join(out))
