"""Text as the model and the keyword matcher compare it: one normal form for every script."""

from __future__ import annotations

import re
import unicodedata

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
_NOT_WORD = re.compile(r"[^\w]+")
_SPACES = re.compile(r"\s+")


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
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", folded)).strip()
