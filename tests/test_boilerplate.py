import khulasa
from khulasa.analyse import analyse
from khulasa.model import Article


def test_cnn_dateline_is_outside_the_sentence_span():
    text = (
        "دبي، الإمارات العربية المتحدة (CNN)-- تعرضت مدينة دوما بالغوطة الشرقية في سوريا، السبت، إلى غارات جوية "
        "نفذها النظام السوري وقتل فيها 20 شخصاً. وقالت منظمة أطباء بلا حدود إن ألف شخص قتلوا في الغوطة الشرقية."
    )
    a = analyse(Article(id="cnn", text=text))
    first = a.sentences[0]
    assert first.text.startswith("تعرضت مدينة دوما")
    assert text[first.start:first.end] == first.text


def test_bbc_related_headlines_and_app_notice_are_never_digest_material():
    text = (
        "أقر البرلمان العراقي في جلسته المنعقدة السبت الصيغة النهائية لمشروع الموازنة الاتحادية العامة لسنة 2018.\n"
        "وصدق البرلمان على موازنة بقيمة 88.5 مليار دولار رغم مقاطعة البرلمانيين الأكراد للتصويت.\n"
        "روسيا تقرر طرد 23 دبلوماسيا بريطانيا\n"
        "يمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول\n"
        "--------------------------------------------------------------------\n"
        "وجاءت المقاطعة عقب خفض نصيب كردستان العراق من الموازنة بواقع 4.4 في المئة.\n"
    )
    a = analyse(Article(id="bbc", text=text))
    kinds = {s.text[:20]: s.kind for s in a.sentences}
    assert kinds["روسيا تقرر طرد 23 دب"] == "heading"
    assert kinds["يمكنكم تسلم إشعارات "] == "boilerplate"
    result = khulasa.digest([Article(id="bbc", text=text)])
    quoted = " ".join(e.text for e in result.stories[0].digest)
    assert "روسيا تقرر" not in quoted and "يمكنكم" not in quoted and "---" not in quoted
