"""A nationality right after a title's "of" opens the name of the body the title is of ("the
president of Canadian Auto Workers"), not a nationality before a person's name (`roles.
glued_person`); a nationality before a common noun is its country before "government" ("the
Canadian government") and no actor otherwise, never a body named by the adjective."""

from __future__ import annotations

import pytest

from timeline.actors import find_actors


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Lena Marsh, the president of Norwegian Ferry Workers, said the union would strike.",
            "Norwegian Ferry Workers",
        ),
        (
            "Tomas Vidal, chairman of Peruvian Fishing Cooperatives, said the catch had fallen.",
            "Peruvian Fishing Cooperatives",
        ),
    ],
)
def test_a_nationality_after_a_titles_of_opens_the_body(text: str, body: str) -> None:
    mentions = find_actors([text])[0]
    names = {m.name: m for m in mentions}
    assert body in names, names
    assert names[body].type != "person"
    assert not any(m.role and m.role.endswith(body.split(maxsplit=1)[0]) for m in mentions)


def test_a_nationality_before_a_common_noun_is_no_body() -> None:
    text = "The Norwegian government said it would act. Norwegian officials met on Monday."
    names = {m.name for m in find_actors([text])[0]}
    assert "Norwegian" not in names
    assert not any(name.startswith("Norwegian ") for name in names)
