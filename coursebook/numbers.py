"""Reading a number as a learner types it: the one number parser of Coursebook.

Rules (``locale`` is a language code: sl, cs, sk use a decimal comma and group thousands with a point
or a space; en uses a decimal point and groups with a comma):
- ``3,5`` is 3.5 in sl/cs/sk; ``521.000`` and ``521 000`` are 521000; ``1.234.567,5`` is 1234567.5.
- A separator that cannot be a thousands separator (not followed by groups of exactly three digits)
  is read as the decimal separator, whichever it is: ``3.5`` is 3.5 everywhere.
- A single separator followed by exactly three digits that the locale reads as a decimal separator
  (``1,000`` in Slovenian, ``521.000`` in English) could be either: the reading is *ambiguous* and the
  caller asks the learner which one was meant, instead of marking the answer wrong.
- ``inf``, ``nan``, exponents and anything else that is not a plain number are refused.
- A unit the question states (``€``, ``%``, ``km``) may follow the number.
Written by hand because no kept library reads both conventions and reports ambiguity: Babel's
``parse_decimal`` follows one locale strictly and would read ``3.5`` in Slovenian as 35.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

DECIMAL_COMMA = {"sl", "cs", "sk", "hr", "de", "pl"}
_SPACES = "\u0020\u00a0\u202f\u2009\u2007'"
_NUMBER = re.compile(r"^[+\-\u2212]?[0-9][0-9., \u00a0\u202f\u2009\u2007']*$")


@dataclass(frozen=True)
class NumberReading:
    """What the text says: a value, or two candidate values (ambiguous), or why it is no number."""

    value: float | None = None
    alternatives: tuple[float, ...] = ()
    error: str | None = None

    @property
    def ambiguous(self) -> bool:
        return len(self.alternatives) > 1


def _grouped(parts: list[str]) -> bool:
    """``parts`` after splitting on a grouping separator are valid thousands groups."""
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]) and len(parts) > 1


def _to_float(integer: str, fraction: str = "") -> float:
    return float(f"{integer or '0'}.{fraction or '0'}")


def parse_number(text: str, locale: str = "sl", unit: str | None = None) -> NumberReading:
    """Read ``text`` as the learner of ``locale`` meant it (see the module's rules)."""
    if not isinstance(text, str):
        return NumberReading(error="not text")
    raw = unicodedata.normalize("NFKC", text).strip()
    if unit:
        unit_norm = unicodedata.normalize("NFKC", unit).strip()
        if unit_norm and raw.casefold().endswith(unit_norm.casefold()):
            raw = raw[: -len(unit_norm)].strip()
    raw = raw.rstrip("€$%").strip()
    if not raw or not _NUMBER.match(raw) or raw[-1] in ".,":
        return NumberReading(error="not a number")
    sign = -1.0 if raw[0] in "-\u2212" else 1.0
    body = raw.lstrip("+-\u2212")
    comma_decimal = locale.split("_")[0].lower() in DECIMAL_COMMA
    # Spaces (and apostrophes) only ever group thousands.
    if any(ch in body for ch in _SPACES):
        groups = re.split(f"[{_SPACES}]", body)
        head, tail = groups[0], groups[1:]
        last = tail[-1] if tail else ""
        # the decimal part may follow the last group: "521 000,50"
        decimal = ""
        for sep in ",.":
            if sep in last:
                last, decimal = last.split(sep, 1)
                break
        if any(sep in "".join([head, *tail[:-1]]) for sep in ",.") or not _grouped([head, *tail[:-1], last]):
            return NumberReading(error="not a number")
        if not decimal.isdigit() and decimal:
            return NumberReading(error="not a number")
        return NumberReading(value=sign * _to_float(head + "".join(tail[:-1]) + last, decimal))
    commas, points = body.count(","), body.count(".")
    if commas and points:
        decimal_sep = "," if body.rfind(",") > body.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        integer, _, fraction = body.rpartition(decimal_sep)
        if group_sep in fraction or decimal_sep in integer or not _grouped(integer.split(group_sep)):
            return NumberReading(error="not a number")
        return NumberReading(value=sign * _to_float(integer.replace(group_sep, ""), fraction))
    if not commas and not points:
        return NumberReading(value=sign * float(body))
    sep = "," if commas else "."
    parts = body.split(sep)
    locale_decimal = "," if comma_decimal else "."
    if len(parts) > 2:  # several of one separator: only thousands groups make sense
        if _grouped(parts):
            return NumberReading(value=sign * float("".join(parts)))
        return NumberReading(error="not a number")
    integer, fraction = parts
    as_decimal = sign * _to_float(integer, fraction)
    if not _grouped(parts):
        return NumberReading(value=as_decimal)
    as_thousands = sign * float(integer + fraction)
    if sep != locale_decimal:
        return NumberReading(value=as_thousands)  # the locale's own grouping: 521.000 in Slovenian
    return NumberReading(value=as_decimal, alternatives=(as_decimal, as_thousands))


def format_number(value: float, locale: str = "sl") -> str:
    """A number as the locale writes it (no grouping, at most 10 significant decimals)."""
    text = f"{value:.10g}" if abs(value) < 1e15 else f"{value:.0f}"
    if "e" in text:
        text = f"{value:f}".rstrip("0").rstrip(".")
    if locale.split("_")[0].lower() in DECIMAL_COMMA:
        text = text.replace(".", ",")
    return text
