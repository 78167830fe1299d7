"""What stands around a speaker and is not part of it, found reading resolved speakers on unseen
articles (SaudiNewsNet, outside the gold): an adverb in ـيًا, the speech a speaker gave ("ألقى
كلمة قال فيها"), a place he visited before a later "وقال", and the trailing "كما ذكرت X".
Sentences written for these tests."""
import pytest

from iraqclaims.testing import assert_claim, read_claims

pytestmark = pytest.mark.model


@pytest.mark.parametrize("sentence, speaker, content", [
    # a manner adverb after the subject ("officially", "by phone") is neither speaker nor content
    ("وأعلنت الحكومة رسميا أن الانتخابات ستجري في موعدها.", "الحكومة", "الانتخابات ستجري في موعدها"),
    ("وأبلغ الوزير نظيره هاتفيا أن الوفد سيصل غدا.", "الوزير", "الوفد سيصل غدا"),
    # "قال فيها" points back to the speech or question, whose maker speaks
    ("وألقى الوزير كلمة أكد فيها أن الحكومة ماضية في الإصلاحات.", "الوزير", "الحكومة ماضية في الإصلاحات"),
    ("وعقد المتحدث باسم الجيش مؤتمرا صحفيا قال فيه إن القوات تقدمت نحو المدينة.", "المتحدث باسم الجيش",
     "القوات تقدمت نحو المدينة"),
    ("وكان زعيم الحزب قد طرح سؤالا هذا العام قال فيه: ماذا ستفعل الحكومة بهذه الأموال؟", "زعيم الحزب",
     "ماذا ستفعل الحكومة بهذه الأموال"),
    # a time the tagger reads as a verb is not the verb whose object the statement is
    ("وأصدرت قوات الحماية، أمس، بيانا كشفت فيه أن إحدى وحداتها نفذت العملية.", "قوات الحماية",
     "إحدى وحداتها نفذت العملية"),
    # the author after من of an admission
    ("وتضمن التقرير شهادات عن تدهور الاقتصاد، إضافة لاعتراف آخر من رئيس غرفة التجارة ذكر فيه أن "
     "40 في المائة فقط من المصانع تعمل.", "رئيس غرفة التجارة", "40 في المائة فقط من المصانع تعمل"),
    # the maker is the subject of the verb nearest before the speech, not of the sentence's first
    ("وأجرى الفريق تدريباته اليومية، وبدأ المدرب خليل المصري التدريب بمحاضرة مصغرة حثهم فيها على ضرورة "
     "الاستفادة من الوقت.", "المدرب خليل المصري", "ضرورة الاستفادة من الوقت"),
    # the author of an article after ل, though a preposition governs him
    ('ونشرت صحيفة "واشنطن بوست" مقالا للكاتب ديفيد جونز قال فيه إن الولايات المتحدة بدأت بوضع استراتيجية جديدة.',
     "الكاتب ديفيد جونز", "الولايات المتحدة بدأت بوضع استراتيجية جديدة"),
    # a source after a trailing "كما" and its verb, even with a time between
    ("وقتل عشرة أشخاص في الهجوم على السوق، كما ذكرت مصادر رسمية.", "مصادر رسمية",
     "وقتل عشرة أشخاص في الهجوم على السوق"),
    ("وقتل عشرة أشخاص في الهجوم على السوق، كما ذكرت الجمعة مصادر رسمية.", "مصادر رسمية",
     "وقتل عشرة أشخاص في الهجوم على السوق"),
    ("وقتل عشرة أشخاص في الهجوم على السوق، حسبما ذكرت أمس مصادر رسمية.", "مصادر رسمية",
     "وقتل عشرة أشخاص في الهجوم على السوق"),
    # "our correspondent" is ours and speaks
    ("وشهدت الأطراف الشمالية للمدينة معارك عنيفة منذ مساء الثلاثاء، بحسب ما أفاد مراسلنا.", "مراسلنا",
     "شهدت الأطراف الشمالية للمدينة معارك عنيفة منذ مساء الثلاثاء"),
    # a verbal noun تفعّل after a definite subject opens the object
    ("وأعلنت السلطات التركية التعرف على منفذ الهجوم الانتحاري في المدينة.", "السلطات التركية",
     "التعرف على منفذ الهجوم الانتحاري في المدينة"),
    # "في سلسلة من التغريدات" is where it was said
    ("وقال التنظيم في سلسلة من التغريدات على موقع تويتر إن العملية نجحت في تحقيق أهدافها.", "التنظيم",
     "العملية نجحت في تحقيق أهدافها"),
    # after "دعا فيه" a phrase naming no one is whom the statement's maker calls on
    ("وأصدر المركز بيانا دعا فيه الأطباء المتخصصين الذين يعيشون خارج البلاد إلى الإسهام في علاج المرضى.",
     "المركز", "الأطباء المتخصصين الذين يعيشون خارج البلاد إلى الإسهام في علاج المرضى"),
    # "جاء في إحداها": one of the tweets or statements the sentence names, made by its issuer
    ('وقال التنظيم في سلسلة من التغريدات على موقع تويتر، جاء في إحداها "تم استهداف دورية أمنية بعبوة ناسفة".',
     "التنظيم", "تم استهداف دورية أمنية بعبوة ناسفة"),
    ("وأصدرت الوزارة عدة بيانات جاء في أحدها أن الحدود مغلقة تماما.", "الوزارة", "الحدود مغلقة تماما"),
    # why a source goes unnamed, read as a verb of asking, عدم, an act of naming and the name
    ("وقال مسؤولون أوروبيون اشترطوا عدم نشر أسمائهم، كي يتسنى لهم تأكيد التفاصيل: إن القوات ستشن هجمات جديدة.",
     "مسؤولون أوروبيون", "القوات ستشن هجمات جديدة"),
    ("وقال ضابط كبير اشترط عدم ذكر اسمه إن القوات ستشن هجمات جديدة.", "ضابط كبير", "القوات ستشن هجمات جديدة"),
    ("وأكد مصدر رفض الكشف عن هويته أن القوات ستنسحب قريبا.", "مصدر", "القوات ستنسحب قريبا"),
    ("وقالت مصادر رافضين الكشف عن هوياتهم إن القوات ستنسحب قريبا.", "مصادر", "القوات ستنسحب قريبا"),
    # an indefinite chain after a family name is the object
    ("واستبعد المسفر فكرة عمل حلف يضم دول الخليج وإيران.", "المسفر", "فكرة عمل حلف يضم دول الخليج وإيران"),
    # one's own channel after "على" is where he said it
    ("وقال الوزير على حسابه في تويتر إن الحكومة ستستقيل قريبا.", "الوزير", "الحكومة ستستقيل قريبا"),
    ("وقال القيادي على صفحته على فيسبوك «ندعو إلى اجتماع موازٍ للفصائل».", "القيادي", "ندعو إلى اجتماع موازٍ للفصائل"),
    # a title's على is not: "المشرف على الموقع"
    ("وقال المشرف على الموقع الإلكتروني إن الخدمة ستعود قريبا.", "المشرف على الموقع الإلكتروني",
     "الخدمة ستعود قريبا"),
])
def test_the_speaker_and_what_he_said(sentence, speaker, content):
    assert assert_claim(sentence, speaker=speaker, content=content).speaker_text == speaker


@pytest.mark.parametrize("text, cue, speaker, content", [
    # after "لكنه" the verb's subject is the pronoun, and the state after it is whom he calls on
    ("وقال الرئيس إن الاتفاق جيد جدا. لكنه دعا إيران إلى تخصيص القسم الأكبر من المال لشعبها.", "دعا", "الرئيس",
     "تخصيص القسم الأكبر من المال لشعبها"),
    # a state right after a title and one name is the object
    ("وسمى الرئيس أوباما إسرائيل بصفتها الدولة الوحيدة التي عارضت الاتفاق، مؤكدا أن إيران ستعاقب إن خالفته.",
     "مؤكدا", "الرئيس أوباما", "إيران ستعاقب إن خالفته"),
    # a headline's subject before a participle and a colon
    ("الرئيس السوري معترفاً: الجيش يعاني النقص والتعب", "معترفاً", "الرئيس السوري", "الجيش يعاني النقص والتعب"),
    # a first name whose ب the tokenizer split off, between an office and a family name
    ("وأشار وزير الداخلية برنار كازنوف إلى أن عدد المقاتلين الفرنسيين يبلغ 1850 شخصا.", "أشار",
     "وزير الداخلية برنار كازنوف", "عدد المقاتلين الفرنسيين يبلغ 1850 شخصا"),
    # the source of the report between the speaker and what he said, for the participle after too
    ("وشدد السفير سامي العبدالله وفقاً لما نقلته الوكالة الرسمية على ضرورة الكف عن هذه التصريحات، "
     "مؤكدًا أن بلاده ستحمي مصالحها.", "مؤكدًا", "السفير سامي العبدالله", "بلاده ستحمي مصالحها"),
    ("وشدد السفير سامي العبدالله وفقاً لما نقلته الوكالة الرسمية على ضرورة الكف عن هذه التصريحات.", "شدد",
     "السفير سامي العبدالله", "على ضرورة الكف عن هذه التصريحات"),
    # a state takes no genitive, even after its preposition: what follows is the object
    ("وأعلنت قوات الجيش والشرطة بمصر رفع حالة الاستنفار للدرجة القصوى.", "أعلنت", "قوات الجيش والشرطة بمصر",
     "رفع حالة الاستنفار للدرجة القصوى"),
    # a listed first name read as a verb after another first name is the father's or family name
    ("وقال السفير علاء يوسف المتحدث الرسمي باسم الرئاسة، إن الرئيس تسلم الرسالة.", "قال",
     "السفير علاء يوسف المتحدث الرسمي باسم الرئاسة", "الرئيس تسلم الرسالة"),
    # the verb's object pronoun before "فيها": the letter's sender calls
    ("وبعث الرئيس رسالة إلى الملك دعاه فيها إلى زيارة رسمية إلى القاهرة.", "دعا", "الرئيس",
     "زيارة رسمية إلى القاهرة"),
    # the channel after "عبر" is not part of who calls
    ('ودعا العقيد سامي الحربي مدير العلاقات عبر "عين اليوم" جميع المقيمين إلى مراجعة المراكز.', "دعا",
     "العقيد سامي الحربي مدير العلاقات", "مراجعة المراكز"),
    # a name particle the tagger reads as a verb opens a headline's subject
    ("أبو سامي يدعو لتشكيل حكومة وحدة وطنية", "يدعو", "أبو سامي", "لتشكيل حكومة وحدة وطنية"),
    # an office with its genitive after a name's title is no one he calls on
    ("ودعا موسى أبو سامي نائب رئيس المكتب السياسي للحركة أمس إلى تشكيل حكومة وحدة وطنية.", "دعا",
     "موسى أبو سامي نائب رئيس المكتب السياسي للحركة", "إلى تشكيل حكومة وحدة وطنية"),
    # a person's name, then an order: the object
    ("وانتقد مسؤول العلاقات الخارجية فلاح مصطفى قرار الحزب بإنهاء الهدنة.", "انتقد",
     "مسؤول العلاقات الخارجية فلاح مصطفى", "قرار الحزب بإنهاء الهدنة"),
])
def test_the_claim_of_one_cue(text, cue, speaker, content):
    claim = next(c for _, c in read_claims(text) if c.cue_text == cue)
    assert (claim.speaker_text, claim.content) == (speaker, content)


@pytest.mark.parametrize("sentence", [
    # a measure the speaker owns, "as I can", an agreement one acts by: no source
    "ولكن نحن نعمل حسب استطاعتنا وأمنياتنا المتواضعة في هذه الظروف الصعبة.",
    "أعمل في هذا المشروع منذ سنوات طويلة حسبما أستطيع!",
    "وستجري الانتخابات في موعدها المحدد بحسب اتفاق أميركي روسي على ذلك.",
    # "followed" with an object is no report
    "«الصحيفة» تابعت حالة التدمير التي تتعرض لها المواقع التاريخية في عدد من المدن.",
    # "كما كشف عنها X" points back to the plan before it: no content follows its speaker
    "تفاصيل الخطة كما كشف عنها المدعي العام أمس في مؤتمر صحافي أصبحت اليوم معروفة تماما.",
    # a verb in a relative clause, with كان between
    "وفرقت الشرطة مئات المتظاهرين الذين كانوا يدينون التنظيم بعد الهجوم الانتحاري.",
])
def test_no_claim(sentence):
    assert [c for _, c in read_claims(sentence)] == []


@pytest.mark.parametrize("sentence, expected", [
    # كما is "also" with a complement, before an object, in the first person, or in an aside the
    # clause goes on after
    ("وانسحبت القوات من المدينة، كما أكد الوزير أن الحكومة ستعيد إعمارها.", [("الوزير", "أكد")]),
    ("كما أكد الوزير أن الحكومة ستعيد إعمار المدينة قريبا.", [("الوزير", "أكد")]),
    ("وأعلنت الجهات المختصة حالة الاستنفار القصوى، كما أعلنت حالة الطوارئ في عدد من المستشفيات.",
     [("الجهات المختصة", "أعلنت")]),
    ("وأسفر النزاع، كما تقول المنظمة العالمية للصحة، عن مقتل آلاف الأشخاص.", [("المنظمة العالمية للصحة", "تقول")]),
    ("والطريق إلى الحل طويل وصعب جدا، كما يقول المثل.", []),
])
def test_kama_that_is_not_as_reported(sentence, expected):
    claims = [c for _, c in read_claims(sentence)]
    assert [(c.speaker_text, c.cue_text) for c in claims] == expected


@pytest.mark.parametrize("sentence", [
    "وزار الوزير مدينة البصرة، وقال إن الوضع الأمني مستقر.",
    "وانتقد الوزير قرار الحكومة، وقال إن القرار خاطئ تماما.",
])
def test_a_later_said_continues_the_subject_without_its_object(sentence):
    claim = [c for _, c in read_claims(sentence) if c.cue_lemma == "قال"][0]
    assert claim.speaker_text == "الوزير"


@pytest.mark.parametrize("text, speaker, content", [
    ("وبينما رفض ناطق باسم الشرطة إعطاء المزيد من التفاصيل، إلا أنه أكد أن المتهمين مثلا أمام المحكمة.",
     "ناطق باسم الشرطة", "المتهمين مثلا أمام المحكمة"),
    ("وتنفي طهران التدخل في شؤون جيرانها لكنها تقول إن الاتفاق لن يغير سياستها في المنطقة.", "طهران",
     "الاتفاق لن يغير سياستها في المنطقة"),
    # the nearest clause before the first complement, not one inside what was reported
    ("وحول نوعية السلاح، أكد العميد سالم، أنهم تلقوا أسلحة جديدة، ولم يفصح سالم عن نوعها إلا أنه ذكر أن "
     "من ضمنها عربات مدرعة.", "العميد سالم", "من ضمنها عربات مدرعة"),
])
def test_the_pronoun_after_but_is_the_subject_of_the_clause_before(text, speaker, content):
    claim = [c for _, c in read_claims(text)][-1]
    assert (claim.speaker_text, claim.content) == (speaker, content)


def test_the_pronoun_after_but_is_no_thing_that_cannot_speak():
    # "while the needs grow, it appeals": the needs appeal to no one
    claim = [c for _, c in read_claims("وبينما تشتد الاحتياجات الإنسانية أكثر من أي وقت مضى، فإنها تناشد "
                                       "كافة الأطراف احترام القانون الدولي.")]
    assert all("الاحتياجات" not in c.speaker_text for c in claim)


def test_a_place_declared_something_is_no_claim_of_it():
    # "أعلن الرئيس X ولاية Y منطقة منكوبة" declares a state a disaster zone: the place after a
    # family name is no object that would leave a speaker "X Y"
    claims = [c for _, c in read_claims("وأعلن الرئيس الأمريكي باراك أوباما تكساس منطقة منكوبة.")]
    assert all("تكساس" not in c.speaker_text for c in claims)
