"""Chunking keeps exact offsets, whole sentences, and passages under the citation limit."""

from __future__ import annotations

from itertools import pairwise

from retrieval.chunking import (
    ChunkingSettings,
    chunk_documents,
    in_context,
    make_passages,
    quoted,
    refers_back,
    split_paragraphs,
    split_sentences,
    word_runs,
)
from retrieval.schema import Document

from .conftest import KNOWLEDGE_DIR

ARTICLE = (KNOWLEDGE_DIR / "we-can-be-heroes-2.md").read_text(encoding="utf-8").split("---\n", 2)[2]


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_every_sentence_is_the_exact_span_of_its_offsets():
    sentences = split_sentences(ARTICLE)
    assert sentences
    for sentence in sentences:
        assert ARTICLE[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


def test_sentences_are_in_order_and_do_not_overlap():
    sentences = split_sentences(ARTICLE)
    for before, after in pairwise(sentences):
        assert before.end < after.start


def test_elision_marker_stays_with_the_sentence_before_it():
    assert texts("Filming starts in 2022, he said. [...]\n\nNext paragraph.") == [
        "Filming starts in 2022, he said. [...]",
        "Next paragraph.",
    ]


def test_abbreviations_do_not_end_a_sentence():
    assert texts("Dr. Smith met Mr. Jones at 5 p.m. on Jan. 5 in the U.S. office. They talked.") == [
        "Dr. Smith met Mr. Jones at 5 p.m. on Jan. 5 in the U.S. office.",
        "They talked.",
    ]


def test_a_quotation_of_several_sentences_is_split_into_them_with_its_marks_kept():
    assert texts('He said: "It works. Kids love it." Then he left.') == [
        'He said: "It works.',
        'Kids love it."',
        "Then he left.",
    ]


def test_curly_quotes_are_kept_at_sentence_edges():
    assert texts("\u201cIt never stops.\u201d That is what they said.") == [
        "\u201cIt never stops.\u201d",
        "That is what they said.",
    ]


def test_paragraphs_are_separated_by_blank_lines_with_offsets():
    text = "One.\n\n  Two here.\n \nThree."
    assert [text[s:e] for s, e in split_paragraphs(text)] == ["One.", "Two here.", "Three."]


def test_a_sentence_longer_than_the_limit_is_cut_at_a_clause_or_word_boundary():
    text = "word, " * 150 + "end."
    pieces = split_sentences(text, max_chars=200)
    assert all(len(p.text) <= 200 for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert "".join(p.text for p in pieces).replace(" ", "") == text.replace(" ", "")


def test_passages_are_whole_sentences_of_one_paragraph_within_the_limit():
    settings = ChunkingSettings(max_chars=500, window=3)
    document = Document(path="a.md", title="A", text=ARTICLE)
    sentences, passages = chunk_documents([document], settings)
    starts = {s.start for s in sentences}
    ends = {s.end for s in sentences}
    for passage in passages:
        assert ARTICLE[passage.start : passage.end] == passage.text
        assert len(passage.text) <= 500
        assert passage.start in starts and passage.end in ends
        assert 1 <= len(passage.sentences) <= 3
        assert len({sentences[i].paragraph for i in passage.sentences}) == 1


def test_every_sentence_can_be_cited_on_its_own():
    sentences = split_sentences(ARTICLE)
    passages = make_passages(sentences, ChunkingSettings(), ARTICLE)
    assert {p.sentences for p in passages} >= {(i,) for i in range(len(sentences))}


def test_offsets_of_later_documents_point_into_their_own_text():
    docs = [Document("a.md", "A", "First doc. Two."), Document("b.md", "B", "Other one.\n\nSecond para.")]
    sentences, passages = chunk_documents(docs, ChunkingSettings())
    for passage in passages:
        assert docs[passage.doc].text[passage.start : passage.end] == passage.text
    assert [s.doc for s in sentences] == [0, 0, 1, 1]


def test_a_long_sentence_is_also_seen_as_overlapping_runs_of_words():
    text = "Netflix ordered a sequel shortly after it premiered last year and the studio is eager"
    runs = word_runs(text, 6)
    assert runs[0] == "Netflix ordered a sequel shortly after"
    assert runs[-1].endswith("studio is eager")
    assert all(len(run.split()) == 6 for run in runs)
    assert any("premiered last year" in run for run in runs)  # the clause that answers "when did it come out?"


def test_a_sentence_no_longer_than_a_run_has_no_runs():
    assert word_runs("It just will not stop.", 6) == []


def test_sentences_inside_a_quotation_are_known_as_quoted():
    text = 'He said it. "They love it. They call it unstoppable," he said. Then he left.\n\nA "word" here.'
    sentences = split_sentences(text)
    flags = dict(zip((s.text for s in sentences), quoted(text, sentences), strict=True))
    assert flags['"They love it.'] is True
    assert flags['They call it unstoppable," he said.'] is True
    assert flags["He said it."] is False
    assert flags["Then he left."] is False
    assert flags['A "word" here.'] is False


def test_a_sentence_refers_back_when_a_pronoun_opens_it():
    assert refers_back('They call it unstoppable," he said.')
    assert refers_back("So yeah, they definitely want a sequel.")
    assert refers_back("That behaves very differently.")
    assert not refers_back("Netflix ordered a sequel to We Can Be Heroes shortly after it premiered last year.")
    assert not refers_back("Kids will just not stop watching it.")  # "it" is not what the sentence is about


def test_a_sentence_that_refers_back_is_read_after_the_first_sentence_of_its_paragraph():
    text = "Netflix ordered a sequel. The studio is eager. They call it unstoppable.\n\nThey love it."
    sentences = split_sentences(text)
    assert in_context(sentences) == {2: "Netflix ordered a sequel. They call it unstoppable."}  # not across paragraphs
