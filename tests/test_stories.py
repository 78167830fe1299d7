"""Articles that tell different stories (issue 10, precision across a mixed corpus): claims of
two articles are compared only when the articles' characteristic words overlap."""
import dataclasses

from iraqclaims.rules import RuleContext, find_conflicts
from iraqclaims.rules.stories import MIN_SIMILARITY, MIN_WORDS, SHARED, article_words, same_story, story_words
from iraqclaims.testing import claim_from_text

DEAL = ("وقعت إيران والدول الكبرى الاتفاق النووي في فيينا بعد مفاوضات طويلة. ويقيد الاتفاق النووي "
        "تخصيب اليورانيوم ويرفع العقوبات عن إيران، وقال الوزير إن الاتفاق النووي يمنع إيران من القنبلة.")
DEAL_AGAIN = ("رحبت دول الخليج بالاتفاق النووي مع إيران، وطالبت بضمانات تمنع إيران من تخصيب اليورانيوم "
              "بعد رفع العقوبات، فيما قال مسؤول إن مفاوضات فيينا لم تنته.")
FOOTBALL = ("أعلن النادي الأهلي الاتفاق مع اللاعب السويدي على عقد لمدة سنتين، وقال مدرب الفريق إن "
            "اللاعب سيشارك في المباراة المقبلة للنادي في الدوري، والجماهير تنتظر اللاعب في الملعب.")


def test_words_are_stems_without_stopwords():
    words = article_words("والاتفاق النووي مع إيران في فيينا، والاتفاق 2015")
    assert words["اتفاق"] == 2 and "في" not in words and "2015" not in words


def test_articles_on_one_story_share_their_words_and_others_do_not():
    stories = story_words({"deal": DEAL, "deal2": DEAL_AGAIN, "football": FOOTBALL})
    assert len(stories["deal"].heaviest & stories["deal2"].heaviest) >= SHARED
    assert stories["deal"].similarity(stories["deal2"]) >= MIN_SIMILARITY
    assert stories["deal"].similarity(stories["football"]) < MIN_SIMILARITY
    assert abs(stories["deal"].similarity(stories["deal"]) - 1) < 1e-5
    assert same_story("deal", "deal2", stories)
    assert not same_story("deal", "football", stories)
    assert same_story("football", "football", stories)        # one article is one story
    assert same_story("deal", "unknown", stories)              # nothing known: compared


def test_claims_of_different_stories_are_not_compared():
    signed = dataclasses.replace(claim_from_text("تم توقيع الاتفاق رسميا", speaker="x", id="a"), article_id="deal")
    denied = dataclasses.replace(claim_from_text("لم يتم توقيع الاتفاق رسميا", speaker="y", id="b"), article_id="football")
    claims = [signed, denied]
    assert len(find_conflicts(claims, {}, ctx=RuleContext())) == 1
    stories = story_words({"deal": DEAL, "football": FOOTBALL})
    guarded = find_conflicts(claims, {}, ctx=RuleContext(), stories=stories)
    assert len(guarded) == 0 and guarded.examined == 0
    same = story_words({"deal": DEAL, "football": DEAL_AGAIN})
    assert len(find_conflicts(claims, {}, ctx=RuleContext(), stories=same)) == 1


TRAINING = ("أعلن النادي الأهلي أن اللاعب السويدي شارك في تدريبات الفريق أمس، وقال مدرب الفريق إن اللاعب "
            "سيلعب في المباراة المقبلة للنادي، بعد أن أنهى الفريق معسكره في النمسا. وتدريبات الفريق مستمرة، "
            "ووقع اللاعب عقدا لمدة ثلاث سنوات مع النادي، وحضر مؤتمرا صحفيا قدمه فيه رئيس النادي إلى "
            "الجماهير، وتحدث عن طموحه في الفوز بالدوري وكأس الملك، وعن مسيرته السابقة في السويد وهولندا قبل "
            "انتقاله.")
INJURY = ("غاب حارس الفريق عن تدريبات الفريق أمس بسبب إصابة في الركبة، وقال مدرب الفريق إن الحارس لن يشارك"
          " في التدريبات، وقال طبيب النادي إن الحارس يحتاج إلى جراحة في الركبة وإلى راحة ستة أسابيع، وإن "
          "الإصابة تتطلب علاجا طبيعيا بعد الجراحة في ألمانيا. وأجرى الحارس أشعة مقطعية في مستشفى المدينة، "
          "وأظهرت الأشعة تمزقا في الرباط الصليبي، ويسافر الحارس مع أخصائي العلاج الطبيعي إلى ميونيخ لإجراء"
          " الجراحة عند جراح متخصص في الركبة.")


def test_two_stories_that_share_a_word_or_two_of_their_field_are_told_apart():
    # both articles are about football and share "الفريق"، "التدريبات" among their heaviest words
    # (the old guard's test, which they pass); one is about a signing, the other about a
    # goalkeeper's knee surgery, and the rest of their words differ
    background = {f"other{i}": text for i, text in enumerate((DEAL, DEAL_AGAIN, FOOTBALL))}
    stories = story_words({"training": TRAINING, "injury": INJURY, **background})
    assert len(stories["training"].heaviest & stories["injury"].heaviest) >= SHARED
    assert stories["training"].similarity(stories["injury"]) < MIN_SIMILARITY
    assert not same_story("training", "injury", stories)
    assert min(stories[k].size for k in ("training", "injury")) >= MIN_WORDS   # long enough for a cosine


def test_sentences_are_judged_by_their_characteristic_words():
    # one sentence each: too few words for a cosine to mean anything
    wire = "قال وزير الخارجية إن جميع القوات الأمريكية ستنسحب من العراق قبل نهاية العام الحالي."
    pentagon = "أكد المتحدث باسم وزارة الدفاع أن الولايات المتحدة ستقلص عدد قواتها في العراق ولن تنسحب بالكامل."
    stories = story_words({"wire": wire, "pentagon": pentagon, "football": FOOTBALL})
    assert same_story("wire", "pentagon", stories)
    assert not same_story("wire", "football", stories)


def test_a_corpus_about_one_story_stays_linked():
    # with only articles on the Iran deal, the words they all share still count (smoothed idf)
    stories = story_words({"deal": DEAL, "deal2": DEAL_AGAIN})
    assert same_story("deal", "deal2", stories)
