"""newskg_paragraphs: a line break ends a sentence (headlines and datelines have no full stop)."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newskg_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_space:
            doc[token.i + 1].is_sent_start = True
        elif token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc
