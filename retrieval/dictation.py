"""What dictation and worksheets add to a question, taken out before anything reads it: punctuation said as words
("boyd hall brook question mark"), a name's letters said one by one ("did he mention the V C R?") and a worksheet's
numbering ("Q7: According to the text, ...")."""

from __future__ import annotations

import re

# Punctuation said as words, with the space before it: "... question mark", "... Question Mark"
_SPOKEN_MARKS = (
    (re.compile(r"\s*\bquestion ?mark\b", re.IGNORECASE), "?"),
    (re.compile(r"\s*\bexclamation (mark|point)\b", re.IGNORECASE), "!"),
    # ("period" only ends it: "what does he mean by completion period", not "a period of time")
    (re.compile(r"\s*\b(full stop|period)(?=\W*$)", re.IGNORECASE), "."),
    (re.compile(r"\s*\bcomma\b(?=\s+\w)", re.IGNORECASE), ","),
)
# Capital letters said one by one, two at least: "the V C R" -> "the VCR" (not "I" or "A", which are words)
_SPELLED_LETTERS = re.compile(r"(?<![\w'])(?![AI]\b)[A-Z](?: (?![AI]\b)[A-Z])+(?![\w'])")
# A worksheet's numbering before its question: "Q7:", "Question 3.", "3)"
_NUMBERING = re.compile(r"^\W*(q(uestion)?\s*\d+\s*[:.)]|\d+\s*[:.)])\s*(?=\w)", re.IGNORECASE)


def written(question: str) -> str:
    """``question`` as it would have been typed: "Q19: did he mention the V C R question mark" -> "did he mention
    the VCR?"."""
    question = _NUMBERING.sub("", question)
    for pattern, mark in _SPOKEN_MARKS:
        question = pattern.sub(mark, question)
    return _SPELLED_LETTERS.sub(lambda match: match.group().replace(" ", ""), question)
