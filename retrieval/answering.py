"""From a ranking to an ``Answer``: abstain or answer, the short answer text, numbered citations."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .index import KnowledgeIndex
from .ranking import Ranking
from .schema import Answer, Citation


@dataclass(frozen=True)
class AbstentionSettings:
    """When the knowledge is taken not to cover a question. The bot abstains when:

    - the question reads like the off-topic example questions (``offtopic``): the closest few are, on average, at
      least ``off_topic_closeness`` similar, and by more than ``off_topic_margin`` closer than the closest on-topic
      ones ("does youtube show completion rate for my videos?"); or
    - the evidence, the best passage's fused score plus the best meaning score of a sentence, is
      below ``min_evidence`` (off-topic questions match nothing well in meaning or in words; or below
      ``distinctive_evidence`` when the question points at the subject and the best sentence gives the
      distinctive kind of answer it asks for: "What was the context of these remarks - a junket?" -> "on a
      press tour this week promoting"), or
      below ``out_of_view_evidence`` for a question that neither names the knowledge's subject (or whom
      it quotes, or a title word) nor points at it ("it", "the sequel"): "who directed the dark knight?",
      "what did Disney's CEO say?" (the article names Disney only in passing), unless it names nothing the
      knowledge does not and its best sentence gives the distinctive kind of answer it asks for ("did viewing
      taper off or keep going?" -> "Kids will just not stop watching it."); or below
      ``person_only_evidence`` for one that names only whom it quotes ("was from dusk till dawn written by
      rodriguez?") or a party its title names ("how much is netflix standard with ads now?"), and below
      ``person_only_unfocused_evidence`` for such a question whose best passage holds little of its specific
      words (under ``person_only_focus``): "does robert rodriguez still own el rey network?"; a question out
      of view that is not close in meaning (under ``out_of_view_dense``) is abstained whatever its evidence
      unless the best passage holds most of its words (``out_of_view_focus``): "when is the next solar
      eclipse?" -> "next year" scores as a time, which is all it shares; a question of a few words that points
      at nothing ("what studio", "any dates?") is taken to be about the subject, and needs ``min_evidence`` only;
    - the best passage holds none of the question's specific words (not title words, not bare
      numbers) and no sentence is close in meaning (``confident_dense``), as for "who plays the
      villain in the sequel?", all title words but "villain"; unless the question asks for a
      distinctive kind of answer that the best sentence gives, fairly close in meaning
      (``distinctive_dense``; ``distinctive_dense_in_view`` when the question points at the subject, and then
      a description counts too: "whats the plot of it?"):
      "how did he feel about the numbers?" -> "he was extremely pleased", "what service is it on?";
    - the question names something the knowledge never mentions ("Who directed Oppenheimer?", "the
      dune sequel"), or asks about someone the knowledge only lists something else than whether they
      are in it ("who is Priyanka Chopra married to?"), and no sentence is very close in meaning
      (``named_elsewhere_dense``; ``named_elsewhere_unfocused_dense`` when the best passage holds few
      of the question's words: "When is Villeneuve's Dune Messiah supposed to start filming?"); or
      names a work the knowledge never names, by a number ("is the incredibles 3 happening?") or by a
      word that is no English word ("minecraft movie sequel filming date?"), however close it sounds;
      or asks about something the knowledge names only in passing with a word it never uses ("does
      collider have a podcast?"), and no sentence is close in meaning (``in_passing_dense``);
    - it asks for a fact about a film that the knowledge never mentions ("is there a trailer yet?"),
      saying which; or asks where, and the best sentence names no place ("where will they film it?"
      -> "filming in 2022"); or asks about the sequel, and the best sentence is about the first film
      ("will Pedro Pascal come back for the sequel?" -> "It stars Pedro Pascal"), saying so; or asks
      for a kind of answer the best passage does not give, about something the knowledge names only in
      passing ("who played the parents in Spy Kids?" -> "it happened with the Spy Kids movies") or with
      none of its specific words in that passage ("how many subscribers does Netflix have?");
    - it asks for advice, a recommendation or a ranking ("best superhero movies of all time?") and
      no sentence is very close in meaning (``in_general_dense``).

    A question that is only names the knowledge uses ("gosselin?"), all in the best passage, only
    names the subject ("we can be heroes 2?"), only asks what the subject is ("plot?") or where the news
    comes from ("source?"), or asks what the piece says in short ("tl;dr?", "what's the headline?"), is
    answered whatever the evidence. The figures were fitted on tests/qa and on question sets written
    separately, and checked on others never read.
    """

    min_evidence: float = 0.86
    out_of_view_evidence: float = 1.1
    person_only_evidence: float = 1.0
    person_only_focus: float = 0.25  # below this focus coverage, a question in view through a person only ...
    person_only_unfocused_evidence: float = 1.15  # ... needs this much evidence
    confident_dense: float = 0.45
    distinctive_dense: float = 0.35
    distinctive_dense_in_view: float = 0.2
    named_elsewhere_dense: float = 0.6
    named_elsewhere_focus: float = 0.4  # below this focus coverage, a question naming something else ...
    named_elsewhere_unfocused_dense: float = 0.7  # ... needs a sentence this close in meaning
    in_passing_dense: float = 0.5
    in_general_dense: float = 0.7
    distinctive_evidence: float = 0.75
    out_of_view_dense: float = 0.37  # below this, a question out of view ...
    out_of_view_focus: float = 0.45  # ... is abstained unless its best passage holds this share of its words
    off_topic_closeness: float = 0.7  # this close to the off-topic example questions ...
    off_topic_margin: float = 0.15  # ... and by this much closer than to the on-topic ones: chat about something else


ABSTENTION_TEXT = "The article doesn't say: nothing in what I know covers that question."
PLACE_UNSAID_TEXT = "The article doesn't say where: no passage names a place for that."
SEQUEL_UNSAID_TEXT = "The article doesn't say that about the sequel: what it says on this is about the first film."


def decide(ranking: Ranking, settings: AbstentionSettings) -> bool:
    if not ranking.passages:
        return False
    if ranking.sequel_unsaid:  # "will pedro pascal be back for part 2?", "plot of part 2?": not the first film's
        return False
    if ranking.only_kind_given:  # "plot?", "source?": the sentence that says what the subject is, or who told
        return True
    if ranking.missing_facts:  # "is there a trailer yet?", even as "what's the news about the trailer?"
        return False
    if ranking.lead_answers:  # "we can be heroes 2?", "tl;dr?": the first sentence naming it
        return True
    if ranking.title_given:  # "what's the sequel called?" -> "...filming We Can Be Heroes 2 next year"
        return True
    # "a girl called Yaya something, is she in it?", "is the Mandalorian guy in it?" (not of another work: "is arcane
    # season 2 the end or are they doing more")
    if ranking.member_named and not ranking.other_works:
        return True
    # Reads like chat about something else: "does youtube show completion rate for my videos?" (not when it names
    # someone the knowledge names: "boyd holbrook? the logan villain guy" sounds like talk of his other work, but
    # asks whether he is in it)
    off_topic = ranking.off_topic_closeness
    if (
        not ranking.names_someone
        and off_topic >= settings.off_topic_closeness
        and off_topic - ranking.on_topic_closeness > settings.off_topic_margin
    ):
        return False
    # Pointed at ("what service is it on?"), or asked in a few words pointing at nothing ("genre?"), the question is
    # about the subject: a distinctive kind of answer needs less closeness in meaning.
    implied = ranking.in_view or ranking.elliptical
    least = settings.distinctive_dense_in_view if implied else settings.distinctive_dense
    distinctive = ranking.offers_distinctive and ranking.dense_max >= least
    if ranking.focus_coverage == 0 and ranking.dense_max < settings.confident_dense and not distinctive:
        return False
    if ranking.other_works:  # "is the incredibles 3 happening?": another work, however close it sounds
        return False
    if (ranking.unknown_names or ranking.beyond_list) and ranking.dense_max < settings.named_elsewhere_dense:
        return False
    # "When is Villeneuve's Dune Messiah supposed to start filming?": close in meaning, but few of its words there
    unfocused = ranking.focus_coverage < settings.named_elsewhere_focus
    if ranking.unknown_names and unfocused and ranking.dense_max < settings.named_elsewhere_unfocused_dense:
        return False
    if ranking.beyond_passing and ranking.dense_max < settings.in_passing_dense:  # "who owns collider?"
        return False
    if ranking.place_unsaid:  # "where will they film it?"
        return False
    if ranking.kind_unsaid:  # "who played the parents in Spy Kids?", "how many subscribers does Netflix have?"
        return False
    if ranking.in_general and ranking.dense_max < settings.in_general_dense:  # "best superhero movies ever?"
        return False
    if ranking.names_found:  # "gosselin?": a name the article uses, and the passage that names it
        return True
    if ranking.quote_held:  # "finish the quote: 'those movies just hit those ____'"
        return True
    evidence = ranking.passages[0].score - ranking.unproven + ranking.dense_max
    if ranking.person_only:  # "was from dusk till dawn written by rodriguez?": in view through a person only
        if ranking.focus_coverage < settings.person_only_focus:  # "does robert rodriguez still own el rey network"
            return evidence >= settings.person_only_unfocused_evidence
        return evidence >= settings.person_only_evidence
    if ranking.in_view and ranking.offers_distinctive:
        return evidence >= settings.distinctive_evidence
    far = ranking.dense_max < settings.out_of_view_dense and ranking.focus_coverage < settings.out_of_view_focus
    # "when is the next solar eclipse?"; not a few words giving the kind asked for: "who's top billed"
    if far and not ranking.in_view and not (ranking.elliptical and ranking.offers_distinctive):
        return False
    # Naming nothing else, a question the best sentence gives the distinctive kind of answer to is about the subject:
    # "did viewing taper off or keep going?" -> "Kids will just not stop watching it."
    if ranking.offers_distinctive and not ranking.unknown_names:
        return evidence >= settings.min_evidence
    # Not far in meaning, a question of a few words pointing at nothing asks about the subject: "genre?"
    return evidence >= (settings.min_evidence if implied else settings.out_of_view_evidence)


def compose(
    question: str, ranking: Ranking, index: KnowledgeIndex, *, top_k: int, settings: AbstentionSettings
) -> Answer:
    if not decide(ranking, settings):
        return Answer(question=question, answered=False, text=abstention_text(ranking))
    citations = cite(ranking, index, top_k)
    text = answer_text(with_antecedent(index, ranking.passages[0].best_sentence))
    return Answer(question=question, answered=True, text=text, citations=citations)


def abstention_text(ranking: Ranking) -> str:
    if ranking.missing_facts:
        return f"The article doesn't say: it never mentions {_listed(ranking.missing_facts)}."
    if ranking.place_unsaid:
        return PLACE_UNSAID_TEXT
    if ranking.sequel_unsaid:
        return SEQUEL_UNSAID_TEXT
    return ABSTENTION_TEXT


def _listed(items: tuple[str, ...]) -> str:
    """ "the budget", "the budget or the trailer", "the budget, the trailer or the music"."""
    # "anyone's age", "any country", "a third film", "the end of the shoot" as they are; "budget" -> "the budget"
    phrases = [item if re.match(r"(any\w*|an?|the|his|her|their|its)\b", item) else f"the {item}" for item in items]
    return phrases[0] if len(phrases) == 1 else f"{', '.join(phrases[:-1])} or {phrases[-1]}"


def cite(ranking: Ranking, index: KnowledgeIndex, top_k: int) -> tuple[Citation, ...]:
    """The best passages, skipping any that repeats a sentence already quoted (same words count)."""
    chosen: list[Citation] = []
    quoted: set[str] = set()
    for ranked in ranking.passages:
        if len(chosen) >= top_k:
            break
        passage = index.passages[ranked.passage]
        texts = {_normalise(index.sentences[s].text) for s in passage.sentences}
        if texts & quoted:
            continue
        quoted |= texts
        chosen.append(
            Citation(
                n=len(chosen) + 1,
                source=index.documents[passage.doc].title,
                passage=passage.text,
                start=passage.start,
                end=passage.end,
                score=round(ranked.score, 4),
            )
        )
    return tuple(chosen)


# A short sentence that opens by pointing back ("They call it unstoppable," he said; "It just will not
# stop.") says little alone: the sentence before it in the paragraph says who or what.
_POINTS_BACK = re.compile(r"^\W*(it|it's|its|they|they're|they've|them|that|that's|this|these|those|he|she|so)\b", re.I)
SHORT_SENTENCE = 80  # characters
SHORT_ANSWER = 200  # characters: an answer text is a sentence or two, the citations hold the rest


def with_antecedent(index: KnowledgeIndex, sentence: int) -> str:
    """The text of ``sentence``, from the start of the one before it when it is short and points back."""
    this = index.sentences[sentence]
    if len(this.text) >= SHORT_SENTENCE or not _POINTS_BACK.match(this.text) or sentence == 0:
        return this.text
    before = index.sentences[sentence - 1]
    if (before.doc, before.paragraph) != (this.doc, this.paragraph) or this.end - before.start > SHORT_ANSWER:
        return this.text
    text = index.documents[this.doc].text[before.start : this.end]
    return text if _quotes_pair_up(text) else this.text  # not from inside a quotation: 'it," he said. "They'


def _quotes_pair_up(text: str) -> bool:
    """Whether each straight double quote of ``text`` opens (after a space, a colon or the start) while none
    is open, or closes one that is; or ends the text, closing a quotation that began before it."""
    inside = False
    text = text.rstrip()
    for i, char in enumerate(text):
        if char == '"':
            opening = i == 0 or text[i - 1] in " (:\n"
            if opening == inside and not (i == len(text) - 1 and not opening):
                return False
            inside = not inside
    return True


_ELISION = re.compile(r"\s*\[(\.\.\.|\u2026)\]")


def answer_text(sentence: str) -> str:
    """The answering sentence, with a quotation mark left open by the sentence split closed again and
    no elision mark ("[...]"): the citation quotes the source as it is, the answer reads as prose."""
    text = _ELISION.sub("", sentence).strip()
    if text.count('"') % 2:
        if text.startswith('"'):
            text = text[1:]
        elif text.endswith('"'):
            text = text[:-1]
        else:
            text += '"'
    return text.strip()


def _normalise(text: str) -> str:
    return " ".join(text.lower().replace("[...]", " ").split())
