"""Error classes of unseen outlets (stop 32): the topic of أما right before the verb, the source
of an according-to phrase a participle continues, "جاء في" that is no statement, a prayer, markers
of manner and trailing markers, and a quotation never closed. Sentences written for these tests."""
import pytest

from iraqclaims.testing import assert_claim, read_claims

pytestmark = pytest.mark.model


def test_the_topic_of_amma_before_the_verb_is_its_subject():
    text = ("أما المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد أدان التفجير الذي استهدف المسجد. "
            "وقال إن الهجوم جبان.")
    assert_claim(text, speaker="إسماعيل ولد الشيخ أحمد", cue="أدان", content="التفجير الذي استهدف المسجد")
    assert_claim(text, speaker="إسماعيل ولد الشيخ أحمد", cue="قال", content="الهجوم جبان")


def test_a_foreign_surname_in_waw_keeps_the_speaker_a_person():
    text = ("أما السفير البريطاني لدى العراق جون ويلكس أدان الحادث الإرهابي الذي استهدف المصلين في المسجد. "
            "وقال في بيان إن بلاده تقف مع العراق.")
    assert_claim(text, speaker="جون ويلكس", cue="أدان")
    claim = assert_claim(text, cue="قال", content="بلاده تقف مع العراق")
    assert "ويلكس" in claim.speaker_text


def test_a_participle_continues_the_source_its_sentence_names():
    text = ("وقال المتحدث باسم الحكومة إن الوزير سيزور المنطقة. ويتوقع، بحسب مختصين في الشأن العسكري، "
            "أن الهجوم سيبدأ قريبا، موضحين أن القوات جاهزة.")
    claim = assert_claim(text, cue="موضحين", content="القوات جاهزة")
    assert claim.speaker_text == "مختصين في الشأن العسكري"
    assert claim.speaker_id != "ابو_علي_العسكري"


def test_a_participle_after_a_reporting_verb_still_continues_its_speaker():
    found = read_claims("وقال الوزير، بحسب وكالة الأنباء، إن القوات انسحبت، مضيفا أن الوضع مستقر.")
    added = [c for _, c in found if c.cue_text == "مضيفا"]
    assert added and added[0].speaker_text == "الوزير"


def test_came_in_return_for_is_no_statement():
    found = read_claims("وقال الوزير إن الاتفاق جاء في مقابل موافقة الحزب على القانون، لافتا إلى أن الحزب نفذ ما عليه.")
    assert [c.cue_text for _, c in found] == ["قال", "لافتا"]
    assert_claim("وجاء في البيان أن القوات ستنسحب.", speaker="البيان", content="القوات ستنسحب")


def test_a_prayer_is_no_call():
    assert not read_claims("ودعا الله أن يرحم الشهداء ويشفي الجرحى.")
    assert_claim("ودعا الوزير الحكومة إلى حماية المتظاهرين.", speaker="الوزير", content="حماية المتظاهرين")


def test_in_line_with_a_principle_is_no_source_but_the_sources_are():
    found = read_claims("فشل الحوثيون في حشد المواطنين ضد عمليات التحالف التي تنفذ وفقا للشرعية الدولية، بحسب الخبراء.")
    assert [c.speaker_text for _, c in found] == ["الخبراء"]
    assert_claim("وقتل 8 منهم وفقا للمصادر.", speaker="المصادر", content="قتل 8 منهم")


def test_a_trailing_marker_attributes_the_stretch_after_the_one_before_it():
    text = ("فشل الحوثيون في حشد المواطنين في مظاهرات، بحسب الخبراء، واقتصرت المظاهرات على أنصارهم "
            "في العاصمة، بحسب بعض المراقبين.")
    claim = assert_claim(text, speaker="بعض المراقبين")
    assert claim.content == "اقتصرت المظاهرات على أنصارهم في العاصمة"
    assert assert_claim(text, speaker="الخبراء").content.startswith("فشل الحوثيون")


def test_a_quotation_never_closed_ends_before_the_next_report():
    text = ("وقال عضو في رئاسة الحزب، خالد علي، إن «القوى الأربع وافقت على بقاء رئيس الإقليم في منصبه "
            "حتى عامين إضافيين وأضاف علي أن «موافقة الأطراف جاءت مقابل تغيير النظام»، لافتا إلى أن «الحزب نفذ ما عليه».")
    said = assert_claim(text, cue="قال")
    assert said.content == "القوى الأربع وافقت على بقاء رئيس الإقليم في منصبه حتى عامين إضافيين"
    assert_claim(text, speaker="علي", cue="أضاف", content="موافقة الأطراف جاءت مقابل تغيير النظام")
    assert_claim(text, cue="لافتا", content="الحزب نفذ ما عليه")


def test_a_channel_added_after_the_content_is_not_said():
    claim = assert_claim("واستنكرت الأمانة العامة للعشائر التفجير الإرهابي في الجزيرة وذلك في بيان نشرته الأمانة.",
                         speaker="الأمانة العامة للعشائر", cue="استنكرت")
    assert claim.content == "التفجير الإرهابي في الجزيرة"
    assert assert_claim("وقال الوزير إن الحكومة ستواصل الإصلاحات وذلك خلال مؤتمر صحفي عقده أمس.",
                        speaker="الوزير").content == "الحكومة ستواصل الإصلاحات"
    # an event after "وذلك في" is still part of what the sources said
    assert "انفجار عبوة" in assert_claim("وقالت مصادر محلية إن القوات دمرت عربة عسكرية، وذلك في انفجار عبوة ناسفة.",
                                         cue="قالت").content


def test_the_writers_comment_on_an_announcement_is_not_announced():
    claim = assert_claim("وأعلنت مصادر عسكرية انضمام اللواء 55 إلى القوات الموالية للشرعية، ما يسهم في الإسراع "
                         "في استعادة المدن.", cue="أعلنت")
    assert claim.content == "انضمام اللواء 55 إلى القوات الموالية للشرعية"


def test_a_bare_past_verb_in_yn_is_singular():
    text = ("وقال المصدر إن القوات تقدمت. وتوقعت مصادر أخرى انتهاء العملية خلال الساعات المقبلة. "
            "وقال: إن المجاميع خرجت من عدن . وبيّن أن المليشيا تقصف المنازل.")
    assert assert_claim(text, cue="بيّن").speaker_text == "المصدر"


def test_instead_is_no_subject():
    found = read_claims("ولطالما كانت تركيا شريكا مترددا في التحالف وتشدد بدلا من ذلك على ضرورة الإطاحة بالرئيس السوري.")
    assert not [c for _, c in found if "بدلا" in c.speaker_text]


def test_denouncing_reports_and_had_already_said_is_no_subject():
    assert "مع" not in assert_claim("وقال الوزير مع أن الوضع صعب إن الحوار مستمر.", cue="قال").speaker_text
    assert_claim("وندد الوزير بالهجوم على المسجد.", speaker="الوزير", cue="ندد", content="بالهجوم على المسجد")
    claim = assert_claim("وكان الوزير قد سبق أن أعلن أن القوات ستنسحب.", cue="أعلن", content="القوات ستنسحب")
    assert claim.speaker_text == "الوزير"


def test_a_report_inside_anothers_content_is_not_whom_a_later_verb_continues():
    text = ('وندد اوباما بالذين "يتبجحون" بمعارضة الاتفاق مع ان البعض منهم سبق وان قال ان الحرب لن تطول. '
            'وتابع قائلا "نعرف ثمن هذا الخيار".')
    assert assert_claim(text, cue="قال", content="الحرب لن تطول").speaker_text == "البعض منهم"
    assert assert_claim(text, cue="قائلا").speaker_text == "اوباما"


def test_the_reporter_of_a_byline_is_no_one_a_later_verb_continues():
    found = read_claims("وقال المتحدث إن الهجوم فشل. فلاح الجوفان - سبق - متابعة: واصل المالكي هجومه على السعودية. "
                        "وقال إن الحلف مستمر.")
    assert [c.speaker_text for _, c in found if c.content == "الحلف مستمر"] != ["الجوفان"]
    assert not [c for _, c in found if "الجوفان" in c.speaker_text]


def test_criticism_is_no_one_who_speaks():
    found = read_claims("وتشكل الضربات منعطفا في سياسة الرئيس الذي واجه انتقادات تتهمه باتباع سياسة غض الطرف عن "
                        "المنظمات المتطرفة.")
    assert not [c for _, c in found if "انتقادات" in c.speaker_text]


def test_a_manner_adverb_ends_the_speaker():
    assert_claim("استنكرت مملكة البحرين وبشدة تصريحات الوزير ضد المملكة العربية السعودية.",
                 speaker="مملكة البحرين", cue="استنكرت", content="تصريحات الوزير ضد المملكة العربية السعودية")
    assert_claim("وأدان الوزير بشدة الهجوم على المسجد.", speaker="الوزير", content="الهجوم على المسجد")


def test_a_state_opens_a_headline():
    assert_claim("البحرين تستنكر تصريحات المالكي ضد المملكة", speaker="البحرين", cue="تستنكر",
                 content="تصريحات المالكي ضد المملكة")


def test_witnesses_are_an_anonymous_group_a_plural_verb_continues():
    text = ("وقالت مصادر في المقاومة إن القوات تقدمت. وفي محافظة لحج، قال شهود عيان لـ«الشرق الأوسط» إن عشرات "
            "المقاتلين فروا من المعارك. وأضافوا أن المقاتلين عرضوا أسلحتهم للبيع.")
    claims = {c.cue_text: c for _, c in read_claims(text)}
    assert claims["قال"].anonymous and claims["قال"].speaker_text == "شهود عيان"
    assert claims["أضافوا"].speaker_id == claims["قال"].speaker_id


def test_a_surname_opens_a_headline():
    assert_claim("النجيفي يستنكر الحادث الإرهابي في جزيرة سترة\n\nشجب أسامة النجيفي التفجير الإجرامي.",
                 speaker="النجيفي", cue="يستنكر", content="الحادث الإرهابي في جزيرة سترة")


def test_a_masculine_verb_after_a_body_that_spoke_in_a_statement_is_the_statement():
    text = ("وقال المتحدث جوش إيرنست إن الرئيس سيزور المنطقة. وقالت وزارة الخزانة الأمريكية في بيان إن العقوبات "
            "تستهدف أربعة أفراد. وأوضح أن الوزارة حددت سبع سفن.")
    assert assert_claim(text, cue="أوضح").speaker_text == "بيان"
    text = "وقالت وزارة الخزانة في بيان إن العقوبات جديدة. وأضافت أن الوزارة حددت سبع سفن."
    assert assert_claim(text, cue="أضافت").speaker_text == "وزارة الخزانة"


def test_a_city_after_a_role_is_where_the_speaker_holds_it():
    claim = assert_claim("وأكد رئيس المجلس التنسيقي للمقاومة الشعبية بتعز، حمود المخلافي، أن المقاومة لن تتراجع.",
                         cue="أكد", content="المقاومة لن تتراجع")
    assert claim.speaker_text.endswith("حمود المخلافي")


def test_what_was_relayed_from_someone_is_the_object_of_a_denial():
    found = read_claims("ونفى المتحدث محمد عبد السلام ما نقل عن زعيمهم بشأن رفض الهدنة.")
    assert [(c.cue_text, c.content) for _, c in found] == [("نفى", "ما نقل عن زعيمهم بشأن رفض الهدنة")]


def test_an_offices_genitive_with_its_pronoun_stays_in_the_title():
    claim = assert_claim("وقال عضو تكتله البرلماني النائب آلان عون إن الحوار مستمر.", cue="قال", content="الحوار مستمر")
    assert claim.speaker_text.endswith("آلان عون")


def test_a_plural_with_its_nisba_then_a_noun_opens_the_object():
    assert_claim("واعتبر محللون سياسيون أردنيون تصرفات نائب رئيس الجمهورية العراقية غير لائقة.",
                 speaker="محللون سياسيون أردنيون", cue="اعتبر")


def test_is_considered_among_is_no_report():
    assert not read_claims("شبكة نحلاوي تعتبر من أخطر الشبكات الإرهابية التي تم اكتشافها.")


def test_analysts_are_people_who_speak_in_a_headline():
    assert_claim("محللون أردنيون: المالكي طائفي بغيض فقد قواه العقلية\n\nاعتبر محللون سياسيون أردنيون تصرفات "
                 "المالكي غير لائقة.", speaker="محللون أردنيون", cue=":", content="المالكي طائفي بغيض فقد قواه العقلية")


def test_a_person_who_spoke_in_a_statement_keeps_his_later_verbs():
    text = ("وقال الشيخ حمود المخلافي رئيس مجلس المقاومة في محافظة تعز في تصريح خاص لـ«المدينة» إن المليشيا "
            "انهزمت. وأضاف ستكون الساعات القادمة حاسمة.")
    claims = {c.cue_text: c for _, c in read_claims(text)}
    assert claims["أضاف"].speaker_id == claims["قال"].speaker_id
    assert claims["قال"].speaker_id != "تعز"      # the city of his office is not his name


def test_a_participle_form_after_a_preposition_is_a_noun():
    claim = assert_claim("وأشار المتحدث إلى أن الاتصال بين الوزيرين تطرق إلى متابعة القضايا التي تناولها الحوار الأخير.",
                         speaker="المتحدث", cue="أشار")
    assert claim.content.endswith("الحوار الأخير")


def test_explaining_reports():
    assert_claim("وشرح المسؤول الأميركي: «نحن مستمرون في تصدينا للقاعدة والتنظيمات الحليفة لها».",
                 speaker="المسؤول الأميركي", cue="شرح", content="نحن مستمرون في تصدينا للقاعدة والتنظيمات الحليفة لها")
    assert not read_claims("وقدم الوزير شرح الخطة للنواب.")


def test_a_present_verb_describing_an_indefinite_object_reports_nothing():
    assert not read_claims("ونشر البيت الابيض في التغريدة الاولى ملفا خاصا يشرح بالتفصيل الاتفاق مع ايران.")


def test_the_addressee_of_a_call_stays_out_of_the_speakers_id():
    claim = assert_claim("ودعا الوزير الحكومة إلى حماية المتظاهرين.", speaker="الوزير", content="حماية المتظاهرين")
    assert claim.speaker_id == "الوزير"


def test_a_country_heading_the_news_is_a_label_unless_it_speaks_in_the_body():
    found = read_claims("ليبيا: قتيلان في اشتباكات بنغازي\n\nقالت مصادر طبية إن شخصين قتلا في اشتباكات في بنغازي.")
    assert [c.speaker_text for _, c in found] == ["مصادر طبية"]
    assert_claim("تركيا: التحالف يطلق معركة شاملة ضد داعش\n\nأوضح وزير الخارجية التركي مولود أوغلو أن معركة شاملة "
                 "ستنطلق قريبا.", speaker="تركيا", cue=":", content="التحالف يطلق معركة شاملة ضد داعش")
