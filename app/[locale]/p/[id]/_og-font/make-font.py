# Makes the small Chinese font the plan's link-preview image draws with (og-zh.otf beside this file):
# Noto Sans SC, cut down to the characters of the image's Chinese words, so the image can be in Chinese
# without shipping a 16 MB font. Run it again after changing plan.og or common.brand in zh-CN.json:
#   pip install fonttools && python3 'app/[locale]/p/[id]/_og-font/make-font.py' [path to NotoSansCJK-Bold.ttc]
import json
import sys
from pathlib import Path

from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection

here = Path(__file__).resolve().parent
root = here.parents[4]  # the project: app/[locale]/p/[id]/_og-font
source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
messages = json.loads((root / "lib/i18n/messages/zh-CN.json").read_text(encoding="utf-8"))
words = [messages["common"]["brand"], *messages["plan"]["og"].values()]
# Digits and signs for the score ("72 / 100"), and every character of the words.
chars = sorted(set("".join(words)) | set("0123456789 /·"))

collection = TTCollection(source)
font = next(f for f in collection.fonts if "SC" in f["name"].getDebugName(1))
options = Options()
options.name_IDs = ["*"]  # keep the name table (family, copyright, licence)
options.layout_features = []
subsetter = Subsetter(options)
subsetter.populate(text="".join(chars))
subsetter.subset(font)
out = here / "og-zh.otf"
font.save(out)
# The characters the font holds, for the test that checks the words still fit it.
(here / "og-zh.chars.txt").write_text("".join(chars), encoding="utf-8")
print(f"{out}: {out.stat().st_size} bytes, {len(chars)} characters")
