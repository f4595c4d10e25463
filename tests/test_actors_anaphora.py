""" "It", "the store", "The new iPhone": words that point back to a thing just named."""

from __future__ import annotations

from timeline.actors import find_actors


def test_it_and_the_store_refer_to_the_thing_just_named() -> None:
    text = (
        "The Amazon Kindle Store opened on Monday. It sells e-books for 99 cents. "
        "It is expected that prices will fall. The store was renamed last year."
    )
    mentions = find_actors([text])[0]
    named = {m.text: m.name for m in mentions}
    assert named.get("It") == "Amazon Kindle Store"
    assert named.get("The store") == "Amazon Kindle Store"
    # the empty "it" of "It is expected that" refers to nothing
    second = text.index("It is expected")
    assert all(m.start != second for m in mentions)


def test_the_phone_and_the_new_iphone_are_the_model_just_named() -> None:
    text = (
        "Steve Jobs unveiled iPhone 4 on Monday. It connects with other iPhone 4s via Wi-Fi. "
        'He said, " Stop me if you have seen this. " The new iPhone was praised by Jobs. '
        "The phone has two cameras. The original iPhone was slower."
    )
    named = {(m.text, m.name) for m in find_actors([text])[0] if m.type == "product"}
    assert ("iPhone 4s", "iPhone 4") in named
    assert any(surface.endswith("iPhone") and name == "iPhone 4" for surface, name in named)
    assert ("The phone", "iPhone 4") in named
    original = text.index("The original iPhone")
    assert all(m.name != "iPhone 4" for m in find_actors([text])[0] if m.start >= original)
