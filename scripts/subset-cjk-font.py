"""Makes src/assets/fonts/PortalSansSC-Bold.otf, the Chinese font of the link-preview cards.

Noto Sans CJK SC Bold is 8.6 MB; the cards need the common characters only. This keeps GB2312
(the 6,763 most used hanzi and its symbols), Latin-1, general and CJK punctuation, full-width
forms, and every character in the seed data and messages files, then renames the family: the
OFL reserves the name "Noto Sans" for unmodified fonts.

Needs fontTools (Debian: apt-get install python3-fonttools) and the font from the npm package
@embedpdf/fonts-sc 1.0.0 (npm pack @embedpdf/fonts-sc):
  /usr/bin/python3 scripts/subset-cjk-font.py package/fonts/NotoSansHans-Bold.otf
"""
import glob
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

OUT = 'src/assets/fonts/PortalSansSC-Bold.otf'

codepoints = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | set(range(0x2000, 0x206F)) | set(range(0x3000, 0x303F)) | set(range(0xFF00, 0xFFEF))
for b1 in range(0xA1, 0xF8):
    for b2 in range(0xA1, 0xFF):
        try:
            codepoints.add(ord(bytes([b1, b2]).decode('gb2312')))
        except UnicodeDecodeError:
            pass
for path in glob.glob('src/seed/**/*.ts', recursive=True) + glob.glob('messages/*.json'):
    codepoints.update(ord(c) for c in open(path, encoding='utf-8').read() if ord(c) >= 0x2E80)

font = TTFont(sys.argv[1])
options = subset.Options()
options.layout_features = ['*']
options.name_IDs = ['*']
options.name_languages = ['*']
options.name_legacy = True
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=codepoints)
subsetter.subset(font)

names = {1: 'Portal Sans SC Bold', 3: '1.000;PORTAL;PortalSansSC-Bold', 4: 'Portal Sans SC Bold', 6: 'PortalSansSC-Bold', 16: 'Portal Sans SC'}
for record in font['name'].names:
    if record.nameID in names:
        record.string = names[record.nameID]
cff = font['CFF '].cff
cff.fontNames = ['PortalSansSC-Bold']
cff.topDictIndex[0].FamilyName = 'Portal Sans SC'
cff.topDictIndex[0].FullName = 'Portal Sans SC Bold'
font.save(OUT)
print(f'{OUT}: {len(codepoints)} code points')
