"""Text as the model and the keyword matcher compare it: one normal form for every script."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence

from bot import cache

# Letters with several written forms (Arabic, Persian, Urdu, Pashto, Kurdish keyboards),
# and a few Latin and Cyrillic ones; users type whichever their keyboard gives.
_FOLD = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ې": "ی",
        "ۍ": "ی",
        "ے": "ی",
        "ك": "ک",
        "ګ": "گ",
        "ة": "ه",
        "ۀ": "ه",
        "ہ": "ه",
        "ھ": "ه",
        "ە": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ـ": None,
        "\u200c": " ",
        "\u200d": None,
        "\u200f": None,
        "\u200e": None,
        "ı": "i",
        "ё": "е",
        "ї": "і",
        "'": "",
        "’": "",
        "`": "",
    }
)
_NOT_WORD = re.compile(r"[^\w]+")  # a run of anything else (spaces too) becomes one space


class _Chars(dict[int, str | None]):
    """For str.translate: drops combining marks, writes any decimal digit (Arabic-Indic ٣,
    Persian ۳, Ethiopic ፫ ...) as 0-9; each character is worked out once, when first seen."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        if unicodedata.combining(ch):
            found = None
        else:
            value = unicodedata.digit(ch, None)
            found = str(value) if value is not None and value < 10 else ch
        self[code] = found
        return found


_CHARS = _Chars()


def normalise(text: str) -> str:
    """Casefold, fold letter variants and digits, drop diacritics and punctuation."""
    kept = unicodedata.normalize("NFKD", text.casefold()).translate(_CHARS)
    folded = unicodedata.normalize("NFC", kept).translate(_FOLD)
    return _NOT_WORD.sub(" ", folded).strip()


def script(text: str) -> str | None:
    """The script of a text's first letter (LATIN, ARABIC, CYRILLIC, ETHIOPIC ...), or None
    when it has no letter."""
    for ch in text:
        if ch.isalpha():
            return unicodedata.name(ch, "").partition(" ")[0] or None
    return None


def emoji_key(text: str) -> str:
    """The symbols of a message that holds nothing else ("🆘🆘" -> "🆘"), sorted, without
    skin tones, joiners and variation selectors; "" when it holds a letter or digit (its
    normal form then stands for it)."""
    found = set()
    for ch in text:
        if ch.isalnum():
            return ""
        if unicodedata.category(ch) == "So" and not "\U0001f3fb" <= ch <= "\U0001f3ff":
            found.add(ch)
    return "".join(sorted(found))


# What a normal form depends on besides the bot's code: the Unicode tables it reads.
_UNICODE = f"unicode {unicodedata.unidata_version}"


def normal_forms(phrases: Sequence[str]) -> list[str]:
    """normalise() of each of the content's phrases, kept between starts in bot.cache.

    Only for content (examples, keywords, names): the answer is stored on disk, named by a
    hash of the phrases. Normalising the content's 20,000 phrases one by one would be a
    quarter of a start; a user's message is normalised with normalise(), never stored.
    """
    if not phrases:
        return []
    every = json.dumps(list(phrases), ensure_ascii=False)
    name = cache.name_for("normal", cache.bot_code(), _UNICODE, every)

    def load(data: bytes) -> list[str] | None:
        forms = data.decode("utf-8", "replace").split("\n")
        return forms if len(forms) == len(phrases) else None

    def make() -> list[str]:
        return [normalise(phrase) for phrase in phrases]  # a normal form has no line break

    return cache.kept(name, make, lambda forms: "\n".join(forms).encode("utf-8"), load)
