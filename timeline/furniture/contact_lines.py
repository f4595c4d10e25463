"""The contact block of a release or a media statement, not the story: "Media contact: Jo Lee
0400 000 000", "Media enquiries:" over its lines, a phone number alone, a service line with its
number, the reader's instructions with the number to call (`data/contact_labels.txt`). Split
from `timeline.furniture.boilerplate`; read by `timeline.furniture` (the heading over a block) and
its table of rules (`timeline.furniture.line_rules`); none names an outlet, a company or a person.

    >>> is_contact_heading("Media enquiries:"), is_contact_line("Contact: Jo Lee 0400 000 000")
    (True, True)
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.kinds import SAID
from timeline.furniture.line_shape import shape_cues
from timeline.wordlists import word_list

__all__ = ["is_contact_heading", "is_contact_line"]


@cache
def _contact_label() -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternatives(word_list('contact_labels.txt'))})\b")


#: A phone number as a contact block writes it: "0400 000 000", "(02) 5550 1234", "+44 20 7946
#: 0000", "555-0142".
_PHONE = re.compile(
    r"(?:\+\d|\(\d{1,4}\)|\b0\d)[\d ().-]{5,18}\d|\b\d{3}[-.]\d{4}\b"
    # a free or shared-cost number: "1800 226 226", "13 11 14", "1-800-555-0199"
    r"|\b1[-\s]?[38]00[-\s]?\d{3}[-\s]?\d{3,4}\b"
    # or a shared-cost one in groups of two (stop 50): "1890 34 74 24", "1850 20 30 40"
    r"|\b1[358]\d0(?:\s\d\d){3}\b"
)
#: A phone number alone on its line is in groups set apart by spaces ("03.05.2021" is a date).
_PHONE_ALONE = re.compile(r"(?:\+\d{1,3}|\(\d{1,4}\)|0\d{1,4})(?:\s\d{1,4}){2,5}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z][\w.]*")


def _phone_number(text: str) -> bool:
    return any(7 <= sum(c.isdigit() for c in m.group()) <= 15 for m in _PHONE.finditer(text))


#: the most words of a line that is a postal address
POSTAL_WORDS = 14


#: A notice's line on where to ask, its topic's words before the label, whom to ask after it,
#: then their office's fields or number (stop 52): "Enquiries to the Clerk, Town Hall, Tarrow
#: 4. Telephone 30231.", "Jury duty questions: call the Jury Office, 555-0172.", "Licence
#: queries to the Registrar, Box 40, Leith." A sentence asking ("Residents who have questions
#: may call ...") has its verb before the call and is left: the golds split on it (stop 52).
#: The labels of an enquiry line, in any case.
_ENQUIRY_WORDS = ("questions", "queries", "enquiries", "inquiries")
_FIELD = r"(?:[A-Z0-9][\w&'’.-]*(?:\s+(?:[A-Z0-9][\w&'’.-]*|of|the|and|&))*)"
_ENQUIRY_LINE = re.compile(
    r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+)?(?i:" + "|".join(_ENQUIRY_WORDS) + ")"
    r"(?:\s+(?:about|on)\s+[a-z][\w'’ -]{1,30}?)?\s*(?::\s*|\s+to\s+)"
    r"(?:(?:please\s+)?(?i:call|phone|ring|contact|write\s+to)\s+)?(?:the\s+)?"
    rf"{_FIELD}(?:,\s*{_FIELD}){{1,4}}\.?"
    r"(?:\s+(?:Telephone|Tel\.?|Phone|Fax)\s*:?\s*\(?\d[\d ()-]{3,18}\d\.?)?"
)


def _asks_where(line: str) -> bool:
    """The enquiry line's label in the line (a cheap test before `_ENQUIRY_LINE`)."""
    lowered = line.lower()
    return any(word in lowered for word in _ENQUIRY_WORDS)


#: A company's service line and its number: "Harbour Ferries Hotline: 1800 (24 hours)".
_SERVICE_LINE = re.compile(
    r"(?:[A-Z][\w&.'’-]*\s+){0,4}(?i:call\s+cent(?:er|re)|hotline|helpline|help\s+desk"
    # "Information line: 541-555-0190 (7 a.m.–9 p.m.)"
    r"|(?:information|info|advice|enquiry|inquiry|public|help|phone|telephone)\s+line)"
    r"\s*:\s*\+?\d[\d ()-]{2,20}(?:\s*\([^()\n]{1,30}\))?\.?"
)


#: An address with a postal box, its parts set apart by commas, a call to write there before it:
#: "Apply to the Editor, Box 118, Tarrow.", "P.O. Box 30377, Leith 3", "Quay Trust · P.O. Box
#: 418, Tarrow".
_POSTAL_LINE = re.compile(
    # its first field set off by a middle dot or a bar too (stop 50): "Quay Trust · P.O. Box 4"
    r"(?:[^\n,·|]{1,40}(?:,|\s[·|]))?\s*(?:[^\n,]{1,40},\s*){0,3}(?:P\.?\s?O\.?\s+|Post\s+Office\s+|Private\s+)?(?i:box|bag)\s+\d{1,6}"
    r"(?:,\s*[^\n,]{1,40}){0,3}\.?"
)


#: A postal address closed by its postcode, its parts set apart by commas, each of words from a
#: capital or figures ("Pennine Building Society, Westgate House, Halifax HX1 1PW.", "Harbour
#: Trust, 12 Quay Street, Leith EH6 6LX", "Box 9, Kenora, ON P9N 1A1"): a British or a
#: Canadian postcode, or a state's code and its ZIP ("Akron, OH 44308").
_ADDRESS_PART = r"(?:[A-Z0-9][\w&'’.-]*)(?:\s+(?:[A-Z0-9][\w&'’.-]*|of|the|and|upon|on))*"
_POSTCODE = (
    r"(?:[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{2}\s+\d{5}(?:-\d{4})?)"
)
_POSTCODE_LINE = re.compile(rf"(?:{_ADDRESS_PART},\s+){{1,4}}{_ADDRESS_PART}\s+{_POSTCODE}\.?")


@cache
def _labelled_address() -> re.Pattern[str]:
    """A postal address under a label of its own (`is_labelled_address`)."""
    street = alternatives(word_list("street_words.txt"))
    # "Avenida del Libertador", "Mrs. van der Berg", "Mr. al-Rashid" (`data/name_particles.txt`)
    particle = alternatives(word_list("name_particles.txt"))
    word = rf"(?:[A-Z]|(?:{particle})-[A-Z])[\w&'’.-]*"
    name = rf"(?:(?:{particle})\s+)*{word}(?:\s+(?:{word}|{particle}|of|the))*"
    number = r"\d{1,5}[A-Za-z]?"
    address = (
        # the number before its street or after it: "22 Quay Street", "Avenida San Martín 1140"
        rf"(?:{number},?\s+{name}\s+(?i:{street})\.?|(?i:{street})\.?\s+{name},?\s+{number})"
    )
    # the town, its postal district's figure after it (stop 43): "Leeds 6", "Dublin 4"
    town = rf"{name}(?:\s+\d{{1,2}})?"
    # whom the address is of, a field or two before it (stop 50): "Subscriptions: Quay
    # Publishing Ltd, 14 Harbour Lane, Tarrow QT4."
    whom = rf"(?:{name},\s*){{0,2}}"
    return re.compile(
        rf"[A-Z][a-z]+(?:\s+(?:[a-z]+|[A-Z][a-z]+)){{0,3}}\s*:\s*{whom}{address}"
        rf"(?:,\s*{town}){{1,3}}\.?"
        # who made the page, and where (stop 50): "Prepared by the Clerk's Office, 221 Mill
        # Street, Tarrow."; a call to send there: "Donations may be sent to the Hon. Treasurer,
        # Quay Relief Fund, 12 Mill Lane, Tarrow."
        rf"|(?:(?i:prepared|published|printed|issued|compiled|produced)\s+by"
        rf"|[A-Z][a-z]+(?:\s+[a-z]+){{0,3}}\s+(?:may|should|can)\s+be\s+"
        rf"(?:sent|addressed|posted|forwarded|mailed|delivered|left)\s+to)"
        rf"\s+(?:the\s+)?{whom}{name},\s*{address}(?:,\s*{town}){{0,3}}\.?"
        # the label as whom to write to, before a comma, the town after it or none:
        # "Subscriptions to the secretary, Avenida San Martín 1140."
        rf"|[A-Z][a-z]+(?:\s+(?:and|&)\s+[a-z]+)?\s+to\s+(?:the\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?"
        rf",\s*{address}(?:,\s*{town}){{0,3}}\.?"
        # a small notice's call to apply to a person at a street, its number or none (stop
        # 43): "Apply Mrs. Hocking, Mill Avenue.", "Apply to Mr. Lee, 4 Quay Street."
        rf"|Apply\s+(?:to\s+)?(?:Mrs|Mr|Miss|Ms|Dr)\.?\s+{name},\s*"
        rf"(?:{address}|{name}\s+(?i:{street})\.?)(?:,\s*{town}){{0,2}}\.?"
    )


def is_labelled_address(line: str) -> bool:
    """A postal address under a label of its own, the street with its number and the town
    after it: "Subscriptions and permits: Avenida San Martín 1140, Tarrow", "Offices: 22 Quay
    Street, Leith"; or after whom to write to, the town after it or none: "Subscriptions to the
    secretary, Avenida San Martín 1140.", "Entries to the Show Secretary, 4 Mill Lane, Tarrow".

    >>> is_labelled_address("Offices: 22 Quay Street, Leith")
    True
    >>> is_labelled_address("Police said: 22 Quay Street, Leith was searched on Monday.")
    False
    >>> is_labelled_address("Subscriptions to the secretary, Avenida del Puerto 1140.")
    True
    >>> is_labelled_address("Police were called to the scene, 22 Quay Street.")
    False
    >>> is_labelled_address("Gifts to the Treasurer, 14 Mill Terrace, Tarrow 6.")
    True
    >>> is_labelled_address("Apply Mrs. Roe, Quay Avenue."), is_labelled_address("Apply now.")
    (True, False)
    >>> is_labelled_address("Subscriptions: Q&R Publishing Ltd, 14 Harbour Lane, Tarrow QT4.")
    True
    >>> is_labelled_address("Prepared by the Clerk's Office, 221 Mill Street, Tarrow.")
    True
    >>> is_labelled_address("Gifts may be sent to the Hon. Treasurer, Quay Relief Fund, "
    ...                     "12 Mill Lane, Tarrow.")
    True
    >>> is_labelled_address("Letters were sent to the Mayor, 12 Mill Lane, by the union.")
    False
    >>> is_labelled_address("Prepared by the Clerk's Office, 2 Mill Street, Tarrow. Not a record.")
    True
    >>> is_labelled_address("Offices: 22 Quay Street, Leith. Telephone 01-405 2211.")
    True
    >>> is_labelled_address("Offices: 22 Quay Street, Leith. The offices were sold in May.")
    False
    """
    written = line.strip()
    if _labelled_address().fullmatch(written) is not None:
        return True
    # the address closed by its stop, then a telephone's field or a note with no verb (stop
    # 50): "... London EC1. Telephone 01-405 2211.", "... Tarrow. Not an official report."
    for stop in re.finditer(r"\.\s+", written):
        if _labelled_address().fullmatch(written[: stop.start() + 1]) is not None:
            rest = written[stop.end() :]
            return len(rest.split()) <= POSTAL_WORDS // 2 and (
                _phone_number(rest) or "no verb" in shape_cues(rest)
            )
    return False


def is_contact_line(line: str) -> bool:
    """A line of a contact block: a label with a colon, or with a phone number or an address,
    or a phone number alone.

    >>> is_contact_line("Media contact: Jo Lee 0400 000 000"), is_contact_line("+61 2 5550 1234")
    (True, True)
    >>> is_contact_line("For more information, contact Jo Lee on 0400 000 000.")
    True
    >>> is_contact_line("Stop using it. Call the helpline on 0800 555 0193 or visit our site.")
    True
    >>> is_contact_line("Contact with the crew was lost on Monday, officials said.")
    False
    >>> is_contact_line("Harbour Ferries Hotline: 1800 (24 hours)")
    True
    >>> is_contact_line("Information line: 555-0190 (7 a.m.–9 p.m.)")
    True
    >>> is_contact_line("Residents can check the map online or call the helpline on 1800 555 555.")
    True
    >>> is_contact_line("-- Tarrow newsroom +44 20 5550 0100")
    True
    >>> is_contact_line("Seen a flood? Call our newsroom on 0400 000 000.")
    True
    >>> is_contact_line("If you feel unwell after eating it, call the Tarrow helpline free on "
    ...                 "0800 555 019 or see your doctor.")
    True
    >>> is_contact_line("Anyone who saw the crash is asked to contact the depot on 021 455 0101.")
    True
    >>> is_contact_line("To report a fault with a meter, call 1-800-555-0101 or 555-0102.")
    True
    >>> is_contact_line("Anyone who sees a spill can contact the river trust's 24-hour hotline "
    ...                 "on 1890 34 74 24.")
    True
    >>> is_contact_line("Quay Wildlife Trust · P.O. Box 418, Tarrow, Westland")
    True
    >>> is_contact_line("The crew tried to contact the tower on 12 May 2019 but failed.")
    False
    >>> is_contact_line("Apply to the Secretary, P.O. Box 42, Tarrow.")
    True
    >>> is_contact_line("Ballots in box 12, the clerk said, were never counted by the board.")
    False
    >>> is_contact_line("Harbour Trust, 12 Quay Street, Leith EH6 6LX.")
    True
    >>> is_contact_line("Police closed Quay Street, Leith EH6 6LX, on Monday.")
    False
    >>> is_contact_line("Quay Holdings AG, Investor Relations: Jo Lee, tel. 01 261 19 08")
    True
    >>> is_contact_line("Quay Holdings AG, investor relations: the shares fell on Monday.")
    False
    >>> is_contact_line("Enquiries to the Clerk, Town Hall, Tarrow 4. Telephone 30231.")
    True
    >>> is_contact_line("Jury duty questions: call the Jury Office, 555-0172.")
    True
    >>> is_contact_line("Residents who have questions may call the Clerk, Town Hall, Tarrow.")
    False
    """
    if (
        _asks_where(line)
        and _ENQUIRY_LINE.fullmatch(line) is not None
        and not _REPORTED.search(line)
    ):
        return True  # "Enquiries to the Clerk, Town Hall, Tarrow 4. Telephone 30231."
    label = _contact_label().match(line)
    if label is not None:
        rest = line[label.end() :]
        return (
            re.match(r"\s*:", rest) is not None
            or _phone_number(rest)
            or _EMAIL.search(rest) is not None
        )
    if _PHONE_ALONE.fullmatch(line) is not None and _phone_number(line):
        return True
    # the company's name first, then its label and its colon, and a number or an address:
    # "Quay Holdings AG, Investor Relations: Jo Lee, tel. 01 261 19 08" (stop 36)
    field = _LEADING_FIELD.match(line)
    label = None if field is None else _contact_label().match(line, field.end())
    if label is not None and re.match(r"\s*:", line[label.end() :]) is not None:
        rest = line[label.end() :]
        return _phone_number(rest) or _EMAIL.search(rest) is not None
    if (
        _POSTAL_LINE.fullmatch(line) is not None or _POSTCODE_LINE.fullmatch(line) is not None
    ) and len(line.split()) <= POSTAL_WORDS:
        return True  # "Apply to the Editor, Box 118, Tarrow.", "Westgate House, Halifax HX1 1PW"
    if is_labelled_address(line):
        return True  # "Subscriptions: Avenida San Martín 1140, Mendoza"
    if _SERVICE_LINE.fullmatch(line) is not None or _DESK_LINE.fullmatch(line) is not None:
        return True  # "Harbour Ferries Hotline: 1800 (24 hours)", "-- Tarrow newsroom +44 ..."
    # the reader's instructions with the number to call: "WHAT TO DO: Stop using it. Call the
    # helpline on 0800 555 0193 or visit the recall page."
    lowered = line.lower()
    call = _CALL.search(line) if any(verb.lower() in lowered for verb in _CALLS) else None
    return call is not None and _phone_number(call.group()) and _REPORTED.search(line) is None


#: A contact's company before its label, one field from a capital: "Quay Holdings AG, ".
_LEADING_FIELD = re.compile(r"[A-Z][^\n,:;.]{1,50},\s+")

#: A sentence that tells the reader to call a number: "Call the helpline on 0800 555 0193";
#: an appeal's "is asked to contact the depot on ...", "can contact the 24-hour line on ..."
#: and a call with its number straight after it, "To report a fault, call 0800 555 0193" (stop
#: 47).
_CALLS = ("Call", "Phone", "Ring", "Text", "Contact")
_CALL = re.compile(
    # after a condition's comma too: "If you feel unwell, call the helpline on ..."
    rf"(?:(?:^|[.:!?]\s+)(?:{'|'.join(_CALLS)})"
    rf"|(?:\b(?:or|and|to|can|may|should)|,)\s+(?:{'|'.join(_CALLS).lower()}))"
    r"\s+(?:[^\n.]{0,60}?\b(?:on|at)\s+)?[^\n]{7,30}"
)
#: A newsroom's or a desk's line with its number: "-- Tarrow newsroom +44 20 5550 0100".
_DESK_LINE = re.compile(
    r"(?:--\s*)?(?:[A-Z][\w'’-]*\s+){1,3}(?:newsroom|news\s+desk|desk|bureau)\s*[,:]?\s*"
    r"(?:\+\d|\(\d|0)[\d ()-]{6,20}\d"
)
_REPORTED = re.compile(rf"\b(?:{SAID}|urged|added)\b")


def is_contact_heading(line: str) -> bool:
    """A contact label alone on its line, heading the lines of its block: "Media contact:",
    "MEDIA ENQUIRIES".

    >>> is_contact_heading("Media enquiries:"), is_contact_heading("Contact was lost.")
    (True, False)
    >>> is_contact_heading("For further information, please contact:")
    True
    """
    label = _contact_label().match(line)
    rest = line[label.end() :] if label is not None else ""
    return (
        label is not None
        and re.fullmatch(r"(?:,?\s*(?:please\s+)?contact)?\s*:?", rest) is not None
    )
