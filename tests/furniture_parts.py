"""The parts furniture lines are composed from (`tests/furniture_forms.py`,
`tests/furniture_notes_forms.py`): invented names and outlets, real cities and agencies' shapes,
days, months in the product's languages and clocks in the forms pages write them.

    >>> from hypothesis import find
    >>> find(_full_date(), lambda day: day.startswith("2")).startswith("2")
    True
"""

from __future__ import annotations

from hypothesis import strategies as st

from timeline.wordlists import table

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
_MONTHS += ["September", "October", "November", "December"]
_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DOTTED = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]
_DOTTED += ["Nov.", "Dec."]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
#: months in the other languages the product reads (`timeline/data/month_names.csv`)
_LOCAL_MONTHS = sorted(name for name, _ in table("month_names.csv"))

_FIRST = ["Ana", "Kwame", "Priya", "Li", "Jean-Paul", "Siobhan", "Mohammed", "Tomasz", "Aroha"]
_FIRST += ["Olusegun", "Marta", "Hiroshi", "Fatima", "Dmitri", "Grace", "Sione", "Ingrid"]
_LAST = ["Ruiz", "Mensah", "Nair", "Wei", "Dubois", "O'Neill", "al-Rashid", "Kowalski"]
_LAST += ["Tane", "Adeyemi", "Lindqvist", "Tanaka", "Haddad", "Petrov", "Okafor", "Fifita"]
_LAST += ["van der Berg", "McAllister", "Costa-Pereira"]
_CITIES = ["Lima", "Nairobi", "New Delhi", "Rio de Janeiro", "Kuala Lumpur", "Port-au-Prince"]
_CITIES += ["St. Louis", "Apia", "Wellington", "Sao Paulo", "Abu Dhabi", "Dar es Salaam"]
_CITIES += ["Springfield", "Kyiv", "Jakarta", "Cape Town", "Los Angeles", "Geneva", "Manila"]
_COUNTRIES = ["Peru", "Kenya", "India", "Brazil", "Malaysia", "Haiti", "Mo.", "Samoa", "Ill."]
_COUNTRIES += ["New Zealand", "Tanzania", "Ukraine", "Indonesia", "South Africa", "Calif."]
_AGENCIES = ["AP", "AFP", "Reuters", "Xinhua", "dpa", "EFE", "Kyodo", "Bernama", "PTI", "IANS"]
_AGENCIES += ["UPI", "ANSA", "Yonhap", "TASS", "SAPA", "CP", "AAP", "NZPA", "HWN"]
_OUTLETS = ["The Harbour Times", "Valley Courier", "Northern Ledger", "Coastal Monthly"]
_OUTLETS += ["The Daily Kestrel", "Tidewater Post", "Lakeside Herald", "Metro Wire"]
_ROLES = ["Staff Writer", "Senior Correspondent", "Political Editor", "Business Reporter"]
_ROLES += ["Special to the Courier", "Africa Correspondent", "Contributor", "Reporter"]
_ROLES += ["Health Editor", "Associated Press"]
_ZONES = ["GMT", "EST", "ET", "EDT", "BST", "CET", "IST", "UTC", "AEDT", "PT", "local time"]
_TOPICS = ["the harbour", "local politics", "climate", "the markets", "football", "food"]
_DASHES = [" - ", " — ", " – ", " -- ", " _ "]

_first = st.sampled_from(_FIRST)
_last = st.sampled_from(_LAST)
_outlet = st.sampled_from(_OUTLETS)
_agency = st.sampled_from(_AGENCIES)
_dash = st.sampled_from(_DASHES)
_year = st.integers(1985, 2025).map(str)
_day = st.integers(1, 28)
_hour = st.integers(1, 12)
_minute = st.integers(0, 59).map(lambda m: f"{m:02d}")


@st.composite
def _name(draw: st.DrawFn) -> str:
    """ "Ana Ruiz", "Ana K. Ruiz", "ANA RUIZ"."""
    name = f"{draw(_first)} {draw(st.sampled_from(['', 'K. ', 'M. ']))}{draw(_last)}"
    return name.upper() if draw(st.booleans()) and draw(st.booleans()) else name


@st.composite
def _names(draw: st.DrawFn) -> str:
    """One, two or three names: "Ana Ruiz and Li Wei", "A, B and C"."""
    names = draw(st.lists(_name(), min_size=1, max_size=3, unique=True))
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


@st.composite
def _city(draw: st.DrawFn) -> str:
    city = draw(st.sampled_from(_CITIES))
    return city.upper() if draw(st.booleans()) else city


@st.composite
def _month_day(draw: st.DrawFn) -> str:
    """ "March 4", "Mar. 4", "4 March", "4 Agustus": a day without its year."""
    month = draw(st.integers(0, 11))
    day = draw(_day)
    form = draw(st.integers(0, 3))
    if form == 0:
        return f"{_MONTHS[month]} {day}"
    if form == 1:
        return f"{_DOTTED[month]} {day}"
    if form == 2:
        return f"{day} {_MONTHS[month]}"
    return f"{day} {draw(st.sampled_from(_LOCAL_MONTHS)).capitalize()}"


@st.composite
def _full_date(draw: st.DrawFn) -> str:
    """A day with its year, in English or another supported language, any common order."""
    month = draw(st.integers(0, 11))
    day = draw(_day)
    year = draw(_year)
    forms = [
        f"{_MONTHS[month]} {day}, {year}",
        f"{_SHORT[month]} {day}, {year}",
        f"{_DOTTED[month]} {day}, {year}",
        f"{day} {_MONTHS[month]} {year}",
        f"{day} {_SHORT[month]} {year}",
        f"{day} {draw(st.sampled_from(_LOCAL_MONTHS))} {year}",
        f"{day:02d}/{month + 1:02d}/{year}",
        f"{year}-{month + 1:02d}-{day:02d}",
        f"{draw(st.sampled_from(_WEEKDAYS))} {day} {_MONTHS[month]} {year}",
        f"{draw(st.sampled_from(_WEEKDAYS))[:3]} {_MONTHS[month]} {day}, {year}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def _clock(draw: st.DrawFn) -> str:
    """ "3:42 PM EST", "14.05 GMT", "10:15 a.m. ET"."""
    hour, minute = draw(_hour), draw(_minute)
    forms = [
        f"{hour}:{minute} {draw(st.sampled_from(['PM', 'AM', 'pm', 'am', 'p.m.', 'a.m.']))}",
        f"{hour + 11:02d}:{minute}",
        f"{hour + 11:02d}.{minute}",
    ]
    clock = draw(st.sampled_from(forms))
    return f"{clock} {draw(st.sampled_from(_ZONES))}" if draw(st.booleans()) else clock


_PLACE_WORDS = ["Tarrow", "Kestrel Bay", "Northern Coast", "Upper Valley", "Lakeside"]
