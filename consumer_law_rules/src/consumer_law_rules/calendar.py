# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Legal calendar: French public holidays, business days and roll-over.

Periods counted from an event follow Reg. (EEC, Euratom) 1182/71 art. 3, C. consom.
L221-19 and CPC 641-642: the event day is not counted; the last day is event + N; a
last day on a Saturday, Sunday or public holiday moves to the next day that is none of
these (iterated, so the result is always Monday to Friday).

Holidays are those of Code du travail L3133-1, taken from the ``holidays`` package,
with these corrections:

* Whit Monday is a holiday in 2005-2007 too (``holidays`` leaves it out for the years it
  was the default *journée de solidarité*; it stayed a legal holiday).
* Alsace-Moselle (``FR-57``, ``FR-67``, ``FR-68``; L3134-13): Good Friday and 26
  December.
* Overseas (L3422-2, décret 83-1003): only the slavery-abolition day is added; the
  customary days the ``holidays`` package adds (Mi-Carême, Good Friday in
  Guadeloupe, Victor Schoelcher day) are not legal holidays and are left out.
  Saint-Martin keeps both 27 May (décret 83-1003 as amended in 2012) and 28 May (date
  observed since 2018), the safe side for a consumer deadline.

The calendar is the one of the place where the act is done (1182/71 art. 2(1)), i.e.
the delivery address: see :func:`region_for_address`.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType
from typing import Final

from holidays.countries.france import France

from ._values import as_date, as_days
from .exceptions import UnknownRegionError

__all__ = [
    "ALSACE_MOSELLE_REGIONS",
    "OVERSEAS_REGIONS",
    "REGIONS",
    "DayKind",
    "LegalCalendar",
    "add_months",
    "easter_sunday",
    "region_for_address",
]

# ``France.__init__`` is untyped: give it a signature once.
_FRENCH_HOLIDAYS: Final[Callable[..., Mapping[date, str]]] = France

ALSACE_MOSELLE_REGIONS: Final = frozenset({"FR-57", "FR-67", "FR-68"})

OVERSEAS_REGIONS: Final[MappingProxyType[str, str]] = MappingProxyType(
    {
        "FR-971": "Guadeloupe",
        "FR-972": "Martinique",
        "FR-973": "Guyane",
        "FR-974": "La Réunion",
        "FR-976": "Mayotte",
        "FR-977": "Saint-Barthélemy",
        "FR-978": "Saint-Martin",
    }
)

REGIONS: Final = frozenset({"FR"} | ALSACE_MOSELLE_REGIONS | set(OVERSEAS_REGIONS))
"""Every region code the legal calendar accepts."""

# Slavery-abolition day by region (décret 83-1003 as amended): (month, day, first year).
_ABOLITION_DAYS: Final[MappingProxyType[str, tuple[tuple[int, int, int], ...]]] = (
    MappingProxyType(
        {
            "FR-971": ((5, 27, 1984),),
            "FR-972": ((5, 22, 1984),),
            "FR-973": ((6, 10, 1984),),
            "FR-974": ((12, 20, 1983),),
            "FR-976": ((4, 27, 1984),),
            "FR-977": ((10, 9, 2012),),
            "FR-978": ((5, 27, 2012), (5, 28, 2018)),
        }
    )
)
_ABOLITION_NAME: Final = "Abolition de l'esclavage"

# Whit Monday years the ``holidays`` package leaves out (journée de solidarité).
_WHIT_MONDAY_FIX_YEARS: Final = range(2005, 2008)

# Postcode prefixes of overseas places, most specific first.
_OVERSEAS_POSTCODES: Final = (
    ("97133", "FR-977"),
    ("97150", "FR-978"),
    ("971", "FR-971"),
    ("972", "FR-972"),
    ("973", "FR-973"),
    ("974", "FR-974"),
    ("976", "FR-976"),
    ("977", "FR-977"),
    ("978", "FR-978"),
)
# Odoo keeps the overseas departments as countries of their own.
_OVERSEAS_COUNTRIES: Final[MappingProxyType[str, str]] = MappingProxyType(
    {
        "GP": "FR-971",
        "MQ": "FR-972",
        "GF": "FR-973",
        "RE": "FR-974",
        "YT": "FR-976",
        "BL": "FR-977",
        "MF": "FR-978",
    }
)


class DayKind(enum.StrEnum):
    """How days are counted (C. trav. and CPC vocabulary).

    ``CALENDAR`` (*jours calendaires*) counts every day, ``OUVRABLE`` (*jours
    ouvrables*) Monday to Saturday minus public holidays, ``OUVRE`` (*jours ouvrés*)
    Monday to Friday minus public holidays. French spellings are accepted too:

    >>> DayKind("ouvrés") is DayKind.OUVRE, DayKind("calendaires") is DayKind.CALENDAR
    (True, True)
    """

    CALENDAR = "calendar"
    OUVRABLE = "ouvrable"
    OUVRE = "ouvre"

    @classmethod
    def _missing_(cls, value: object) -> DayKind | None:
        if not isinstance(value, str):
            return None
        key = value.strip().lower().replace("é", "e").removeprefix("jours ")
        aliases = {
            "calendar": cls.CALENDAR,
            "calendaire": cls.CALENDAR,
            "calendaires": cls.CALENDAR,
            "ouvrable": cls.OUVRABLE,
            "ouvrables": cls.OUVRABLE,
            "ouvre": cls.OUVRE,
            "ouvres": cls.OUVRE,
        }
        return aliases.get(key)


def easter_sunday(year: int) -> date:
    """Return Easter Sunday of ``year`` (anonymous Gregorian algorithm).

    Easter Monday, Ascension, Whit Monday and Good Friday are counted from it
    (C. trav. L3133-1, L3134-13).

    >>> easter_sunday(2025), easter_sunday(2026), easter_sunday(2027)
    (datetime.date(2025, 4, 20), datetime.date(2026, 4, 5), datetime.date(2027, 3, 28))
    """
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lv = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lv) // 451
    month, day = divmod(h + lv - 7 * m + 114, 31)
    return date(year, month, day + 1)


def add_months(day: date, months: int) -> date:
    """Add calendar months: same day number, else the last day of the month.

    Reg. 1182/71 art. 3(2)(c), CPC 641: 29 February + 2 years = 28 February.

    >>> add_months(date(2024, 2, 29), 24)
    datetime.date(2026, 2, 28)
    >>> add_months(date(2026, 1, 31), 1), add_months(date(2026, 3, 31), -1)
    (datetime.date(2026, 2, 28), datetime.date(2026, 2, 28))
    """
    day = as_date(day, "day")
    if isinstance(months, bool) or not isinstance(months, int):
        raise TypeError("months must be an int")
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    month = month0 + 1
    next_month = date(year + month // 12, month % 12 + 1, 1)
    last = (next_month - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def region_for_address(country_code: str | None, postcode: str | None) -> str:
    """Return the holiday region of a delivery address.

    The calendar is the one of the place where the act is done (Reg. 1182/71 art.
    2(1)): postcodes 57xxx/67xxx/68xxx are Alsace-Moselle (``FR-57``), 971xx-978xx the
    overseas regions (97133 Saint-Barthélemy, 97150 Saint-Martin); Odoo's overseas
    country codes (GP, MQ, GF, RE, YT, BL, MF) map to the same regions. Anything else,
    including Monaco, a missing postcode and a foreign country, gives ``"FR"``: only the
    French calendar is known here.

    >>> region_for_address("FR", "67000"), region_for_address("FR", "97150")
    ('FR-57', 'FR-978')
    >>> region_for_address("GP", None), region_for_address("DE", "57074")
    ('FR-971', 'FR')
    """
    country = (country_code or "FR").strip().upper()
    if country in _OVERSEAS_COUNTRIES and not postcode:
        return _OVERSEAS_COUNTRIES[country]
    if country not in {"FR", *_OVERSEAS_COUNTRIES}:
        return "FR"
    code = "".join(char for char in (postcode or "") if char.isalnum())
    if code[:2] in {"57", "67", "68"}:
        return "FR-57"
    for prefix, region in _OVERSEAS_POSTCODES:
        if code.startswith(prefix):
            return region
    return _OVERSEAS_COUNTRIES.get(country, "FR")


def _normalize_region(region: object) -> str:
    if not isinstance(region, str):
        raise UnknownRegionError(region)
    key = region.strip().upper()
    if key not in REGIONS:
        raise UnknownRegionError(region)
    return key


@functools.lru_cache(maxsize=4096)
def _holidays(region: str, year: int) -> MappingProxyType[date, str]:
    """Holidays of ``region`` in ``year`` (cached per region and year)."""
    if region in ALSACE_MOSELLE_REGIONS:
        base = _FRENCH_HOLIDAYS(years=year, subdiv="57")
    else:
        base = _FRENCH_HOLIDAYS(years=year)
    result: dict[date, str] = dict(base.items())
    if year in _WHIT_MONDAY_FIX_YEARS:
        whit_monday = easter_sunday(year) + timedelta(days=50)
        result.setdefault(whit_monday, "Lundi de Pentecôte")
    for month, day, first_year in _ABOLITION_DAYS.get(region, ()):
        if year >= first_year:
            result[date(year, month, day)] = _ABOLITION_NAME
    return MappingProxyType(dict(sorted(result.items())))


@dataclass(frozen=True)
class LegalCalendar:
    """French legal calendar of one region (see :data:`REGIONS`; C. trav. L3133-1).

    >>> cal = LegalCalendar("FR-67")
    >>> cal.region, cal.is_holiday(date(2026, 4, 3)), LegalCalendar().is_holiday(
    ...     date(2026, 4, 3))
    ('FR-67', True, False)
    """

    region: str = "FR"

    def __post_init__(self) -> None:
        object.__setattr__(self, "region", _normalize_region(self.region))

    def holidays(self, year: int) -> MappingProxyType[date, str]:
        """Return the public holidays of ``year``: a read-only ``{date: name}``.

        C. trav. L3133-1, L3134-13 (Alsace-Moselle), L3422-2 (overseas).

        >>> len(LegalCalendar().holidays(2026)), len(LegalCalendar("FR-57").holidays(
        ...     2026))
        (11, 13)
        """
        return _holidays(self.region, year)

    def is_holiday(self, day: date) -> bool:
        """Return whether ``day`` is a public holiday (C. trav. L3133-1).

        >>> LegalCalendar().is_holiday(date(2026, 5, 25))  # Whit Monday
        True
        """
        day = as_date(day, "day")
        return day in _holidays(self.region, day.year)

    def is_business_day(self, day: date, kind: DayKind | str = DayKind.OUVRE) -> bool:
        """Return whether ``day`` counts as a day of ``kind``.

        ``OUVRE`` (the default) is Monday to Friday minus holidays, ``OUVRABLE``
        Monday to Saturday minus holidays, ``CALENDAR`` every day (holidays of C. trav.
        L3133-1).

        >>> sat = date(2026, 5, 16)
        >>> LegalCalendar().is_business_day(sat), LegalCalendar().is_business_day(
        ...     sat, DayKind.OUVRABLE)
        (False, True)
        """
        day = as_date(day, "day")
        kind = DayKind(kind)
        if kind is DayKind.CALENDAR:
            return True
        last_weekday = 4 if kind is DayKind.OUVRE else 5
        return day.weekday() <= last_weekday and not self.is_holiday(day)

    def roll_to_working_day(self, day: date) -> date:
        """Move a last day on a Saturday, Sunday or holiday to the next working day.

        Reg. 1182/71 art. 3(4), L221-19 3°, CPC 642; iterated, so the result is always
        Monday to Friday and not a holiday.

        >>> LegalCalendar().roll_to_working_day(date(2026, 5, 23))  # Sat, Whit Mon
        datetime.date(2026, 5, 26)
        """
        day = as_date(day, "day")
        while not self.is_business_day(day, DayKind.OUVRE):
            day += timedelta(days=1)
        return day

    def add_days(
        self, day: date, days: int, kind: DayKind | str = DayKind.CALENDAR
    ) -> date:
        """Return the ``days``-th day of ``kind`` after ``day`` (the event).

        The event day is not counted (Reg. 1182/71 art. 3(1), CPC 641); business days
        start the day after the event and only qualifying days are counted. No
        roll-over is applied here.

        >>> cal = LegalCalendar()
        >>> cal.add_days(date(2026, 5, 13), 3, DayKind.OUVRE)  # skips Ascension
        datetime.date(2026, 5, 19)
        >>> cal.add_days(date(2026, 5, 13), 3, "ouvrable")
        datetime.date(2026, 5, 18)
        """
        day = as_date(day, "day")
        days = as_days(days, "days")
        kind = DayKind(kind)
        if kind is DayKind.CALENDAR:
            return day + timedelta(days=days)
        counted = 0
        while counted < days:
            day += timedelta(days=1)
            if self.is_business_day(day, kind):
                counted += 1
        return day
