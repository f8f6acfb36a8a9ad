"""Text as the model and the keyword matcher compare it: one normal form for every script."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


def _digit(ch: str) -> str:
    """Any decimal digit (Arabic-Indic ٣, Persian ۳, Ethiopic ፫ ...) as 0-9."""
    value = unicodedata.digit(ch, None)
    return str(value) if value is not None and value < 10 else ch


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Casefold, fold letter variants and digits, drop diacritics and punctuation."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(_digit(ch) for ch in decomposed if not unicodedata.combining(ch))
    folded = unicodedata.normalize("NFC", kept).translate(_FOLD)
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", folded)).strip()
