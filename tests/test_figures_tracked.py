"""What figures other than people track (issue 14, item 7): vote shares and turnout, seats, prices
and indices, exchange rates, match results and sums of money get their own measure, read from the
words news writes around them; casualty counts keep theirs, and none of these enters a claim."""
from datetime import datetime

import khulasa
from khulasa.model import Article


def _measures(text: str, title: str = "", day=datetime(2018, 6, 25, 9)) -> dict[str, str]:
    result = khulasa.digest([Article("a", text, title=title, published=day)], progress=False)
    return {f.quote: f.measure for s in result.stories for f in s.figures}


def test_vote_shares_and_turnout_are_votes_but_the_share_counted_is_not():
    m = _measures(
        "وأظهرت النتائج الرسمية للانتخابات الرئاسية بعد فرز 97 في المئة من الأصوات أن أردوغان حصل على 52.5 في المئة، "
        "مقابل 30.6 في المئة لمنافسه محرم إنجه. وبلغت نسبة المشاركة 86 في المئة من أصل 59 مليون ناخب."
    )
    assert m["97 في المئة"] == "other"  # the ballots counted so far, nobody's votes
    boxes = _measures("وقال إنجه إن 37 في المائة فقط من صناديق الاقتراع تم فرزها في الانتخابات الرئاسية.")
    assert boxes["37 في المائة"] == "other"  # (nor the ballot boxes counted)
    assert m["52.5 في المئة"] == m["30.6 في المئة"] == "votes"  # won, in a sentence about an election
    assert m["86 في المئة"] == m["59 مليون"] == "votes"  # a turnout; the voters


def test_seats_are_counted_after_their_noun_out_of_a_total_and_in_a_house():
    m = _measures(
        "وحصل حزب زانو بي أف على 144 مقعدا، وكان يلزمه الفوز بـ 112 مقعدا فقط من أصل 210. "
        "وحصل حزب المركز الديمقراطي على 19 مقعدا في مجلس الشيوخ و33 في مجلس النواب."
    )
    assert m["144"] == m["112"] == m["210"] == "seats"
    assert m["19"] == m["33"] == "seats"


def test_a_currency_quoted_against_the_dollar_is_a_rate_and_a_sum_in_it_is_money():
    m = _measures(
        "وتراجعت الليرة التركية بنسبة 7 في المئة أمام الدولار، وسجلت العملة التركية 7.24 ليرة للدولار. "
        "ووصل سعر الدولار الخميس إلى 5.4 ليرة. "
        "وأعلنت الحكومة أن أسر القتلى ستحصل على تعويض قدره 400 ألف روبية (ما يعادل 6000 دولار)."
    )
    assert m["7 في المئة"] == m["7.24"] == m["5.4"] == "rate"
    assert m["400 ألف"] == m["6000"] == "money"  # (a rupee sum and its dollar worth, no exchange rate)


def test_prices_and_indices_are_prices_and_a_central_banks_rate_is_not():
    m = _measures(
        "وانخفض الذهب في المعاملات الفورية 0.5 بالمئة إلى 1206.29 دولار للأوقية. "
        "وأنهى المؤشر داو جونز الصناعي جلسة التداول منخفضا 724.42 نقطة، أو 2.93 بالمئة، إلى 23957.89 نقطة. "
        "ورفع البنك المركزي سعر الفائدة الرئيسي إلى 40 بالمئة."
    )
    assert m["0.5 بالمئة"] == m["1206.29"] == "price"
    assert m["724.42"] == m["2.93 بالمئة"] == m["23957.89"] == "price"
    assert m["40 بالمئة"] == "other"  # an interest rate: no price


def test_a_result_is_a_score_and_a_players_goals_are_not():
    m = _measures(
        "توج برشلونة بلقب الدوري الإسباني بعد فوزه على ديبورتيفو لاكورونيا بأربعة أهداف مقابل هدفين مساء الأحد. "
        "وسجل ميسي 34 هدفا هذا الموسم.",
        title="برشلونة بطلا للدوري الإسباني",
    )
    assert m["بأربعة"] == "score"
    assert m["34"] == "other"


def test_people_counted_in_an_election_story_stay_people_and_no_claim_holds_a_vote():
    text = "وقتل خمسة أشخاص في هجوم على مركز اقتراع في الانتخابات البرلمانية. وحصل الحزب على 40 في المئة من الأصوات."
    m = _measures(text)
    assert m["خمسة"] == "killed" and m["40 في المئة"] == "votes"
    day = datetime(2018, 6, 25, 9)
    result = khulasa.digest(
        [Article("a", text, published=day), Article("b", text.replace("40", "41"), published=day)], progress=False
    )
    assert all(c.measure not in ("votes", "seats", "money", "price", "rate", "score")
               for s in result.stories for c in s.claims)


def test_a_vague_sum_of_money_is_money_never_a_price():
    # a random sample of the whole-corpus store (session 21, F19): «واختلاس ملايين الدولارات» after «التلاعب في أسعار»
    # had been a price; a price is a stated amount
    m = _measures("وفي ديسمبر أدين شكريلي بالتلاعب في أسعار سوق الأوراق المالية واختلاس ملايين الدولارات من صندوقين.")
    assert m["ملايين"] == "money"
    assert _measures("ارتفع سعر برميل النفط إلى 73 دولارا.")["73"] == "price"


def test_those_kept_from_voting_cast_no_votes_and_below_a_share_is_still_one():
    # the thirty-ninth set's Mali first round (SK-internationalNews-2883-20180803)
    got = _measures(
        "وشهدت الانتخابات هجمات نفذها متشددون وحالت دون إدلاء الآلاف بأصواتهم. ومنعت السلطات آلاف الناخبين من "
        "التصويت. وحصل الحزب على دون 30 بالمئة من الأصوات."
    )
    assert got == {"الآلاف": "other", "آلاف": "other", "دون 30 بالمئة": "votes"}
    # ... but a ban voted for is a vote (the review of session 22)
    ban = _measures("وأيد الناخبون السويسريون في الاستفتاء منع النقاب بنسبة 51.2 بالمئة من الأصوات.")
    assert ban == {"51.2 بالمئة": "votes"}


def test_a_share_set_beside_a_vote_share_is_another_candidates_and_the_share_counted_is_not():
    m = _measures(
        "وبحسب نتائج الاستطلاع تقدم بوتين على منافسه غرودينين الذي حصد 11,2 بالمئة من الأصوات وحل أمام القومي "
        "المتشدد فلاديمير جيرينوفسكي (6,7 بالمئة) والصحافية الليبرالية كسينيا سوبتشاك (2,5 بالمئة). "
        "وأعطت النتائج الأولية للفرز (15 بالمئة من الأصوات) بوتين نسبة 71,9 بالمئة مقابل 15,9 بالمئة لغرودينين.",
        day=datetime(2018, 3, 18, 20),
    )
    assert m["11,2 بالمئة"] == m["6,7 بالمئة"] == m["2,5 بالمئة"] == "votes"  # each candidate's, in brackets
    assert m["71,9 بالمئة"] == m["15,9 بالمئة"] == "votes"  # (مقابل: the runner-up's)
    assert m["15 بالمئة"] == "other"  # the share of the ballots counted so far
    # a share in brackets after a vote share that is of the ballots counted or of a population is no one's vote
    other = _measures(
        "وحصل بوتين على 73,9 بالمئة من الأصوات بعد فرز (60 بالمئة) من بطاقات الاقتراع. "
        "وحصل الحزب على 40 بالمئة من الأصوات في الإقليم الذي يشكل الأكراد (30 بالمئة) من سكانه.",
        day=datetime(2018, 3, 18, 20),
    )
    assert other["73,9 بالمئة"] == other["40 بالمئة"] == "votes"
    assert other["60 بالمئة"] == other["30 بالمئة"] == "other"


def test_a_sum_that_makes_up_part_of_another_is_still_money_and_a_groups_weight_is_no_price():
    m = _measures(
        "أودع برنامج حساب المواطن أمس 2.3 مليار ريال في حسابات مستحقي الدعم، تمثل 2.2 مليار ريال منها الدفعة "
        "الثامنة من قيمة الدعم. وتمثل مجموعة الغذاء قرابة 15% من مؤشر أسعار المستهلكين.",
        day=datetime(2018, 7, 11, 9),
    )
    assert m["2.3 مليار"] == m["2.2 مليار"] == "money"  # (تمثل: a part of the sum, no price)
    assert m["قرابة 15%"] == "other"  # a group's weight in the index


def test_a_share_of_what_a_country_produces_is_no_price_but_the_price_of_oil_is():
    # a random draw of session 27: Sudan's lost oil output had been a price
    m = _measures("وفقد السودان ثلاثة أرباع إنتاجه من النفط بعد انفصال جنوب السودان. وارتفعت أسعار النفط 2 بالمئة.")
    assert m["ثلاثة أرباع"] == "other"
    assert m["2 بالمئة"] == "price"
    # (the review of session 27: output named after a price's move is why it moved)
    assert _measures("وارتفعت أسعار النفط 3 بالمئة بسبب تراجع صادرات إيران.")["3 بالمئة"] == "price"


def test_sums_in_yen_and_won_are_money_and_the_dollar_quoted_in_yen_a_rate():
    # (a random draw of session 23: «بمقدار 440 مليار ين» had been a count of nothing)
    m = _measures(
        "وارتفع الفائض التجاري لليابان ليسجل 626 مليار ين، أي أعلى من توقعات الأسواق بمقدار 440 مليار ين. "
        "وأنفقت وزارة الوحدة قرابة 130 مليون وون على تكاليف الإقامة. "
        "وانخفض الدولار إلى 105.545 ين في التعاملات الآسيوية.",
        day=datetime(2018, 5, 21, 9),
    )
    assert m["626 مليار"] == m["440 مليار"] == m["قرابة 130 مليون"] == "money"
    assert m["105.545"] == "rate"
    # (بين, between, is no ب before the yen)
    assert _measures("وعدد تجار الدولار في السوق السوداء نحو 300 بين دمشق وحلب.")["نحو 300"] == "other"


def test_the_sound_of_shots_is_no_vote():
    # held-out set 45 (BB-internationalNews-879-20180724, the Danforth shooting): «صوت» is a vote and a sound
    measures = _measures("وقال شهود إنهم سمعوا صوت إطلاق أكثر من 20 طلق ناري.")
    assert measures == {"أكثر من 20": "other"}
    assert _measures("وحصل المرشح على 300 ألف صوت في الانتخابات.") == {"300 ألف": "votes"}


def test_chairs_in_parliament_are_seats_and_chairs_alone_are_not():
    # held-out set 46 (CN-internationalNews-713-20181016): Afghanistan's 250 «chairs» in parliament
    assert _measures("ويتنافس نحو 2500 مرشح على 250 كرسي في البرلمان.")["250"] == "seats"
    assert _measures("وتبرعت الجمعية بـ100 كرسي متحرك.") == {"100": "other"}


def test_a_sum_in_rials_against_the_dollar_is_a_rate():
    # held-out set 47 (BB-middleEast-668-20180626), after its first score: the official rate «42 ألف ريال مقابل الدولار»
    # had been money (the rial is no currency of the table alone: ريال مدريد)
    assert _measures("وحظرت التداول بغير السعر الرسمي الذي بلغ 42 ألف ريال مقابل الدولار.") == {"42 ألف": "rate"}
    assert _measures("وبلغت الميزانية 500 ألف ريال.") == {"500 ألف": "money"}


def test_a_sum_joined_by_and_to_a_price_in_its_currency_is_the_prices_other_end():
    # a held-out set of session 28 (SK-sport-290-20180316): the dearest ticket had been a sum of money
    found = _measures("وسيتراوح سعر التذكرة ما بين 70 يورو (86 دولارا) على أقل تقدير، و450 يورو على أقصى تقدير.")
    assert found["450"] == "price"
    # ... whatever the currency's number and case (the review of session 28)
    assert _measures("ويتراوح سعر البرميل بين 70 دولارا على الأقل، و450 دولار على الأكثر.")["450"] == "price"
    # ... and a sum right after «to» a price's change: the level it reached (a random draw of session 28), not a sum
    # told further on
    assert _measures("وزاد خام برنت 52 سنتا، أو ما يعادل 0.8 بالمئة، إلى 65.36 دولار.")["65.36"] == "price"
    text = "وارتفع سعر الذهب 1 بالمئة، فيما خصصت الحكومة مبلغا كبيرا للمشروع وصل إلى 5 مليارات دولار."
    assert _measures(text)["5 مليارات"] == "money"
    # (the review of session 28)
    text = ("وتراجعت أسعار النفط في الأسواق العالمية خلال تعاملات يوم الاثنين بنحو 3 بالمئة، ما أدى إلى 5 مليارات "
            "دولار خسائر للشركات.")
    assert _measures(text)["5 مليارات"] == "money"
    # ... but not a sum in another currency
    text = ("وسيتراوح سعر التذكرة ما بين 70 يورو على أقل تقدير، فيما خصصت اللجنة المنظمة للحفل ميزانية كبيرة للتنظيم، "
            "و450 ألف دولار للأمن.")
    assert _measures(text)["450 ألف"] == "money"


def test_victims_of_a_scandal_or_a_fraud_are_not_the_dead():
    # a whole-store draw of session 43 (story 5318): «ما يصل إلى 2.7 مليون شخص أوروبي ربما وقعوا ضحية فضيحة تسريب
    # بيانات فيسبوك» had been 2.7 million killed
    text = "أقر الاتحاد الأوروبي بأن ما يصل إلى 2.7 مليون شخص أوروبي ربما وقعوا ضحية فضيحة تسريب بيانات فيسبوك."
    assert _measures(text)["ما يصل إلى 2.7 مليون"] == "other"
    assert _measures("وقتل 20 شخصا وقعوا ضحية هجوم انتحاري.")["20"] == "killed"


def test_the_forces_deployed_for_a_polling_day_cast_no_votes():
    # H96 (FR-internationalNews-2289-20180714): Pakistan's troops had been read as votes
    m = _measures("وكان الجيش قد أعلن أنه يعتزم نشر أكثر من 370 ألف عنصر لتأمين يوم الاقتراع.")
    assert m["أكثر من 370 ألف"] != "votes"
    assert _measures("وأدلى أكثر من 370 ألف ناخب بأصواتهم يوم الاقتراع.")["أكثر من 370 ألف"] == "votes"


def test_a_party_represented_by_its_deputies_has_seats_and_a_knockout_blow_is_no_strike():
    # a whole-store draw of session 48 (seed 51): «الممثل بخمسة نواب ضربة قاضية» made five Basque deputies strikes
    assert _measures("وجه حزب الباسك القومي الممثل بخمسة نواب ضربة قاضية للحكومة.")["بخمسة"] == "seats"
    assert _measures("وجهت الطائرات ثلاث ضربات قوية لمواقع المسلحين.")["ثلاث"] == "strikes"


def test_the_dollar_in_roubles_is_a_rate():
    # a whole-store draw of session 48 (seed 51): the rouble's accusative was no currency a rate is quoted in
    assert _measures("تجاوز الدولار الأميركي لفترة قصيرة، الإثنين، عتبة السبعين روبلا.")["السبعين"] == "rate"
