"""The names a document's subject goes by, and the plain words that stand in for them when matching.

A question that names the film ("release date for we can be heroes 2?") shares those words with
every sentence that names it, so the name pulls the question toward whichever sentences say it
("He told reporters ... filming We Can Be Heroes 2 next year") rather than the one that answers
("no official release date for the sequel"). For matching only, each name is replaced by the same
plain words on both sides ("the movie") before embedding, and left out of the question's lexical
terms. Citations and answers keep the original text.

A document lists its names in its header, separated by semicolons::

    names: We Can Be Heroes 2; We Can Be Heroes
    names_mean: the movie

A name of three words or more also goes by its initials, as fans type it: "wcbh", "wcbh 2", "wcbh2".

A header may also list what the document is not about, though readers take it to be close: the same people's
other works, which chat names in lower case and in passing ("whats desperado about, is it good")::

    not_about: El Mariachi; Desperado; Sharkboy and Lavagirl

A question naming one of those is taken to name something the knowledge does not cover (``others``).
"""

from __future__ import annotations

import re

from .schema import Document

DEFAULT_STAND_IN = "it"
# What follows "movie" or "film" in a thing named after films, not the film: "the movie night pick for friday"; or
# which film it is, another: "the film of the minions" (read from "il film dei minions"; not the film's own, "the film
# of his", nor whose films: "the films of the parents")
NAMED_AFTER_FILMS = (
    r"(?!\s+(night|nights|nite|marathon|club|theaters?|theatres?|buffs?|industry|business|snacks|tickets?|poll)\b)"
    r"(?!(?:(?<=movie)|(?<=film)|(?<=movies)|(?<=films))\s+of (the )?(?!(it|its|this|that|his|him|them|their|rodriguez"
    r"|robert|netflix|the|parents|actors|adults|cast|director|kids|children|family|stars|year)\b)[a-z])"
)
_QUOTE = "['\"\u2018\u2019\u201c\u201d]?"


class Names:
    """Every document's names, matched case-insensitively, whole words, with or without quotes."""

    def __init__(self, stand_ins: dict[str, str], others: tuple[str, ...] = ()) -> None:
        self.stand_ins = stand_ins  # a name, lower-cased and single-spaced -> the words that replace it
        # What the knowledge is not about, longest first; "and" in any of the languages read: "sharkboy e lavagirl"
        self._others = re.compile(
            r"(?<!\w)(?:" + "|".join(
                r"\s+".join(_AND if word == "and" else re.escape(word) for word in other.split())
                for other in sorted(others, key=len, reverse=True)
            ) + r")(?!\w)",
            re.IGNORECASE,
        ) if others else None
        # Longest first, so "We Can Be Heroes 2" is taken whole before "We Can Be Heroes" can match.
        names = sorted(stand_ins, key=len, reverse=True)
        # (a title numbered 1 is its first: "plot of we can be heroes 1?")
        # (a name in common words, not a thing named after films: "the movie night")
        alternatives = "|".join(
            r"\s+".join(map(_spelt_as_heard, name.split())) + ("" if name.split()[-1] in _NUMBERS else r"(?:\s+1)?")
            + (NAMED_AFTER_FILMS if name.startswith("the ") else "")
            for name in names
        )
        plurals = sorted({word[:-2] for name in names for word in name.split() if _PLURAL_ES.fullmatch(word)})
        self._heard = re.compile(rf"\b({'|'.join(map(re.escape, plurals))})(?:e?['\u2019]s|s)\b") if plurals else None
        self._pattern = re.compile(rf"(?<!\w){_QUOTE}(?:{alternatives}){_QUOTE}(?!\w)", re.I) if names else None
        # A title of three words or more goes by its last word too, where a name goes: "in heroes", "heroes 2"
        self._full: dict[str, str] = {}
        for name in sorted(stand_ins, key=len):
            words = name.split()
            if len(words) >= 3 and words[-1].isalpha() and words[-1] not in _NUMBER_WORDS:
                self._full.setdefault(words[-1], " ".join(w.capitalize() for w in name.split()))
        shorts = "|".join(map(re.escape, self._full))
        self._short = re.compile(
            rf"(^\W*|\b(?:in|about|for|is|was|did|does|watch|watched|watching|love|loves|loved|like|likes"
            rf"|liked|on|from|and|called|made|make|making|film|filming|shoot|shooting|sequel to) )({shorts})"
            rf"( (?:2|two|ii|1))?\b(?! (?:of|who|that|are|were|with|have|has|had|in|get|got)\b)",
            re.I,
        ) if shorts else None
        # or by its last word before what it is: "is that actor in the Heroes film?"
        self._short_noun = re.compile(
            rf"\b(?:the|this|that) ({shorts})( (?:2|two|ii))? (?:film|movie|picture|flick)\b", re.I
        ) if shorts else None

    @classmethod
    def of(cls, documents: list[Document]) -> Names:
        stand_ins: dict[str, str] = {}
        others = tuple(dict.fromkeys(
            key for document in documents for other in document.metadata.get("not_about", "").split(";")
            if (key := _key(other))
        ))
        for document in documents:
            stand_in = document.metadata.get("names_mean", "").strip() or DEFAULT_STAND_IN
            for name in document.metadata.get("names", "").split(";"):
                key = _key(name)
                for form in (key, *_initialisms(key)) if key else ():
                    stand_ins.setdefault(form, stand_in)
        return cls(stand_ins, others)

    def others(self, text: str) -> list[str]:
        """What ``text`` names that a header says the knowledge is not about: "whats desperado about?" ->
        ["desperado"]; not given as an example or a measure of something it is about ("as much as his darker stuff
        like desperado and from dusk till dawn"), nor to say who is meant ("the el mariachi / desperado guy")."""
        found, example_ended = [], -1
        for match in self._others.finditer(text) if self._others is not None else ():
            listed_after_one = example_ended >= 0 and _AND_BEFORE.fullmatch(text[example_ended : match.start()])
            if _EXAMPLE_BEFORE.search(text[: match.start()]) or listed_after_one:
                example_ended = match.end()
            elif _WHO_IS_MEANT_AFTER.match(text[match.end() :]):
                continue
            else:
                found.append(match.group())
        return found

    def normalise(self, text: str) -> str:
        """``text`` with every name replaced by its stand-in, for embedding."""
        if self._pattern is None:
            return text
        return " ".join(self._pattern.sub(lambda m: self.stand_ins[self._canonical(m.group())], text).split())

    def _canonical(self, matched: str) -> str:
        """The name ``matched`` writes, as listed: "we can be hero's 2" -> "we can be heroes 2"."""
        key = _FIRST_NUMBERED.sub("", _key(matched))  # "we can be heroes 1" is "we can be heroes"
        return key if key in self.stand_ins or self._heard is None else self._heard.sub(r"\1es", key)

    def spell_short(self, text: str) -> str:
        """``text`` with a title called by its last word, bare or before what it is, written in full: "is the
        quantico actress in heroes", "in the Heroes film" -> "... in We Can Be Heroes"; not the word itself: "are
        the heroes kids?", "kid heroes"."""
        if self._short is None or self._short_noun is None:
            return text
        text = self._short_noun.sub(lambda m: self._full[m.group(1).lower()] + (m.group(2) or ""), text)
        return self._short.sub(lambda m: m.group(1) + self._full[m.group(2).lower()] + (m.group(3) or ""), text)

    def found(self, text: str) -> list[str]:
        """The names ``text`` writes, as written: "is We Can Be Heroes 1 on netflix" -> ["We Can Be Heroes 1"]."""
        return [match.group() for match in self._pattern.finditer(text)] if self._pattern is not None else []

    def remove(self, text: str) -> str:
        """``text`` without its names, for lexical matching: naming the subject specifies nothing."""
        if self._pattern is None:
            return text
        return " ".join(self._pattern.sub(" ", text).split())


_AND = r"(?:and|&|e|et|y)"
# Given as an example, a measure or his own ("his darker stuff like desperado", "as much as sin city", "he did sin
# city"), or to say who is meant ("the el mariachi / desperado guy")
_EXAMPLE_BEFORE = re.compile(
    r"\b(like|such as|e\.?g\.?|including|say|as much as|more than|less than|compared (to|with)|than"
    # "like they were w sharkboy and lavagirl" (not what something looked like: "the schedule looked like on ...")
    r"|(?<!look )(?<!looks )(?<!looked )(?<!looking )like( \w+){0,3} (with|in|on|for|during)"
    r"|\b(he|rodriguez|the director) (also )?(did|made|directed|wrote))\s+(the\s+)?$",  # "he did sin city and ..."
    re.IGNORECASE,
)
_WHO_IS_MEANT_AFTER = re.compile(
    r"^[\w /&,'-]{0,30}?\b(guy|dude|man|director|filmmaker|creator|maker)\b|^\s+(herself|himself)\b", re.I
)
_AND_BEFORE = re.compile(r"\s*(,|,? and|,? or|&|/)\s+(the\s+)?", re.IGNORECASE)  # ("sin city / from dusk till dawn")
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "ii", "iii", "iv"}
_NUMBERS = _NUMBER_WORDS | {str(n) for n in range(10)}
_FIRST_NUMBERED = re.compile(r"\s+1$")
# A plural in "es" is heard or typed as "'s" or "s" too: "we can be hero's", "we can be heros".
_PLURAL_ES = re.compile(r"[a-z]{3,}es")


def _spelt_as_heard(word: str) -> str:
    if _PLURAL_ES.fullmatch(word):
        return re.escape(word[:-2]) + "(?:es|e?['\u2019]s|s)"
    return re.escape(word)


def _initialisms(key: str) -> list[str]:
    """ "we can be heroes 2" -> "wcbh 2", "wcbh2"; "we can be heroes" -> "wcbh"; nothing under three words."""
    words = key.split()
    number = words.pop() if words and words[-1].isdigit() else ""
    letters = "".join(word[0] for word in words if word[0].isalpha())
    if len(letters) < 3:
        return []
    return [f"{letters} {number}", f"{letters}{number}"] if number else [letters]


def _key(name: str) -> str:
    return " ".join(name.strip().strip("'\"\u2018\u2019\u201c\u201d").lower().split())
