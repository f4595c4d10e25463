"""Story sentences built from furniture's words (`near_misses`, read through
`tests/furniture_forms.py`): "Copyright lawyers said on Monday ...", "Updated tide tables were
published on Monday.". They are no furniture, and each keeps its row and its day.

    >>> from hypothesis import find
    >>> find(near_misses(), lambda near: near[0].startswith("Share"))[0].startswith("Share")
    True
"""

from __future__ import annotations

from hypothesis import strategies as st

from .furniture_parts import _city, _name

__all__ = ["near_misses"]


@st.composite
def near_misses(draw: st.DrawFn) -> tuple[str, str]:
    """A story sentence that opens with furniture's words, and the day it names (the article is
    published on Tuesday 4 March 2025): ("Copyright lawyers said on Monday ...", "2025-03-03")."""
    days = {"Monday": "2025-03-03", "Friday": "2025-02-28", "March 1": "2025-03-01"}
    day = draw(st.sampled_from(sorted(days)))
    name = draw(_name())
    sentence = draw(
        st.sampled_from(
            [
                f"Copyright lawyers said on {day} that the ruling would stand.",
                f"Updated tide tables were published on {day}.",
                f"Published figures showed on {day} that exports had fallen.",
                f"Subscribers were told on {day} that prices would rise.",
                f"Share prices fell sharply on {day} after the report.",
                f"Photographs taken on {day} showed the damage to the pier.",
                f"Related talks resumed on {day} in {draw(_city()).title()}.",
                f"Posted guards were withdrawn from the quay on {day}.",
                f"Signed copies of the report were handed to {name} on {day}.",
                f"Readers wrote to the editor on {day} to complain about the closure.",
                f"Watchdogs opened an inquiry on {day}, officials said.",
                f"Length limits for ferries were raised on {day}.",
                f"Reprinted maps of the harbour were handed out on {day}.",
                f"Distributed by volunteers, food parcels reached 300 homes on {day}.",
                f"{name.title()} is a reporter who was detained in Lima on {day}.",
                f"Updated forecasts were issued on {day}, officials said.",
                f"Archived records were released to {name} on {day}.",
                f"First results of the count came in on {day}.",
                f"The whist drive at 8 p.m. on {day} raised £40 for the hospital.",
                f"Admission charges at the museum rose on {day}, the trust said.",
                f"Masses were said at 11 a.m. on {day} for the crew of the trawler.",
                f"{name.title()} left the court on {day} after the hearing.",
                f"Good morning, the mayor told the crowd at the quay on {day}.",
                f"In other news, the council approved the harbour budget on {day}.",
                f"Archive staff found the missing reel of film on {day}, the library said.",
                f"Dancing at the pavilion was cancelled on {day}, the club said.",
                f"Summary figures released on {day} showed that exports had fallen.",
                f"Sponsored events at the quay were cancelled on {day}.",
                f"Key events of the festival were moved to the quay on {day}.",
                f"Listeners heard the mayor resign live on air on {day}.",
                f"Scanned ballots were recounted at the town hall on {day}.",
                # a letters call's words, said on the day (stop 43: "Write to the council by
                # Friday" is a deadline, the next Friday, not the day drawn)
                f"Write to the council, the harbour board urged residents on {day}.",
                f"This week the council approved the harbour budget, on {day}.",
                f"Printed ballots for the ferry vote were delivered on {day}.",
                f"Subscriptions to the ferry pass rose on {day}, the operator said.",
                # stop 43: a maker's credit, a service's notes, a small ad in the story's words
                f"Checked by customs officers on {day}, the lorry was found to carry stolen cars.",
                f"Our team won the harbour cup on {day}.",
                f"Forecasts were issued on {day} for the whole of the coast.",
                f"Circulated among ministers on {day}, the memo warned of cuts.",
                f"Wanted posters for the two men went up on {day}.",
            ]
        )
    )
    return sentence, days[day]
