"""A mission's cost as an amount and a currency, read from the words a focal point typed.

``parse_cost("4.500,00 درهم (تنقل وإقامة)")`` is ``(Decimal("4500.00"), "MAD")``. Only what
is unambiguous is read: one number in the text (Moroccan «4.500,00», «4500», «4 500», «4500.00»,
Arabic-Indic digits, «5 آلاف»، «ألف»، «مليون»), at most one currency named («درهم»، «د.م.»، «DH»
are MAD, the default; «€»، «أورو» EUR; «$»، «دولار» USD…). Anything else («1.500 للتنقل و3.000
للإقامة», «4,500», «مليون سنتيم», two currencies) is ``None``: the amount is then typed by hand.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

DEFAULT_CURRENCY = "MAD"
CURRENCIES = ("MAD", "EUR", "USD")  # offered first; any ISO 4217 code is kept
MAX_AMOUNT = Decimal(10) ** 12

# Each currency by the words and signs that name it, longest first within a currency.
_CURRENCY_WORDS = {
    "MAD": ("دراهم", "درهما", "درهم", "د.م.", "د.م", "dirhams", "dirham", "dhs", "dh", "mad"),
    "EUR": ("أوروهات", "أورو", "يورو", "اورو", "euros", "euro", "eur", "€"),
    "USD": ("دولارات", "دولارا", "دولار", "dollars", "dollar", "usd", "$"),
}
# Units a commune says in another currency's place: unsure (a «ريال» is five centimes in the
# north, none in the south), so a text naming them is not read.
_UNSURE = ("سنتيم", "ريال", "فرنك", "centime", "ryal")
_MULTIPLIERS = (("آلاف", 1000), ("ألف", 1000), ("الف", 1000), ("ملايين", 10**6), ("مليون", 10**6))
_LETTER = r"[^\W\d_]"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789,.")
_SPACES = "\u00a0\u202f\u2009 "
# One number: groups of three after «.» or a space («4.500,00», «4 500»), or plain digits with a
# decimal comma or point («4500,5», «4500.00»), or «4,500.00».
_NUMBER = re.compile(
    rf"\d{{1,3}}(?:[.{_SPACES}]\d{{3}})+(?:,\d{{1,2}})?(?!\d)"
    r"|\d{1,3}(?:,\d{3})+\.\d{1,2}(?!\d)"
    r"|\d+(?:[,.]\d+)?"
)
_STORED = re.compile(r"\d{1,13}(?:\.\d{1,4})?")
_CODE = re.compile(r"[A-Z]{3}")


def parse_cost(text: str) -> tuple[Decimal, str] | None:
    """The amount and currency ``text`` states, or None when it does not say one surely."""
    folded = text.translate(_DIGITS).casefold()
    if any(word in folded for word in _UNSURE):
        return None
    currency = _currency(folded)
    if currency is None:
        return None
    numbers = [match.group() for match in _NUMBER.finditer(folded)]
    multiplier = _multiplier(folded)
    if multiplier is None:
        return None
    if not numbers:
        # «ألف درهم»: a multiplier alone is one of it
        return (Decimal(multiplier), currency) if multiplier > 1 else None
    if len(numbers) != 1:
        return None
    amount = _amount(numbers[0])
    if amount is None:
        return None
    amount *= multiplier
    return (amount, currency) if amount < MAX_AMOUNT else None


def _currency(folded: str) -> str | None:
    """The one currency named in ``folded`` (MAD when none is), or None for several."""
    named = set()
    for code, words in _CURRENCY_WORDS.items():
        for word in words:
            if word.isascii() and word.isalpha():  # «mad», not «madrid»
                found = re.search(rf"(?<![a-z]){word}(?![a-z])", folded)
            elif word[-1].isalpha():  # «بالدرهم», not «أوروبا»
                found = re.search(rf"{re.escape(word)}(?!{_LETTER})", folded)
            else:
                found = word in folded
            if found:
                named.add(code)
                break
    if len(named) > 1:
        return None
    return named.pop() if named else DEFAULT_CURRENCY


def _multiplier(folded: str) -> int | None:
    found = {
        value
        for word, value in _MULTIPLIERS
        if re.search(rf"(?<!{_LETTER}){word}(?!{_LETTER})", folded)  # not «الفندق»
    }
    if len(found) > 1:
        return None
    return found.pop() if found else 1


def _amount(number: str) -> Decimal | None:
    """The value of one number as matched by ``_NUMBER``, or None when it is ambiguous."""
    for space in _SPACES:
        number = number.replace(space, ".")
    if "," in number and "." in number:
        # «4.500,00» (Moroccan) or «4,500.00» (English): the last separator is the decimal one
        if number.rfind(",") > number.rfind("."):
            number = number.replace(".", "").replace(",", ".")
        else:
            number = number.replace(",", "")
    elif "," in number:
        whole, _, fraction = number.partition(",")
        if len(fraction) == 3:
            return None  # «4,500»: four and a half, or four thousand five hundred
        number = f"{whole}.{fraction}"
    elif number.count(".") > 1 or re.fullmatch(r"\d{1,3}\.\d{3}", number):
        number = number.replace(".", "")  # «4.500» and «1.500.000»: groups of thousands
    elif re.fullmatch(r"\d+\.\d{3}", number):
        return None  # «1234.500»: not a grouping, nor a sum in dirhams and centimes
    try:
        return Decimal(number)
    except InvalidOperation:
        return None


def stored_amount(text: str) -> Decimal:
    """An amount as the JSON form stores it («4500.00»); ValueError for anything else."""
    if not _STORED.fullmatch(text):
        raise ValueError(text)
    return Decimal(text)


def stored_form(amount: Decimal) -> str:
    """The JSON form of an amount: plain digits and a decimal point, never an exponent."""
    return format(amount, "f")


def currency_code(text: str) -> str:
    """An ISO 4217 code as stored («MAD»); ValueError for anything else."""
    if not _CODE.fullmatch(text):
        raise ValueError(text)
    return text


def total_by_currency(costs: list[tuple[Decimal, str]]) -> dict[str, Decimal]:
    """One total per currency, in the order each currency first appears: never mixed."""
    totals: dict[str, Decimal] = {}
    for amount, currency in costs:
        totals[currency] = totals.get(currency, Decimal(0)) + amount
    return totals


def amount_in(text: str) -> Decimal | None:
    """The amount a field holding only a number says («4.500,00», «4500»), or None."""
    parsed = parse_cost(text)
    return None if parsed is None else parsed[0]


def grouped(amount: Decimal) -> str:
    """An amount written the Moroccan way: «4.500,00» (with cents when it has any places)."""
    places = 2 if amount.as_tuple().exponent < 0 else 0  # type: ignore[operator]
    whole, _, fraction = f"{amount:,.{places}f}".partition(".")
    return whole.replace(",", ".") + (f",{fraction}" if fraction else "")
