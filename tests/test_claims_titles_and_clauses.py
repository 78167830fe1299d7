"""Error classes found by reading unseen SaudiNewsNet politics articles (stop 28): a body in
quotation marks inside a speaker's title or as the subject itself, a name the tagger misreads after
it, a month's other name in brackets, what a speaker spoke about before his complement, and the
subject a verb joined by و shares. Each is pinned with sentences written for these tests."""
import pytest

from iraqclaims.testing import assert_claim, read_claims

pytestmark = pytest.mark.model


@pytest.mark.parametrize("sentence, speaker, content", [
    # a body in quotation marks after a role, then the holder's name
    ("وقال المفوض العام لـ«الأونروا» بيير كرهينبول إن الأزمة المالية تتعمق.",
     "المفوض العام لـ«الأونروا» بيير كرهينبول", "الأزمة المالية تتعمق"),
    ("وقال مفوض عام «الأونروا» بيير كرهينبول إن الأزمة المالية تتعمق.",
     "مفوض عام «الأونروا» بيير كرهينبول", "الأزمة المالية تتعمق"),
    ("وأكد مدير «فنون أبها» أحمد السروي أن المهرجان حقق أهدافه.",
     "مدير «فنون أبها» أحمد السروي", "المهرجان حقق أهدافه"),
    # ... but a newspaper in quotation marks after ل with no name after it is whom he told
    ("وقال المتحدث لـ«الشرق الأوسط» إن المعبر مغلق.", "المتحدث", "المعبر مغلق"),
    # a body in quotation marks right after the verb, then what it declared with her pronoun
    ('أعلنت "جبهة النصرة" موافقتها على تسليم النقاط للفصائل.', "جبهة النصرة",
     "موافقتها على تسليم النقاط للفصائل"),
    ('أعلن "الائتلاف السوري" تأييده للخطة الجديدة.', "الائتلاف السوري", "تأييده للخطة الجديدة"),
    # a listed first name the tagger reads as a verb, its surname as a number, before a circumstance
    ("من جانبه أعلن المسؤول الإعلامي في الائتلاف الوطني السوري المعارض أحمد كامل في تصريحات بأنه "
     "ترتكب جرائم في الزبداني.", "المسؤول الإعلامي في الائتلاف الوطني السوري المعارض أحمد كامل",
     "ترتكب جرائم في الزبداني"),
    # what he spoke about stands between the speaker and his complement
    ("وقال عضو الهيئة السياسية هادي البحرة حول ما يشاع عن المبادرة إن أي حل لن يكون قابلا للتنفيذ.",
     "عضو الهيئة السياسية هادي البحرة", "أي حل لن يكون قابلا للتنفيذ"),
    ("وقال الوزير خالد العطية بشأن ما يتردد عن الوساطة إن الاتصالات مستمرة.",
     "الوزير خالد العطية", "الاتصالات مستمرة"),
    # a month's other name in brackets belongs to the time
    ("وأعلنت الوكالة في يناير (كانون الثاني) الماضي، عن وقفها تقديم المساعدات.",
     "الوكالة", "عن وقفها تقديم المساعدات"),
    # a verb joined by و with no subject shares the subject of the verb right before it
    ("وصل الوزير إلى المطار فاستقبله نظيره الفرنسي جان إيف لودريان وقال إن الاتفاق صامد.",
     "نظيره الفرنسي جان إيف لودريان", "الاتفاق صامد"),
])
def test_titles_bodies_and_clauses(sentence, speaker, content):
    assert_claim(sentence, speaker=speaker, content=content)


def test_speaking_about_something_is_still_the_content_of_a_verb_of_talking():
    claim, = [c for _, c in read_claims("وتحدث الوزير حول المبادرة الجديدة.")]
    assert claim.content == "حول المبادرة الجديدة"
