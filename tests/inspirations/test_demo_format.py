"""The activity files' body format: each `## Title (N min)` heading starts a step; anything
else at the top level of the body is refused with its file and line."""

from pathlib import Path

import pytest

from inspirations.demo.loader import split_steps
from kluby.demo.locations import ContentError
from kluby.demo.sources import PageFile


def page_file(body):
    return PageFile("inspiracje", "test", "pl", Path("pages/pl/inspiracje/test.md"), {}, {}, body, 10)


def test_steps_are_read_with_their_minutes_and_lines():
    steps = split_steps(page_file("## One (10 min)\n\nText.\n\n## Two: the end (5 min)\n- a point\n"))
    assert [(title, minutes) for title, minutes, _text, _line in steps] == [("One", 10), ("Two: the end", 5)]
    assert steps[0][2].strip() == "Text." and steps[1][3] == 15


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("An introduction.\n## One (10 min)\n", 10),
        ("## One (10 min)\n\n## Two\n", 12),
        ("## One (10 min)\n### A sub-heading\n", 11),
        ("# One (10 min)\n", 10),
        ("", 1),
    ],
)
def test_a_body_that_is_not_steps_is_refused_where_it_goes_wrong(body, line):
    with pytest.raises(ContentError) as error:
        split_steps(page_file(body))
    assert f":{line}:" in str(error.value)
