# Copyright 2026 Consumer law for Odoo contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Legal calendar: holidays, Easter, business days, roll-over (LEGAL_RULES §1)."""

from datetime import date, timedelta

import holidays
import pytest
from dateutil.easter import easter

from consumer_law_rules import (
    REGIONS,
    DayKind,
    LegalCalendar,
    UnknownRegionError,
    add_months,
    easter_sunday,
    region_for_address,
)

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

# (holiday, date, weekday) from the table of LEGAL_RULES §1, mainland France.
HOLIDAY_TABLE = [
    ("2025-new-year-wed", date(2025, 1, 1), WED),
    ("2025-easter-monday", date(2025, 4, 21), MON),
    ("2025-labour-day-thu", date(2025, 5, 1), THU),
    ("2025-victory-day-thu", date(2025, 5, 8), THU),
    ("2025-ascension", date(2025, 5, 29), THU),
    ("2025-whit-monday", date(2025, 6, 9), MON),
    ("2025-bastille-day-mon", date(2025, 7, 14), MON),
    ("2025-assumption-fri", date(2025, 8, 15), FRI),
    ("2025-all-saints-sat", date(2025, 11, 1), SAT),
    ("2025-armistice-tue", date(2025, 11, 11), TUE),
    ("2025-christmas-thu", date(2025, 12, 25), THU),
    ("2026-new-year-thu", date(2026, 1, 1), THU),
    ("2026-easter-monday", date(2026, 4, 6), MON),
    ("2026-labour-day-fri", date(2026, 5, 1), FRI),
    ("2026-victory-day-fri", date(2026, 5, 8), FRI),
    ("2026-ascension", date(2026, 5, 14), THU),
    ("2026-whit-monday", date(2026, 5, 25), MON),
    ("2026-bastille-day-tue", date(2026, 7, 14), TUE),
    ("2026-assumption-sat", date(2026, 8, 15), SAT),
    ("2026-all-saints-sun", date(2026, 11, 1), SUN),
    ("2026-armistice-wed", date(2026, 11, 11), WED),
    ("2026-christmas-fri", date(2026, 12, 25), FRI),
    ("2027-new-year-fri", date(2027, 1, 1), FRI),
    ("2027-easter-monday", date(2027, 3, 29), MON),
    ("2027-labour-day-sat", date(2027, 5, 1), SAT),
    ("2027-victory-day-sat", date(2027, 5, 8), SAT),
    ("2027-ascension", date(2027, 5, 6), THU),
    ("2027-whit-monday", date(2027, 5, 17), MON),
    ("2027-bastille-day-wed", date(2027, 7, 14), WED),
    ("2027-assumption-sun", date(2027, 8, 15), SUN),
    ("2027-all-saints-mon", date(2027, 11, 1), MON),
    ("2027-armistice-thu", date(2027, 11, 11), THU),
    ("2027-christmas-sat", date(2027, 12, 25), SAT),
]


@pytest.mark.parametrize(
    ("day", "weekday"),
    [pytest.param(day, weekday, id=name) for name, day, weekday in HOLIDAY_TABLE],
)
def test_national_holiday_table(day, weekday):
    assert day.weekday() == weekday
    for region in REGIONS:
        assert LegalCalendar(region).is_holiday(day), region


@pytest.mark.parametrize(
    "day",
    [
        pytest.param(date(2025, 4, 18), id="2025-good-friday"),
        pytest.param(date(2026, 4, 3), id="2026-good-friday"),
        pytest.param(date(2027, 3, 26), id="2027-good-friday"),
        pytest.param(date(2025, 12, 26), id="2025-st-stephen"),
        pytest.param(date(2026, 12, 26), id="2026-st-stephen"),
    ],
)
@pytest.mark.parametrize("region", ["FR-57", "FR-67", "FR-68"])
def test_alsace_moselle_extra_holidays(day, region):
    assert LegalCalendar(region).is_holiday(day)
    assert not LegalCalendar("FR").is_holiday(day)


@pytest.mark.parametrize(
    ("region", "day"),
    [
        pytest.param("FR-971", date(2026, 5, 27), id="guadeloupe-27-may"),
        pytest.param("FR-972", date(2026, 5, 22), id="martinique-22-may"),
        pytest.param("FR-973", date(2026, 6, 10), id="guyane-10-june"),
        pytest.param("FR-974", date(2026, 12, 20), id="reunion-20-december"),
        pytest.param("FR-976", date(2026, 4, 27), id="mayotte-27-april"),
        pytest.param("FR-977", date(2026, 10, 9), id="saint-barthelemy-9-october"),
        pytest.param("FR-978", date(2026, 5, 27), id="saint-martin-27-may-decree"),
        pytest.param("FR-978", date(2026, 5, 28), id="saint-martin-28-may-observed"),
    ],
)
def test_overseas_abolition_day(region, day):
    assert LegalCalendar(region).is_holiday(day)
    assert not LegalCalendar("FR").is_holiday(day)
    # Only the abolition day is added to the national list.
    assert len(LegalCalendar(region).holidays(2026)) == 12 + (region == "FR-978")


@pytest.mark.parametrize(
    "day",
    [
        pytest.param(date(2026, 3, 12), id="mi-careme-guadeloupe"),
        pytest.param(date(2026, 4, 3), id="good-friday-guadeloupe"),
        pytest.param(date(2026, 7, 21), id="schoelcher-day"),
    ],
)
def test_overseas_customary_days_are_not_legal_holidays(day):
    assert not LegalCalendar("FR-971").is_holiday(day)


@pytest.mark.parametrize("year", [2005, 2006, 2007])
def test_whit_monday_counts_in_solidarity_day_years(year):
    whit_monday = easter_sunday(year) + timedelta(days=50)
    assert whit_monday not in holidays.France(years=year)
    assert LegalCalendar().is_holiday(whit_monday)


@pytest.mark.parametrize(
    ("region", "subdiv"), [("FR", None), ("FR-57", "57"), ("FR-68", "6AE")]
)
def test_calendar_matches_holidays_package_except_whit_monday_2005_2007(region, subdiv):
    calendar = LegalCalendar(region)
    for year in range(1990, 2101):
        ours = set(calendar.holidays(year))
        theirs = set(holidays.France(years=year, subdiv=subdiv))
        if year in (2005, 2006, 2007):
            assert ours - theirs == {easter_sunday(year) + timedelta(days=50)}
            assert theirs <= ours
        else:
            assert ours == theirs, year


def test_overseas_calendar_is_national_plus_abolition_day():
    for year in range(2019, 2101):
        national = set(LegalCalendar().holidays(year))
        assert set(LegalCalendar("FR-972").holidays(year)) == national | {
            date(year, 5, 22)
        }


def test_easter_sunday_matches_dateutil():
    for year in range(1990, 2101):
        assert easter_sunday(year) == easter(year), year


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)), (2027, date(2027, 3, 28))],
)
def test_easter_sunday_legal_rules_values(year, expected):
    assert easter_sunday(year) == expected


def test_holidays_are_cached_per_region_and_year():
    assert LegalCalendar("FR").holidays(2026) is LegalCalendar("FR").holidays(2026)
    with pytest.raises(TypeError):
        LegalCalendar().holidays(2026)[date(2026, 6, 1)] = "x"  # read-only


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param(date(2026, 5, 16), date(2026, 5, 18), id="saturday-to-monday"),
        pytest.param(date(2026, 5, 17), date(2026, 5, 18), id="sunday-to-monday"),
        pytest.param(date(2026, 5, 23), date(2026, 5, 26), id="sat-sun-whit-monday"),
        pytest.param(date(2025, 5, 8), date(2025, 5, 9), id="victory-day-thursday"),
        pytest.param(date(2026, 7, 14), date(2026, 7, 15), id="bastille-day-tuesday"),
        pytest.param(date(2026, 5, 15), date(2026, 5, 15), id="bridge-day-works"),
        pytest.param(date(2026, 12, 25), date(2026, 12, 28), id="christmas-friday"),
        pytest.param(date(2026, 11, 1), date(2026, 11, 2), id="all-saints-sunday"),
    ],
)
def test_roll_to_working_day(day, expected):
    assert LegalCalendar().roll_to_working_day(day) == expected


def test_roll_in_alsace_chains_good_friday_and_easter_monday():
    assert LegalCalendar("FR-57").roll_to_working_day(date(2026, 4, 3)) == date(
        2026, 4, 7
    )
    assert LegalCalendar("FR").roll_to_working_day(date(2026, 4, 3)) == date(2026, 4, 3)


@pytest.mark.parametrize(
    ("start", "days", "kind", "expected"),
    [
        pytest.param(date(2026, 5, 13), 3, DayKind.CALENDAR, date(2026, 5, 16),
                     id="calendar-days-count-everything"),
        pytest.param(date(2026, 5, 13), 3, DayKind.OUVRABLE, date(2026, 5, 18),
                     id="ouvrables-skip-ascension-and-sunday"),
        pytest.param(date(2026, 5, 13), 3, DayKind.OUVRE, date(2026, 5, 19),
                     id="ouvres-skip-ascension-and-weekend"),
        pytest.param(date(2026, 5, 15), 1, DayKind.OUVRE, date(2026, 5, 18),
                     id="bd-01-start-day-after-event"),
        pytest.param(date(2026, 5, 22), 1, DayKind.OUVRE, date(2026, 5, 26),
                     id="ouvre-skips-whit-monday"),
        pytest.param(date(2026, 5, 4), 0, DayKind.OUVRE, date(2026, 5, 4),
                     id="zero-days"),
        pytest.param(date(2026, 5, 4), 7, "ouvrables", date(2026, 5, 13),
                     id="seven-ouvrables-skip-8-may"),
    ],
)  # fmt: skip
def test_add_days(start, days, kind, expected):
    assert LegalCalendar().add_days(start, days, kind) == expected


def test_business_day_kinds():
    calendar = LegalCalendar()
    saturday, holiday = date(2026, 5, 16), date(2026, 5, 14)
    assert calendar.is_business_day(saturday, DayKind.CALENDAR)
    assert calendar.is_business_day(saturday, DayKind.OUVRABLE)
    assert not calendar.is_business_day(saturday, DayKind.OUVRE)
    assert not calendar.is_business_day(holiday, "ouvrable")
    assert calendar.is_business_day(date(2026, 5, 15))


@pytest.mark.parametrize(
    ("alias", "kind"),
    [
        ("calendar", DayKind.CALENDAR),
        ("Jours calendaires", DayKind.CALENDAR),
        ("ouvrables", DayKind.OUVRABLE),
        ("ouvrés", DayKind.OUVRE),
        ("OUVRE", DayKind.OUVRE),
    ],
)
def test_day_kind_aliases(alias, kind):
    assert DayKind(alias) is kind


@pytest.mark.parametrize("bad", ["working", 3, None])
def test_day_kind_unknown(bad):
    with pytest.raises(ValueError):
        DayKind(bad)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        pytest.param(date(2024, 2, 29), 24, date(2026, 2, 28), id="cg-03-leap-day"),
        pytest.param(date(2024, 2, 29), 48, date(2028, 2, 29), id="leap-to-leap"),
        pytest.param(date(2026, 1, 31), 1, date(2026, 2, 28), id="end-of-month"),
        pytest.param(date(2026, 5, 4), 12, date(2027, 5, 4), id="same-day"),
        pytest.param(date(2026, 12, 15), 1, date(2027, 1, 15), id="year-change"),
        pytest.param(date(2026, 3, 31), -1, date(2026, 2, 28), id="backwards"),
        pytest.param(date(2026, 8, 31), 6, date(2027, 2, 28), id="repair-extension"),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


def test_add_months_rejects_non_int():
    with pytest.raises(TypeError):
        add_months(date(2026, 1, 1), 1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        add_months("2026-01-01", 1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("country", "postcode", "region"),
    [
        pytest.param("FR", "75007", "FR", id="paris"),
        pytest.param("FR", "57000", "FR-57", id="metz"),
        pytest.param("FR", "67000", "FR-57", id="strasbourg"),
        pytest.param("FR", "68100", "FR-57", id="mulhouse"),
        pytest.param("fr", " 68 100 ", "FR-57", id="spaces-and-case"),
        pytest.param("FR", "97110", "FR-971", id="guadeloupe"),
        pytest.param("FR", "97200", "FR-972", id="martinique"),
        pytest.param("FR", "97300", "FR-973", id="guyane"),
        pytest.param("FR", "97400", "FR-974", id="reunion"),
        pytest.param("FR", "97600", "FR-976", id="mayotte"),
        pytest.param("FR", "97133", "FR-977", id="saint-barthelemy"),
        pytest.param("FR", "97150", "FR-978", id="saint-martin"),
        pytest.param("FR", "97500", "FR", id="saint-pierre-national-only"),
        pytest.param("GP", "97100", "FR-971", id="odoo-country-guadeloupe"),
        pytest.param("MQ", None, "FR-972", id="odoo-country-without-postcode"),
        pytest.param("BL", "", "FR-977", id="odoo-country-saint-barth"),
        pytest.param("RE", "12345", "FR-974", id="odoo-country-odd-postcode"),
        pytest.param("MC", "98000", "FR", id="monaco"),
        pytest.param("DE", "57074", "FR", id="foreign-country"),
        pytest.param(None, "67000", "FR-57", id="no-country-means-france"),
        pytest.param("FR", None, "FR", id="no-postcode"),
    ],
)
def test_region_for_address(country, postcode, region):
    assert region_for_address(country, postcode) == region


@pytest.mark.parametrize("region", ["FR-75", "DE", "", 57, None])
def test_unknown_region(region):
    with pytest.raises(UnknownRegionError) as info:
        LegalCalendar(region)
    assert info.value.field == "region"


def test_region_is_normalized():
    assert LegalCalendar(" fr-57 ").region == "FR-57"


def test_calendar_rejects_non_dates():
    with pytest.raises(TypeError):
        LegalCalendar().is_holiday("2026-05-01")  # type: ignore[arg-type]
