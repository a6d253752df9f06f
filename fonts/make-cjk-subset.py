#!/usr/bin/env python3
"""Writes the character list of the shipped CJK font (NotoSansCJKsc-Subset.ttf, see make-cjk-subset.sh).

The ideographs, kana and hangul a brief needs: every character of the national standard character sets
GB 2312 (simplified Chinese), Big5 level 1 (traditional Chinese), JIS X 0208 (Japanese) and KS X 1001
(Korean: hangul and hanja), read from Python's codecs; plus ASCII, general punctuation, CJK symbols and
punctuation, kana and fullwidth forms, so digits and punctuation inside a CJK run are drawn by the same font.
"""
import sys


def double_byte(codec, leads, trails):
    for lead in leads:
        for trail in trails:
            try:
                text = bytes([lead, trail]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                yield ord(text)


euc = range(0xA1, 0xFF)
big5_trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
points = set()
points.update(double_byte("gb2312", euc, euc))
points.update(double_byte("big5", range(0xA1, 0xA4), big5_trails))  # symbols
points.update(double_byte("big5", range(0xA4, 0xC7), big5_trails))  # level 1 hanzi (0xA440-0xC67E)
points.update(double_byte("euc_jp", euc, euc))                      # JIS X 0208
points.update(double_byte("euc_kr", euc, euc))                      # KS X 1001
for first, last in [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x30FF), (0x3130, 0x318F),
                    (0x31F0, 0x31FF), (0xFF00, 0xFFEF)]:
    points.update(range(first, last + 1))

sys.stdout.write("".join(f"U+{cp:04X}\n" for cp in sorted(points)))
