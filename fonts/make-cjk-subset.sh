#!/usr/bin/env bash
# Makes the shipped CJK font, NotoSansCJKsc-Subset.ttf, from Debian's Noto Sans CJK (package
# fonts-noto-cjk, 19.5 MB for 65,535 glyphs) with HarfBuzz's hb-subset (package libharfbuzz-bin):
# the Simplified Chinese face of the collection (index 2), cut to the characters make-cjk-subset.py
# lists. Layout tables stay, so HarfBuzz's language + `locl` still gives Traditional Chinese, Japanese and
# Korean forms (the glyphs they need are kept by hb-subset's closure). Hinting is dropped (the PDF does
# not use it). The CFF outlines are then converted to TrueType ones (otf-to-ttf.py, fontTools: Debian
# python3-fonttools), because SkiaSharp's PDF backend embeds a CFF font as a Type 3 font. Run from this
# folder; the result is deterministic for the same input files.
set -euo pipefail
source=${1:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}
here=$(cd "$(dirname "$0")" && pwd)
/usr/bin/python3 "$here/make-cjk-subset.py" > /tmp/cjk-unicodes.txt
hb-subset "$source" --face-index=2 --unicodes-file=/tmp/cjk-unicodes.txt --no-hinting \
  --layout-features=locl,ccmp,kern --name-IDs='*' \
  --output-file=/tmp/NotoSansCJKsc-Subset.otf
/usr/bin/python3 "$here/otf-to-ttf.py" /tmp/NotoSansCJKsc-Subset.otf "$here/NotoSansCJKsc-Subset.ttf"
echo "$(wc -l < /tmp/cjk-unicodes.txt) characters, $(stat -c %s "$here/NotoSansCJKsc-Subset.ttf") bytes"
