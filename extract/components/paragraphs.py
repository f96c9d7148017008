"""newskg_paragraphs: a line break ends a sentence (headlines and datelines have no full stop);
a company's dotted legal form before a lower-case word does not ("Gagnaver ehf. and Varmaveita"),
nor a sum's dotted scale word ("210 mln. eurų", "9,6 mld. Kč")."""

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import legal_forms_with_dots, scales_with_dots


@Language.component("newskg_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    legal, scales = legal_forms_with_dots(), scales_with_dots()
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_space:
            doc[token.i + 1].is_sent_start = True
        elif token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif token.text in legal and not doc[token.i + 1].text[:1].isupper():
            doc[token.i + 1].is_sent_start = False
        elif token.text == "." and token.i >= 2 and doc[token.i - 1].lower_ in scales and doc[token.i - 2].like_num \
                and not doc[token.i + 1].is_stop:  # (the currency follows, not "The")
            doc[token.i + 1].is_sent_start = False
    return doc
