"""Articles that tell different stories (issue 10, precision across a mixed corpus): claims of
two articles are compared only when the articles' characteristic words overlap."""
import dataclasses

from iraqclaims.rules import RuleContext, find_conflicts
from iraqclaims.rules.stories import SHARED, article_words, same_story, story_words
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
    assert len(stories["deal"] & stories["deal2"]) >= SHARED
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
