"""Conjunction clitic repairs between the bundled tokenizer and the tagger (no model needed)."""
from iraqclaims.parse.clitics import Piece, repair


def pieces(*spec):
    """("و", "زير ") -> pieces laid end to end; a trailing space separates words."""
    out, cursor = [], 0
    for text in spec:
        word = text.rstrip()
        out.append(Piece(word, cursor, cursor + len(word)))
        cursor += len(text)
    return out


def texts(tokens):
    return [t.text for t in tokens]


def test_a_word_that_starts_with_waw_is_put_back_together():
    fixed = repair(pieces("و", "زير ", "الخارجية ", "قال"))
    assert texts(fixed) == ["وزير", "الخارجية", "قال"]
    assert (fixed[0].start, fixed[0].end) == (0, 4)
    assert texts(repair(pieces("نشرت ", "و", "كالات ", "الأنباء"))) == ["نشرت", "وكالات", "الأنباء"]
    assert texts(repair(pieces("و", "زارتي ", "الدفاع"))) == ["وزارتي", "الدفاع"]   # dual/possessive ending


def test_a_real_conjunction_stays_split():
    assert texts(repair(pieces("و", "الحكومة ", "قالت"))) == ["و", "الحكومة", "قالت"]
    assert texts(repair(pieces("و", "وزير ", "الخارجية"))) == ["و", "وزير", "الخارجية"]
    assert texts(repair(pieces("و ", "زير"))) == ["و", "زير"]   # a space between: two words as written


def test_a_reporting_verb_left_glued_to_its_conjunction_is_split():
    fixed = repair(pieces("، ", "ولفت ", "إلى ", "أن"))
    assert texts(fixed) == ["،", "و", "لفت", "إلى", "أن"]
    assert [(p.start, p.end) for p in fixed[1:3]] == [(2, 3), (3, 6)]
    assert texts(repair(pieces("فأكد ", "الوزير"))) == ["ف", "أكد", "الوزير"]


def test_words_that_only_look_like_conjunction_plus_verb_are_kept():
    assert texts(repair(pieces("وصف ", "الوزير"))) == ["وصف", "الوزير"]     # "described", not و + صف
    assert texts(repair(pieces("قال ", "الوزير"))) == ["قال", "الوزير"]


def test_the_ha_of_names_with_allah_is_not_a_pronoun():
    fixed = repair(pieces("المتحدث ", "عبدالل", "ه ", "الناهض"))
    assert texts(fixed) == ["المتحدث", "عبدالله", "الناهض"]
    assert (fixed[1].start, fixed[1].end) == (8, 15)
    assert texts(repair(pieces("كتاب", "ه ", "الجديد"))) == ["كتاب", "ه", "الجديد"]   # a real suffix stays
    assert texts(repair(pieces("عبدالل ", "ه"))) == ["عبدالل", "ه"]                   # a space between: as written


def test_a_reporting_verb_read_as_stem_plus_pronoun_is_put_back():
    assert texts(repair(pieces("وات", "هم ", "المتحدث"))) == ["و", "اتهم", "المتحدث"]
    assert texts(repair(pieces("ات", "هم ", "المتحدث"))) == ["اتهم", "المتحدث"]
    assert texts(repair(pieces("كتاب", "هم ", "الجديد"))) == ["كتاب", "هم", "الجديد"]


def test_a_dual_reporting_verb_read_as_stem_plus_pronoun_is_put_back():
    # "أعلنا" (they two announced) was cut as "أعل + نا"
    assert texts(repair(pieces("أعل", "نا ", "تأييدهما"))) == ["أعلنا", "تأييدهما"]
    assert texts(repair(pieces("كتاب", "نا ", "الجديد"))) == ["كتاب", "نا", "الجديد"]   # a real pronoun stays


def test_a_conjunction_and_preposition_read_as_one_word_are_split():
    fixed = repair(pieces("وب", "شأن ", "الوضع"))
    assert texts(fixed) == ["و", "ب", "شأن", "الوضع"]
    assert [(p.start, p.end) for p in fixed[:3]] == [(0, 1), (1, 2), (2, 5)]


def test_a_given_name_that_starts_with_waw_or_fa_is_put_back_together():
    assert texts(repair(pieces("رئيس ", "الشركة ", "و", "ليد ", "الخطيب"))) == ["رئيس", "الشركة", "وليد", "الخطيب"]
    assert texts(repair(pieces("الأمير ", "ف", "يصل ", "بن ", "سلمان"))) == ["الأمير", "فيصل", "بن", "سلمان"]


def test_the_parse_cache_key_changes_with_the_repair_word_lists(monkeypatch):
    import iraqclaims.parse.cache as cache_module
    from iraqclaims.parse.cache import ParseCache

    before = ParseCache.key("وقال وليد إن", "model", "1.0")
    monkeypatch.setattr(cache_module, "repair_digest", lambda: "another list")
    assert ParseCache.key("وقال وليد إن", "model", "1.0") != before


def test_the_blessing_formula_keeps_its_waw():
    assert texts(repair(pieces("عليه ", "و", "سلم"))) == ["عليه", "وسلم"]


def test_a_given_name_that_starts_with_ba_is_put_back_together():
    assert texts(repair(pieces("قالت ", "ب", "شرى ", "إن"))) == ["قالت", "بشرى", "إن"]
    assert texts(repair(pieces("ذهب ", "ب", "سيارته"))) == ["ذهب", "ب", "سيارته"]   # a real preposition


def test_a_noun_or_place_that_starts_with_a_preposition_letter_is_joined_again():
    assert texts(repair(pieces("ل", "جنة ", "الانتخابات"))) == ["لجنة", "الانتخابات"]
    assert texts(repair(pieces("في ", "ك", "ركوك"))) == ["في", "كركوك"]
    assert texts(repair(pieces("خلال ", "ل", "قائه ", "الوزير"))) == ["خلال", "لقائه", "الوزير"]
    # a real preposition stays: "ل + الحكومة"
    assert texts(repair(pieces("ل", "لحكومة"))) == ["ل", "لحكومة"]



def test_a_first_name_in_ha_is_not_a_word_and_a_pronoun():
    assert texts(repair(pieces("نبي", "ه ", "بري"))) == ["نبيه", "بري"]
    assert texts(repair(pieces("كتاب", "ه"))) == ["كتاب", "ه"]      # his book


def test_a_well_known_name_that_starts_with_ba_is_put_back_together():
    assert texts(repair(pieces("قال ", "ب", "نيامين ", "نتنياهو"))) == ["قال", "بنيامين", "نتنياهو"]


def test_a_noun_that_starts_with_sin_keeps_it():
    # the future prefix stands only before an imperfect verb (أ، ت، ي، ن) ...
    assert texts(repair(pieces("استعادت ", "القوات ", "س", "يطرت", "ها ", "على"))) == \
        ["استعادت", "القوات", "سيطرت", "ها", "على"]
    assert texts(repair(pieces("يطالب ", "س", "كان ", "المدينة"))) == ["يطالب", "سكان", "المدينة"]
    # ... which keeps its future prefix, even with an object pronoun
    assert texts(repair(pieces("و", "س", "يزور ", "بغداد"))) == ["و", "س", "يزور", "بغداد"]
    assert texts(repair(pieces("س", "نعمل ", "معا"))) == ["س", "نعمل", "معا"]
    assert texts(repair(pieces("س", "تنقل", "ها ", "الطائرة"))) == ["س", "تنقل", "ها", "الطائرة"]


def test_a_listed_name_that_starts_with_sin_is_put_back_together():
    assert texts(repair(pieces("الروسي ", "س", "يرغي ", "لافروف"))) == ["الروسي", "سيرغي", "لافروف"]


def test_the_dual_in_construct_of_a_word_in_ta_marbuta_is_put_back_together():
    assert texts(repair(pieces("أصدرته ", "و", "كالتا ", "الأمم"))) == ["أصدرته", "وكالتا", "الأمم"]


def test_a_noun_in_nun_with_its_accusative_alif_is_not_a_stem_and_our():
    assert texts(repair(pieces("أصدر ", "بيا", "نا ", "أمس"))) == ["أصدر", "بيانا", "أمس"]
    assert texts(repair(pieces("وجه ", "إعلا", "نا"))) == ["وجه", "إعلانا"]
    assert texts(repair(pieces("أيد ", "موقف", "نا"))) == ["أيد", "موقف", "نا"]      # our position


def test_a_listed_noun_that_starts_with_sin_is_put_back_together():
    assert texts(repair(pieces("س", "ياسي ", "قطري"))) == ["سياسي", "قطري"]
    assert texts(repair(pieces("منذ ", "س", "نوات"))) == ["منذ", "سنوات"]


def test_a_foreign_surname_in_waw_after_a_first_name_is_one_word():
    assert texts(repair(pieces("جون ", "و", "يلكس ", "أدان"))) == ["جون", "ويلكس", "أدان"]
    assert texts(repair(pieces("جوزيف ", "و", "يستفول"))) == ["جوزيف", "ويستفول"]
    # "and" between two first names, or after a word that is no first name, stays a conjunction
    assert texts(repair(pieces("محمد ", "و", "يوسف"))) == ["محمد", "و", "يوسف"]
    assert texts(repair(pieces("الوزير ", "و", "يلكس"))) == ["الوزير", "و", "يلكس"]
