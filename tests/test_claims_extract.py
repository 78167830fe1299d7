"""Claim extraction on hand-made parses (Stanza's CoNLL-U reader, no model)."""
import pytest

from conllu_builder import document, sentence, text_of
from iraqclaims import article_from_text
from iraqclaims.claims import SpeakerRegistry, extract_claims

S_INDIRECT = sentence("و+ CCONJ 2 cc", "أكد VERB 0 root", "رئيس NOUN 2 nsubj", "الوزراء NOUN 3 nmod",
                      "العراقي ADJ 3 amod", "مصطفى PROPN 3 appos", "الكاظمي PROPN 6 flat",
                      "أن SCONJ 10 mark", "القوات NOUN 10 nsubj", "قادرة ADJ 2 ccomp",
                      "على ADP 12 case", "حماية+ NOUN 10 obl", ". PUNCT 2 punct")
S_PRODROP = sentence("و+ CCONJ 2 cc", "أضاف VERB 0 root", "أن SCONJ 5 mark", "المفاوضات NOUN 5 nsubj",
                     "مستمرة+ ADJ 2 ccomp", ". PUNCT 2 punct")
S_PARTICIPLE = sentence("و+ CCONJ 2 cc", "قال VERB 0 root", "حسين PROPN 2 nsubj", "إن SCONJ 6 mark",
                        "الحوار NOUN 6 nsubj", "مستمر+ ADJ 2 ccomp", "، PUNCT 8 punct",
                        "مضيفاً VERB 2 advcl", "أن SCONJ 11 mark", "الوفد NOUN 11 nsubj",
                        "سيعود VERB 8 ccomp", "قريبا+ ADV 11 advmod", ". PUNCT 2 punct")
S_NOCLAIM = sentence("و+ CCONJ 2 cc", "انتهت VERB 0 root", "الجولة NOUN 2 nsubj", "الرابعة ADJ 3 amod",
                     "للحوار+ NOUN 3 nmod", ". PUNCT 2 punct")
S_NEGATED = sentence("و+ CCONJ 3 cc", "لم PART 3 advmod", "تعلن VERB 0 root", "الفصائل NOUN 3 nsubj",
                     "موقفا NOUN 3 obj", "واضحا+ ADJ 5 amod", ". PUNCT 3 punct")
S_QUOTE = sentence("و+ CCONJ 2 cc", "أكد VERB 0 root", "الوزير NOUN 2 nsubj", "\"+ PUNCT 5 punct",
                   "أهمية NOUN 2 obj", "الجهود NOUN 5 nmod", "الدولية+ ADJ 6 amod", "\"+ PUNCT 5 punct",
                   ". PUNCT 2 punct")
S_ANON = sentence("و+ CCONJ 2 cc", "قال VERB 0 root", "مسؤول NOUN 2 nsubj", "كبير ADJ 3 amod",
                  "في ADP 6 case", "الوزارة NOUN 3 nmod", "إن SCONJ 10 mark", "القوات NOUN 10 nsubj",
                  "ستبقى VERB 2 ccomp", "هناك+ ADV 9 advmod", ". PUNCT 2 punct")
S_HEADLINE = sentence("الكاظمي+ PROPN 0 root", ": PUNCT 1 punct", "العراق PROPN 5 nsubj",
                      "لم PART 5 advmod", "يعد VERB 1 parataxis", "بحاجة ADP 5 obl",
                      "الى ADP 8 case", "القوات NOUN 6 nmod", "الاجنبية ADJ 8 amod")
# the bundled tagger reads names ending in ي as nisba adjectives
S_HEADLINE_ADJ = sentence("الكاظمي ADJ 5 nsubj", ": PUNCT 5 punct", "العراق NOUN 5 nsubj",
                          "لم PART 5 advmod", "يعد VERB 0 root", "بحاجة NOUN 5 obj",
                          "الى ADP 8 case", "القوات NOUN 6 nmod", "الاجنبية ADJ 8 amod")
S_HEADLINE_LABEL = sentence("عاجل+ NOUN 0 root", ": PUNCT 1 punct", "العراق PROPN 5 nsubj",
                            "لم PART 5 advmod", "يعد VERB 1 parataxis", "بحاجة ADP 5 obl",
                            "الى ADP 8 case", "القوات NOUN 6 nmod", "الاجنبية ADJ 8 amod")
S_HEADLINE_TOPIC = sentence("الحرب NOUN 0 root", "في ADP 3 case", "سوريا+ PROPN 1 nmod", ": PUNCT 1 punct",
                            "روسيا PROPN 6 nsubj", "تقدم VERB 1 parataxis", "شهودا NOUN 6 obj",
                            "على ADP 9 case", "الهجوم NOUN 6 obl")
S_HEADLINE_ROLE = sentence("وزير NOUN 0 root", "النفط NOUN 1 nmod", "العراقي+ ADJ 1 amod", ": PUNCT 1 punct",
                           "تلقينا VERB 1 parataxis", "أكثر ADJ 5 obj", "من ADP 8 case", "90 NUM 6 nmod",
                           "عرضا NOUN 8 nmod")
S_HEADLINE_ROLE_AS_VERB = sentence("ولي VERB 0 root", "العهد NOUN 1 obj", "السعودي+ ADJ 2 amod", ": PUNCT 1 punct",
                                   "الإسرائيليون NOUN 1 nsubj", "لهم ADP 5 nmod", "حق NOUN 5 nmod",
                                   "في ADP 9 case", "الأرض NOUN 7 nmod")
S_HEADLINE_ONE_WORD_VERB = sentence("حماس+ VERB 0 root", ": PUNCT 1 punct", "التوصل NOUN 1 obj",
                                    "ل+ ADP 5 case", "اتفاق NOUN 3 nmod", "ل+ ADP 7 case", "وقف NOUN 5 nmod",
                                    "إطلاق NOUN 7 nmod", "النار NOUN 8 nmod")
S_ACCORDING = sentence("و+ CCONJ 2 cc", "ستغادر VERB 0 root", "القوات NOUN 2 nsubj", "البلاد+ NOUN 2 obj",
                       "، PUNCT 6 punct", "بحسب ADP 7 case", "مصدر NOUN 2 obl", "حكومي+ ADJ 7 amod",
                       ". PUNCT 2 punct")
S_FEM = sentence("و+ CCONJ 2 cc", "أشارت VERB 0 root Gender=Fem|Number=Sing", "إلى ADP 4 case",
                 "أن SCONJ 6 mark", "الحكومة NOUN 6 nsubj", "راغبة+ ADJ 2 ccomp", ". PUNCT 2 punct")
# the tagger read "ولفت" (conjunction left on) as feminine; the lexicon knows لفت is masculine
S_GLUED_MASC = sentence("ولفت VERB 0 root Gender=Fem|Number=Sing", "إلى ADP 3 case", "أن SCONJ 5 mark",
                        "المفاوضات NOUN 5 nsubj", "مستمرة+ ADJ 1 ccomp", ". PUNCT 1 punct")
# a participle opening a sentence (the writer's ".." came too early), mistagged as a name
S_OPENING_PARTICIPLE = sentence("مشيرا PROPN 0 root", "الى PROPN 1 flat", "ان PUNCT 5 punct",
                                "المفاوضات NOUN 5 nsubj", "مستمرة+ ADJ 1 appos", ". PUNCT 1 punct")
S_FEM_SPEAKER = sentence("و+ CCONJ 2 cc", "قالت VERB 0 root", "المتحدثة NOUN 2 nsubj Gender=Fem",
                         "جين PROPN 3 appos", "ساكي PROPN 4 flat", "إن SCONJ 8 mark", "الحوار NOUN 8 nsubj",
                         "ناجح+ ADJ 2 ccomp", ". PUNCT 2 punct")


def claims_of(*sentences, registry=None, article_id="t"):
    doc = document(*sentences)
    article = article_from_text(text_of(doc), id=article_id)
    return extract_claims(article, doc, registry or SpeakerRegistry())


def test_indirect_speech_with_role_and_name():
    (claim,) = claims_of(S_INDIRECT)
    assert claim.speaker_text == "رئيس الوزراء العراقي مصطفى الكاظمي"
    assert claim.speaker_id == "مصطفي_الكاظمي"
    assert claim.cue_lemma == "أكد" and claim.kind == "indirect"
    assert claim.content == "القوات قادرة على حماية"


def test_offsets_are_provenance():
    doc = document(S_INDIRECT)
    text = text_of(doc)
    (claim,) = extract_claims(article_from_text(text, id="t"), doc, SpeakerRegistry())
    assert text[slice(*claim.cue_span)] == "أكد"
    assert text[slice(*claim.speaker_span)] == claim.speaker_text
    assert text[slice(*claim.content_span)] == claim.content
    assert claim.article_id == "t" and claim.sentence_index == 0


def test_pro_drop_continues_previous_speaker():
    first, second = claims_of(S_INDIRECT, S_PRODROP)
    assert second.speaker_id == first.speaker_id and second.resolved
    assert second.content == "المفاوضات مستمرة"


def test_participle_continues_the_governing_speaker():
    said, added = claims_of(S_PARTICIPLE)
    assert said.speaker_text == "حسين" and said.content == "الحوار مستمر"
    assert added.speaker_id == said.speaker_id and added.cue_lemma == "مضيفا"
    assert added.content == "الوفد سيعود قريبا"


@pytest.mark.parametrize("spec", [S_NOCLAIM, S_NEGATED])
def test_no_reporting_act_no_claim(spec):
    assert claims_of(spec) == []


def test_direct_quote():
    (claim,) = claims_of(S_QUOTE)
    assert claim.kind == "direct" and claim.content == "أهمية الجهود الدولية"
    assert claim.speaker_text == "الوزير"


def test_anonymous_source_keeps_description():
    (claim,) = claims_of(S_ANON)
    assert claim.anonymous
    assert claim.speaker_text == "مسؤول كبير في الوزارة"
    assert claim.speaker_id.startswith("anonymous:")


def test_headline_attribution():
    (claim,) = claims_of(S_HEADLINE)
    assert claim.kind == "headline" and claim.speaker_id == "مصطفي_الكاظمي"
    assert claim.content == "العراق لم يعد بحاجة الى القوات الاجنبية"
    (mistagged,) = claims_of(S_HEADLINE_ADJ)
    assert mistagged.kind == "headline" and mistagged.speaker_id == "مصطفي_الكاظمي"
    assert claims_of(S_HEADLINE_LABEL) == []   # "عاجل:" is a label, not a speaker


def test_headline_speaker_is_a_name_an_office_or_a_body_not_a_topic():
    assert claims_of(S_HEADLINE_TOPIC) == []   # "الحرب في سوريا:" is what the story is about
    (minister,) = claims_of(S_HEADLINE_ROLE)
    assert minister.speaker_text == "وزير النفط العراقي" and minister.content.startswith("تلقينا")
    (crown_prince,) = claims_of(S_HEADLINE_ROLE_AS_VERB)   # "ولي" read as a verb
    assert crown_prince.speaker_text == "ولي العهد السعودي"
    (hamas,) = claims_of(S_HEADLINE_ONE_WORD_VERB)   # one word before the colon, mistagged VERB
    assert hamas.speaker_text == "حماس" and hamas.kind == "headline"


def test_according_to():
    (claim,) = claims_of(S_ACCORDING)
    assert claim.kind == "according_to" and claim.anonymous
    assert claim.speaker_text == "مصدر حكومي" and claim.content == "ستغادر القوات البلاد"


def test_feminine_verb_resolves_to_feminine_speaker():
    claims = claims_of(S_FEM_SPEAKER, S_INDIRECT, S_FEM)
    assert claims[-1].speaker_id == claims[0].speaker_id == "جين_ساكي"


def test_a_participle_opening_a_sentence_continues_the_previous_speaker():
    first, second = claims_of(S_INDIRECT, S_OPENING_PARTICIPLE)
    assert second.cue_lemma == "مشيرا" or second.cue_text == "مشيرا"
    assert second.speaker_id == first.speaker_id and second.content == "المفاوضات مستمرة"


def test_gender_of_a_reporting_verb_comes_from_the_lexicon_before_the_tagger():
    claims = claims_of(S_FEM_SPEAKER, S_INDIRECT, S_GLUED_MASC)
    assert claims[-1].cue_lemma == "لفت" and claims[-1].speaker_id == "مصطفي_الكاظمي"
