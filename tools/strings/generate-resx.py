#!/usr/bin/env python3
"""Writes the .resx pair (Japanese neutral + complete English) for every Resources/strings.tsv under src/.

strings.tsv is the one place to add a UI string: key<TAB>Japanese<TAB>English, both languages required
on every row. The resource name is given by the marker class beside it: the one *.cs file in that
Resources folder whose class name ends in "Resource" (SharedResource, UiResource, ResidentsResource ...).
Run: python3 tools/strings/generate-resx.py
"""
import pathlib
import re
import sys
from xml.sax.saxutils import escape

root = pathlib.Path(__file__).resolve().parents[2]
header = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def marker_name(folder):
    for cs in sorted(folder.glob("*.cs")):
        match = re.search(r"\bclass (\w+Resource)\b", cs.read_text(encoding="utf-8"))
        if match:
            return match.group(1)
    sys.exit(f"{folder}: no *Resource marker class beside strings.tsv")


for tsv in sorted((root / "src").rglob("Resources/strings.tsv")):
    if "/bin/" in str(tsv) or "/obj/" in str(tsv):
        continue
    rows, keys = [], set()
    for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not all(p.strip() for p in parts):
            sys.exit(f"{tsv.relative_to(root)} line {number}: need key, Japanese and English")
        if parts[0] in keys:
            sys.exit(f"{tsv.relative_to(root)} line {number}: duplicate key {parts[0]}")
        keys.add(parts[0])
        rows.append(parts)
    name = marker_name(tsv.parent)
    for suffix, column in (("", 1), (".en", 2)):
        body = "".join(
            f'  <data name="{escape(r[0])}" xml:space="preserve"><value>{escape(r[column])}</value></data>\n' for r in rows
        )
        (tsv.parent / f"{name}{suffix}.resx").write_text(header + body + "</root>\n", encoding="utf-8")
    print(f"{tsv.relative_to(root)}: {len(rows)} strings -> {name}")
