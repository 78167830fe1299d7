"""Build small CoNLL-U sentences by hand for tests that need no model.

Each word is "form UPOS head deprel [feats]"; a form ending in "+" has no space after it
(a clitic: "و+ UPOS ..." then "قال ..." gives the surface "وقال")."""
from __future__ import annotations

from iraqclaims.parse import ParsedDocument, from_conllu


def sentence(*words: str) -> str:
    rows, text = [], ""
    for i, spec in enumerate(words, start=1):
        parts = spec.split()
        form, upos, head, deprel = parts[:4]
        feats = parts[4] if len(parts) > 4 else "_"
        glued = form.endswith("+")
        form = form.rstrip("+")
        rows.append("\t".join([str(i), form, form, upos, "_", feats, head, deprel, "_",
                               "SpaceAfter=No" if glued else "_"]))
        text += form + ("" if glued else " ")
    return f"# text = {text.strip()}\n" + "\n".join(rows) + "\n\n"


def document(*sentences: str) -> ParsedDocument:
    return from_conllu("".join(sentences))


def text_of(doc: ParsedDocument) -> str:
    """The article text the offsets of a hand-made document point into."""
    return "\n".join(s.text for s in doc.sentences)
