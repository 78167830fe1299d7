from iraqclaims.normalize import has_arabic, normalize, normalize_for_parser


def test_hamza_forms_fold_to_bare_alef():
    assert normalize("أكد") == normalize("اكد") == normalize("إكد") == normalize("آكد")


def test_alef_maqsura_and_ta_marbuta():
    assert normalize("مستشفى") == normalize("مستشفي")
    assert normalize("الحكومة") == normalize("الحكومه")


def test_diacritics_and_tatweel_removed():
    assert normalize("أكَّدَ") == normalize("اكد")
    assert normalize("العـــراق") == "العراق"


def test_arabic_indic_digits_become_ascii():
    assert normalize("٢٥٠٠ عنصر") == "2500 عنصر"
    assert normalize("۲۰۲۱") == "2021"


def test_whitespace_collapsed():
    assert normalize("  قال \n  الوزير ") == "قال الوزير"


def test_parser_normalisation_keeps_length_and_offsets():
    text = "قال «الوزير» إن ٢٥٠٠ جندي “سيبقون”"
    mapped = normalize_for_parser(text)
    assert len(mapped) == len(text)
    assert '"الوزير"' in mapped and "2500" in mapped and '"سيبقون"' in mapped


def test_has_arabic():
    assert has_arabic("Reuters: قال")
    assert not has_arabic("MISS 3 02 : 00")


def test_the_parser_form_moves_tanwin_after_its_alif_and_keeps_the_length():
    from iraqclaims.normalize import normalize_for_parser
    assert normalize_for_parser("صفًا واحدًا") == "صفاً واحداً"
    assert len(normalize_for_parser("مؤخرًا «هنا»")) == len("مؤخرًا «هنا»")


def test_presentation_forms_read_as_the_letters_they_show():
    from iraqclaims.normalize import normalize_for_parser
    shaped = "تقدم ﺍﻟﻤﻘﺎﻭﻣﺔ في ﺟﺒﻬﺎﺕ"
    assert normalize_for_parser(shaped) == "تقدم المقاومة في جبهات" and len(normalize_for_parser(shaped)) == len(shaped)
    assert normalize("ﺍﻟﻤﻘﺎﻭﻣﺔ") == normalize("المقاومة") and normalize("ﻻ يزال") == normalize("لا يزال")


def test_html_entities_become_their_characters_at_the_same_length():
    text = "&quot;أوباما&quot;: قال &#8220;الوزير&#8221; إن"
    mapped = normalize_for_parser(text)
    assert len(mapped) == len(text)
    assert mapped.split() == ['"', 'أوباما"', ':', 'قال', '"', 'الوزير"', 'إن']


def test_a_lone_tatweel_is_a_dash_and_a_semicolon_a_comma_for_the_parser():
    text = "قالت إدارة القوات ـ الرينجرز ـــ في بيان؛ إن الـــرئيس\nـ وصل"
    mapped = normalize_for_parser(text)
    assert len(mapped) == len(text)
    assert mapped == "قالت إدارة القوات - الرينجرز --- في بيان، إن الـــرئيس\n- وصل"
