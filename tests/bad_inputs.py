"""A folder of the leftovers users drop beside their articles, for the reliability tests and
`benchmarks/bench_bad_inputs.py`.

`make_folder(root)` writes good articles (in several encodings and formats) and bad inputs
side by side and returns which is which: the names of the good documents and, for each bad
input, the path a message must name.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

GOOD_ARTICLE = (
    "Ministers meet over port strike\n\n"
    "Transport minister {name} met union leaders on Monday, October 23rd, "
    "2023, to end the strike."
)
#: One minister per good file, so no two good files report the same event (none merge).
NAMES = ["Maria Keller", "Jonas Brandt", "Ana Ruiz", "Peter Novak", "Laura Stein", "Omar Haddad"]
HOSTILE_HTML = """<html><head><title>Council vote</title>
<script>alert('x'); document.write('<p>Injected on Monday.</p>')</script>
<style>p { color: red }</style></head>
<body onload="steal()"><h1>Council vote</h1>
<p>The city council of Leeds voted on Tuesday, 10 October 2023, to close the depot.</p>
<img src=x onerror="alert(1)"><iframe src="javascript:alert(2)"></iframe>
<p><a href="javascript:alert(3)">Mayor Tom Riley</a> said on Wednesday it would reopen.</p>
</body></html>"""


@dataclass
class Folder:
    """What `make_folder` wrote: good document files and bad inputs with their reasons."""

    root: Path
    good: list[Path] = field(default_factory=list)
    bad: dict[Path, str] = field(default_factory=dict)  # path -> a word the message must say
    tiny: int = 0  # how many tiny good files the subfolder holds


def make_folder(root: Path, *, tiny_files: int = 10_000, big_mb: int = 58) -> Folder:
    """Write the folder under `root` and say what is in it."""
    root.mkdir(parents=True, exist_ok=True)
    folder = Folder(root)
    generator = random.Random(11)

    def good(name: str, data: bytes) -> None:
        (root / name).write_bytes(data)
        folder.good.append(root / name)

    def bad(name: str, data: bytes, reason: str) -> None:
        (root / name).write_bytes(data)
        folder.bad[root / name] = reason

    good("article.txt", GOOD_ARTICLE.format(name=NAMES[0]).encode())
    good("latin1.txt", GOOD_ARTICLE.format(name="Zoé Lefèvre").encode("latin-1"))
    good("utf16-bom.txt", GOOD_ARTICLE.format(name=NAMES[1]).encode("utf-16"))
    good("utf16-le.txt", GOOD_ARTICLE.format(name=NAMES[2]).encode("utf-16-le"))
    good("utf16-be.txt", GOOD_ARTICLE.format(name=NAMES[3]).encode("utf-16-be"))
    good("hostile.html", HOSTILE_HTML.encode())
    formula = (
        '=HYPERLINK("http://evil.example","Click") on Monday, October 23rd, 2023.\n\n'
        "+cmd|' /C calc'!A0 Keller said on Monday, October 23rd, 2023, that talks went on.\n\n"
        "@SUM(1+1) Keller met the union on Tuesday, October 24th, 2023.\n\n"
        "-2+3 Keller met the union on Wednesday, October 25th, 2023.\n\n"
        "\tKeller met the union on Thursday, October 26th, 2023."
    )
    good("formulas.txt", formula.encode())
    bad("empty.txt", b"", "empty")
    bad("whitespace.txt", b" \n\t\n  \n", "whitespace")
    bad("binary.txt", bytes(generator.randrange(256) for _ in range(4096)), "binary")
    bad("image.md", b"\x89PNG\r\n\x1a\n" + bytes(2000), "binary")
    broken = "Zoé said ".encode() + b"\xe2\x82" + b" on Monday."
    bad("broken-utf8.txt", broken, "UTF-8")
    lines = [
        json.dumps({"id": "j1", "text": GOOD_ARTICLE.format(name=NAMES[4]), "published": "2023"}),
        '{"id": "j2", "text": "unterminated',
        json.dumps(["not", "an", "object"]),
        json.dumps(
            {"id": "j3", "text": "Ruth Adler met the union on Monday.", "date": "Oct 25, 2023"}
        ),
    ]
    (root / "records.jsonl").write_text("\n".join(lines) + "\n")
    folder.good.append(root / "records.jsonl")
    folder.bad[root / "records.jsonl:2"] = "JSON"
    folder.bad[root / "records.jsonl (line 3)"] = "object"
    rows = (
        'id,text,published\nc1,"Ines Duarte met the union on Monday.",2023-10-25\n'
        'c2,"an unclosed quote\n'
    )
    bad("broken.csv", rows.encode(), "CSV")
    bad("nul.csv", b"id,text\nn1,Keller\x00 met\n", "binary")
    bad("big.txt", b"", "limit")
    with (root / "big.txt").open("wb") as handle:
        handle.truncate(big_mb * 1024 * 1024)  # sparse: fast to write, still over the limit
    token = "".join(generator.choice("0123456789abcdef") for _ in range(5 * 1024 * 1024))
    good("one-line.txt", token.encode())
    numbers = "\n".join(str(generator.randrange(10**9)) for _ in range(100_000))
    good("numbers.txt", numbers.encode())
    loop = root / "loop"
    loop.mkdir()
    (loop / "a.txt").symlink_to(loop / "b.txt")
    (loop / "b.txt").symlink_to(loop / "a.txt")
    folder.bad[loop / "a.txt"] = "link"
    folder.bad[loop / "b.txt"] = "link"
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    folder.bad[root / "dangling.txt"] = "link"
    (root / "self").symlink_to(root, target_is_directory=True)  # a folder that holds itself
    if os.geteuid() != 0:  # root reads every file whatever its mode
        bad("unreadable.txt", GOOD_ARTICLE.format(name=NAMES[5]).encode(), "Permission")
        (root / "unreadable.txt").chmod(0)
    tiny = root / "tiny"
    tiny.mkdir()
    for number in range(tiny_files):
        day = 1 + number % 28
        text = f"Note {number}\n\nKeller met delegation {number} on March {day}, 2022."
        (tiny / f"{number:05d}.txt").write_text(text)
    folder.tiny = tiny_files
    return folder
