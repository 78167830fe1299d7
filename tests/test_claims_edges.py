"""Claim extraction edge cases found while scoring against the golden fixture claims
(hand-made CoNLL-U, no model)."""
from conllu_builder import document, sentence, text_of
from iraqclaims import article_from_text
from iraqclaims.claims import SpeakerRegistry, extract_claims


def claims_of(*sentences, registry=None, article_id="t"):
    doc = document(*sentences)
    article = article_from_text(text_of(doc), id=article_id)
    return extract_claims(article, doc, registry or SpeakerRegistry())


# وأكد الوزير "أهمية الجهود الدولية"، كما شدد على "احترام سيادة البلاد".
S_SECOND_QUOTE = sentence("و+ CCONJ 2 cc", "أكد VERB 0 root", "الوزير NOUN 2 nsubj", "\"+ PUNCT 5 punct",
                          "أهمية NOUN 2 obj", "الجهود NOUN 5 nmod", "الدولية+ ADJ 6 amod", "\"+ PUNCT 5 punct",
                          "، PUNCT 11 punct", "كما ADP 11 mark", "شدد VERB 2 advcl", "على ADP 14 case",
                          "\"+ PUNCT 14 punct", "احترام NOUN 11 obl", "سيادة NOUN 14 nmod",
                          "البلاد+ NOUN 15 nmod", "\"+ PUNCT 14 punct", ". PUNCT 2 punct")
# شدد الوزير على أن "داعش موجود"، وأن بلاده تجدد التزامها.
S_SECOND_COMPLEMENT = sentence("شدد VERB 0 root", "الوزير NOUN 1 nsubj", "على ADP 4 case", "أن SCONJ 6 mark",
                               "\"+ PUNCT 6 punct", "داعش PROPN 7 nsubj", "موجود+ ADJ 1 ccomp",
                               "\"+ PUNCT 7 punct", "، PUNCT 12 punct", "و+ CCONJ 12 cc", "أن SCONJ 12 mark",
                               "بلاده NOUN 12 nsubj", "تجدد VERB 7 conj Aspect=Imp", "التزامها+ NOUN 12 obj",
                               ". PUNCT 1 punct")
# وثمن حسين "جهود واشنطن في التدريب"، مشيداً بالعمل المشترك ضد الإرهاب.
S_PARTICIPLE_PREP = sentence("و+ CCONJ 2 cc", "ثمن VERB 0 root", "حسين PROPN 2 nsubj", "\"+ PUNCT 5 punct",
                             "جهود NOUN 2 obj", "واشنطن PROPN 5 nmod", "في ADP 8 case", "التدريب+ NOUN 5 nmod",
                             "\"+ PUNCT 5 punct", "، PUNCT 11 punct", "مشيداً VERB 2 advcl", "ب+ ADP 13 case",
                             "العمل NOUN 11 obl", "المشترك ADJ 13 amod", "ضد ADP 16 case", "الإرهاب+ NOUN 13 nmod",
                             ". PUNCT 2 punct")
# واستقبلت الوزيرة وفداً عراقياً لبحث التعاون العسكري، بحسب ما قال المتحدث جون كيربي في بيان.
S_ACCORDING_VERB = sentence("و+ CCONJ 2 cc", "استقبلت VERB 0 root", "الوزيرة NOUN 2 nsubj", "وفداً NOUN 2 obj",
                            "عراقياً ADJ 4 amod", "ل+ ADP 7 case", "بحث NOUN 2 obl", "التعاون NOUN 7 nmod",
                            "العسكري+ ADJ 8 amod", "، PUNCT 12 punct", "بحسب ADP 12 case", "ما PRON 2 obl",
                            "قال VERB 12 acl", "المتحدث NOUN 13 nsubj", "جون PROPN 14 appos",
                            "كيربي PROPN 15 flat", "في ADP 18 case", "بيان+ NOUN 13 obl", ". PUNCT 2 punct")
# the same with بحسب split into ب + حسب, as the bundled tokenizer does
S_ACCORDING_SPLIT = sentence("استقبلت VERB 0 root", "الوزيرة NOUN 1 nsubj", "وفداً+ NOUN 1 obj", "، PUNCT 6 punct",
                             "ب+ ADP 6 case", "حسب NOUN 1 obl", "ما PRON 6 nmod", "قال VERB 7 acl",
                             "المتحدث NOUN 8 nsubj", "جون PROPN 9 appos", "كيربي+ PROPN 10 flat", ". PUNCT 1 punct")
# واشار الكاظمي الى "الحوار سيتطرق الى ملفات متعددة". (conjunction left on the verb)
S_GLUED_CONJ = sentence("واشار VERB 0 root", "الكاظمي NOUN 1 nsubj", "الى ADP 5 case", "\"+ PUNCT 5 punct",
                        "الحوار NOUN 1 obl", "سيتطرق VERB 5 acl", "الى ADP 8 case", "ملفات NOUN 6 obl",
                        "متعددة+ ADJ 8 amod", "\"+ PUNCT 5 punct", ". PUNCT 1 punct")
# وقال المتحدث إن "وزير الخارجية العراقي فؤاد حسين افتتح الجلسة". وقال الوزير العراقي إن الحوار مهم.
S_NAMED_IN_CONTENT = sentence("و+ CCONJ 2 cc", "قال VERB 0 root", "المتحدث NOUN 2 nsubj", "إن SCONJ 11 mark",
                              "\"+ PUNCT 6 punct", "وزير NOUN 11 nsubj", "الخارجية NOUN 6 nmod",
                              "العراقي ADJ 6 amod", "فؤاد PROPN 6 appos", "حسين PROPN 9 flat",
                              "افتتح VERB 2 ccomp", "الجلسة+ NOUN 11 obj", "\"+ PUNCT 11 punct", ". PUNCT 2 punct")
S_SHORT_ROLE = sentence("و+ CCONJ 2 cc", "قال VERB 0 root", "الوزير NOUN 2 nsubj", "العراقي ADJ 3 amod",
                        "إن SCONJ 7 mark", "الحوار NOUN 7 nsubj", "مهم+ ADJ 2 ccomp", ". PUNCT 2 punct")


def test_second_quotation_after_a_closed_one_is_its_own_claim():
    first, second = claims_of(S_SECOND_QUOTE)
    assert first.content == "أهمية الجهود الدولية"
    assert second.cue_lemma == "شدد" and second.kind == "direct"
    assert second.content == "احترام سيادة البلاد" and second.speaker_id == first.speaker_id


def test_a_verb_of_a_second_complement_stays_inside_the_claim():
    (claim,) = claims_of(S_SECOND_COMPLEMENT)
    assert claim.cue_lemma == "شدد" and claim.content == "داعش موجود"


def test_participle_with_a_prepositional_complement_reports_it():
    praised, praising = claims_of(S_PARTICIPLE_PREP)
    assert praised.speaker_text == "حسين"
    assert praising.cue_lemma == "مشيدا" and praising.speaker_id == praised.speaker_id
    assert praising.kind == "report" and praising.content == "بالعمل المشترك ضد الإرهاب"


def test_participle_without_a_comma_is_not_a_claim():
    # "كان مشيداً بالعمل": not a circumstantial participle after a clause
    s = sentence("و+ CCONJ 3 cc", "كان AUX 3 cop", "مشيداً ADJ 0 root", "ب+ ADP 5 case",
                 "العمل NOUN 3 obl", "المشترك+ ADJ 5 amod", ". PUNCT 3 punct")
    assert claims_of(s) == []


def test_according_to_phrase_with_a_verb_attributes_the_sentence():
    (claim,) = claims_of(S_ACCORDING_VERB)
    assert claim.kind == "according_to" and claim.speaker_id == "جون_كيربي"
    assert claim.content == "استقبلت الوزيرة وفداً عراقياً لبحث التعاون العسكري"
    (split,) = claims_of(S_ACCORDING_SPLIT)
    assert split.kind == "according_to" and split.content == "استقبلت الوزيرة وفداً"
    assert split.cue_text == "بحسب ما قال"   # as written, not "ب حسب ما قال"


def test_reporting_verb_with_the_conjunction_left_on():
    (claim,) = claims_of(S_GLUED_CONJ)
    assert claim.cue_text == "واشار" and claim.speaker_id == "مصطفي_الكاظمي"
    assert claim.kind == "direct" and claim.content == "الحوار سيتطرق الى ملفات متعددة"


def test_shortened_role_finds_a_person_named_only_inside_earlier_content():
    first, second = claims_of(S_NAMED_IN_CONTENT, S_SHORT_ROLE)
    assert first.speaker_text == "المتحدث"
    assert second.speaker_text == "الوزير العراقي" and second.speaker_id == "فواد_حسين"


def test_observe_links_roles_within_one_article_only():
    reg = SpeakerRegistry()
    reg.observe("a", "افتتح وزير الخارجية العراقي فؤاد حسين الجلسة")
    assert reg.resolve("a", "الوزير العراقي", "الوزير", False) == "فواد_حسين"
    assert reg.resolve("b", "الوزير العراقي", "الوزير", False) != "فواد_حسين"
