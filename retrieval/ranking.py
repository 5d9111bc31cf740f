"""Hybrid ranking, per sentence, then per passage.

A sentence's score adds up its meaning (cosine to the sentence and to its word runs), its words
(coverage of the question's stemmed terms, typo-repaired, bridged and expanded, and BM25), whether
it offers what the question asks for (a time, a person, a place...; more for what it opens by asking,
"when...", "who...", "why..."), and for time questions
whether it looks back or ahead as the question does. Sentences are scored because a sentence is
what answers a question; passages (windows of 1-3 sentences around it) are what is cited, so the
quote carries its context ("he said", "It stars").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import groupby

import numpy as np

from .chunking import quoted
from .index import KnowledgeIndex
from .intent import (
    DATED,
    DECISIVE,
    DESCRIPTION_WORDS,
    DISTINCTIVE,
    DISTINCTIVE_ELLIPTICAL,
    DISTINCTIVE_IN_VIEW,
    ONE_PERSON,
    TOLD_BY_SOMEONE,
    Tense,
    Wants,
    asks_whence,
    asks_where,
    asks_where_said,
    asks_whom_told,
    feeling_holders,
    names_a_place,
    question_tense,
    question_wants,
    sentence_offers,
    sentence_tense,
)
from .lexical import (
    MESSAGE_SENTENCE_END,
    STOPWORDS,
    STREAMING_SERVICES,
    QueryTerms,
    phrasal_spelled_out,
    quotation_parts,
    quoted_phrases,
    spelled_out,
    without_attribution,
    word_pairs,
    words,
)
from .scope import (
    FILM_FACTS,
    asked_facts,
    asked_part,
    asks_gist,
    asks_headline,
    asks_in_general,
    asks_meaning,
    asks_membership,
    asks_membership_of_subject,
    asks_sequel_title,
    asks_story,
    asks_to_check,
    names_sequel,
    points_at_subject,
    questions_of,
    sequel_spelled_out,
    titles_sequel,
    without_chatter_after,
    without_chatter_before,
    without_hearsay,
    without_hedge,
    without_interjection,
    without_purpose,
    without_sign_off,
)
from .wordvectors import WordVectors
from .works import WellKnownWorks


@dataclass(frozen=True)
class RankingSettings:
    dense: float = 1.0  # weight of the cosine similarity
    bm25: float = 0.2  # weight of BM25, scaled to the best sentence's score for the query
    opening: float = 0.1  # more, when the sentence gives the kind of answer the question opens by asking
    coverage: float = 0.4  # weight of the share of the query's term weight the sentence holds
    intent: float = 0.15  # bonus for each kind of thing the question asks for that the sentence offers
    distinctive: float = 0.35  # more for a distinctive kind of answer (a feeling, where to watch)
    decisive: float = 0.4  # more again for a kind of answer that alone tells the answer (for whom)
    quoted: float = 0.4  # for holding words the question quotes: "what does he mean by 'through completion'?"
    tense: float = 0.15  # for a question about time: bonus when the sentence's time points the same way, or malus
    context: float = 0.1  # weight of a passage's other sentences next to its best one
    sequel: float = 0.1  # how much less a passage about the sequel may score and still come first, when asked
    # for the share of the question's neighbouring word pairs found next to each other, in order ("of all ages")
    phrase: float = 0.2
    # A sentence that refers back counts this much of its reading in context (after its paragraph's first
    # sentence), when that reads closer: "what does netflix call it?" -> "They call it unstoppable".
    in_context: float = 0.5
    bridge: float = 0.5  # least word-vector cosine for bridging a word the knowledge lacks to one it has
    synonym: float = 0.75  # least word-vector cosine for a knowledge word to count for one the knowledge has too
    # The knowledge words closest to the question's vector join its terms, at a fraction of its mean weight:
    # what the question means, in the knowledge's own words ("who's the lead actor?" -> "cast").
    expansion_words: int = 3
    expansion_similarity: float = 0.4
    expansion_weight: float = 0.5
    referent: float = 0.3  # credit for whom a sentence's "they" stands for ("their metrics": Netflix's)
    speaker: float = 0.5  # credit for the speaker's name (header "speaker") in a sentence they are quoted saying
    min_terms: int = 2  # a question of fewer terms covers at most n/min_terms: one word in common is thin evidence
    candidates: int = 200  # dense and lexical candidates each, on large corpora
    # Below this share of a question's other words in the best passage, a question naming someone the
    # knowledge only lists asks about something else ("who is Priyanka Chopra married to?").
    beyond_list_held: float = 0.3
    elliptical_words: int = 4  # a question of at most this many words, pointing at nothing, means the subject
    quote_held_words: int = 3  # quoted words at least, held by the best sentence, that put a question in view


@dataclass(frozen=True)
class RankedPassage:
    passage: int  # index into KnowledgeIndex.passages
    score: float
    best_sentence: int


@dataclass(frozen=True)
class Ranking:
    """Everything the answer step needs: ranked passages and the evidence for abstaining."""

    passages: list[RankedPassage]
    dense_max: float
    focus_coverage: float  # share of the question's specific terms the best passage holds
    unknown_names: tuple[str, ...] = ()  # names in the question the knowledge never mentions ("Oppenheimer")
    other_works: tuple[str, ...] = ()  # works the knowledge never names ("the incredibles 3", "the dune sequel")
    names_found: bool = False  # the question is only names of the knowledge, all in the best passage ("gosselin?")
    # The question asks only what the subject is ("plot?") or where the news comes from ("source?"), and the best
    # passage says it
    only_kind_given: bool = False
    offers_distinctive: bool = False  # the best sentence offers a distinctive kind of answer the question wants
    in_view: bool = True  # the question names the knowledge's subject or whom it quotes, or points at it ("it")
    in_general: bool = False  # the question asks for advice, a recommendation or a ranking ("best ... ever?")
    missing_facts: tuple[str, ...] = ()  # facts about a film asked for that the knowledge never mentions ("budget")
    place_unsaid: bool = False  # the question asks where, and the best sentence names no place
    sequel_unsaid: bool = False  # the question asks about a sequel, and the best sentence does not speak of one
    beyond_list: bool = False  # asks something else than membership about someone the knowledge only lists
    # Asks whether someone the knowledge lists is in the work in view, and the best passage lists them: "Sung Kang
    # from the Fast and Furious films is in this?" (the other work's name only says who is meant).
    member_named: bool = False
    # The question only names the subject ("we can be heroes 2?") or asks what the piece says in short ("tl;dr?",
    # "what's the headline?"): answered by the lead (or the headline)
    lead_answers: bool = False
    # Asks what a follow-up is called ("wats pt 2 called"), and the best sentence names it by its title
    title_given: bool = False
    # In view only through someone the knowledge quotes ("is rodriguez's studio in austin?"), or a party its title
    # names ("how much is netflix standard with ads now?"), not its subject: a question about that one's life or
    # other business needs more evidence.
    person_only: bool = False
    # Asks for a kind of answer (who, when, how many...) that the best passage does not give, about something
    # the knowledge names only in passing ("who played the parents in Spy Kids?") or with none of the question's
    # own specific words in that passage ("how many subscribers does Netflix have?"); or names or a count it does
    # not give ("what are the names of his kids?"); or the story of a work named in passing ("plot of Spy Kids 3-D?")
    kind_unsaid: bool = False
    # Asks about something the knowledge names only in passing, in words it never uses ("does collider have a
    # podcast?", "who owns collider?"): it says no more of it than the mention.
    beyond_passing: bool = False
    # A question of a few words that points at nothing ("what studio", "any dates?"): asked in a channel
    # about the knowledge, it means the subject in view, though only its words and meaning can show it.
    elliptical: bool = False
    # The best sentence holds, word for word, all the question quotes, three words or more: "fill in the blank: 'it's
    # a new ____ for them'". Only the knowledge says those words: the question is about it, whatever else it says.
    quote_held: bool = False
    unproven: float = 0.0  # of the best passage's score, what tells it apart without showing it answers
    names_someone: bool = False  # the question names someone the knowledge quotes or lists ("boyd holbrook?")
    # How close in meaning the question is to example questions off topic and on topic (``offtopic``): 0 without them
    off_topic_closeness: float = 0.0
    on_topic_closeness: float = 0.0


class Ranker:
    def __init__(
        self, index: KnowledgeIndex, settings: RankingSettings | None = None, vectors: WordVectors | None = None
    ) -> None:
        self.index = index
        self.settings = settings or RankingSettings()
        self.words = vectors
        if vectors is not None:
            vectors.set_targets(index.lexical.surface)
            index.lexical.set_dictionary(vectors.vocabulary)
        self.surface = frozenset(index.lexical.surface)
        self.works = WellKnownWorks.load(leaving_out=" ".join(document.text for document in index.documents))
        self.writes_sequel = "sequel" in self.surface
        self.offers = [sentence_offers(index.names.normalise(s.text)) for s in index.sentences]
        self.tenses = [sentence_tense(s.text) for s in index.sentences]
        self.dated = [bool(DATED.search(s.text)) for s in index.sentences]  # a date, not "every day" (see intent)
        self.places = [names_a_place(s.text) for s in index.sentences]
        self.sources = [names_a_place(s.text, whence=True) for s in index.sentences]
        self.named_places = [names_a_place(s.text, named=True) for s in index.sentences]
        # The words of the sentences saying where it streams: "The movie is streaming now on Netflix"
        self.streaming_stems = frozenset().union(
            *(index.lexical.docs[i] for i, offers in enumerate(self.offers) if Wants.AVAILABILITY in offers)
        )
        # The vectors of sentences that refer back, read after their paragraph's first (``chunking.in_context``).
        self.context_row = {int(s): row for row, s in enumerate(index.context_sentence)}
        self.context_vectors = index.contexts.reconstruct_n(0, index.contexts.ntotal)
        # Whose feeling a sentence states: one person's ("he was extremely pleased"), a group's ("the studio
        # is eager", "they've been shocked"), or unknown (None).
        holders = [feeling_holders(s.text) for s in index.sentences]
        self.felt_by_one = [h <= ONE_PERSON if h else None for h in holders]
        lexical = index.lexical
        # A quotation is its speaker's words: "which I'm working on" answers "is Rodriguez working on it?";
        # in the first person it names them ("My own children work on the films": Rodriguez's children).
        self.speakers = self._speakers()
        # Said in the first person by whom it quotes, a sentence tells what they do themselves ("which I'm
        # working on"): "is Rodriguez working on the sequel himself?"
        self.offers = [
            offers | {Wants.SELF} if speaker and _FIRST_PERSON.search(sentence.text) else offers
            for offers, speaker, sentence in zip(self.offers, self.speakers, index.sentences, strict=True)
        ]
        self.word_pairs = [word_pairs(doc) for doc in lexical.docs]
        self.sentence_stems = [
            frozenset(doc) | (speaker if _FIRST_PERSON.search(sentence.text) else frozenset())
            for doc, speaker, sentence in zip(lexical.docs, self.speakers, index.sentences, strict=True)
        ]
        # A passage that only repeats its document's title quotes nothing the citation's source does not say.
        titles = [_plain(doc.title) for doc in index.documents]
        self.title_only = frozenset(i for i, p in enumerate(index.passages) if _plain(p.text) == titles[p.doc])
        self.passage_stems = [frozenset().union(*(self.sentence_stems[s] for s in p.sentences)) for p in index.passages]
        # Words of the titles say what the whole corpus is about: naming them specifies nothing.
        self.topic_words = frozenset(word for doc in index.documents for word in words(doc.title))
        self.topic_stems = frozenset(lexical.stem(list(self.topic_words)))
        # Names in a title, never written lower-case ("sequel" is), that the subject's names do not hold ("on the
        # Netflix Sequel"): another party the piece is about, with a life beyond it ("is netflix in china?").
        subject_words = frozenset(w for name in index.names.stand_ins for w in words(name))
        lower = frozenset(lexical.stem([w for s in index.sentences for w in re.findall(r"\b[a-z][a-z']*\b", s.text)]))
        subject_stems = frozenset(lexical.stem(list(subject_words)))
        self.proper_stems = lexical.name_stems - lower  # names only, never words: not "kid" of "Spy Kids"
        self.context_stems = (self.topic_stems & self.proper_stems) - subject_stems
        self.on_sequel = [names_sequel(s.text, self.topic_words) for s in index.sentences]
        self.sequel_story_told = any(
            on and Wants.DESCRIPTION in offers for on, offers in zip(self.on_sequel, self.offers, strict=True)
        )
        # Sentences naming a document's subject, in order: the first is the news about it (its lead).
        self.naming = [i for i, s in enumerate(index.sentences) if index.names.remove(s.text) != s.text]
        # Sentences saying what a subject is, naming it: "We Can Be Heroes is a superhero fantasy following..."
        self.definitions = [
            i for i in self.naming if Wants.DESCRIPTION in self.offers[i] and _DEFINES.search(index.sentences[i].text)
        ]
        # Sentences saying of which ages its heroes are: "...about superheroes of all ages"
        self.of_ages = [i for i, offers in enumerate(self.offers) if Wants.AGES in offers]
        # Sentences naming a follow-up of a subject by its title: "...filming We Can Be Heroes 2 next year"
        self.titling_sequel = [i for i in self.naming if titles_sequel(index.sentences[i].text, self.topic_words)]
        # Names the knowledge writes only in lists of people (a cast): of them it says no more than that.
        self.lists = [i for i, offers in enumerate(self.offers) if Wants.PEOPLE in offers]  # of who is in it
        others = [stems for i, stems in enumerate(self.sentence_stems) if i not in self.lists]
        in_lists = frozenset().union(*(self.sentence_stems[i] for i in self.lists)) & lexical.name_stems
        self.listed_only = in_lists - frozenset().union(*others)
        self.quoted_people = frozenset().union(*self.speakers)
        # Whom it quotes by full name, by initials as fans write them: "RR" (not when the initials are a word)
        speakers = {doc.metadata.get("speaker", "").strip() for doc in index.documents} - {""}
        initials = {"".join(part[0] for part in name.split()).lower(): name for name in speakers if " " in name}
        vocabulary = self.words.vocabulary if self.words is not None else frozenset()
        self._by_initials = {
            short: name for short, name in initials.items() if short not in STOPWORDS and short not in vocabulary
        }
        self._initials = (
            re.compile(rf"\b({'|'.join(map(re.escape, self._by_initials))})\b", re.IGNORECASE)
            if self._by_initials else None
        )
        # The role the knowledge gives whom it quotes, right before their name ("director Robert Rodriguez"): how
        # "the direktor" felt is his feeling, not the studio's
        roles = []
        for document in index.documents:
            if speaker := document.metadata.get("speaker", ""):
                roles += re.findall(rf"\b([a-z]+) {re.escape(speaker)}\b", document.text)
        self.quoted_roles = frozenset(lexical.stem([role for role in roles if role not in STOPWORDS]))
        # Whom it quotes, by that role and another work of theirs, as fans name a director: "the Sin City director",
        # "the man who made Alita" (only one speaker can be meant so)
        role_words = sorted({role for role in roles if role not in STOPWORDS} | (_MAKERS if roles else set()))
        self._by_work = (
            re.compile(
                # (a work's name, not "the children of director", nor "the director's cut")
                rf"\bthe ({_NOT_A_NAME}[\w'.:-]+ ){{1,3}}({'|'.join(map(re.escape, role_words))})\b(?!'s cut)"
                # (not "isn't this the guy who did Spy Kids?", nor "the name of the guy who directed X", which ask who)
                rf"|(?<!\bis )(?<!\bisn't )(?<!\bthis )(?<!\bwas )(?<!\bof )\bthe (man|guy|person|one"
                rf"|{'|'.join(map(re.escape, role_words))}) (who|that) (made|directed|did|created) {_NOT_A_NAME}"
                r"([\w'.:-]+)( [\w'.:-]+){0,3}?(?=\s*([,.;!?]|$| (say|said|says|think|thinks|thought)\b))",
                re.IGNORECASE,
            )
            if len(speakers) == 1 and roles else None
        )
        self._speaker = next(iter(speakers)) if len(speakers) == 1 else ""
        self._speaker_role = next((role for role in roles if role not in STOPWORDS), "") if self._speaker else ""
        # Whom it names in full by a first name only one of them has: "the robert guy" is Robert Rodriguez
        full_names = set(speakers) | {
            name for i in self.lists for name in _FULL_NAME.findall(index.sentences[i].text)
        }
        firsts: dict[str, list[str]] = {}
        for name in sorted(full_names):
            firsts.setdefault(name.split()[0].lower(), []).append(name)
        self._by_first_name = {first: names[0] for first, names in firsts.items() if len(names) == 1}
        first_names = "|".join(map(re.escape, self._by_first_name))
        self._first_name = re.compile(
            rf"\b(?:the ({first_names}) {_SOMEONE.pattern}"
            # or with the rest of the name forgotten: "Christian something?"
            rf"|({first_names}) (?:something|somebody|someone|whatever"
            r"|what'?s his name|what'?s her name|whatshisname|whatshername)\b)",
            re.IGNORECASE,
        ) if self._by_first_name else None
        self.people = self.listed_only | self.quoted_people  # stems of the people it quotes or lists
        # Whom "they" stands for: the first party a paragraph names before the sentence, not a person nor the subject
        # ("Netflix ordered a sequel..." -> "But now with their metrics, they can tell...": Netflix's metrics).
        referents = self._referents(subject_stems)
        # Who is meant but not named, with the credit a word naming them gets: "is rodriguez working on it?" finds
        # "which I'm working on" in his quotation; "what can netflix's metrics tell?" finds "their metrics".
        self.implied = [
            dict.fromkeys(party, self.settings.referent) | dict.fromkeys(speaker, self.settings.speaker)
            for party, speaker in zip(referents, self.speakers, strict=True)
        ]
        # A sentence about someone by a name it quotes ("Rodriguez got a look...") or opening with "He"/"She"
        # ("He told reporters from Collider") says who, if not by a full name: "who spilled the news to collider?"
        self.says_who = [
            bool(_SOMEONE_OPENS.match(sentence.text)) or not self.quoted_people.isdisjoint(stems)
            for sentence, stems in zip(index.sentences, lexical.docs, strict=True)
        ]
        # Names written in one sentence only, always capitalised, and neither the subject, whom it quotes nor a
        # list of people: things named in passing ("Spy Kids", "Disney channel", "Collider").
        self.in_passing = frozenset(
            stem for stem in lexical.name_stems if lexical.df[stem] == 1 and stem not in lower
        ) - self.topic_stems - self.people

    def _spelled_out(self, question: str) -> str:
        """``question``, its sign-off, a tag doubting it ("or am i making that up"), what its asker says of themselves
        after it, talk of something else before it ("gg ez. anyway") and sentences in another language left out;
        chat's shorthand written out, a title by its last word ("in heroes") and whom the knowledge quotes by his
        initials ("what did RR say?") or by his role and another work of his ("the Sin City director") in full."""
        question = without_purpose(without_sign_off(question))
        question = without_chatter_before(without_chatter_after(without_hedge(question)))
        question = without_interjection(question)
        question = self.index.lexical.in_english(question)
        question = self.index.names.spell_short(spelled_out(question))
        if self._first_name is not None:  # "the yaya girl, whats her full name"
            question = self._first_name.sub(
                lambda match: self._by_first_name[(match.group(1) or match.group(3)).lower()], question
            )
        if self._speaker_role:  # "is it the same guy who did spy kids directing this": who directs it
            question = _SAME_MAKER.sub(f"who is the {self._speaker_role} of this film", question)
        if self._by_work is not None:
            question = self._by_work.sub(self._speaker, question)
        if self._initials is None:
            return question
        return self._initials.sub(lambda match: self._by_initials[match.group().lower()], question)

    def embedding_text(self, question: str) -> str:
        """What to embed for ``question``: typos of knowledge words repaired, names replaced by plain words."""
        lexical = self.index.lexical
        return self.index.names.normalise(lexical.repair_text(lexical.repair_names(self._spelled_out(question))))

    def rank(self, question: str, query_vector: np.ndarray) -> Ranking:
        """Rank passages for ``question``; ``query_vector`` embeds ``embedding_text(question)``."""
        index, cfg = self.index, self.settings
        message_words = len(question.split())  # (all of it: "was ist X? pls" is not two words about the subject)
        question = index.lexical.repair_names(self._spelled_out(question))
        neighbours = self._neighbours if self.words is not None else None
        unnamed = index.names.remove(question)  # the subject's names left out: they specify nothing
        # What a long message asks about the subject, without the story around it ("Is she in the cast of We Can
        # Be Heroes? My sister swears she saw her in the trailer.")
        names_subject = self._names_subject(question)
        about_it = bool(_NAMES_IT.search(question)) or names_subject
        asked_text = asked_part(question) if about_it else question
        # A claim about the film to check: its wrong details are no other subject ("True or false: Rodriguez
        # compared it to Sharkboy and Lavagirl" is settled by the comparison he made)
        claim = about_it and asks_to_check(question)
        asked_unnamed = index.names.remove(asked_text)
        asked_works = index.lexical.named_works(asked_unnamed) + index.lexical.works_after_kind(asked_text)
        # The words it asks, not the story around it ("please tell me it's still the El Mariachi guy" after "who's
        # directing this one?"); but a claim to check is all in its story, and so is whom "that name" or "she" means:
        # "... a girl called Yaya something in this picture. Is there somebody by that name in it?"
        words_asked = unnamed if claim or _BACK_TO_STORY.search(asked_text) else asked_unnamed
        text = sequel_spelled_out(words_asked) if self.writes_sequel else words_asked
        text = _FIRST_FILM.sub(" ", text)  # the subject, as a sequel's readers name it: no words of its own
        tenses = question_tense(without_attribution(question))  # "did he say when it comes out?" is not past
        on_sequel = names_sequel(question, self.topic_words)
        ahead = Tense.FUTURE in tenses or (Tense.PAST not in tenses and on_sequel)
        text = phrasal_spelled_out(without_attribution(text), past=Tense.PAST in tenses, ahead=ahead)
        repaired_asked = index.lexical.repair_text(asked_text)  # "where can i wach it": watch
        # What the question asks, not the story around it: "why does netflix even want a sequel? I thought ...
        # everyone forgot about it" asks no continuation, "someone said Austin" no source.
        wants = question_wants(repaired_asked)
        if Wants.AVAILABILITY in wants:  # a service it is not said to stream on is an option, not a word to find
            text = _SERVICE.sub(lambda match: match.group() if self._streams_on(match.group()) else " ", text)
        terms = index.lexical.query_terms(text, neighbours, cfg.synonym)
        asked = len(terms.terms)  # the question's own terms, before any added for its meaning
        if self.words is not None and cfg.expansion_weight:
            closest = self.words.closest_to(query_vector, cfg.expansion_similarity, cfg.expansion_words)
            closest = [(word, similarity) for word, similarity in closest if word not in self.topic_words]
            terms = index.lexical.expanded(terms, closest, cfg.expansion_weight)
        bm25 = index.lexical.scores(terms)
        lexical_candidates = np.argsort(-bm25)[: cfg.candidates]
        candidates, dense = self._dense(query_vector, lexical_candidates[bm25[lexical_candidates] > 0])
        bm25_top = float(bm25.max()) if bm25.size else 0.0
        tense = tenses if Wants.TIME in wants else frozenset()
        offers = self._offers_for(question, wants)
        opening = next((kind for kind, pattern in _OPENINGS if pattern.search(question)), None)
        if opening is Wants.PERSON and wants & {Wants.AUDIENCE, Wants.SOURCE}:  # "who is it for?", "who did he tell?"
            opening = next(iter(wants & {Wants.AUDIENCE, Wants.SOURCE}))
        by_its_star = self._by_its_star(question)
        in_view = points_at_subject(self._without_others_they(question)) or names_subject or by_its_star
        # A distinctive kind of answer ("ordered a sequel") answers only a question about the subject in view, or one
        # of a few words pointing at nothing ("where to watch rn"): not "has stranger things been cancelled?".
        elliptical = not in_view and message_words <= cfg.elliptical_words  # "logline?": few words, about it
        distinctive, decisive = (cfg.distinctive, cfg.decisive) if in_view or elliptical else (0.0, 0.0)
        total_weight = terms.total_weight or 1.0
        asked_terms = QueryTerms(terms.terms[:asked])
        if 0 < asked < cfg.min_terms:
            total_weight *= cfg.min_terms / asked

        quotes = quoted_phrases(question)
        described = self._described(question)
        scores: dict[int, float] = {}
        for sentence, cosine in zip(candidates.tolist(), dense.tolist(), strict=True):
            covered = terms.found(self.sentence_stems[sentence], implied=self.implied[sentence]) / total_weight
            score = cfg.dense * cosine + cfg.coverage * covered
            if bm25_top > 0:
                score += cfg.bm25 * float(bm25[sentence]) / bm25_top * covered
            offered = wants & offers[sentence]
            score += cfg.intent * len(offered) + distinctive * len(offered & _TELLS_APART)
            score += decisive * len(offered & DECISIVE)
            if opening in offered and in_view:  # asked first and given, about the subject in view
                score += cfg.opening
            if tense and self.tenses[sentence]:
                score += cfg.tense if tense & self.tenses[sentence] else -cfg.tense
            if quotes and any(quote.search(index.sentences[sentence].text) for quote in quotes):
                score += cfg.quoted
            if described & self.sentence_stems[sentence]:  # "how does he describe his life?" -> "...the best life"
                score += cfg.quoted
            if cfg.phrase and asked > 1 and covered > 0:  # a phrase needs two of its words
                score += cfg.phrase * asked_terms.phrases_found(self.word_pairs[sentence])
            scores[sentence] = score

        only_names = asked == 0 and not wants and unnamed != question
        gist = asks_gist(question)
        if only_names or gist:  # "we can be heroes 2?", "tl;dr?": the news, from its first sentence naming it
            scores = {s: 1.0 - i / len(self.naming) for i, s in enumerate(self.naming)}
        story_asked = bool(
            self.definitions and Wants.AGES not in wants  # (of which ages is it about?)
            and (
                # (by its title too: "what's we can be heroes even about")
                ((in_view or elliptical) and asks_story(asked_text)
                 and _STORY_OF_IT.search(index.names.normalise(asked_text)))
                or _ITS_CHARACTERS.search(asked_text)  # (its characters' story points at it)
            )
            # (the first one's story, asked before watching the second: "i never seen the first one whats it about
            # before i watch the second one")
            and (not on_sequel or bool(_FIRST_FILM.search(asked_text)))
        )
        if story_asked:
            # "never seen it lol what's the movie even about": what the subject is, whatever else is said
            _put_first(scores, self.definitions, 0.5)
        elif Wants.AGES in wants and not _ABOUT.search(asked_text):  # "are the superheroes all kids or grownups too"
            # (what it is about is its story: "is it about kid superheroes or grownups")
            _put_first(scores, self.of_ages, 0.5)
        elif not wants and (first := self._first_naming_someone(asked_terms)) is not None:
            _put_first(scores, [first], 0.5)  # "rodriguez?": who he is, where the news first says it
        title_asked = bool(self.titling_sequel) and asks_sequel_title(question, self.topic_words)
        if title_asked:  # "what's the sequel called?": the sentences naming it by its title
            _put_first(scores, self.titling_sequel, 0.5)
        someone_unlisted = self._someone_unlisted_asked(question, asked_terms, wants)
        someone_asked = bool(someone_unlisted) or self._someone_listed_asked(asked_part(question), question)
        if someone_asked:  # "is the Mandalorian guy in it?": the list of who is in it answers, whoever is meant
            _put_first(scores, self.lists, 1.0)
        elif in_view and _COUNTS_ITS_CAST.search(asked_text):  # "how many actors are in the cast?": count the list
            _put_first(scores, self.lists, 0.5)
        # The headline is quoted only when asked for: elsewhere the citation's source already says it.
        ranked = self._passages(scores, skip=frozenset() if asks_headline(question) else self.title_only)
        ranked = self._sequel_first(question, ranked)
        if asks_meaning(question):
            ranked = self._with_what_led_to_it(ranked)
        focus = self._focus_coverage(terms, ranked)
        member_named = someone_asked or self._member_named(question, asked_terms, ranked)
        names_listed = not self.listed_only.isdisjoint(self._word_stems(question))
        # No fact is missing when the best sentence holds the words the question quotes: "does the article give an
        # actual completion percentage or just "really high"?" (not words it rules out: "not 'off the charts'", nor
        # a title's words, which name the film: "who sang 'Heroes' in 1977?").
        telling = [
            quote for quote, words_quoted in zip(quotes, quotation_parts(question), strict=True)
            if not {word.lower() for word in words_quoted} <= self.topic_words
        ]
        quoted_answer = bool(telling and ranked) and not _RULED_OUT_QUOTE.search(question) and all(
            quote.search(index.sentences[ranked[0].best_sentence].text) for quote in telling
        )
        names_someone = not self.people.isdisjoint(self._word_stems(question))
        person_only = in_view and not (
            points_at_subject(question, someone_named=names_someone)
            or by_its_star
            or self._names_subject(question, people=False)
        )
        return Ranking(
            passages=ranked,
            dense_max=float(dense.max()) if dense.size else 0.0,
            focus_coverage=focus,
            unknown_names=(
                () if member_named or claim else self._unknown_names(without_hearsay(asked_unnamed), asked_works)
            ),
            other_works=self._other_works(asked_text, asked_works)
            + self._well_known_works(asked_text, in_view, person_only, member_named, names_someone),
            names_found=self._names_found(asked_terms, ranked),
            only_kind_given=self._gives_only_kind_asked(asked_terms, wants, ranked),
            offers_distinctive=bool(
                ranked and wants & _distinctive(in_view, elliptical) & offers[ranked[0].best_sentence]
            ),
            in_view=in_view,
            in_general=not claim and not self._asked_of_it(question) and (
                asks_in_general(question, in_view) or self._defined_elsewhere(question, quotes)
            ),
            # (none in the part asking whether someone unnamed is in it, where facts say whom it means: "the villain in
            # Logan, is that actor in the Heroes film?"; another part may ask one besides: "is the mandalorian guy in
            # it? how old is he")
            # (nor, after someone it lists, in the story after the message's questions or in what only says who is
            # meant: "Taylor Dooley is in it? ... I had the 3D glasses taped to my wall", "boyd holbrook? the logan
            # villain guy")
            missing_facts=() if quoted_answer else self._missing_facts(without_hearsay(_without_part(
                _undescribed(asked_part(asked_text)) if names_listed else asked_text, someone_unlisted
            ))),
            place_unsaid=bool(ranked) and self._place_unsaid(asked_text, wants, ranked[0].best_sentence),
            # (typos repaired: "wats the sqel plot")
            sequel_unsaid=bool(ranked) and self._sequel_unsaid(repaired_asked, ranked[0].best_sentence),
            # (of what the message asks: "do the adult actors have fun?? i need pedro to be having fun")
            # ("my fav is pedro obvs but whats the movie even about": its story is asked, whoever else is named)
            beyond_list=not (member_named or by_its_star or story_asked)
            and self._beyond_list(asked_text, asked_terms, ranked),
            member_named=member_named,
            lead_answers=(only_names or gist) and bool(ranked),
            title_given=title_asked and bool(ranked) and ranked[0].best_sentence in self.titling_sequel,
            person_only=person_only,
            names_someone=names_someone,
            kind_unsaid=not claim and self._kind_unsaid(asked_text, wants, ranked, focus, in_view),
            beyond_passing=not in_view and self._beyond_passing(question, asked_terms),
            elliptical=elliptical,
            quote_held=bool(ranked) and self._quote_held(question, quotes, ranked[0].best_sentence),
            # (what a kind of answer that only ranks added tells the sentence apart, but is no evidence that it answers)
            unproven=distinctive * len(wants & offers[ranked[0].best_sentence] & _RANKING_ONLY) if ranked else 0.0,
        )

    @staticmethod
    def with_alternative(whole: Ranking, first: Ranking, others_known: bool = False) -> Ranking:
        """``whole``, the ranking of a question offering alternatives, with its passages in the order of their score
        in it, counted twice, plus their score in ``first``, the ranking of its first alternative alone: its frame
        and the first alternative ask, and the others' words, often a long fragment ("or one of those things they
        bought off a studio that didn't want it?"), may outweigh them. Each passage keeps its own score in
        ``whole``, the evidence for answering. A name the knowledge never uses is no other subject when a later
        alternative is one it does use (``others_known``): "Which outlet did Rodriguez talk to - Deadline or
        Collider?"."""
        wholes = {p.passage: p for p in whole.passages}
        firsts = {p.passage: p for p in first.passages}
        def mean(passage: int) -> float:
            return sum(w * ranked[passage].score for w, ranked in ((2, wholes), (1, firsts)) if passage in ranked) / 3

        order = sorted(wholes.keys() | firsts.keys(), key=lambda passage: (-mean(passage), passage))
        passages = [wholes.get(passage) or firsts[passage] for passage in order]
        if not first.in_view:  # ("True or false: James Gunn is directing the new Superman movie.")
            return replace(whole, passages=passages)
        # What only a later alternative names is no other subject when the first asks about this one: "do the adult
        # actors even have fun on these or is Pedro Pascal just there for the bag"
        return replace(
            whole,
            passages=passages,
            beyond_list=whole.beyond_list and first.beyond_list,
            unknown_names=whole.unknown_names if first.unknown_names and not others_known else (),
            other_works=whole.other_works if first.other_works else (),
            sequel_unsaid=whole.sequel_unsaid and first.sequel_unsaid,
        )

    def _quote_held(self, question: str, quotes: list[re.Pattern[str]], sentence: int) -> bool:
        """Whether ``sentence`` holds every phrase ``question`` quotes (``quotes``), of three words or more in all."""
        quoted_words = sum(len(part) for part in quotation_parts(question))
        text = self.index.sentences[sentence].text
        return quoted_words >= self.settings.quote_held_words and all(quote.search(text) for quote in quotes)

    def _offers_for(self, question: str, wants: frozenset[Wants]) -> list[frozenset[Wants]]:
        """What each sentence offers this question: a feeling only when it is felt by whom the question
        asks about, one person ("how did he feel?") or a group ("is netflix happy?"), as far as told; and asked
        where something was said, a source only where an outlet is named ("according to director Robert Rodriguez"
        tells who said it, not where)."""
        offers = self.offers
        if Wants.SOURCE in wants and (asks_where(question) or asks_whom_told(question)):
            offers = [o if named else o - {Wants.SOURCE} for o, named in zip(offers, self.sources, strict=True)]
        if Wants.FEELING not in wants:
            return offers
        personal = self._asks_about_a_person(question)
        return [
            given - {Wants.FEELING} if one is not None and one != personal else given
            for given, one in zip(offers, self.felt_by_one, strict=True)
        ]

    def _asks_about_a_person(self, question: str) -> bool:
        """Whether ``question`` is about one person: a pronoun, a role, a speaker or a listed person."""
        question = without_attribution(question)  # "how does the studio feel, according to the director?"
        # Whose feeling it asks, where it says: "is netflix actually excited about a second one or is rodriguez
        # pushing it" asks the studio's (not "how happy was he": "how" holds nothing).
        people = self.people | self.quoted_roles  # (typos repaired: "was the direktor happy")
        holders = [h for h in feeling_holders(question) if h in ONE_PERSON | _GROUP_PRONOUNS or h not in STOPWORDS]
        if holders:
            return any(h in ONE_PERSON or _PERSONAL.search(h) or self._word_stems(h) & people for h in holders)
        if _PERSONAL.search(question):
            return True
        return not people.isdisjoint(self._word_stems(question))  # "the direktor"

    def _streams_on(self, service: str) -> bool:
        """Whether the knowledge says where it streams by ``service``'s name: "netflix" ("streaming now on
        Netflix"), not "disney+"."""
        return not self._word_stems(service).isdisjoint(self.streaming_stems)

    def _described(self, question: str) -> frozenset[str]:
        """The stem of the thing ``question`` asks a description of, when the knowledge says it in one place only:
        "how does he describe his life making these films" -> "life" ("...living the best life")."""
        match = _DESCRIBED.search(question)
        if match is None:
            return frozenset()
        df, thing = self.index.lexical.df, self._word_stems(match.group("thing"))
        return frozenset(stem for stem in thing if df.get(stem) == 1 and stem not in self.topic_stems)

    def _without_others_they(self, question: str) -> str:
        """``question`` without a "they", "them" or "their" that follows a plural the knowledge never uses, which
        it stands for: "how long do old vhs tapes last before they degrade" points at no subject."""
        pronoun = _THEY.search(question)
        if pronoun is None:
            return question
        df, stem = self.index.lexical.df, self.index.lexical.stem
        plurals = [
            word for word in words(question[: pronoun.start()])
            if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word not in STOPWORDS
            and self._english(word) and not df.get(stem([word])[0])
        ]
        return _THEY.sub(" ", question) if plurals else question

    def _word_stems(self, question: str) -> frozenset[str]:
        """The stems of ``question``'s words, typos of knowledge words repaired."""
        lexical = self.index.lexical
        return frozenset(lexical.stem([lexical.repair(word) for word in words(question)]))

    def _speakers(self) -> list[frozenset[str]]:
        """Per sentence, the stems of its speaker's name when it is quoted speech (header ``speaker``)."""
        index = self.index
        speakers: list[frozenset[str]] = []
        for d, sentences in groupby(index.sentences, key=lambda sentence: sentence.doc):
            document = index.documents[d]
            name = frozenset(index.lexical.stem(words(document.metadata.get("speaker", ""))))
            sentences = list(sentences)
            speakers += [name if flag else frozenset() for flag in quoted(document.text, sentences)]
        return speakers

    def _referents(self, subject_stems: frozenset[str]) -> list[frozenset[str]]:
        """Per sentence, the stem of the party its "they" stands for, if it does not name that party itself."""
        index, docs = self.index, self.index.lexical.docs
        parties = self.proper_stems - subject_stems - self.people
        referents: list[frozenset[str]] = []
        for _, sentences in groupby(enumerate(index.sentences), key=lambda item: (item[1].doc, item[1].paragraph)):
            party = None
            for i, sentence in sentences:
                points = party is not None and _THEY.search(sentence.text) and party not in docs[i]
                referents.append(frozenset({party}) if points else frozenset())
                party = party or next((stem for stem in docs[i] if stem in parties), None)
        return referents

    def _neighbours(self, word: str) -> list[tuple[str, float]]:
        return [(b.to, b.similarity) for b in self.words.neighbours(word, self.settings.bridge)]

    def _dense(self, query_vector: np.ndarray, extra: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Candidate sentences and their meaning score: the mean of the sentence's cosine and, for each
        run length, the best of that and its runs' cosines (so one matching clause counts); for a sentence
        that refers back, moved towards its cosine read in context when that is higher."""
        index, query = self.index, query_vector.reshape(1, -1)
        _, ids = index.vectors.search(query, min(index.vectors.ntotal, self.settings.candidates))
        piece_scores, pieces = np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        if index.pieces.ntotal:
            piece_scores, pieces = index.pieces.search(query, min(index.pieces.ntotal, 4 * self.settings.candidates))
            piece_scores, pieces = piece_scores[0], pieces[0]
        owners = index.piece_sentence[pieces]
        candidates = np.union1d(np.union1d(ids[0][ids[0] >= 0], owners), extra).astype(np.int64)
        cosine = index.vectors.reconstruct_batch(candidates) @ query_vector
        views = np.repeat(cosine[:, None], index.views, axis=1)
        np.maximum.at(views, (np.searchsorted(candidates, owners), index.piece_view[pieces]), piece_scores)
        dense = (cosine + views.sum(axis=1)) / (1 + index.views)
        if self.context_row and self.settings.in_context:
            in_context = self.context_vectors @ query_vector
            for i, sentence in enumerate(candidates.tolist()):
                row = self.context_row.get(sentence)
                if row is not None and in_context[row] > dense[i]:
                    dense[i] += self.settings.in_context * (in_context[row] - dense[i])
        return candidates, dense

    def _passages(self, scores: dict[int, float], skip: frozenset[int]) -> list[RankedPassage]:
        """Each passage around a candidate sentence, but those in ``skip``: its best sentence's score, plus
        some of its others'."""
        index, context = self.index, self.settings.context
        ranked = []
        for p in sorted({p for sentence in scores for p in index.passages_of[sentence]} - skip):
            members = [scores.get(s, 0.0) for s in index.passages[p].sentences]
            top = max(range(len(members)), key=members.__getitem__)
            others = sum(max(0.0, m) for i, m in enumerate(members) if i != top)
            ranked.append(RankedPassage(p, members[top] + context * others, index.passages[p].sentences[top]))
        return sorted(ranked, key=lambda r: (-r.score, r.passage))

    def _with_what_led_to_it(self, ranked: list[RankedPassage]) -> list[RankedPassage]:
        """``ranked`` with first the passage of its best sentence that has the most sentences before it: what someone
        meant by their words, or why they put it so, is what they said just before ("My own children work on the
        films. So it's like a family affair")."""
        if not ranked:
            return ranked
        sentence = ranked[0].best_sentence
        passages = self.index.passages
        holding = [r for r in ranked if sentence in passages[r.passage].sentences]
        led = max(holding, key=lambda r: (passages[r.passage].sentences.index(sentence), r.score))
        return [RankedPassage(led.passage, led.score, sentence)] + [r for r in ranked if r.passage != led.passage]

    def _gives_only_kind_asked(self, terms: QueryTerms, wants: frozenset[Wants], ranked: list[RankedPassage]) -> bool:
        """Whether the question asks only for a description ("whats the plot") or only where the news comes from
        ("source?"), and the best sentence gives it."""
        if not ranked:
            return False
        offered = self.offers[ranked[0].best_sentence]
        return any(
            kind in wants
            and kind in offered
            and all(t.word in words or t.stem in self.topic_stems for t in terms.terms)
            for kind, words in _ONLY_ASKING.items()
        )

    def _names_found(self, terms: QueryTerms, ranked: list[RankedPassage]) -> bool:
        """Whether every specific word of the question is a name the knowledge uses, found in the best passage."""
        specific = [t for t in terms.terms if t.stem not in self.topic_stems]
        if not specific or not ranked:
            return False
        stems = self.passage_stems[ranked[0].passage]
        names = self.proper_stems
        return all(t.stem in names and t.credit(stems) == 1.0 for t in specific)

    def _first_naming_someone(self, terms: QueryTerms) -> int | None:
        """The first sentence holding every one of ``terms`` when they only name someone the knowledge quotes or
        lists, else None."""
        stems = {t.stem for t in terms.terms}
        if not stems or not stems <= self.people:
            return None
        return next((i for i, held in enumerate(self.sentence_stems) if stems <= held), None)

    def _member_named(self, question: str, terms: QueryTerms, ranked: list[RankedPassage]) -> bool:
        """Whether ``question`` asks if someone the knowledge lists is in the work in view ("is she in this one
        too?"), and the best passage lists them."""
        if not ranked or not asks_membership_of_subject(question):
            return False
        stems = self.passage_stems[ranked[0].passage]
        return any(t.stem in self.listed_only and t.credit(stems) == 1.0 for t in terms.terms)

    def _by_its_star(self, question: str) -> bool:
        """Whether ``question`` names the work by someone the knowledge lists in it: "the pedro pascal kids movie"."""
        return any(
            not self.listed_only.isdisjoint(self._word_stems(match.group("words")))
            for match in _WORK_BY_ITS_STAR.finditer(question)
        )

    def _someone_unlisted_asked(self, question: str, terms: QueryTerms, wants: frozenset[Wants]) -> str:
        """The part of ``question`` asking only if someone the knowledge does not name is in the work in view, or ""
        when none does: by another name ("is Tom Cruise in it?", "is lavagirl in it"), or by their other work ("is
        the Quantico actress in the cast?"). Only the list of who is in it can answer that. One of a message's
        questions, or its last clause, may ask it ("The villain in that last Wolverine picture, Logan, is that actor
        in the Heroes film? My son said he was.")."""
        if any(t.stem in self.listed_only for t in terms.terms):
            return ""  # someone it lists: "is Sung Kang in it?"
        lexical = self.index.lexical
        for part in dict.fromkeys([question, *questions_of(question)]):
            # (only a clause asking whether is read for what it wants)
            clauses = [c for c in dict.fromkeys([part, _CLAUSE_BREAK.split(part)[-1].strip()]) if _WHETHER.match(c)]
            if not any(
                self._asks_only_whether_in_it(
                    clause, wants if clause == question else question_wants(lexical.repair_text(clause))
                )
                for clause in clauses
            ):
                continue
            if (
                _SOMEONE.search(part)
                or lexical.unknown_names(part)
                or any(t.stem not in lexical.df and not self._english(t.word) for t in terms.terms)
            ):
                return part
        return ""

    def _someone_listed_asked(self, asked: str, message: str) -> bool:
        """Whether ``asked`` (what ``message`` asks) is only whether someone the knowledge lists is in the work in
        view, whatever else the message says: "is christopher mcdonald in it? happy gilmore shooter mcgavin guy"; or
        one of its questions asks that of whom another names: "Christopher McDonald, is he the fellow from Happy
        Gilmore? Is he in this one?", "christian slater in a kids movie was NOT on my bingo card. is he really in
        it"."""
        named = asked if _PERSONAL.search(asked) is None else message  # (whom "he" stands for, the story says)
        if self.listed_only.isdisjoint(self._word_stems(named)):
            return False
        if _SPELLING_ASKED.search(asked):  # "how is YaYa Gosselin spelled in the article?": as the list writes it
            return True
        repaired = self.index.lexical.repair_text
        tail = _ASKED_OF_HIM.search(asked)  # "christopher mcdonald the golf movie guy is he in heroes"
        parts = dict.fromkeys(
            [asked, *questions_of(asked), _CLAUSE_BREAK.split(asked)[-1].strip(), *([tail.group()] if tail else [])]
        )
        return any(
            self._asks_only_whether_in_it(part, question_wants(repaired(part)))
            # or its last clause: "christopher mcdonald, the happy gilmore guy, is he in it", "Christopher McDonald
            # — shooter mcgavin himself — is he in this one"
            for part in parts
        ) or (
            # or, of several questions, one that is only names it lists: "shooter mcgavin is in a kids superhero
            # movie?? christopher mcdonald??"
            len(parts) > 1 and any(self._only_listed(part) for part in list(parts)[1:])
        ) or any(self._listed_then_described(part) for part in parts)

    def _listed_then_described(self, part: str) -> bool:
        """Whether ``part`` is names the knowledge lists, then only who is meant: "christopher mcdonald, the happy
        gilmore guy?" (not a question or a fact asked of them: "priyanka chopra, married to nick jonas?")."""
        named, *rest = _CLAUSE_BREAK.split(part, maxsplit=1)
        return (
            bool(rest) and self._only_listed(named) and not _ASKS_SOMETHING.search(rest[0]) and not asked_facts(rest[0])
        )

    def _only_listed(self, text: str) -> bool:
        """Whether ``text`` is only names the knowledge writes in lists of people: "christopher mcdonald??"."""
        stems = self._word_stems(text)
        return bool(stems) and stems <= self.listed_only

    def _asks_only_whether_in_it(self, question: str, wants: frozenset[Wants]) -> bool:
        """Whether ``question`` asks nothing but whether someone is in the work in view, which a list of who is
        in it answers ("is X in it?", "in we can be heroes": in it)."""
        if not self.lists or wants - {Wants.PERSON, Wants.PEOPLE} or not _WHETHER.match(question):
            return False
        return asks_membership_of_subject(self.index.names.normalise(question))

    def _well_known_works(
        self, question: str, in_view: bool, person_only: bool, member_named: bool, names_someone: bool
    ) -> tuple[str, ...]:
        """Well-known works the knowledge never names (``works``) that ``question`` asks about: out of view, any it
        names ("qual é melhor, stranger things ou wandinha?") unless it names someone the knowledge names, whom the
        work tells ("christopher mcdonald?? the happy gilmore guy"); in view only through whom the knowledge quotes,
        those not given as a likeness ("sin city c le meilleur film de rodriguez ?"); none in a question about the
        subject ("same guy who did Alita?" asks who directs this one) or whether someone is in it ("the mandalorian
        guy is there also?")."""
        if member_named:
            return ()
        if not in_view:
            return () if names_someone else tuple(self.works.named_in(question))
        return tuple(self.works.asked_about(question)) if person_only else ()

    def _other_works(self, question: str, works: list[str]) -> tuple[str, ...]:
        """Works ``question`` names that the knowledge never does: by a number it never writes after that
        name ("spy kids 3"; not the subject by one of its names, "wcbh 2"), or by a year it never gives ("the sky
        high movie from 2005"), or, of the words naming a work (``works``), by one that is no English word: "the
        encanto sequel", "minecraft movie"; or a new one of a work named only in passing, or where one streams: "a new
        spy kids movie", "a spy kids reboot", "the reboot of spy kids", "is spy kids on netflix?"."""
        names, lexical = self.index.names, self.index.lexical
        written = [name.lower() for name in names.found(question)]  # (the end of one: "We Can Be Heroes 1")
        numbered = [
            work for work in lexical.numbered_works(question)
            if names.remove(work) == work and not any(name.endswith(work.lower()) for name in written)
        ]
        named = [work for work in works if not self._english(work)] + lexical.dated_works(names.remove(question))
        # a new one of a work named only in passing, or where it streams: "will there be a new spy kids movie?"
        renewed = [
            match.group() for pattern in (_NEW_WORK, _REMADE_WORK, _REMADE_OF, _STREAMS_ON, _STREAMS_ON_IF)
            for match in pattern.finditer(question)
            if self._names_in_passing(match.group("name")) and not _THE_SERIES.fullmatch(match.group())
        ] if not _WHICH_IT_IS.match(question) else []  # "is it a new franchise or a spy kids spinoff?": what it is
        renewed += [
            match.group() for match in _ON_IT_IS.finditer(question)
            if self._names_in_passing(f"{match.group('name') or ''}{match.group('last')}")
        ] + [  # or a new one of a work by any word the knowledge never uses: "the new avengers movie"
            match.group() for match in _NEW_WORK.finditer(question)
            if names.remove(match.group()) == match.group() and lexical.names_other(match.group("name"))
        ]
        # a sequel to a work by a name the knowledge never uses, or a new one coming out: "Is Alita: Battle Angel
        # getting a sequel?", "when is the sequel of Enola Holmes out?", "when does the new spider-man come out" (after
        # "the", so that the work's first word counts as a name too)
        continued = [
            match.group("name")
            for pattern in (_GETS_A_SEQUEL, _SEQUEL_OF, _NEW_ONE_OUT, _OUT_NEW_ONE, _NEW_ONE_IS_OUT, _IS_IT_OUT)
            for match in pattern.finditer(question)
            if names.remove(match.group("name")) == match.group("name")
            and not _WHICH_WORK.fullmatch(match.group("name"))  # "when does the new one come out": the sequel
            and (
                lexical.unknown_names(f"the {match.group('name')}") or lexical.named_works(match.group("name"))
                # in lower case, by words the knowledge never uses: "did alita battle angel ever get a sequel", "is
                # the adam project getting a part 2"
                or self._unknown(match.group("name"))
            )
        ]
        # said to be getting one, by any word the knowledge never uses: "is it true sky high is getting a sequel"
        claimed = [
            match.group("name") for match in _IS_GETTING_A_SEQUEL.finditer(question)
            if names.remove(match.group("name")) == match.group("name")
            and lexical.names_other(match.group("name"))
        ]
        return tuple(dict.fromkeys(numbered + named + renewed + continued + claimed))

    def _asked_of_it(self, question: str) -> bool:
        """Whether ``question`` asks what the knowledge or whom it quotes says: "Explain the difference between a big
        opening weekend and completion, according to Rodriguez." (not "according to the CDC")."""
        for match in _PER_IT.finditer(question):
            who = (match.group("who") or "article").lower()
            if who in _IT_OR_HIM or not self._word_stems(who).isdisjoint(self.quoted_people | self.quoted_roles):
                return True
        return False

    def _missing_facts(self, question: str) -> tuple[str, ...]:
        """The facts about a film ``question`` asks for that the knowledge never mentions, asked of it by its words or
        by its name: "how long is the first We Can Be Heroes?" asks "how long is the first movie?"."""
        named = _WHICH_THE_MOVIE.sub(r"\1", self.index.names.normalise(question))
        facts = dict.fromkeys(asked_facts(question) + (asked_facts(named) if named != question else []))
        return tuple(fact for fact in facts if not self._mentions(FILM_FACTS[fact][1]))

    def _names_in_passing(self, words_before: str) -> bool:
        """Whether the words before a work ("a spy kids" reboot) name something the knowledge names only in
        passing, right before it: not "told Collider about the" sequel."""
        name = words_before.lower().split()
        while name and name[0] in STOPWORDS:
            name.pop(0)
        if not name or STOPWORDS & set(name):
            return False
        return not self.in_passing.isdisjoint(self._word_stems(" ".join(name)))

    def _defined_elsewhere(self, question: str, quotes: list[re.Pattern[str]]) -> bool:
        """Whether ``question`` asks what a term means that it quotes in words the knowledge never says: "what does
        'day-and-date release' mean?", "what is a 'four-quadrant' movie?" (not "what does he mean by 'through
        completion'?")."""
        term = _TERM_MEANS.search(question)
        if term and not self._word_stems(term.group("term")) <= self.index.lexical.df.keys():
            return True  # unquoted: "what does a press junket actually mean?"
        quoting = bool(quotes) and bool(_QUOTE_MARK.search(question)) and not asks_meaning(question)
        return quoting and bool(_ASKS_DEFINITION.search(question)) and not any(
            quote.search(sentence.text) for quote in quotes for sentence in self.index.sentences
        )

    def _unknown(self, text: str) -> bool:
        """Whether ``text`` names something the knowledge never does: by words (no stopwords) it never uses, typos
        allowed, all of them ("the adam project") or one that is no English word either ("alita battle angel"),
        not by a description in its own words ("her favourite superhero kids movie")."""
        df = self.index.lexical.df
        unknown = [word for word in words(text) if self._word_stems(word).isdisjoint(df)]
        return bool(unknown) and (len(unknown) == len(words(text)) or not all(map(self._english, unknown)))

    def _english(self, word: str) -> bool:
        """Whether ``word`` (each part of "follow-up") is a word of the model's English vocabulary."""
        english = self.index.lexical.dictionary
        return all(part in english or part in STOPWORDS for part in word.lower().split("-") if part)

    def _unknown_names(self, unnamed: str, works: list[str]) -> tuple[str, ...]:
        """Names the knowledge never mentions in ``unnamed`` (the question without the subject's names):
        capitalised ("Oppenheimer"), or, of the words naming a work (``works``), English ones: "the dune
        sequel", "the hypnotic movie", which may also be a paraphrase; and what a header says it is not about
        ("whats desperado about")."""
        named = [work for work in works if self._english(work)]
        # (not someone's works given as examples or to say who is meant: "his R-rated output like Sin City and
        # Machete", "same guy who did Alita?")
        unnamed = _GUESSED.sub(r"\g<asked>?", _THEIR_EXAMPLES.sub(r"\1", unnamed))
        return tuple(dict.fromkeys(
            self.index.lexical.unknown_names(unnamed) + named + self.index.names.others(unnamed)
        ))

    def _beyond_list(self, message: str, terms: QueryTerms, ranked: list[RankedPassage]) -> bool:
        """Whether ``message`` asks of someone the knowledge only lists something else than whether they are
        in it, which the best passage does not hold ("is Pedro Pascal chilean?"). Held means its own words, not
        near ones: the cast's passage says "coming of age", not how old anyone is. Words of what the message
        does not ask only say who is meant ("christopher mcdonald?? the happy gilmore guy")."""
        question = _WHO_IS_MEANT.sub(r"\2", asked_part(message))
        asked = self._word_stems(question)
        if not ranked or self.listed_only.isdisjoint(asked):
            return False
        if asks_membership(self.index.names.normalise(question)):  # "is Sung Kang in we can be heroes?"
            return False
        names_or_topic = self.proper_stems | self.topic_stems
        # "Christian Slater too?" asks only whether he is in it as well
        other = QueryTerms(tuple(
            t for t in terms.terms
            if t.stem not in names_or_topic and t.word not in _AS_WELL and (question == message or t.stem in asked)
        ))
        if not other.terms or not other.total_weight:
            return False
        stems = self.passage_stems[ranked[0].passage]
        held = sum(t.weight for t in other.terms if t.credit(stems) == 1.0) / other.total_weight
        return held < self.settings.beyond_list_held

    def _beyond_passing(self, question: str, asked: QueryTerms) -> bool:
        """Whether ``question`` names something the knowledge mentions only in passing and
        asks with a word the knowledge never uses ("who owns collider?"); words about
        the knowledge itself ("what does the article say about the Disney Channel?") ask nothing new."""
        if self.in_passing.isdisjoint(self._word_stems(question)):
            return False
        df = self.index.lexical.df
        return any(t.stem not in df and t.word not in _ABOUT_THE_TEXT | _VAGUE for t in asked.terms)

    def _kind_unsaid(
        self, question: str, wants: frozenset[Wants], ranked: list[RankedPassage], focus: float, in_view: bool
    ) -> bool:
        """Whether ``question`` asks for a kind of answer (not a description: "what did he say about Spy
        Kids?" is answered by the mention; nor a comparison or a change, seldom said in such words) that the best
        passage does not give, where that passage holds none of the question's specific words or the question
        is about something named only in passing: "who played the parents in Spy Kids?" -> "it happened with
        the Spy Kids movies"; asked not about the subject, only the sentences naming that thing count ("what
        year did the first Spy Kids movie come out?" is not answered by the subject's premiere). Names and a
        count ("how many kids does he have?") are wanted whatever the words held, and the story of something
        named only in passing is never told, nor what it is ("what is VCR exactly?")."""
        parts = questions_of(question)
        if len(parts) > 1:  # a message asking two things asks for an unsaid kind only if each of them does
            repaired = self.index.lexical.repair_text  # as in rank(): "wat" asks what
            return all(
                self._kind_unsaid(part, question_wants(repaired(part)), ranked, focus, in_view) for part in parts
            )
        passing = self.in_passing & self._word_stems(question)
        in_passing = bool(passing)
        # (the piece is "this story": "what do the VCR and the Disney channel have to do with this story?")
        story_words = _STORY_WORDS & set(words(_THIS_PIECE.sub(" ", question)))
        if in_passing and story_words and not self._names_subject(question):
            return True  # "what is the plot of Spy Kids 3-D?": the knowledge tells no story of what it names in passing
        defined = _DEFINITION.search(question) or _WHAT_IT_DOES.search(question) or (
            None if self._names_subject(question) else _ASKED_WHAT_IS.search(question)
        )
        if defined and not self.in_passing.isdisjoint(self._word_stems(defined.group("term"))):
            return True  # "what is VCR exactly?": nor what such a thing is
        wanted = wants - {Wants.DESCRIPTION, Wants.COMPARISON, Wants.CHANGE}
        if Wants.AVAILABILITY in wanted and not in_view:  # where to watch another work: where it streams now
            wanted -= {Wants.PLACE}
        if not ranked:
            return False
        sentences = self.index.passages[ranked[0].passage].sentences
        offered = frozenset().union(*(self.offers[s] for s in sentences))
        if _ASKS_NAMES.search(question) and not offered & {Wants.PERSON, Wants.PEOPLE}:
            return True  # "what are the names of his kids?" -> "My own children work on the films."
        if not wanted:
            return False
        if Wants.TIME in wanted and Wants.FREQUENCY not in wants and not in_view and not any(
            self.dated[s] for s in sentences
        ):
            return True  # "when is the last day of school this year?" -> "...before school and after school every day"
        count = _ASKS_A_COUNT.search(question)
        # how many of a kind are in something: of the subject in view, a list may answer ("how many actors are in
        # the cast?"); of anything else, only a number ("how many superheroes are in the avengers?", "how many spy
        # kids movies are there")
        counted = count and (
            count.group("counted") or count.group("owned") or count.group("magnitude") or count.group("works")
            or (None if in_view and not in_passing else count.group("member") or count.group("made"))
        )
        if counted and (Wants.NUMBER not in offered or not self._holds(counted, sentences)):
            return True  # "how many kids does he have?" -> "My own children work on the films." or "in 2022"
        if focus > 0 and not in_passing:
            return False
        if in_passing and not in_view:  # what is said of the thing named in passing, where the passage names it
            sentences = tuple(s for s in sentences if not passing.isdisjoint(self.sentence_stems[s]))
            offered = frozenset().union(*(self.offers[s] for s in sentences))
        if any(self.places[s] for s in sentences):  # "moved to Austin" names a place too
            offered |= {Wants.PLACE}
        if any(self.says_who[s] for s in sentences):  # "He told reporters from Collider"
            offered |= {Wants.PERSON}
        return not wanted & offered

    def _holds(self, word: str, sentences: tuple[int, ...]) -> bool:
        """Whether one of ``sentences`` holds ``word``, or a close synonym ("kids" for "children")."""
        terms = self.index.lexical.query_terms(word, self._neighbours if self.words is not None else None)
        stems = frozenset().union(*(self.sentence_stems[s] for s in sentences))
        return any(t.credit(stems) > 0 for t in terms.terms)

    def _place_unsaid(self, question: str, wants: frozenset[Wants], sentence: int) -> bool:
        """Whether ``question`` asks where, and ``sentence`` names no place ("where will they film it?" ->
        "He told reporters from Collider that he plans on filming..."; unless asked where it comes from), or,
        asked where something is made, no named place ("on a press tour" is not where they will shoot)."""
        if not asks_where(question):
            return False
        # "where did that come from?": his words, or words told as someone's ("filming in 2022?? where's that from")
        attributed = self.speakers[sentence] or _ATTRIBUTED.search(self.index.sentences[sentence].text)
        if asks_whence(question) and attributed:
            return False
        if asks_whence(question) or Wants.SOURCE in wants:  # "where did he say it, what outlet?"
            return not self.sources[sentence]
        if _MAKING.search(question):  # "where will they shoot it?": a named place, not "on a press tour"
            return not self.named_places[sentence]
        if asks_where_said(question):  # "where was he talking about this?": to whom, or on what occasion, is where
            return not (self.places[sentence] or self.sources[sentence] or Wants.OCCASION in self.offers[sentence])
        return not self.places[sentence]

    def _sequel_first(self, question: str, ranked: list[RankedPassage]) -> list[RankedPassage]:
        """``ranked`` with a passage about the sequel first when the question asks about the sequel and one is
        nearly as good as the best, which is not ("is her favourite superhero kids movie getting a part two?" ->
        "Netflix ordered a sequel", not "a superhero fantasy following the children...")."""
        if not ranked or not names_sequel(question, self.topic_words) or self.on_sequel[ranked[0].best_sentence]:
            return ranked
        # the next two sentences, past the other windows around the best one
        seen = {ranked[0].best_sentence}
        for i, candidate in enumerate(ranked[1:], start=1):
            if candidate.best_sentence in seen:
                continue
            if self.on_sequel[candidate.best_sentence] and candidate.score >= ranked[0].score - self.settings.sequel:
                return [candidate, *ranked[:i], *ranked[i + 1:]]
            seen.add(candidate.best_sentence)
            if len(seen) > 2:
                break
        return ranked

    def _sequel_unsaid(self, question: str, sentence: int) -> bool:
        """Whether ``question`` asks about a sequel that ``sentence`` does not speak of, in knowledge that
        speaks of a sequel elsewhere (so the sentence is about the first film); or asks its story, and no
        sentence tells the sequel's story ("what's the sequel about?" -> "no release date for the sequel")."""
        on_sequel = self.on_sequel
        if not names_sequel(question, self.topic_words) or not any(on_sequel):
            return False
        if _BOTH_FILMS.search(question):  # "happy with how the first movie went and about making the next one?"
            return False
        if asks_story(question) and _FIRST_FILM.search(question):  # "never seen the first one whats it about"
            return False
        if not on_sequel[sentence]:
            return True
        return asks_story(question) and not self.sequel_story_told

    def _mentions(self, phrases: tuple[str, ...]) -> bool:
        """Whether the knowledge writes any of ``phrases`` (every word of it, as written: "rated" is not
        "rate", "box office" is not "boxes")."""
        return any(all(word in self.surface for word in phrase.split()) for phrase in phrases)

    def _names_subject(self, question: str, *, people: bool = True) -> bool:
        """Whether ``question`` names what the knowledge is about: one of its subject's names, a word of a
        title, or whom it quotes, by name or by the role it gives him ("how director feels"; typos repaired). A
        name it mentions in passing ("Disney channel", a cast list) does not: "what did Disney's CEO say on the
        earnings call?" is about Disney. Without ``people``, neither whom it quotes nor a party its title names
        ("Netflix") count."""
        if self.index.names.remove(question) != question:
            return True
        if people:
            named = self.topic_stems | self.quoted_people | self.quoted_roles
        else:
            named = self.topic_stems - self.context_stems
        if not named.isdisjoint(stem for stem in self._word_stems(question) if not stem.isdigit()):
            return True
        # a number of its title names it alone, after a word of it or a film's: "when is 2 out", "heroes 2", "part 2"
        # (not "world war 2")
        return any(
            match.group("number") in named and (
                not match.group("before") or match.group("before").lower() in STOPWORDS | _NUMBERED
                or not self.topic_stems.isdisjoint(self._word_stems(match.group("before")))
            )
            for match in _NUMBER_AFTER.finditer(question)
        )

    def _focus_coverage(self, terms: QueryTerms, ranked: list[RankedPassage]) -> float:
        """How much of what is specific in the question the best passage holds: not a title word, and
        not a bare number ("who won the 2022 world cup?" shares only "2022" with the filming date)."""
        skip = self.topic_stems | {t.stem for t in terms.terms if t.word.isdigit()}
        total = sum(t.weight for t in terms.terms if t.stem not in skip)
        if not total:
            return 1.0
        if not ranked:
            return 0.0
        return terms.found(self.passage_stems[ranked[0].passage], skip=skip) / total


# Asking where a work is made: a named place answers ("in Austin"), whereabouts do not ("on a press tour").
_MAKING = re.compile(r"\b(shot|shoot|shooting|film|filmed|filming|produced|made|set)\b", re.IGNORECASE)
# Names of people, plural: "the name of" asks as often for a thing's ("the name of the site he talked to").
_ASKS_NAMES = re.compile(
    r"\bnames of\b|\bwhat (are|were) ([\w']+ ){0,3}names\b"  # "what are rodriguez's kids' names"
    r"|(^|,|[.?!]\s)\s*(their |the )?names\W*$|\b(give|list|tell) (me |us )?(their |the )?names\b|\bname them\b"
    # which ones of several: "which of his kids work on it?"
    r"|\bwhich (ones? )?of (his|her|their|the) (own )?(kids|children|sons|daughters)\b",
    re.IGNORECASE,
)
# "how many kids does he have?", "how many of rodriguez's kids work on it?"
_ASKS_A_COUNT = re.compile(
    r"\bhow many (?P<counted>\w+) (does|do|did) (\w+ ){1,3}(have|had|own)\b"
    r"|\bhow many (of )?(\w+'s|his|her|their) (?P<owned>\w+)\b"
    r"|\bhow many (?P<magnitude>millions?|thousands?|billions?|hundreds?)\b"  # "how many million households..."
    r"|\bhow many (?P<member>\w+) (are|were|is) (there )?in\b"  # "how many superheroes are in the avengers"
    r"|\bhow many (\w+ ){0,2}(?P<made>\w+) (came out|come out|were (released|made)|are there|exist)\b"
    # "how many robert rodriguez movies has danny trejo been in"
    r"|\bhow many (\w+ ){0,3}(?P<works>movies|films|shows) (has|have|did|does) (\w+ ){1,3}"
    r"(been in|made|done|directed)\b",
    re.IGNORECASE,
)
# How many people are in the work in view: its list of names answers
_COUNTS_ITS_CAST = re.compile(
    r"\bhow many (actors|actresses|people|stars|cast members|names|celebrities|famous (people|actors))\b"
    r"(?!.*\b(kids|children)\b).{0,30}\b(cast|stars?|starring|in (it|this|the (movie|film))|listed|acting)\b",
    re.IGNORECASE,
)
# The work named by someone in it: "the pedro pascal kids movie"
_WORK_BY_ITS_STAR = re.compile(r"\b(the|that|this) (?P<words>([\w'-]+ ){1,4})(movie|film|flick)\b", re.IGNORECASE)
# The subject in view by more than a pronoun ("what other movies are like that?" may be about any film)
_NAMES_IT = re.compile(
    r"\b(he|him|his|the (movie|film|sequel|first (one|movie|film)|original|director|cast|article|interview)"
    r"|(this|that) (movie|film|picture|flick))\b",
    re.I,
)
# Whether the work in view is one thing or another: "is it a brand new franchise or a spy kids spinoff?"
_WHICH_IT_IS = re.compile(r"^\W*(is|was) (it|this|this one|the (movie|film|sequel|new one))\b.*\bor\b", re.IGNORECASE)
# Who makes a film, besides the role the knowledge gives whom it quotes
_MAKERS = {"filmmaker", "helmer", "auteur"}
# Whether this film's maker is the one who made another work, which only who made this one answers: "is this the same
# dude who made Desperado and From Dusk Till Dawn?"
_SAME_MAKER = re.compile(
    r"\b(is|isn't|isnt|was|wasn't) (it|this|that|he) (also |really |even )?the same "
    r"(guy|dude|man|person|fellow|gentleman|bloke|one|director|filmmaker) (who|that) "
    r"(did|does|made|makes|directed|directs|created|wrote|was behind)\b[^?.!]*",
    re.IGNORECASE,
)
# Words that do not begin or make a work's name: "the children of director", "the guy who directed it"
_NOT_A_NAME = r"(?!(of|the|a|an|and|or|in|on|to|for|with|his|her|its|their|it|this|that|them|these|those)\b)"
# Where a clause of a message ends: a comma, or a dash set off by spaces
_CLAUSE_BREAK = re.compile(r",|\s[\u2014\u2013-]+\s")
# Someone meant by what they are or did: "the Mandalorian guy", "the actress from Babel"
_SOMEONE = re.compile(
    r"\b(guy|dude|man|woman|lady|girl|boy|actor|actress|fella|fellow|bloke|chap|gentleman)\b", re.IGNORECASE
)
# A "who" after whom it describes asks nothing: "is the guy who played shooter mcgavin in it?"
_RELATIVE_WHO = (
    r"(?<!man )(?<!guy )(?<!woman )(?<!lady )(?<!actor )(?<!actress )(?<!girl )(?<!boy )(?<!kid )(?<!one )"
    r"(?<!fellow )(?<!person )(?<!dude )(?<!chap )(?<!bloke )"
)
# A question of whether, with no other question in it: "is the guy from Narcos in the cast?"
_WHETHER = re.compile(
    rf"\W*(is|was|are|were|does|did|will|would)\b(?!.*\b(whom|what|which|when|where|why|how)\b)(?!.*{_RELATIVE_WHO}\bwho\b)"
    # a statement asked: "shooter mcgavin is in this?"
    r"|^(?!.*\b(who|whom|what|which|when|where|why|how)\b)[^?]*\b((is|are) (also )?(in (it|this|this one)|there)"
    r"|(also )?(plays|acts))( also| too| as well)?\W*\?",  # (as learners ask it: "Sung Kang plays also?")
    re.I,
)
# The thing a description is asked of: "how does he describe his life", "how would you characterise the vibe"
_DESCRIBED = re.compile(
    r"\b(describe[sd]?|describing|characteri[sz]e[sd]?|sum(s|med)? up) (his|her|their|the|its) (?P<thing>[a-z]+)\b",
    re.IGNORECASE,
)
# Words that name nothing in particular: "what's a vcr got to do with anything?"
_VAGUE = frozenset({"anything", "something", "everything", "nothing", "stuff", "thing", "things", "whatever"})
# After a name, they ask nothing but whether that one is in it (as well): "Christian Slater too?", "slater yes or no"
# "who else besides pedro"; "and" in the languages read: "taylor dooley et vivien blair ?"
_AS_WELL = frozenset({"also", "too", "yes", "no", "else", "besides", "et", "e", "y"})
# Ending a message, who is meant by the name before: "chris mcdonald the happy gilmore guy??" (not asked whether
# someone is that one: "is pedro pascal the mandalorian guy?")
_WHO_IS_MEANT = re.compile(
    r"^(?!\W*(is|was|are|isn'?t|wasn'?t)\b)(\W*[\w'-]+(\s+[\w'-]+){0,2}?)\W*\s+(the|that) ([\w'-]+ ){1,3}(guy|girl"
    r"|lady|man|woman|actor|actress|dude|kid|one)\W*$",  # (a name of three words at most before it)
    re.IGNORECASE,
)
# Words about the knowledge and what it says, not about the world: "what role does Disney play in his remarks?"
_ABOUT_THE_TEXT = frozenset({
    "article", "piece", "story", "text", "post", "news", "mention", "mentions", "mentioned", "remark", "remarks",
    "comment", "comments", "quote", "quotes", "say", "says", "deal", "reference", "referenced", "comparison", "point",
    "role", "play", "plays",  # "what role does it play in..."
    "bit", "part", "bits", "parts",  # "whats the VCR bit about"
    "context", "connection",  # "disney channel is mentioned?? in what context"
    # where it was told: "collider interview or some other site"
    "interview", "interviews", "site", "website", "outlet", "source", "sources",
})
_NEW_WORK = re.compile(
    r"\b(new|next|another|upcoming|latest) (?P<name>([\w'-]+ ){1,3})(movie|film|sequel|reboot|remake|installment"
    r"|season|series|show)s?\b",
    re.IGNORECASE,
)
# A work made again or continued: "is there gonna be a spy kids reboot on netflix?"
_REMADE_WORK = re.compile(
    r"\b(?P<name>([\w'-]+ ){1,3})(sequel|reboot|remake|prequel|spin-?off|revival|series|show)s?\b", re.IGNORECASE
)
# ... but not the films it names, as a series: "specifically the Spy Kids series"
_THE_SERIES = re.compile(r"the ([\w'-]+ ){1,3}series", re.IGNORECASE)
# ... or named after it: "le reboot de spy kids sur netflix il vaut le coup ?", read "the reboot of spy kids"
_REMADE_OF = re.compile(
    r"\b(sequel|reboot|remake|prequel|spin-?off|revival) (of|to) (the )?(?P<name>[\w'-]+( [\w'-]+)?)", re.IGNORECASE
)
# Where a work streams: "is spy kids on netflix right now?", "si spy kids está en netflix" (read "is in netflix")
_ON_A_SERVICE = rf"(still |now )?(on|in|streaming on|available on) {STREAMING_SERVICES}\b"
_STREAMS_ON = re.compile(rf"\b(is|are) (the )?(?P<name>([\w'-]+ ){{1,3}}){_ON_A_SERVICE}", re.IGNORECASE)
# ... with the service first: "su netflix italia c'è ancora spy kids?", read "on netflix italia there is still spy kids"
_ON_IT_IS = re.compile(
    rf"\b(on|in) {STREAMING_SERVICES}( [\w'-]+)? (is there|there is|there's|is|has|have) (still |now |already )?"
    r"(?P<name>([\w'-]+ ){1,3})?(?P<last>[\w'-]+)(?=\W*$|\W*[,.;?!])",
    re.IGNORECASE,
)
# ... asked after "if": "does anyone know if the old Spy Kids films are on Netflix?"
_STREAMS_ON_IF = re.compile(
    rf"\b(if|whether) (the )?(?P<name>([\w'-]+ ){{1,4}})(is|are) {_ON_A_SERVICE}", re.IGNORECASE
)
# The asker's guess after a question: "Which outlet was he speaking with, was it Variety?"
_GUESSED = re.compile(
    r"^(?P<asked>\W*(which|what|who|whom|where|when|how)\b[^?.!]*?)[,;]\s*(or )?(was|is|were) it (maybe |perhaps "
    r"|like |just |actually )?[^?.!,]{1,40}\?",
    re.IGNORECASE,
)
# Someone's works given as examples or to say who is meant, and a guess offered: "as much to him as his R-rated output
# like Sin City and Machete", "same guy who did Alita?", "promoting something, like the Boba Fett show or what?"
_THEIR_EXAMPLES = re.compile(
    r"(\b(his|her|their|something|anything)\b[^,.;?!]{0,40}?\b(like|such as|e\.?g\.?|including)"
    r"|\b(guy|man|person|one|director) (who|that) (did|made|directed|wrote))\s+[^,.;?!]*",
    re.IGNORECASE,
)
# A sentence telling whose words it gives: "... will begin filming in 2022 according to director Robert Rodriguez"
_ATTRIBUTED = re.compile(r"\baccording to\b|\b(he|she|they) (said|told)\b|\btold (reporters|\w+) ", re.IGNORECASE)
# Whether a work gets a sequel: "is the super mario bros movie getting a sequel", "will it get a follow-up?"
_GETS_A_SEQUEL = re.compile(
    r"^\W*(is|are|will|does|did|has|have)\s+(?!(it|it's|its) (true|real|confirmed)\b)(?P<name>.+?)\s+(ever\s+)?"
    r"(getting|get|gets|going to get|gonna get|have|has)\s+(a|another|its)"
    r"\s+(sequel|follow-?up|part (2|two|ii)|second (movie|film|part))\b",
    re.IGNORECASE,
)
# ... or said to be, in a claim to check: "is it true sky high is getting a sequel on disney+"
_IS_GETTING_A_SEQUEL = re.compile(
    r"\b(?P<name>((?!(it|is|that|true|heard|said|are)\b)[\w'-]+ ){0,3}(?!(it|that|true)\b)[\w'-]+) (is|are)"
    r" (getting|gonna get|going to get|to get) (a|another) (sequel|follow-?up|part (2|two|ii)|reboot|remake)\b",
    re.IGNORECASE,
)
# A sequel asked of a work by its name: "when will the sequel of Enola Holmes come out?"
_SEQUEL_OF = re.compile(
    r"\b(sequel|follow-?up|part (2|two|ii)|second (movie|film|part))\s+(of|to|for)\s+"
    r"(?!(this|that|these|those|it|its|his|her|their|them|him|us|me|the (movie|film|first|original|one))\b)"
    # (not what is to be done: "asked for a second film to be made")
    r"(?!(be|get|make|come|happen|start|begin|film|shoot|release|go|have|do)\b)"
    r"(?P<name>[\w'-]+(\s+[\w'-]+){0,3}?)"
    r"(?=\s*([?.!,;:]|$|\s+(come|comes|coming|came|be|on|in|out|when|will|is|was|already|yet|release|released"
    r"|arrive|arrives|arriving|drop|drops|hit|hits)\b))",
    re.IGNORECASE,
)
# A new work by its name coming out: "when does the new spider-man come out", "when new spiderman comes to netflix"
_NEW_ONE_OUT = re.compile(
    r"\b(the|when) (new|next|upcoming|latest) (?P<name>[\w'-]+( [\w'-]+){0,2}?) (come|comes|coming|came|release"
    r"|released|releases|drop|drops|dropping|dropped|premiere|premieres|out)\b",
    re.IGNORECASE,
)
# Words saying which work, naming none: "the new one", "the next movie", "the upcoming sequel"
_WHICH_WORK = re.compile(
    r"(one|ones|movie|movies|film|films|flick|sequel|sequels|part|installment|instalment|chapter|episode|season|series)"
    r"( (2|two|ii))?",
    re.IGNORECASE,
)
# ... or already out: "the new spider-man no way home already is in theaters?"
_NEW_ONE_IS_OUT = re.compile(
    r"\bthe (new|next|latest) (?P<name>[\w'-]+( [\w'-]+){0,3}?) (already |now |still )?(is|are) (in|on|out)\b",
    re.IGNORECASE,
)
# ... or asked whether it is out by its name alone: "is spider-man no way home out yet"
_IS_IT_OUT = re.compile(
    r"^\W*(is|are) (?P<name>[\w'-]+( [\w'-]+){0,4}?) (out|released|streaming) (yet|already|now|anywhere)\b",
    re.IGNORECASE,
)
# ... named after it, as learners order it: "when will come out the new spiderman"
_OUT_NEW_ONE = re.compile(
    r"\b(come|comes|coming|out|release|released|drop|drops|premiere|premieres) (out )?the (new|next|upcoming|latest)"
    r" (of the |from the )?(?P<name>[\w'-]+( [\w'-]+){0,2}?)(?=\W*$|\s*[,;] | (movie|film)\b)",
    re.IGNORECASE,
)
# A number and the word before it, if any: "heroes 2", "world war 2", "is 2 out"
_NUMBER_AFTER = re.compile(r"(?:\b(?P<before>[\w'-]+)\W+|^\W*)(?P<number>\d+)\b")
# A name of the film read "the movie" after the words saying which one: "the first the movie" is "the first movie"
_WHICH_THE_MOVIE = re.compile(r"\b(the (first|1st|original|og|second|2nd|new|next) )the (?=movie\b)", re.IGNORECASE)
# Whose account a question asks for: "according to Rodriguez", "per the article", "in this article"
_PER_IT = re.compile(
    r"\b(according to|accordin to|acc to|per|in the words of) (the |his )?(?P<who>[\w'-]+)"
    r"|\b(in|from) (the|this) (article|piece|text|interview)\b",
    re.IGNORECASE,
)
_IT_OR_HIM = frozenset({"him", "he", "them", "article", "piece", "text", "interview", "director", "filmmaker"})
# What a film's number follows: "part 2", "the film 2", "o filme 2"
_NUMBERED = frozenset({"part", "pt", "movie", "film", "filme", "película", "pelicula", "peli", "one", "flick",
                       "sequel", "chapter", "installment", "instalment", "vol", "volume", "number", "no"})
# What the film itself is about, not something it mentions: "what's the movie even about" (not "what was that about")
_STORY_OF_IT = re.compile(
    r"\b(plot|premise|synopsis|storyline|log ?line|genre|(the|its) pitch"
    r"|(movie|film|it|one|original)( even| actually| really)? about"
    r"|(kind|sort|type) of (movie|film) is( it| this|(?=\W*$))"  # (or with its "it" dropped)
    r"|what happens in (it|this|th(e|is|at) (first |original )?(movie|film|one))"
    # its story named as such: "what is the story of first part shortly"
    r"|story (of|in) (it|this|th(e|is|at) (first |original )?(movie|film|one|part)"
    r"|(first|original) (movie|film|one|part)))\b",
    re.I,
)
# Asking what something is about: "is it about kid superheroes or grownups"
_ABOUT = re.compile(r"\b(about|abt)\b", re.I)
# What the film's characters do or go through, which its story tells: "what are the kids in the movie doing", "what's
# the kids' arc", "what do the kids figure out", "who are the kids parents in the movie" (not the kids watching it,
# nor the cast's own kids)
_ITS_CHARACTERS = re.compile(
    r"\b(kids|children|characters|heroes|superheroes|superkids|parents|moms|dads|mothers|fathers) in (the |this )?"
    r"(movie|film|story"
    r"|first (one|movie|film))\b"
    r"|\bthe (kids|children|characters) in it\b"  # (not "are his kids in it")
    r"|\b(kids'?|children'?s?|characters'?) arcs?\b|\bwhat (happens|happened) to the (kids|children|characters)\b"
    r"|\bwhat (do|does|did) the (kids|children|characters|superkids) (\w+ )?(figure out|discover|learn|find out"
    r"|go through)\b"
    r"|\b(do|does|did|will) the (kids|children|characters|superkids|girls|boys) (\w+ )?(get|have|gain|discover|find)"
    r" (\w+ ){0,2}(super ?)?powers?\b",  # "do the kids get powers or just the parents"
    re.I,
)
# A question about the sequel and something else: "his mood about the sequel and the data"
_BOTH_FILMS = re.compile(
    r"\b(first|original|1st) (movie|film|one)\b|\bsequel and\b"
    r"|\band (about )?(the )?(sequel|next one)\b",
    re.IGNORECASE,
)
_DEFINES = re.compile(r"^\W*[A-Z][\w' ]+ (is|are) an? ")  # a definition: "We Can Be Heroes is a superhero fantasy"
# A streaming service by name: "netflix", "disney plus", "disney+"
_SERVICE = re.compile(rf"\b{STREAMING_SERVICES}( ?\+| plus)?(?!\w)", re.IGNORECASE)
# A name in full: two or three capitalised words, "Robert Rodriguez", "YaYa Gosselin", "Christopher McDonald"
_FULL_NAME = re.compile(r"\b[A-Z][a-z]*[A-Z]?[a-z]+(?: [A-Z][a-z]*[A-Z]?[a-z]+){1,2}\b")
_SOMEONE_OPENS = re.compile(r"\W*(he|she)\b", re.IGNORECASE)
# The kind a question opens by asking ("when do kids watch it?"): a sentence giving it is preferred to one
# only sharing its words ("Kids will just not stop watching it."). Not "how many": any number word offers one.
_OPENINGS = [
    (kind, re.compile(rf"^\W*(so |and |ok |but )?({opening})\b", re.IGNORECASE))
    for kind, opening in [
        (Wants.TIME, "when|wen"), (Wants.PERSON, "who|whom|whose|who's|whos"), (Wants.PLACE, "where|wheres|where's"),
        (Wants.REASON, "why|how come"),
    ]
]
_STORY_WORDS = frozenset({"plot", "story", "storyline", "premise", "synopsis", "logline"})
# "the first one", "the first movie": the subject named against its sequel, in words the knowledge never uses
# ("was the first one a hit or a flop?" asks whether it was a hit)
_FIRST_FILM = re.compile(r"\b(the )?(first|og) (one|movie|film|flick)\b", re.IGNORECASE)
# The question asked of whom a message names first, without a comma: "christopher mcdonald the golf movie guy is he
# in heroes"
_ASKED_OF_HIM = re.compile(r"\b(is|was|does|did) (he|she|they)\b[^?]*\??$", re.I)
# How a name is written: "how is YaYa Gosselin spelled in the article? capital Y twice?"
_SPELLING_ASKED = re.compile(r"\b(spell|spelled|spelt|spells|spelling|capitali[sz]ed|capital letters?)\b", re.I)
# What a term means, asked: "what does 'X' mean", "what is a 'X' movie?"
_ASKS_DEFINITION = re.compile(
    r"\bwhat('?s| is| are| does| do)?\b.*\bmeans?\b|\bwhat('?s| is| are) (an? |the )?['\"\u2018\u201c]"
    r"|\bwhat (on earth |in the world |the heck |exactly )?(is|are) (it|that|this|they|those)\b",  # after the quote
    re.IGNORECASE,
)
# What a term means, asked of it alone: "what does a press junket actually mean" (not "what does he mean by it")
_TERM_MEANS = re.compile(
    r"^\W*what (does|do) (an? |the )?((word|term|phrase|expression) )?"
    r"(?P<term>(?!(he|she|they|it|that|this|rodriguez|netflix)\b)[\w -]{2,30}?)"
    r" (actually |even |really |exactly )?mean\b",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile(r"['\"\u2018\u2019\u201c\u201d]\w|\w['\"\u2018\u2019\u201c\u201d](\W|$)")  # a quotation
# Whom or what a question points back to in the story before it: "that name", "she"
_BACK_TO_STORY = re.compile(
    r"\b(that|those) (name|person|one|guy|girl|lady|man|woman|actor|actress|kid)s?\b"
    r"|\b(she|her|hers|herself|they|them|their)\b"
    r"|\b(that's|thats|that is|is that|was that|that was)\b",  # "Does the article say that's common?"
    re.I,
)
# What a thing is, asked of it alone: "what even is a VCR", "what is VCR exactly, my parents had one"
_DEFINITION = re.compile(
    r"^\W*(what|wat|wut)( even)?('?s| is| are)( even)? (an? |the )?(?P<term>[\w-]+( [\w-]+)?)( exactly| even| anyway)?"
    r"\W*($|[,.?!]|\b(lol|my|exactly)\b)",
    re.IGNORECASE,
)
# ... or what it does: "what does Collider actually cover, is it just movie news or TV too"
_WHAT_IT_DOES = re.compile(
    r"^\W*what (does|do) (the )?(?P<term>[\w-]+( [\w-]+)?) (actually |even |really |usually )?(cover|do|make|sell"
    r"|publish|write about)\b",
    re.IGNORECASE,
)
# ... or asked by someone else: "my granddaughter asked me what a VCR was ... How did they work exactly?"
_ASKED_WHAT_IS = re.compile(
    r"\b(asked|asks|asking|wondering|wonders|wondered|explain|explaining) (me |us |him |her |them )?what (an? |the )?"
    r"(?P<term>[\w-]+( [\w-]+)?) (is|was|are|were)\b",
    re.IGNORECASE,
)
# The piece itself, as a reader calls it: "what do the VCR and the Disney channel have to do with this story?"
# (or a story someone tells, an anecdote: "the VCR story he tells", "the story of VCR and Disney channel that he tells")
_THIS_PIECE = re.compile(rf"\bthis (story|article|piece)\b|\bstory\b[^?.!]{{0,60}}? {TOLD_BY_SOMEONE}\b", re.I)
# A word that asks: what follows a name asks something of them, not only who they are
_ASKS_SOMETHING = re.compile(
    r"\b(who|whom|what|when|where|why|how|which|is|are|was|were|does|did|do|has|have|had|will|can|could)\b", re.I
)
# Quoted words a question rules out as its answer: "like real numbers, not 'off the charts'"
_RULED_OUT_QUOTE = re.compile(r"\b(not|other than|besides|beyond|instead of|rather than)\W*[\"'\u201c\u2018]", re.I)
_PERSONAL = re.compile(r"\b(he|she|him|his|her|hes|shes|director|filmmaker|actor|actress)\b", re.IGNORECASE)
_GROUP_PRONOUNS = frozenset({"they", "we", "you"})
_THEY = re.compile(r"\b(they|their|them|they've|they're|theyre)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(i|i'm|i've|i'd|i'll|my|me|mine|myself)\b", re.IGNORECASE)


def _undescribed(text: str) -> str:
    """``text`` without its sentences that only say who is meant: "boyd holbrook? the logan villain guy"."""
    return " ".join(
        sentence for sentence in MESSAGE_SENTENCE_END.split(text)
        if not _SOMEONE.search(sentence) or _ASKS_SOMETHING.search(sentence)
    )


def _without_part(text: str, part: str) -> str:
    """``text`` without ``part`` of it: nothing when ``part`` holds it all, all of it when ``part`` is empty."""
    if not part:
        return text
    return "" if text in part else text.replace(part, " ")


def _put_first(scores: dict[int, float], sentences: list[int], margin: float) -> None:
    """Score ``sentences`` ``margin`` above the best score so far: a rule has found what answers."""
    top = max(scores.values(), default=0.0)
    scores.update(dict.fromkeys(sentences, top + margin))


def _plain(text: str) -> str:
    return " ".join(text.strip("'\"\u2018\u2019\u201c\u201d \n\t").casefold().split())


# Words that ask only for one kind of answer about the subject: "plot?", "the premise in one line?", "source?"
_ONLY_ASKING = {
    Wants.DESCRIPTION: DESCRIPTION_WORDS,
    Wants.SOURCE: frozenset({"source", "sources", "sourcing", "sourced", "outlet", "publication", "info", "news"}),
}


# Kinds of answer that tell the answering sentence apart when ranking, but alone put no question in view: a
# comparison ("are the kid movies as important to him as his other ones" -> "...as much to him as any of his darker,
# more mature work"; not "netflix vs max which one has more documentaries").
_RANKING_ONLY = frozenset({Wants.COMPARISON})
_TELLS_APART = DISTINCTIVE | _RANKING_ONLY


def _distinctive(in_view: bool, elliptical: bool) -> frozenset[Wants]:
    """The kinds of answer that tell the answering sentence, for a question so pointed at the subject."""
    if in_view:
        return DISTINCTIVE_IN_VIEW
    return DISTINCTIVE_ELLIPTICAL if elliptical else DISTINCTIVE
