"""newskg_paragraphs: a line break ends a sentence (headlines and datelines have no full stop);
a company's dotted legal form before a lower-case word does not ("Gagnaver ehf. and Varmaveita")."""

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import legal_forms_with_dots


@Language.component("newskg_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    legal = legal_forms_with_dots()
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_space:
            doc[token.i + 1].is_sent_start = True
        elif token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif token.text in legal and not doc[token.i + 1].text[:1].isupper():
            doc[token.i + 1].is_sent_start = False
    return doc
