#!/usr/bin/env python3
"""Writes a CSV roster as an .xlsx workbook, as Excel would save it: shared strings, numbers,
date and time cells as serial numbers with their number formats, a merged title cell, deflated.

A benchmark and test helper (README «Excel workbooks»): the samples' .xlsx files and the
row-limit benchmark sheet are made with it. Python's standard library only.

    python3 Benchmarks/xlsx.py IN.csv OUT.xlsx [--sheet NAME] [--title TEXT] [--date1904]

Cells that read as `YYYY-MM-DD HH:MM` become date-time serials (format `dd-mm-yyyy hh:mm`),
`DD-MM-YYYY` or `YYYY-MM-DD` dates (format 14, or `ddd dd-mm` in a header row of dates),
`HH:MM` times (format 20), plain numbers numbers; everything else a shared string.
"""
import argparse
import csv
import datetime
import re
import sys
import zipfile
from xml.sax.saxutils import escape

EPOCH_1900 = datetime.datetime(1899, 12, 30)
EPOCH_1904 = datetime.datetime(1904, 1, 1)


def column_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def serial(dt, epoch):
    d = dt - epoch
    return d.days + d.seconds / 86400


def cell_value(text, epoch, header_row):
    """(kind, value, style): kind 'n' number or 's' string."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})", text)
    if m:
        y, mo, d, h, mi = map(int, m.groups())
        return "n", serial(datetime.datetime(y, mo, d, h, mi), epoch), 2
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", text) or None
    if m:
        d, mo, y = map(int, m.groups())
        return "n", serial(datetime.datetime(y, mo, d), epoch), 4 if header_row else 1
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        y, mo, d = map(int, m.groups())
        return "n", serial(datetime.datetime(y, mo, d), epoch), 4 if header_row else 1
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if m:
        h, mi = map(int, m.groups())
        return "n", (h * 60 + mi) / 1440, 3
    if re.fullmatch(r"-?\d+(\.\d+)?", text):
        return "n", float(text), 0
    return "s", text, 0


def number(v):
    r = repr(float(v))
    return r[:-2] if r.endswith(".0") else r


def main():
    p = argparse.ArgumentParser()
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--sheet", default="Ark1")
    p.add_argument("--title")
    p.add_argument("--date1904", action="store_true")
    a = p.parse_args()
    epoch = EPOCH_1904 if a.date1904 else EPOCH_1900
    with open(a.input, newline="", encoding="utf-8") as f:
        text = f.read()
    delimiter = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    strings, index = [], {}

    def shared(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    out_rows = []
    merges = []
    r = 1
    if a.title:
        out_rows.append(f'<row r="{r}"><c r="A{r}" t="s"><v>{shared(a.title)}</v></c></row>')
        merges.append(f"A{r}:{column_name(max(1, len(rows[0]) - 1))}{r}")
        r += 1
    header_dates = sum(1 for c in rows[0] if re.fullmatch(r"\d{2}-\d{2}-\d{4}|\d{4}-\d{2}-\d{2}", c)) >= 2
    for k, row in enumerate(rows):
        cells = []
        for j, value in enumerate(row):
            if value == "":
                continue
            ref = f"{column_name(j)}{r}"
            kind, v, style = cell_value(value, epoch, k == 0 and header_dates)
            s = f' s="{style}"' if style else ""
            if kind == "n":
                cells.append(f'<c r="{ref}"{s}><v>{number(v)}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{shared(v)}</v></c>')
        out_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        r += 1
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    merge_xml = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>" if merges else ""
    sheet = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns} {rel}><sheetData>{"".join(out_rows)}</sheetData>{merge_xml}</worksheet>'
    sst = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t xml:space=\"preserve\">{escape(s)}</t></si>" for s in strings) + "</sst>")
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {ns}>'
              '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="ddd\\ dd\\-mm"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>')
    pr = '<workbookPr date1904="1"/>' if a.date1904 else "<workbookPr/>"
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} {rel}>{pr}<sheets>'
                f'<sheet name="{escape(a.sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    with zipfile.ZipFile(a.output, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
                           ("xl/_rels/workbook.xml.rels", wrels), ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst),
                           ("xl/worksheets/sheet1.xml", sheet)]:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    sys.exit(main())
