"""Whom a verb of calling calls on (دعا، طالب، ناشد، حث) stands between its subject and what it
calls for. The tagger often reads that object as an adjective of the subject ("المجتمع/ADJ"), so
where the subject ends is read from the words: a definite body or group after a complete definite
phrase starts a second phrase. Sentences written for these tests."""
import pytest

from iraqclaims.testing import assert_claim

pytestmark = pytest.mark.model


@pytest.mark.parametrize("sentence, speaker, content", [
    ("ودعا وزير الخارجية المجتمع الدولي إلى التدخل لوقف القتال.", "وزير الخارجية", "التدخل لوقف القتال"),
    ("وطالب الرئيس الأمم المتحدة بإرسال مراقبين إلى المدينة.", "الرئيس", "إرسال مراقبين إلى المدينة"),
    ("وناشدت اللجنة الدولية الأطراف المتحاربة بالسماح بدخول المساعدات.", "اللجنة الدولية",
     "السماح بدخول المساعدات"),
    ("وطالبت القوى السياسية في البصرة رئيس الوزراء بإقالة المحافظ.", "القوى السياسية في البصرة",
     "إقالة المحافظ"),
    ("ودعا مجلس النواب الحكومة إلى تقديم الموازنة قبل نهاية الشهر.", "مجلس النواب",
     "تقديم الموازنة قبل نهاية الشهر"),
    # after a person's name (a first name, then the family name), and past a nisba before the preposition
    ("ودعت الوزيرة الألمانية أنجيلا شولتز الحكومة التركية إلى عدم التخلي عن المفاوضات.",
     "الوزيرة الألمانية أنجيلا شولتز", "عدم التخلي عن المفاوضات"),
    ("وطالب الرئيس اليمني عبد ربه منصور هادي المجتمع الدولي بدعم الحكومة الشرعية.",
     "الرئيس اليمني عبد ربه منصور هادي", "دعم الحكومة الشرعية"),
    # a name the lexicon lacks after a title and its nisba
    ("وطالب المبعوث الأممي ستافان دي ميستورا الحكومة السورية بوقف القصف.",
     "المبعوث الأممي ستافان دي ميستورا", "وقف القصف"),
    # "طالب" asks of someone with من; what it asks for follows that phrase
    ("وطالبت رئاسة الإقليم من حزب العمال إخراج قواعده من المنطقة.", "رئاسة الإقليم", "إخراج قواعده من المنطقة"),
    ("وطالبت النقابة من الوزارة بصرف الرواتب المتأخرة.", "النقابة", "صرف الرواتب المتأخرة"),
    ("وطالب اللاعب من الجماهير عدم انتقاد زملائه لأنهم «بذلوا كل ما في وسعهم».", "اللاعب",
     "عدم انتقاد زملائه لأنهم «بذلوا كل ما في وسعهم»"),
    # a quantity's من counts who speaks (with no one called on, the call keeps its preposition)
    ("وطالب عدد من النواب بإقالة الوزير.", "عدد من النواب", "بإقالة الوزير"),
    ("وطالب العديد من النواب بإقالة الوزير.", "العديد من النواب", "بإقالة الوزير"),
    # a time after the subject, and the occasion "في أول رسالة له", are neither speaker nor call
    ("وتدعو تركيا منذ فترة طويلة إلى إقامة منطقة عازلة على حدودها.", "تركيا", "إقامة منطقة عازلة على حدودها"),
    ("ودعا زعيم الحركة في أول رسالة صوتية له إلى الوحدة في صفوف الحركة.", "زعيم الحركة", "إلى الوحدة في صفوف الحركة"),
])
def test_whom_the_verb_calls_on_is_not_the_speaker(sentence, speaker, content):
    assert assert_claim(sentence, speaker=speaker, content=content).speaker_text == speaker


@pytest.mark.parametrize("sentence, speaker", [
    # a rank right before a name is his title, not whom he calls on
    ("ودعا نائب الأمين العام للجامعة العربية السفير أحمد بن حلي إلى احترام الهدنة.",
     "نائب الأمين العام للجامعة العربية السفير أحمد بن حلي"),
    ("وطالب رئيس إقليم كردستان العراق مسعود بارزاني بوقف القصف على القرى.",
     "رئيس إقليم كردستان العراق مسعود بارزاني"),
    ("وطالب مسعود بارزاني رئيس إقليم كردستان العراق بوقف القصف على القرى.",
     "مسعود بارزاني رئيس إقليم كردستان العراق"),
    ("ودعت الحكومة العراقية الجديدة إلى الحوار مع المحتجين.", "الحكومة العراقية الجديدة"),
    ("ودعا مجلس الأمن الدولي إلى وقف فوري لإطلاق النار.", "مجلس الأمن الدولي"),
])
def test_a_whole_subject_stays_whole(sentence, speaker):
    assert assert_claim(sentence, speaker=speaker).speaker_text == speaker


@pytest.mark.parametrize("sentence", [
    # a quotation mark after the preposition is no word of the call
    "ودعا البيان الحكومة والمعارضة إلى «العودة إلى طاولة الحوار».",
    # a body shaped like a verbal noun (مفاعلة) or a broken plural written أفعال is whom it calls on,
    # not a verbal noun whose preposition follows ("التقيد بتنفيذ")
    "ودعا البيان الحكومة والأحزاب إلى العودة إلى طاولة الحوار.",
])
def test_what_is_called_for_starts_after_whom_it_calls_on(sentence):
    assert_claim(sentence, speaker="البيان", content="العودة إلى طاولة الحوار")


def test_a_time_after_since_is_neither_speaker_nor_content():
    assert_claim("وأعلنت السلطات منذ أمس، حالة الطوارئ في المدينة.", speaker="السلطات",
                 content="حالة الطوارئ في المدينة")
