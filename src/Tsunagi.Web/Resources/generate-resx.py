#!/usr/bin/env python3
"""Writes SharedResource.resx (Japanese, neutral) and SharedResource.en.resx from strings.tsv.

strings.tsv is the one place to add a UI string: key<TAB>Japanese<TAB>English. Both languages are
required on every row, so the English set stays complete (a test checks the generated files too).
"""
import pathlib
import sys
from xml.sax.saxutils import escape

here = pathlib.Path(__file__).parent
rows = []
for number, line in enumerate((here / "strings.tsv").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        continue
    parts = line.split("\t")
    if len(parts) != 3 or not all(p.strip() for p in parts):
        sys.exit(f"strings.tsv line {number}: need key, Japanese and English")
    rows.append(parts)

header = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
for suffix, column in (("", 1), (".en", 2)):
    body = "".join(
        f'  <data name="{escape(r[0])}" xml:space="preserve"><value>{escape(r[column])}</value></data>\n' for r in rows
    )
    (here / f"SharedResource{suffix}.resx").write_text(header + body + "</root>\n", encoding="utf-8")
print(f"{len(rows)} strings")
