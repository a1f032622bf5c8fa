"""Chinese and Latin names folded into search keys, and the cores that duplicate detection compares.

Pure functions, no Odoo: ``res.partner`` stores their results (``wfk_search_key``, ``wfk_name_core``) and
folds what a user types with ``query_forms`` before matching it against the stored key.

- Traditional characters become Simplified with OpenCC (the ``opencc`` package: BYVoid's own project,
  maintained, with binary wheels and its dictionaries inside them, so nothing is downloaded at run time;
  the pure-Python re-implementations on PyPI have not been released since 2019).
- Pinyin comes from ``pypinyin`` with its phrase dictionary, so characters with several readings come
  out as the phrase reads them (银行 yinhang, 重庆 chongqing). A person's surname is read with every
  reading of its character (曾 zeng and ceng, 单 shan and dan), because a family name does not follow the
  phrase dictionary.
- Latin names are folded: case, accents (Müller, müller, muller) and German umlauts written out (mueller).

A key is a ``|``-separated list of compact forms (letters and digits only, lower case): a search matches
when a compact form of the query is a substring of the key, so "yangzhou keji", "YangZhou", "yángzhōu",
"揚州科技園" and "扬州科技" all find 扬州科技园有限公司, and the separator keeps one form from running
into the next.
"""

import re
import unicodedata
from functools import lru_cache

import opencc
from pypinyin import Style
from pypinyin import lazy_pinyin
from pypinyin import pinyin

KEY_SEPARATOR = "|"

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
_GERMAN_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_WRITTEN_OUT_UMLAUT = re.compile(r"(?<=[aou])e")  # the e of ae, oe, ue: Mueller and Müller alike

# Legal forms that say nothing about which company it is: ignored when names are compared for duplicates.
# Longest first, so that 股份有限公司 goes before 有限公司 and "co ltd" before "co".
_CJK_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "分公司", "集团", "公司")
_LATIN_LEGAL_FORMS = re.compile(
    r"\b(gmbh\s*&\s*co\.?\s*kg|gmbh|ggmbh|mbh|ag|kg|kgaa|ohg|gbr|ug|se|e\.?\s*v|co\.?,?\s*ltd|ltd|limited|"
    r"co|corp|corporation|company|inc|llc|plc|group|sa|s\.?a\.?r\.?l|bv|nv)\b\.?",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _t2s():
    return opencc.OpenCC("t2s")


def has_cjk(text):
    """Whether ``text`` holds Chinese characters."""
    return bool(text and _CJK.search(text))


def to_simplified(text):
    """``text`` with Traditional characters written in Simplified (揚州 → 扬州); other text unchanged."""
    return _t2s().convert(text) if has_cjk(text) else (text or "")


def compact(text):
    """Lower case, accents dropped, letters and digits only: "Müller-Technik GmbH" → "mullertechnikgmbh"."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return _NOT_ALNUM.sub("", "".join(char for char in decomposed if not unicodedata.combining(char)))


def _latin_forms(text):
    """The compact forms of a Latin name: accents dropped, German umlauts written out, ü also as v."""
    folded = (text or "").casefold()
    forms = [compact(folded)]
    written_out = folded.translate(_GERMAN_UMLAUTS)
    if written_out != folded:
        forms.append(compact(written_out))
    if "ü" in folded:  # a pinyin name written with ü (Lü Hua) is also typed with v (lv hua)
        forms.append(compact(folded.replace("ü", "v")))
    return forms


def _syllables(simplified, surname=False):
    """Toneless pinyin syllables of ``simplified`` ("lv" for ü), non-Chinese runs kept as they are.

    With ``surname``, a list of syllable lists: one for each reading of the first character.
    """
    syllables = lazy_pinyin(simplified, style=Style.NORMAL, errors="default")
    if not surname or not has_cjk(simplified[:1]):
        return [syllables]
    readings = pinyin(simplified[0], style=Style.NORMAL, heteronym=True)[0]
    return [[reading, *syllables[1:]] for reading in dict.fromkeys([syllables[0], *readings])]


def _pinyin_forms(simplified, surname=False):
    """Compact and spaced pinyin of a Chinese name, ü written both as v and as u."""
    forms = []
    for syllables in _syllables(simplified, surname):
        spaced = " ".join(part.strip() for part in syllables if part.strip())
        for variant in (spaced, spaced.replace("v", "u")):
            forms.extend((compact(variant), variant.casefold()))
    return forms


def pinyin_reading(text):
    """The pinyin of a Chinese name with tone marks, syllables spaced ("yáng zhōu"), for a tooltip; or ""."""
    simplified = to_simplified(text)
    if not has_cjk(simplified):
        return ""
    return " ".join(part.strip() for part in lazy_pinyin(simplified, style=Style.TONE) if part.strip())


def name_forms(name, person=False):
    """Every form under which ``name`` should be found, without duplicates."""
    if not name:
        return []
    simplified = to_simplified(name)
    forms = [compact(simplified)]
    if has_cjk(simplified):
        forms += _pinyin_forms(simplified, surname=person)
    else:
        forms += _latin_forms(simplified)
    return [form for form in dict.fromkeys(forms) if form]


def search_key(names, person=False):
    """The stored search key of a partner called by ``names`` (name, Chinese name...), or False."""
    forms = list(dict.fromkeys(form for name in names for form in name_forms(name, person)))
    return KEY_SEPARATOR.join(forms) if forms else False


def query_forms(query):
    """The compact forms of what a user typed, each to be looked for inside the stored keys.

    Characters are looked for as Simplified characters and as pinyin, so a company entered only in
    pinyin is found by its characters too.
    """
    simplified = to_simplified(query or "")
    forms = [compact(simplified)]
    if has_cjk(simplified):
        forms.append(compact("".join(lazy_pinyin(simplified, style=Style.NORMAL, errors="default"))))
    return [form for form in dict.fromkeys(forms) if form]


def query_words(query):
    """The words of a query of several words, each as its compact forms; [] for a single word.

    A partner whose key holds every word matches too, so "foshan zhineng" finds "Foshan Shunde Zhineng
    Dianqi", whose compact form does not hold "foshanzhineng".
    """
    words = (query or "").split()
    if len(words) < 2:
        return []
    return [forms for forms in (query_forms(word) for word in words) if forms]


def name_core(name):
    """What identifies a company or person by name: Simplified, legal forms dropped, in compact pinyin.

    "扬州科技园有限公司", "揚州科技園" and "Yangzhou Keji Yuan Co., Ltd." all give "yangzhoukejiyuan";
    duplicate detection compares these cores.
    """
    simplified = to_simplified(name or "")
    for legal_form in _CJK_LEGAL_FORMS:
        simplified = simplified.replace(legal_form, " ")
    simplified = _LATIN_LEGAL_FORMS.sub(" ", simplified)
    if has_cjk(simplified):
        simplified = "".join(lazy_pinyin(simplified, style=Style.NORMAL, errors="default"))
    # Cores are only compared with each other, so one spelling for each sound: ü is written v by pypinyin
    # and by many typists, u by others, and German umlauts are typed as ä or ae (Müller, Mueller), within
    # a word only ("Barbarossa Electronics" keeps its e).
    core = compact(_WRITTEN_OUT_UMLAUT.sub("", simplified.casefold().translate(_GERMAN_UMLAUTS))).replace("v", "u")
    return core or False
