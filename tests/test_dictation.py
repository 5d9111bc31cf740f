"""What dictation and worksheets add to a question is taken out before it is read."""

from __future__ import annotations

import pytest

from retrieval.dictation import written


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("boyd hall brook question mark", "boyd hall brook?"),
        ("Do the kids films mean as much to him Question Mark", "Do the kids films mean as much to him?"),
        ("what a hit exclamation point", "what a hit!"),
        ("What does he mean by completion period", "What does he mean by completion."),
        ("so comma when does it come out", "so, when does it come out"),
    ],
)
def test_punctuation_said_as_words_is_written_as_marks(said, typed):
    assert written(said) == typed


def test_period_and_comma_mid_sentence_are_words():
    assert written("is the opening weekend period over") == "is the opening weekend period over"
    assert written("a comma") == "a comma"


def test_capitals_said_one_by_one_are_one_word_but_i_and_a_stay_words():
    assert written("Did he mention the V C R?") == "Did he mention the VCR?"
    assert written("did R R say that?") == "did RR say that?"
    assert written("I A m not sure") == "I A m not sure"


@pytest.mark.parametrize("numbered", ["Q7: who directs it?", "Question 3. who directs it?", "3) who directs it?"])
def test_a_worksheets_numbering_is_no_part_of_the_question(numbered):
    assert written(numbered) == "who directs it?"
