"""News furniture: datelines, bylines, credits and captions are found by their shape, and
nothing of the story is taken for furniture."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.furniture import LINE_RULES, FurnitureKind, furniture, without_furniture


def _found(text: str) -> list[tuple[str, str]]:
    return [(piece.kind.value, text[piece.start : piece.end]) for piece in furniture(text)]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("WASHINGTON, Oct 23 (Reuters) - The talks ended.", "WASHINGTON, Oct 23 (Reuters) - "),
        ("LIMA, Peru (AP) — Floods hit the coast.", "LIMA, Peru (AP) — "),
        ("NEW YORK — Stocks fell on Monday.", "NEW YORK — "),
        ("ST. LOUIS -- The council met.", "ST. LOUIS -- "),
        ("Beijing (AFP) Dec 20, 2009 - China said it would act.", "Beijing (AFP) Dec 20, 2009 - "),
        ("Ministers meet\n\nBERLIN, March 3 — Ministers met.", "BERLIN, March 3 — "),
        ("Geneva (Wire News) – Talks resumed.", "Geneva (Wire News) – "),
        ("(Wire News) -- Gas prices jumped on Friday.", "(Wire News) -- "),
        ("OSLO, Norway (Wire) _ The minister resigned.", "OSLO, Norway (Wire) _ "),
        (
            "TARROW, Coastshire, Friday, March 8, 1968 (Wire) — Dockers walked out.",
            "TARROW, Coastshire, Friday, March 8, 1968 (Wire) — ",
        ),
        (
            "AKRON, Ohio, Nov. 2, 2023 /Release Wire/ -- Hollin Tools Inc. today reported sales.",
            "AKRON, Ohio, Nov. 2, 2023 /Release Wire/ -- ",
        ),
        (
            "KÖLN, 3 May 2016 (Wire) – Brenner Bau GmbH filed for insolvency on Tuesday.",
            "KÖLN, 3 May 2016 (Wire) – ",
        ),
        (
            "PUNE: The state government on Monday cancelled the tender for the new ring road.",
            "PUNE: ",
        ),
        (
            "LIMA/GENEVA, 3 May 2016 – Floods in the north have forced 9,000 people from home.",
            "LIMA/GENEVA, 3 May 2016 – ",
        ),
        (
            "Akron, Ohio, May 10, 2021 – Hollin Tools Inc. today announced results of its trial.",
            "Akron, Ohio, May 10, 2021 – ",
        ),
        (
            "Den Haag, 4 June 2019 — The court ruled on Tuesday that the port may not expand.",
            "Den Haag, 4 June 2019 — ",
        ),
        (
            "NEW DELHI: Two ministers resigned on Sunday after the coalition lost its majority.",
            "NEW DELHI: ",
        ),
        (  # a wire in another language: its month abbreviated, a stop after its source
            "LIMA, 14 ago (Wire).– Peru and Chile signed a treaty on Tuesday.",
            "LIMA, 14 ago (Wire).– ",
        ),
    ],
)
def test_datelines(text: str, dateline: str) -> None:
    assert _found(text) == [("dateline", dateline)]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. - China talks resumed on Monday, officials said.",
        "The minister — who resigned on Monday — said nothing.",
        "Apple Inc. - the maker of the iPhone - sold more.",
        "In 2009 - a year of crisis - sales fell.",
        "Q: When did you open the first shop in the old mill by the river?",
        "In Akron, May 10, 2021 – a day the town remembers – the plant closed.",
        "On Monday, May 10, 2021 – The plant closed for good.",
        "NOTE: short",
        "Paris is calm. LONDON - a story later in the text is no dateline.\n" * 40,
    ],
)
def test_the_story_is_not_taken_for_a_dateline(text: str) -> None:
    assert not [kind for kind, _ in _found(text) if kind == "dateline"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By Jane Doe, Staff Writer", "byline"),
        ("By JANE DOE and JOHN ROE | Associated Writers", "byline"),
        ("Published 10:15 a.m. ET, Mon October 23, 2023", "byline"),
        ("Updated: Oct. 24, 2023 at 9:02 p.m.", "byline"),
        ("Reporting by Ana Ruiz; Editing by Tom Roe and Jo Lee", "credit"),
        ("(Additional reporting by Jo Lee in Lima)", "credit"),
        ("Writing by Omar Haddad; editing by Peter Novak", "credit"),
        ("FILE - Residents wade through a street in Lima on September 15, 2020.", "caption"),
        ("FILE PHOTO: A trader works on the floor on Monday.", "caption"),
        ("Photo: Firefighters at the scene on Tuesday.", "caption"),
        ("Firefighters at the scene on Tuesday. (Carlos Mendoza via Wire)", "caption"),
        ("The mayor speaks at a rally. (AP Photo/Jo Lee)", "caption"),
        ("Reading time: 3 min", "byline"),
        ("Share on: Facebook | X | WhatsApp", "promo"),
        ("Copyright © The Tarrow Post Ltd 2024", "credit"),
        ("Source: Harbour Newswire", "credit"),
        ("Representative image", "caption"),
        ("Kindly share this story:", "promo"),
        # a site's trail with a year in it, a sender's line, a row of links or phone numbers
        ("County Library Archive › The Harbour Gazette › 1962 › May", "promo"),
        ("Press Office · Harbour Ferries Co., Ltd.", "promo"),
        ("Letters to the Editor | Send Us a Photo | Advertise", "promo"),
        ("Ireland: +353 1 555 0100 | France: +33 1 55 50 01 00", "promo"),
        # a copyright line without its year, a page's review date, a service line
        ("Copyright © The Harbour Gazette. Scanned by the county library.", "credit"),
        ("Page last reviewed: 02/07/2024", "byline"),
        ("Harbour Ferries Hotline: 1800 (24 hours)", "credit"),
        # pointers and calls to the reader
        ("Read next: Why the ferry timetable changed again", "promo"),
        ("Get breaking news alerts from the Tarrow Post in your inbox.", "promo"),
        ("Receive free Shipping & Ports updates", "promo"),
        ("Support local news. Subscribe to the Tarrow Post for $2 a week.", "promo"),
        (
            'Published in the print edition on May 4, 2023 on Page 3 under the headline "Ferry".',
            "promo",
        ),
        # a dateline alone on its line, closed by its dash
        ("Kumasi, May 4 -", "dateline"),
        ("Tarrow, Kent; 8 March 2021, 07:30 GMT -", "dateline"),
        # a message's header field, an obituary's line of a life, a cricket score, instructions
        ("Subject: Harbour Ferries prices its offer at $9", "credit"),
        ("Edda Marn, potter, born 4 May 1931; died 2 June 2016", "credit"),
        ("Leith 288 and 140 for 6 trail Tarrow 437 for 9 dec by 9 runs", "promo"),
        ("How to apply: Send the form to the council office before the end of May.", "promo"),
        # a caption whose credit has the paper's name before its label
        ("Ferries wait at the quay on Monday. Gazette Photo: Ana Ruiz", "caption"),
        # a writer's credit without "By", with the photographer's
        ("Written by Sanne de Vries, Head of Design", "byline"),
        ("Text: Ana Ruiz, photos: Jo Lee", "byline"),
        # an archive's note on its source, a count alone, a box on the method
        (
            "This text was converted from the wire's original teletype copy. As transmitted.",
            "credit",
        ),
        ("Word count: 640", "credit"),
        ("Methodology: The index uses 12 measures. Full notes at tarrow.example.", "promo"),
    ],
)
def test_lines_of_furniture(line: str, kind: str) -> None:
    text = f"Headline\n\n{line}\n\nThe council met on Monday."
    assert _found(text) == [(kind, line.strip())]


@pytest.mark.parametrize(
    "text",
    [
        "By Monday the talks had collapsed, officials said.",
        "By the end of the year, sales had doubled.",
        "Published figures show sales fell last year, the company said, after a weak summer "
        "that hurt its stores across the country and abroad, as analysts had expected.",
        "The report was written by two economists who had studied the market.",
        "Photos of the flood were shared on Monday.",
        "The funds came via a bank in Lima (and others), he said.",
        "By Monday, the talks had collapsed.",
        "Copyright law was changed in 1998 to cover software.",
        "Senior engineers left the company in March.",
        "Related talks are due to resume in Geneva next week.",
        "The photo by Jo Lee was shared widely on Monday.",
        "Officials contributed to the relief effort in March.",
        "May 07, 2009",
        "6:40 p.m.",
        "\u201cWe will appeal,\u201d she said on Monday.",
        "Subscribers to the service rose 10% in March.",
        "Downloads of the app doubled in May.",
        "About 300 workers walked out on Monday.",
        "The economy grew 3% last year. (Source: Central Statistics Office)",
        "Photo by photo, the archive was rebuilt in 2012.",
        "Sources: The ministry said on Tuesday it would act.",
        "Prices rose on Monday | the index fell.",
        "The archive moved in 1962 › and later.",
        "Readers get breaking news from the radio, the survey found.",
        "Ana Ruiz in Kumasi said the talks would resume on Monday.",
        "Edda Marn, who was born in 1931, died on 2 June 2016 in Tarrow.",
        "Tarrow beat Leith by 114 runs on Monday to win the series.",
        "How to fix the harbour wall is the question the council faces.",
    ],
)
def test_the_story_is_not_taken_for_a_line_of_furniture(text: str) -> None:
    assert _found(f"Headline\n\n{text}") == []


def test_blanking_keeps_every_offset_and_line_end() -> None:
    text = "LIMA, Peru (AP) — Floods hit.\nFILE - A photo on May 2.\nReporting by Ana Ruiz"
    blank = without_furniture(text)
    assert len(blank) == len(text)
    assert blank.count("\n") == text.count("\n")
    assert blank.strip().startswith("Floods hit.")
    assert "FILE" not in blank and "Reporting" not in blank
    assert [f.kind for f in furniture(text)] == [
        FurnitureKind.DATELINE,
        FurnitureKind.CAPTION,
        FurnitureKind.CREDIT,
    ]


@given(st.text(max_size=400))
def test_any_text_keeps_its_length_and_its_story(text: str) -> None:
    blank = without_furniture(text)
    assert len(blank) == len(text)
    for position, (before, after) in enumerate(zip(text, blank, strict=True)):
        assert after in (before, " "), position


@pytest.mark.parametrize(
    ("rule", "line"), [(rule, line) for rule in LINE_RULES for line in rule.examples]
)
def test_every_example_of_every_rule(rule: object, line: str) -> None:
    text = f"Headline\n\n{line}\n\nThe council met on Monday."
    assert [(kind, found) for kind, found in _found(text)] == [
        (rule.kind.value, line.strip())  # type: ignore[attr-defined]
    ]


def test_a_block_under_a_promo_heading_ends_at_the_blank_line() -> None:
    text = (
        "Gas prices soar\n\nKEY POINTS\nThe operator cut supplies.\nPrices rose 12%.\n\n"
        "The operator cut supplies on Friday."
    )
    assert _found(text) == [
        ("promo", "KEY POINTS"),
        ("promo", "The operator cut supplies."),
        ("promo", "Prices rose 12%."),
    ]


def test_the_line_above_a_credit_line_is_its_caption() -> None:
    text = (
        "Lander cleared\n\nThe lander cleared tests on Wednesday.\n\n"
        "An illustration of the lander on the surface.\nImage credit: Lunar Works\n\n"
        "It will launch on Friday."
    )
    assert _found(text) == [
        ("caption", "An illustration of the lander on the surface."),
        ("caption", "Image credit: Lunar Works"),
    ]


def test_a_line_of_names_under_a_byline_is_the_byline() -> None:
    text = "Court weighs case\n\nBy JANE DOE\nWire Service\n\nThe court met on Tuesday."
    assert _found(text) == [("byline", "By JANE DOE"), ("byline", "Wire Service")]
    story = "Court weighs case\n\nBy JANE DOE\n\nWire Service staff met on Tuesday."
    assert _found(story) == [("byline", "By JANE DOE")]


def test_a_line_of_names_over_a_stamp_is_the_byline() -> None:
    text = (
        "Rovers hold on\n\nScoreline here\n\n"
        "Nina Cole at Harbour Lane\nSun 4 Aug 2019 18.10 BST\n\nRovers won."
    )
    assert _found(text) == [
        ("byline", "Nina Cole at Harbour Lane"),
        ("byline", "Sun 4 Aug 2019 18.10 BST"),
    ]
    headline = "Rovers Hold On\nSun 4 Aug 2019 18.10 BST\n\nRovers won."
    assert _found(headline) == [("byline", "Sun 4 Aug 2019 18.10 BST")]


def test_the_legal_paragraph_of_a_release_is_boilerplate() -> None:
    text = (
        "Hollin Tools reports results\n\nHollin Tools said on Monday that sales rose 4%.\n\n"
        "About Hollin Tools\n\nFounded in 1990, Hollin Tools makes drills.\n\n"
        "Safe Harbor Statement\n\nThis release holds forward-looking statements under the "
        "law of 1995. Risks are described in the annual report filed with the regulator.\n\n"
        "SOURCE Hollin Tools Inc."
    )
    found = _found(text)
    assert [kind for kind, _ in found] == ["credit"] * 4
    assert found[0][1] == "About Hollin Tools"
    assert found[2][1].startswith("This release holds") and found[2][1].endswith("regulator.")
    assert "Founded in 1990" in without_furniture(text)


def test_a_story_paragraph_that_mentions_the_law_is_the_storys() -> None:
    text = (
        "Carmaker files\n\nThe carmaker filed for bankruptcy on Monday. Speaking under safe "
        "harbor provisions of the law, its chief outlined a plan on Tuesday."
    )
    assert _found(text) == []


def test_a_name_never_crosses_a_paragraph_break() -> None:
    from timeline.actors.spans import clean_span

    text = "Hollin Tools\n\nFounded in 1990, the firm makes drills."
    span = clean_span(text, 0, 21, "ORG")
    assert span is not None and span.text == "Hollin Tools"
    blanked = "            \n\nFounded in 1990, the firm makes drills."
    after = clean_span(blanked, 0, 21, "ORG")
    assert after is None or "\n" not in after.text


def test_a_supplied_image_credit_and_the_caption_above_it_are_furniture() -> None:
    text = (
        "Harwick Home said on Monday it was recalling 40,000 kettles.\n\n"
        "The recalled Aria kettle in white.\nImage supplied by Harwick Home\n\n"
        "Get the latest consumer news on WhatsApp by joining our channel.\n\n"
        "The firm said no one had been hurt."
    )
    blanked = without_furniture(text)
    assert "Aria kettle" not in blanked and "supplied by" not in blanked
    assert "WhatsApp" not in blanked
    assert "recalling 40,000 kettles" in blanked and "no one had been hurt" in blanked


@pytest.mark.parametrize(
    "line",
    [
        "This article appears in the March 2011 issue of Coastal Monthly.",
        "This story appeared in the Spring 2019 issue of Field & Fen.",
        "A version of this story first appeared in the Dunmore Gazette on 3 May.",
        "A version of this article was first published by The Harbour Review.",
        "*This story first appeared in Coastal Monthly.*",
        "(This article first appeared in the Dunmore Gazette on 3 May.)",
        "An earlier version of this article misstated the date of the vote.",
        "Listen to this article",
        "Listen to this article · 4 min",
        "This article was amended on 3 May 2019 to correct the name of the ferry company.",
        "This story has been updated with a statement from the company.",
        "Correction: An earlier version of this article misstated the date of the vote.",
        "Editor's note: This story was updated on May 3 to add the mayor's reply.",
        "Originally published in the Dunmore Gazette on 3 May 2019.",
        "Here are the stories that made local business news this week.",
        "— This article first appeared in Coastal Monthly.",
        "Subscribe to Coastal Monthly and get twelve issues for the price of ten.",
        "Sign up for our weekly briefing on the harbour.",
        "Click here to read the full judgment",
        "Refresh this page for the latest results. All times are local.",
        "Stay informed: follow our live updates on your phone.",
        "This interview has been edited for length and clarity.",
        "Log in, register or subscribe to save articles for later.",
        "Watch the highlights on Tarrow Sport+.",
        "(Continued on Page 3)",
        "This profile is part of Harbour Lives, a series supported by the Tarrow Trust.",
        "This press release is also available in French.",
        "Disclaimer: The views in this column are the writer's own.",
        "(Disclaimer: The views and recommendations above are those of the analysts.)",
    ],
)
def test_promo_lines_that_point_to_an_edition_or_call_to_the_reader(line: str) -> None:
    text = f"Headline\n\n{line}\n\nThe council met on Monday."
    assert _found(text) == [("promo", line)]


@pytest.mark.parametrize(
    "text",
    [
        "The report first appeared in the Gazette on Monday, officials said.",
        "This article of the treaty was signed in 1994.",
        "Listeners to the station rose 10% in March.",
        "This story of a town and its mill began in 1890.",
        "A version of the bill passed the Senate on Tuesday.",
        "The correction in share prices began on Monday.",
        "This story has been told many times since the mill closed in 1982.",
        "Here are the figures the board released on Monday, in full.",
        "Clicks on the council's site doubled in March.",
        "Followers of the club marched on Monday.",
        "Log in numbers at the mill fell in March.",
        "The interview was edited out of the film in 2019.",
        "Disclaimers were added to the adverts in 2019.",
        "This profile of the town is part of a longer book, the author said.",
    ],
)
def test_the_story_is_not_taken_for_a_promo_line(text: str) -> None:
    assert _found(f"Headline\n\n{text}") == []


@pytest.mark.parametrize(
    "line",
    [
        "Sandbags line the quay at Port Alder on Monday. (Photo: Marta Quill/The Courier)",
        "Sandbags line the quay at Port Alder on Monday (Photo: Marta Quill/The Courier)",
        "A diver enters the water on Sunday. (Image: Agency archive)",
        "A lifeboat crew searches the bay on Sunday. Tomas Reyna/Coast Guard handout via Wire",
        "Tomas Reyna/Coast Guard handout via Wire",
        "Marta Quill/The Courier",
        "A lifeboat crew searches the bay on Sunday. Tomas Reyna via Wire",
        "Rescuers carry a man from the water on Sunday. Handout photo",
        "Rescuers carry a man from the water on Sunday. (Handout)",
        "Handout photo",
        "HANDOUT PHOTO",
        "PHOTO: GRETA HOLM",
        "PICTURE: SUPPLIED",
        "Picture: Supplied",
        "Image: Agency archive",
        "Sandbags on the quay at Port Alder. PHOTO: GRETA HOLM",
        "Sandbags on the quay at Port Alder. Picture: Supplied",
        "Sandbags on the quay on Monday. (Marta Quill/The Courier via Wire)",
        "Sandbags on the quay on Monday. WIRE/Carl Benning/File Photo",
        "Sandbags on the quay on Monday. (Courtesy of the Varn family)",
        "Courtesy of the Varn family",
    ],
)
def test_captions_and_credits_in_other_forms(line: str) -> None:
    text = f"Headline\n\n{line}\n\nThe council met on Monday."
    assert _found(text) == [("caption", line)]


@pytest.mark.parametrize(
    "credit",
    [
        "Tomas Reyna/Coast Guard handout via Wire",
        "Handout photo",
        "PHOTO: GRETA HOLM",
        "Picture: Supplied",
        "Image: Agency archive",
    ],
)
def test_the_line_above_a_credit_of_its_own_is_its_caption(credit: str) -> None:
    caption = "Rescuers carry a man from the water on Sunday."
    text = f"Storm floods quay\n\nThe storm hit on Monday.\n\n{caption}\n{credit}\n\nIt ended."
    assert _found(text) == [("caption", caption), ("caption", credit)]


@pytest.mark.parametrize(
    "text",
    [
        "The agency released a handout photo on Monday showing the damage.",
        "The rail link Paris/Lyon reopened on Monday.",
        "Aid arrived via Wire Bridge on Monday, officials said.",
        "The photo: a man on a roof, shared on Monday, went viral.",
        "Sales rose 4% in March. (Source: Company data)",
        "The flight landed in Lima. Paris/Lyon trains were cancelled.",
        "Courtesy of the mayor, the town got a new park in May.",
        "Courtesy calls were made on Monday.",
    ],
)
def test_the_story_is_not_taken_for_a_caption(text: str) -> None:
    assert _found(f"Headline\n\n{text}") == []


def test_a_heading_with_a_spaced_slash_is_no_credit() -> None:
    assert _found("History\n\nThe war\n\nNixon Doctrine / Vietnamization\n\nTroops left.") == []


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            "By Ruth Amsel\nSpecial to the Valley Record",
            ["By Ruth Amsel", "Special to the Valley Record"],
        ),
        ("Special to the Valley Record", ["Special to the Valley Record"]),
        ("Ben Ochoa\nSpecial to the Valley Record", ["Ben Ochoa", "Special to the Valley Record"]),
        ("Ben Ochoa\nFor Coastline News", ["Ben Ochoa", "For Coastline News"]),
        ("By Ben Ochoa\nFor Coastline News", ["By Ben Ochoa", "For Coastline News"]),
        (
            "The Honourable Kaye Linden MP\nMinister for Health",
            ["The Honourable Kaye Linden MP", "Minister for Health"],
        ),
        (
            "The Hon. Kaye Linden MP\nMinister for Health and Ageing\nMember for Tarrow",
            ["The Hon. Kaye Linden MP", "Minister for Health and Ageing", "Member for Tarrow"],
        ),
        (
            "The Honourable Kaye Linden MP / Minister for Health",
            ["The Honourable Kaye Linden MP / Minister for Health"],
        ),
        ("Hon Kaye Linden MLA", ["Hon Kaye Linden MLA"]),
        ("Kaye Linden MP\nMinister for Health", ["Kaye Linden MP", "Minister for Health"]),
    ],
)
def test_the_lines_around_a_byline_and_a_signature_block(text: str, lines: list[str]) -> None:
    found = _found(
        f"Minister opens clinic\n\n{text}\n\nThe minister opened it on Monday.\n\nIt ended."
    )
    assert found == [("byline", line) for line in lines]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Media contact: Hal Breen 0400 000 000", ["Media contact: Hal Breen 0400 000 000"]),
        ("Media enquiries: Nora Vale, 0411 222 333", ["Media enquiries: Nora Vale, 0411 222 333"]),
        ("MEDIA INQUIRIES: Nora Vale", ["MEDIA INQUIRIES: Nora Vale"]),
        ("Contact: press@health.example.org", ["Contact: press@health.example.org"]),
        (
            "Press contact: Nora Vale (+44 20 7946 0000)",
            ["Press contact: Nora Vale (+44 20 7946 0000)"],
        ),
        (
            "For more information, contact Hal Breen on 0400 000 000.",
            ["For more information, contact Hal Breen on 0400 000 000."],
        ),
        (
            "Media contact:\nHal Breen\n0400 000 000",
            ["Media contact:", "Hal Breen", "0400 000 000"],
        ),
        (
            "For further information, please contact:\nHal Breen\n0400 000 000",
            ["For further information, please contact:", "Hal Breen", "0400 000 000"],
        ),
        ("Phone: (02) 5550 1234", ["Phone: (02) 5550 1234"]),
        ("+61 2 5550 1234", ["+61 2 5550 1234"]),
    ],
)
def test_a_contact_block(text: str, lines: list[str]) -> None:
    found = _found(
        f"Minister opens clinic\n\nThe minister opened it on Monday.\n\n{text}\n\nIt ended."
    )
    assert [line for _, line in found] == lines
    assert {kind for kind, _ in found} == {"credit"}


@pytest.mark.parametrize(
    "text",
    [
        "Contact with the crew was lost on Monday, officials said.",
        "For the first time since 2019, the clinic opened on a Sunday.",
        "For Coastline News, the sale closed a difficult year.",
        "Special forces entered the town on Monday.",
        "The clinic on the hill shut its doors in May.\n\nBen Ochoa\n\nFor years it was closed.",
        "The Honourable Kaye Linden MP said on Monday the clinic would open.",
        "Enquiries rose 12% in March, the agency said.",
        "Minister for Health Kaye Linden opened the clinic on Monday.",
        "Kaye Linden MP opened the clinic on Monday.",
        "The 2019 2020 season ended in May.",
    ],
)
def test_the_story_is_not_taken_for_a_byline_or_a_contact(text: str) -> None:
    assert _found(f"Minister opens clinic\n\n{text}") == []


@pytest.mark.parametrize(
    "line",
    [
        "BC-Fraud-Trial",
        "AW-DS-12-03-87 1432EST",
        "AP-NR-02-12-88 2344EST",
        "BC-Fraud-Trial,0412",
        "BC-Fraud-Trial, 1st Ld-Writethru,0412",
        "r a PM-FraudTrial 12-03 0412",
        "PM-Fraud Trial,0423",
        "^BC-Fraud-Trial,0412<",
    ],
)
def test_a_wire_slug_line(line: str) -> None:
    assert _found(f"Headline\n\n{line}\n\nThe council met on Monday.") == [("credit", line)]


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19",
        "F-16 jets flew over the city on Monday.",
        "US-China talks resumed on Monday.",
        "US-EU-UK, the three partners, met on Monday.",
        "US-China Summit",
    ],
)
def test_the_story_is_not_taken_for_a_wire_slug(text: str) -> None:
    assert _found(f"Headline\n\n{text}") == []


def test_a_slug_over_a_dateline_leaves_the_dateline_its_own() -> None:
    text = "BC-Fraud-Trial\n\nMARLOW, Kent (Wire) _ A jury convicted two managers on Thursday."
    assert _found(text) == [("credit", "BC-Fraud-Trial"), ("dateline", "MARLOW, Kent (Wire) _ ")]


@pytest.mark.parametrize(
    "line",
    [
        "\u201cWe had no choice but to close the mill\u201d",
        "'We had no choice but to close the mill'",
        "\u2018The town will survive this\u2019",
        "\u2018We can\u2019t keep the mill open for ever.\u2019",
        '"We had no choice but to close the mill"',
        "\u201cWe had no choice but to close the mill\u201d.",
        "\u201cWe had no choice but to close the mill\u201d \u2014 Dana Price",
        "'We had no choice but to close the mill' - Dana Price, chief executive",
    ],
)
def test_a_pull_quote_in_single_or_double_quotes(line: str) -> None:
    assert _found(f"Headline\n\nThe mill closed.\n\n{line}\n\nThe town met on Monday.") == [
        ("promo", line)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "'We had no choice,' she said, 'but to close the mill.'",
        "\u2018We had no choice,\u2019 Dana Price told workers on Monday.",
        "'Tis the season for the mill to close, the workers' union said.",
        "\u201cYes\u201d",
        "\u201cWe will win the vote in May\u201d \u2014 Mayor Jo Lee said on Monday",
        "The workers' union and the owners' group met on Monday.",
    ],
)
def test_the_story_is_not_taken_for_a_pull_quote(text: str) -> None:
    assert _found(f"Headline\n\n{text}") == []


def test_a_heading_in_quotes_is_no_pull_quote() -> None:
    assert _found('History\n\nThe war\n\n"War of the Cities"\n\nBoth sides fired missiles.') == []


def test_a_teletypes_marks_leave_its_lines_their_shapes() -> None:
    text = (
        "^BC-Fraud-Trial,0412<\n^Jury Convicts Two in Fraud Case<\n^By JANE DOE=\n"
        "^Associated Press Writer=\n\nMARLOW, Kent (Wire) _ A jury convicted two on Thursday."
    )
    assert _found(text) == [
        ("credit", "^BC-Fraud-Trial,0412<"),
        ("byline", "^By JANE DOE="),
        ("byline", "^Associated Press Writer="),
        ("dateline", "MARLOW, Kent (Wire) _ "),
    ]


def test_a_summary_under_its_heading_is_furniture() -> None:
    text = (
        "Shares slip\n\nSynopsis\nMetal stocks dragged the index lower on Wednesday.\n\n"
        "Indian shares closed lower on Wednesday."
    )
    assert _found(text) == [
        ("promo", "Synopsis"),
        ("promo", "Metal stocks dragged the index lower on Wednesday."),
    ]


def test_a_date_field_a_share_line_and_a_report_credit_are_furniture() -> None:
    for line, kind in [
        ("Date: 12th February, 2019", "byline"),
        ("Share: Twitter · LinkedIn · Hacker News", "promo"),
        ("Subscribers: download the full results table in our Data Centre.", "promo"),
        ("Report by Ilinca Marin", "credit"),
    ]:
        text = f"Tea prices rise\n\n{line}\n\nKericho Highlands said on Thursday profit fell."
        assert [(f.kind.value, text[f.start : f.end]) for f in furniture(text)] == [(kind, line)]
    text = "Tea prices rise\n\nA report by the agency found fraud on Thursday."
    assert furniture(text) == []


def test_a_site_s_trail_a_follow_call_and_a_posted_by_line_are_furniture() -> None:
    for line in [
        "News › Highlands › Courts",
        "The Crossroads · Moncton · Dieppe · Riverview",
        "Follow The Daily Meridian on WhatsApp for the latest news and updates.",
        "Posted by Tom Ashworth · 3 min read",
        "March 9, 2022 · Updated March 11, 2022 · 6 min read",
        "For enquiries: Public Relations Unit, 0302 665 421",
        "This article was supported by the Steppe Reporting Fund.",
    ]:
        text = f"Tea prices rise\n\n{line}\n\nKericho Highlands said on Thursday profit fell."
        assert [text[f.start : f.end] for f in furniture(text)] == [line], line
    for line in ["Follow the leader: the firm grew in 2019.", "Prices rose > 5% in Dieppe."]:
        assert furniture(f"Tea prices rise\n\n{line}\n\nShares rose.") == [], line


def test_a_summary_block_under_its_heading_is_furniture() -> None:
    text = (
        "Tea profit falls\n\nIN SUMMARY\n• Net earnings dropped to Sh412 million.\n"
        "• Board halves dividend to Sh5 a share.\n\n"
        "Kericho Highlands on Thursday reported a drop in profit.\n\n"
        "In summary, the firm had a hard year."
    )
    found = [text[f.start : f.end] for f in furniture(text)]
    assert found == [
        "IN SUMMARY",
        "• Net earnings dropped to Sh412 million.",
        "• Board halves dividend to Sh5 a share.",
    ]


def test_a_box_of_results_is_furniture_but_a_sentence_of_results_is_not() -> None:
    line = "STAGE 4 RESULTS: 1. Ana Ruiz (Team Sol) 4hr 51min 07sec; 2. Jo Lee +38sec."
    text = f"Race report\n\n{line}\n\nThe race ended on Sunday in Brasov."
    assert [text[f.start : f.end] for f in furniture(text)] == [line]
    for line in ["The results: profit rose 4% on Monday.", "Election results: the Greens won."]:
        assert furniture(f"Report\n\n{line}\n\nShares rose.") == [], line


def test_a_teletype_s_headline_under_the_page_s_headline_is_furniture() -> None:
    text = (
        "Jury Awards $2 Million to Welder\n\n"
        "r a PM-Welder Verdict 12-03 0391\n"
        "^Jury Awards $2 Million to Welder^\n"
        "^By ANA RUIZ=\n\n"
        "   TARROW (Wire) _ A jury on Thursday ordered a firm to pay $2 million to a welder.\n\n"
        "   Jury Awards $2 Million to Welder\n\n"
        "   The firm said on Friday it would appeal."
    )
    found = _found(text)
    assert ("promo", "^Jury Awards $2 Million to Welder^") in found
    # the story's own line, past the head, is no headline again (in the story: under its last
    # sentence, a line without a stop is in its margin, `timeline.furniture.margin_lines`)
    assert all(line != "Jury Awards $2 Million to Welder" for _, line in found)


def test_a_writer_and_their_place_over_the_stamp_is_the_byline() -> None:
    text = (
        "Ferry Strike Ends\n\nKofi Mensah in Kumasi\n\nMarch 9, 2004 · 6.47pm local time\n\n"
        "The strike ended on Monday."
    )
    found = _found(text)
    assert ("byline", "Kofi Mensah in Kumasi") in found
    # a headline in title case over the story is none
    text = "Ferry Strike Ends\n\nJury Convicts Two in Fraud Case\n\nThe jury ruled on Monday."
    assert _found(text) == []


def test_the_lines_under_a_related_news_heading_are_furniture() -> None:
    text = (
        "The ferry resumed on Monday.\n\nRelated news:\nPort signs deal with Tarrow Shipping\n"
        "New ferry shipped to the harbour\n\nPage last reviewed: 02/07/2024"
    )
    assert _found(text) == [
        ("promo", "Related news:"),
        ("promo", "Port signs deal with Tarrow Shipping"),
        ("promo", "New ferry shipped to the harbour"),
        ("byline", "Page last reviewed: 02/07/2024"),
    ]


def test_a_section_label_and_a_writer_in_place_beside_the_stamp_are_furniture() -> None:
    text = (
        "Ports slow as dockers strike\n\nHarbour Weekly\n\nRail & road\n\n"
        "Wed 4 May 2011 10.02 BST\nLast modified on Wed 4 May 2011 12.40 BST\n\n"
        "Ana Ruiz in Leith\n\nDockers at Leith walked out on Tuesday.\n\nTalks resume on Friday."
    )
    found = _found(text)
    assert ("promo", "Rail & road") in found
    assert ("byline", "Ana Ruiz in Leith") in found
    assert all(line != "Dockers at Leith walked out on Tuesday." for _, line in found)


def test_a_short_line_of_the_story_over_no_stamp_is_the_story_s() -> None:
    text = "Ports slow\n\nHarbour Weekly\n\nRail & road\n\nDockers walked out on Tuesday."
    assert ("promo", "Rail & road") not in _found(text)


def test_a_block_of_other_stories_set_apart_by_blank_lines_is_furniture_to_its_end() -> None:
    lead = "The ferry board cut fares on Monday, and the union said it would call off its strike."
    text = (
        f"Ferries cut\n\n{lead}\n\nRELATED\n\nFerry staff strike over rosters (Oct 30)\n\n"
        "Port fees to rise from April\n\nThe board meets again in May."
    )
    assert _found(text) == [
        ("promo", "RELATED"),
        ("promo", "Ferry staff strike over rosters (Oct 30)"),
        ("promo", "Port fees to rise from April"),
    ]


def test_a_line_whose_every_sentence_is_furniture_is_furniture() -> None:
    line = "Stay with Harbour FM for updates all night. Share this story: Email | X | Facebook"
    assert furniture(f"Headline\n\n{line}\n\nThe count went on.")[0].kind is FurnitureKind.PROMO
    told = "Stay with Harbour FM for updates all night. The count went on until dawn."
    assert _found(f"Headline\n\n{told}") == []


def test_a_subheading_between_the_story_s_paragraphs_is_furniture() -> None:
    lead = "The ferry board cut fares on Monday, and the union said it would call off its strike "
    lead += "at the port."
    text = f"Ferries cut\n\n{lead}\n\nWhat changes for riders\n\nFares fall by a tenth."
    assert _found(text) == [("promo", "What changes for riders")]
    # a one-line paragraph of the story keeps its stop; a figure makes no heading
    kept = f"Ferries cut\n\n{lead}\n\nFares fall.\n\n2 ferries stop\n\nThe board met."
    assert _found(kept) == []


def test_a_writer_with_a_particle_and_their_place_over_the_stamp_is_the_byline() -> None:
    text = (
        "Ferry deal agreed\n\nHarbour Desk › Transport\n\nAna Nogueira da Costa, São Paulo\n"
        "12/03/2021 09:15 a.m. BRT · 3 hours ago\n\nThe ferry firm agreed to buy its rival."
    )
    assert ("byline", "Ana Nogueira da Costa, São Paulo") in _found(text)
    # a headline's words with a comma are no writer
    assert _found("Prices rise, Lisbon\n\nThe ferry firm agreed to buy its rival.") == []


@pytest.mark.parametrize(
    "line",
    [
        "With files from the Harbour Wire",
        "Translated from the Portuguese by the desk. The original prevails.",
        "Summary written by Ledger editors from the annual report.",
        "Got a flood photo? Call our newsroom on 0400 000 000.",
    ],
)
def test_credits_for_sources_translators_and_a_call_to_the_newsroom(line: str) -> None:
    text = f"Headline\n\nThe council met on Monday.\n\n{line}\n\nIt rained."
    assert [(p.kind.value, text[p.start : p.end]) for p in furniture(text)] == [("credit", line)]


@pytest.mark.parametrize(
    "line",
    [
        "With files from the archive, the historian rebuilt the timeline of the strike.",
        "The letter was translated from Spanish by a court interpreter, she said.",
        "Who called? Officials said the minister called on Monday at 10.",
    ],
)
def test_story_sentences_are_no_source_credit(line: str) -> None:
    text = f"Headline\n\nThe council met on Monday.\n\n{line}\n\nIt rained."
    assert furniture(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Published weekly by the Tarrow Growers' Association. Members' copy.",
        "Printed every Friday for Coast Media Group",
    ],
)
def test_a_publishers_masthead_line(line: str) -> None:
    text = f"Headline\n\nThe council met on Monday.\n\n{line}\n\nIt rained."
    assert [(p.kind.value, text[p.start : p.end]) for p in furniture(text)] == [("byline", line)]
    publisher = next(rule for rule in LINE_RULES if rule.name == "publisher")
    assert not publisher.test("Published weekly by the Council, the figures showed a rise.")


def test_a_dateline_alone_without_its_date() -> None:
    text = "Headline\n\nTarrow, Kent —\n\nThe council met on Monday."
    assert [(p.kind.value, text[p.start : p.end]) for p in furniture(text)] == [
        ("dateline", "Tarrow, Kent —")
    ]


def test_a_sites_heading_over_its_other_stories() -> None:
    text = "Headline\n\nThe council met.\n\nALSO IN HARBOUR WEEK\nA film opens.\n\nIt rained."
    assert [text[p.start : p.end] for p in furniture(text)][:1] == ["ALSO IN HARBOUR WEEK"]
    story = (
        "Headline\n\nThe council met on Monday.\n\nAlso in the ballot: a new levy.\n\nIt rained."
    )
    assert furniture(story) == []
