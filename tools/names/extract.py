#!/usr/bin/env python3
"""Extracts common family and given names with their readings from IPADIC's Noun.name.csv (EUC-JP).

Output (UTF-8): kind<TAB>name<TAB>reading (katakana)<TAB>weight, kind one of family, male, female, foreign-family,
foreign-given. Deterministic: rows ordered by kind, then IPADIC's word cost (lower = more usual), then name.

- Family names (人名,姓) and given names (人名,名) written in kanji (々 allowed), 1-3 characters, with a kana
  reading; the cheapest 2,000 family names and 900 given names of each sex are kept.
- Weight: a Zipf-like 100000 // (rank + 20), so the first names are drawn far more often; the most common
  surnames of Japan and of the Sanriku coast listed below get the top ranks in that order.
- Sex of a given name: IPADIC does not record it. A name is male or female when its last character (or, failing
  that, its reading's ending) is one of the usual endings below (子, 美, 恵, 江, 代 … for women; 郎, 男, 夫, 雄,
  彦, 介, 太 … for men); names matching neither, or both, are left out.
- Foreign names: katakana 人名,姓 / 人名,名 entries (スミス, ジョージ …), for foreign residents.
"""
import re
import sys

source, target = sys.argv[1:3]

COMMON_FAMILY = [
    "佐々木", "佐藤", "高橋", "菊池", "千葉", "阿部", "鈴木", "小笠原", "伊藤", "山崎", "中村", "吉田",
    "藤原", "小林", "田中", "渡辺", "工藤", "斎藤", "畠山", "昆", "芳賀", "中野", "山本", "加藤", "村上",
    "木村", "及川", "小山", "熊谷", "菅原", "三浦", "東", "八重樫", "久保", "太田", "金野", "大久保", "下村",
]
FEMALE_END = set("子美恵江代枝奈菜香乃里絵佳花穂紗音衣世栄々")
MALE_END = set("郎男夫雄彦介助輔太吉蔵治司平人也哉樹一二三次之朗造作蔵弘博勝隆正明茂清実")
FEMALE_READING = ("コ", "ミ", "エ", "ヨ", "ナ", "カ", "ノ", "リ", "ホ", "ネ", "セ", "メ")
MALE_READING = ("ロウ", "ロー", "オ", "ヒコ", "スケ", "タ", "キチ", "ゾウ", "ジ", "ヘイ", "ト", "ヤ", "キ", "イチ", "シ", "ル", "ン", "ル")
KANJI = re.compile(r"^[\u4e00-\u9fff々]{1,3}$")
KATAKANA = re.compile(r"^[\u30a1-\u30fcー]{2,8}$")


def sex_of(name, reading):
    last = name[-1]
    female = last in FEMALE_END
    male = last in MALE_END
    if female == male:  # neither or both: decide by the reading's ending
        female = reading.endswith(FEMALE_READING)
        male = reading.endswith(MALE_READING)
        if female == male:
            return None
    return "female" if female else "male"


rows = {}  # (kind, name) -> (cost, reading)


def keep(kind, name, reading, cost):
    if (kind, name) not in rows or cost < rows[(kind, name)][0]:
        rows[(kind, name)] = (cost, reading)


with open(source, encoding="euc_jp", errors="strict") as f:
    for line in f:
        fields = line.rstrip("\n").split(",")
        name, cost, subclass, reading = fields[0], int(fields[3]), fields[7], fields[11]
        if fields[6] != "人名" or reading == "*" or not KATAKANA.match(reading):
            continue
        if subclass == "姓":
            if KANJI.match(name):
                keep("family", name, reading, cost)
            elif KATAKANA.match(name) and name == reading:
                keep("foreign-family", name, reading, cost)
        elif subclass == "名":
            if KANJI.match(name):
                sex = sex_of(name, reading)
                if sex:
                    keep(sex, name, reading, cost)
            elif KATAKANA.match(name) and name == reading and len(name) >= 3:
                keep("foreign-given", name, reading, cost)

limits = {"family": 2000, "male": 900, "female": 900, "foreign-family": 150, "foreign-given": 150}
out = []
for kind, limit in limits.items():
    entries = sorted(((c, n, r) for (k, n), (c, r) in rows.items() if k == kind), key=lambda e: (e[0], e[1]))
    if kind == "family":
        first = {n: i for i, n in enumerate(COMMON_FAMILY)}
        entries.sort(key=lambda e: (first.get(e[1], len(first)), e[0], e[1]))
    for rank, (_, name, reading) in enumerate(entries[:limit]):
        out.append(f"{kind}\t{name}\t{reading}\t{100000 // (rank + 20)}\n")

with open(target, "w", encoding="utf-8", newline="\n") as f:
    f.write("# IPADIC 2.7.0 (NAIST, BSD-3-Clause with ICOT terms; see names.LICENSE.md): kind, name, reading, weight\n")
    f.writelines(out)
print(f"{len(out)} names written", file=sys.stderr)
