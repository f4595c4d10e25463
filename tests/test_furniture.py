"""News furniture: datelines, bylines, credits and captions are found by their shape, and
nothing of the story is taken for furniture."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.furniture import LINE_RULES, FurnitureKind, furniture, without_furniture

from .furniture_found import found_furniture as _found


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
