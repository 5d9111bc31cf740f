"""The topic commands (/cast, /release, ...), as data, and how their answers are put together.

A topic is a fixed set of questions asked to the engine: nothing in its answer is written here.
Adding a command is adding a ``Topic`` to ``TOPICS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import zip_longest

from retrieval import Answer, Citation


@dataclass(frozen=True)
class Topic:
    name: str  # the slash command: lower case, at most 32 characters
    description: str  # shown in Discord's command picker: at most 100 characters
    questions: tuple[str, ...]  # asked in order; their answers are combined
    names_label: str | None = None  # if set, answer "<label>: <the names in the cited passage>."


TOPICS: tuple[Topic, ...] = (
    Topic("cast", "Who is in the cast", ("Who stars in the film?",), names_label="The cast"),
    Topic("release", "Filming and release status", ("When does filming begin?", "Is there a release date?")),
    Topic("director", "Who directs the sequel", ("Who is directing the sequel?",)),
    Topic("about", "What the film is about", ("What is We Can Be Heroes about?",)),
)

TOPICS_BY_NAME: dict[str, Topic] = {topic.name: topic for topic in TOPICS}


def answer_topic(topic: Topic, ask: Callable[[str], Answer]) -> Answer:
    """Ask each of the topic's questions (``ask`` is ``engine.ask``) and combine the answers."""
    answer = combine_answers(" ".join(topic.questions), [ask(q) for q in topic.questions])
    return with_names(answer, topic.names_label) if topic.names_label else answer


def combine_answers(question: str, answers: Sequence[Answer], max_citations: int = 3) -> Answer:
    """One answer from several: the answered texts in order, citations deduplicated and renumbered.

    Citations are taken in turns (each answer's first, then each one's second, ...) so the passage
    behind every answer text is kept when they are cut to ``max_citations``. Abstentions are
    dropped when another question was answered; if none was, the first one stands for them all.
    """
    if not answers:
        raise ValueError("combine_answers needs at least one answer")
    latency = sum(a.latency_ms for a in answers)
    answered = [a for a in answers if a.answered]
    if not answered:
        return Answer(question=question, answered=False, text=answers[0].text, latency_ms=latency)
    texts = list(dict.fromkeys(a.text.strip() for a in answered if a.text.strip()))
    in_turns = (c for group in zip_longest(*(a.citations for a in answered)) for c in group if c is not None)
    citations = renumber(in_turns)[:max_citations]
    return Answer(question=question, answered=True, text=" ".join(texts), citations=citations, latency_ms=latency)


def renumber(citations: Iterable[Citation]) -> tuple[Citation, ...]:
    """The citations without repeats of the same passage (source, start, end), numbered from 1."""
    seen: set[tuple[str, int, int]] = set()
    kept: list[Citation] = []
    for citation in citations:
        key = (citation.source, citation.start, citation.end)
        if key not in seen:
            seen.add(key)
            kept.append(replace(citation, n=len(kept) + 1))
    return tuple(kept)


def with_names(answer: Answer, label: str) -> Answer:
    """The answer reworded as ``label`` and the person names its citations give.

    Names come from the first cited passage that lists people after a cue ("It stars ..."), else
    from the capitalised names of the first citation. The passage they come from moves to the
    front of the citations; with no names at all the answer is left as it is.
    """
    if not answer.answered or not answer.citations:
        return answer
    source, names = next(
        ((c, listed_names(c.passage)) for c in answer.citations if listed_names(c.passage)),
        (answer.citations[0], capitalised_names(answer.citations[0].passage)),
    )
    if not names:
        return answer
    others = [c for c in answer.citations if c is not source]
    return replace(answer, text=f"{label}: {join_names(names)}.", citations=renumber([source, *others]))


# A name word: "Pedro", "YaYa", "McDonald", "DeVito", "O'Brien", "Jean-Luc"; not "A" or "NETFLIX".
_WORD = r"(?:[A-Z]['\u2019])?[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:-[A-Z][a-z]+)*"
_NAME = re.compile(rf"{_WORD}(?:\s+(?:{_WORD}|[A-Z]\.)){{0,2}}\s+{_WORD}")  # two to four words
# Words that begin a list of people: "It stars A, B and C", "starring A and B", "the cast includes A".
_CUE = re.compile(r"\b(?:stars|starring|co-stars|co-starring|featuring|features|cast (?:includes|of))\s+")
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?=\s|$)")  # not after an initial ("Samuel L. Jackson")
_LIST_SEPARATOR = re.compile(r",|;|&|\band\b")
# Capitalised words that start sentences or titles rather than names.
_NOT_NAME_WORDS = frozenset(
    [
        "A",
        "An",
        "And",
        "But",
        "By",
        "For",
        "He",
        "Her",
        "His",
        "I",
        "In",
        "It",
        "Its",
        "My",
        "Of",
        "On",
        "Or",
        "She",
        "So",
        "That",
        "The",
        "Their",
        "They",
        "This",
        "We",
        "With",
        "You",
        "Be",
        "Can",
        "Could",
        "Will",
        "Would",
        "Is",
        "Are",
        "Was",
        "Were",
    ]
)


def extract_person_names(text: str) -> list[str]:
    """Person names in ``text``, in order, without repeats: a listed cast if there is one, else any names."""
    return listed_names(text) or capitalised_names(text)


def listed_names(text: str) -> list[str]:
    """The names listed after a cue: "It stars Pedro Pascal, Priyanka Chopra and YaYa Gosselin."."""
    names: list[str] = []
    for cue in _CUE.finditer(text):
        rest = text[cue.end() :]
        end = _SENTENCE_END.search(rest)
        for item in _LIST_SEPARATOR.split(rest[: end.start() if end else len(rest)]):
            item = " ".join(item.split())
            if _NAME.fullmatch(item):
                names.append(item)
    return list(dict.fromkeys(names))


def capitalised_names(text: str) -> list[str]:
    """Every run of two to four capitalised words, less the opening words of sentences and titles."""
    names: list[str] = []
    for match in _NAME.finditer(text):
        words = match.group().split()
        while words and words[0] in _NOT_NAME_WORDS:
            words.pop(0)
        if len(words) >= 2:
            names.append(" ".join(words))
    return list(dict.fromkeys(names))


def join_names(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"
