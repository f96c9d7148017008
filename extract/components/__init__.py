"""Our spaCy components. Importing this package registers their factories and the Doc
extensions they write, once, here."""

from spacy.tokens import Doc

# What our components add to a Doc, all plain data (records from extract.records).
for _name in ("mentions", "entities", "amounts", "roles", "investments"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=())
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)



def full_text(doc: Doc) -> str:
    """The Doc's text, built once: Doc.text joins every token anew on each access."""
    return doc.user_data.setdefault("newskg_text", doc.text)


from . import entities, gazetteer, investments, money, paragraphs, roles  # noqa: E402,F401  (registers factories)
