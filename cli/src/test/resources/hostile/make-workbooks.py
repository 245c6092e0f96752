#!/usr/bin/env python3
"""Writes the hostile workbooks of workbook/ and survey-workbook/ from the blank templates:
    ./aftercert template gbt27922 --format xlsx -o /tmp/t.xlsx
    ./aftercert survey template --format xlsx -o /tmp/s.xlsx
    python3 make-workbooks.py /tmp/t.xlsx /tmp/s.xlsx
Each file changes one or two parts of a valid workbook (see README.md beside this script)."""
import io, sys, zipfile

SCORE, INFO, SST, BOOK = 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml'


def write(src, out, edits, extra=None):
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    for part, fn in edits.items():
        text = parts[part].decode('utf-8')
        new = fn(text)
        assert new != text, (out, part)
        parts[part] = new.encode('utf-8')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for n, b in parts.items():
            z.writestr(n, b)
    open(out, 'wb').write(buf.getvalue())


def cell(ref, xml):
    """Replaces the (empty) cell ref of the sheet with xml."""
    def fn(s):
        i = s.index('<c r="%s"' % ref)
        j = s.index('</c>', i) + 4
        return s[:i] + xml + s[j:]
    return fn


def both(*fns):
    def fn(s):
        for f in fns:
            s = f(s)
        return s
    return fn


def evidence(t, d):
    named = cell('B3', '<c r="B3" t="inlineStr"><is><t>示例电器有限公司</t></is></c>')
    def w(name, edits):
        edits = dict(edits)
        edits[INFO] = both(named, edits[INFO]) if INFO in edits else named
        write(t, d + name, edits)
    w('malformed-ampersand.xlsx', {SCORE: cell('D6', '<c r="D6" t="inlineStr"><is><t>R&D</t></is></c>')})
    w('number-1e999999999-verdict.xlsx', {SCORE: cell('D6', '<c r="D6"><v>1E999999999</v></c>')})
    w('number-1e999999999-notes.xlsx', {SCORE: both(cell('D6', '<c r="D6" t="inlineStr"><is><t>符合</t></is></c>'),
                                                     cell('I6', '<c r="I6"><v>1E999999999</v></c>'))})
    w('number-1e999999999-info.xlsx', {INFO: cell('B6', '<c r="B6"><v>1E999999999</v></c>')})
    w('number-1e-999999999-value.xlsx', {SCORE: cell('E9', '<c r="E9"><v>1E-999999999</v></c>')})
    w('number-1e300-value.xlsx', {SCORE: cell('E9', '<c r="E9"><v>1E300</v></c>')})
    rows = ''.join('<row r="10"><c r="A10" t="inlineStr"><is><t>5.1.2.2</t></is></c><c r="D10" t="inlineStr"><is><t>x</t></is></c></row>'
                   for _ in range(100000))
    w('repeated-row-number.xlsx', {SCORE: lambda s: s.replace('</sheetData>', rows + '</sheetData>')})
    w('shared-string-out-of-range.xlsx', {SCORE: cell('D6', '<c r="D6" t="s"><v>999999</v></c>')})
    w('duplicate-sheet-name.xlsx', {BOOK: lambda s: s.replace(
        '<sheet name="&#x8bc4;&#x5206;&#x8868;" r:id="rId3" sheetId="1"/>',
        '<sheet name="&#x8bc4;&#x5206;&#x8868;" r:id="rId6" sheetId="4" state="hidden"/>'
        '<sheet name="&#x8bc4;&#x5206;&#x8868;" r:id="rId3" sheetId="1"/>').replace(
        '<sheet name="&#x586b;&#x5199;&#x8bf4;&#x660e;" r:id="rId6" sheetId="4"/>', '')})
    w('merged-verdict.xlsx', {SCORE: both(cell('D6', '<c r="D6" t="inlineStr"><is><t>符合</t></is></c>'),
                                          lambda s: s.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="D6:D7"/></mergeCells>'))})
    w('duplicate-verdict-column.xlsx', {SCORE: lambda s: s.replace(
        '<c r="K3" s="2" t="s"><v>12</v></c>', '<c r="K3" s="2" t="s"><v>12</v></c><c r="L3" t="inlineStr"><is><t>评价（复核）</t></is></c>').replace(
        '<c r="K6" s="5"></c>', '<c r="K6" s="5"></c><c r="L6" t="inlineStr"><is><t>不符合</t></is></c>')})
    w('formula-without-value.xlsx', {SCORE: cell('D6', '<c r="D6"><f>IF(1,"符合","")</f></c>')})
    w('date-styled-sample.xlsx', {SCORE: both(cell('G9', '<c r="G9"><v>18</v></c>'), cell('H9', '<c r="H9" s="16"><v>46000</v></c>'))})
    w('date-serial-half.xlsx', {INFO: cell('B5', '<c r="B5" s="16"><v>0.5</v></c>')})
    w('doctype.xlsx', {SST: lambda s: s.replace('?>', '?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1)})
    w('zip-bomb.xlsx', {SCORE: lambda s: s.replace('<sheetData>', '<sheetData>' + ' ' * (80 << 20), 1)})
    strings = '<si><t>a</t></si>' * 900000
    w('huge-shared-strings.xlsx', {SST: lambda s: s.replace('</sst>', strings + '</sst>'),
                                   SCORE: cell('D6', '<c r="D6" t="s"><v>900100</v></c>')})


def survey(s, d):
    R = 'xl/worksheets/sheet1.xml'
    def row2(cells):
        return lambda x: x.replace('</sheetData>', '<row r="2">' + cells + '</row></sheetData>')
    answers = ''.join('<c r="%s2"><v>4</v></c>' % chr(ord('B') + i) for i in range(24))
    write(s, d + 'malformed-ampersand.xlsx', {R: row2('<c r="A2" t="inlineStr"><is><t>R&D</t></is></c>' + answers)})
    write(s, d + 'number-1e999999999-answer.xlsx', {R: row2('<c r="A2" t="inlineStr"><is><t>r1</t></is></c><c r="B2"><v>1E999999999</v></c>')})
    write(s, d + 'number-1e300-answer.xlsx', {R: row2('<c r="A2" t="inlineStr"><is><t>r1</t></is></c><c r="B2"><v>1E300</v></c>')})
    rows = ''.join('<row r="10"><c r="A10" t="inlineStr"><is><t>r</t></is></c><c r="B10"><v>9</v></c></row>' for _ in range(100000))
    write(s, d + 'repeated-row-number.xlsx', {R: lambda x: x.replace('</sheetData>', rows + '</sheetData>')})
    write(s, d + 'shared-string-out-of-range.xlsx', {R: row2('<c r="A2" t="s"><v>999999</v></c>')})
    write(s, d + 'date-serial-half.xlsx', {R: row2('<c r="A2" t="inlineStr"><is><t>r1</t></is></c>' + answers + '<c r="Z2" s="0"><v>0.5</v></c>')})
    write(s, d + 'doctype.xlsx', {SST: lambda x: x.replace('?>', '?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1)})
    strings = '<si><t>a</t></si>' * 900000
    write(s, d + 'huge-shared-strings.xlsx', {SST: lambda x: x.replace('</sst>', strings + '</sst>'),
                                             R: row2('<c r="A2" t="s"><v>900050</v></c>')})


if __name__ == '__main__':
    here = sys.argv[0].rsplit('/', 1)[0] + '/' if '/' in sys.argv[0] else ''
    evidence(sys.argv[1], here + 'workbook/')
    survey(sys.argv[2], here + 'survey-workbook/')
