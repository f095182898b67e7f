"""Pages in scripts without letter case (Chinese, Japanese, Thai, Burmese) or without a mark
at a sentence's end (Thai): what Title Case and full stops tell in English must come from
elsewhere, or nothing at all must be read from their absence."""

from __future__ import annotations

import newsclean
from newsclean.features import _text_features

ZH = [
    "市议会周一晚间召开会议，经过长时间的辩论，议员们最终同意拨款重建城东的旧桥，工程预计明年春天开工。",
    "市长在会后表示，新桥将拓宽为四条车道，并增设自行车道和人行道，以缓解早晚高峰时段的交通拥堵问题。",
    "反对者认为，预算中没有考虑施工期间的临时交通安排，要求市政府在下个月之前公布详细的分流方案。",
    "据市政部门估算，整个工程将耗资约四亿元，其中一半由省级财政承担，其余部分由市财政分三年支付。",
]
ZH_MENU = ["首页", "时政", "资讯", "财经", "生活", "视频", "专栏", "双语", "原创", "评论", "国际", "体育",
           "科技", "文化", "教育", "健康", "旅游", "汽车"]
ZH_FOOT = ["关于我们", "联系我们", "广告服务", "版权声明", "网站地图"]

TH = [
    "สภาเทศบาลมีมติเมื่อวันจันทร์ให้สร้างสะพานแห่งใหม่ข้ามแม่น้ำสายหลักของเมือง หลังจากการอภิปรายที่ยืดเยื้อกว่าสามชั่วโมง "
    "โดยคาดว่าจะเริ่มก่อสร้างได้ในต้นปีหน้า",
    "นายกเทศมนตรีกล่าวว่าสะพานใหม่จะมีช่องจราจรสี่ช่องพร้อมทางจักรยานและทางเดินเท้า เพื่อช่วยลดปัญหาการจราจรติดขัด "
    "ในช่วงเช้าและเย็นของวันทำงาน",
    "ฝ่ายค้านเห็นว่างบประมาณยังไม่ได้คำนึงถึงการจัดการจราจรชั่วคราวระหว่างการก่อสร้าง และเรียกร้องให้เทศบาลเปิดเผย "
    "แผนการเบี่ยงเส้นทางโดยละเอียดภายในเดือนหน้า",
]
TH_MENU = ["หน้าแรก", "การเมือง", "เศรษฐกิจ", "ต่างประเทศ", "กีฬา", "บันเทิง", "สังคม", "ไอที",
           "สุขภาพ", "ท่องเที่ยว", "การศึกษา", "สิ่งแวดล้อม", "แรงงาน", "วัฒนธรรม", "ภูมิภาค", "ข่าวรอบวัน"]


def test_a_chinese_pages_menus_are_not_read_as_content() -> None:
    page = "\n\n".join(["重建旧桥获市议会批准 - 示例日报", *ZH_MENU, "重建旧桥获市议会批准", *ZH, *ZH_FOOT])
    doc = newsclean.clean(page, format="text")
    assert all(p in doc.text for p in ZH)
    assert not any(line in doc.text.split("\n\n") for line in ZH_MENU + ZH_FOOT)


def test_a_summary_printed_above_the_menus_is_no_articles_start() -> None:
    # the page's summary (the lead again) above its menus: the menus are still the page's
    page = "\n\n".join(["重建旧桥获市议会批准", ZH[0], *ZH_MENU, "重建旧桥获市议会批准", *ZH, *ZH_FOOT])
    doc = newsclean.clean(page, format="text")
    assert all(p in doc.text for p in ZH[1:])
    assert not any(line in doc.text.split("\n\n") for line in ZH_MENU + ZH_FOOT)


def test_a_chinese_read_next_box_ends_the_article() -> None:
    heads = ["黄河流域文物保护传承观察", "十月份市场销售加快恢复", "个人养老金落地满周年", "乡村课堂走俏"]
    page = "\n\n".join(["重建旧桥获市议会批准", "2023-11-17 20:52 来源：示例网", *ZH, "阅读下一篇：", *heads])
    doc = newsclean.clean(page, format="text")
    assert all(p in doc.text for p in ZH)
    assert not any(h in doc.text for h in heads)


def test_thai_paragraphs_are_prose_without_a_full_stop() -> None:
    donate = "สนับสนุนเรา ..."
    page = "\n\n".join(["ข่าวท้องถิ่น", *TH_MENU, "สภาเทศบาลอนุมัติสร้างสะพานใหม่", *TH, donate, *TH_MENU[:6]])
    doc = newsclean.clean(page, format="text")
    assert all(p in doc.text for p in TH)
    assert "การเมือง" not in doc.text.split("\n\n")
    # a Thai headline is no paragraph: the length tells them apart where no stop does
    assert not _text_features("สภาเทศบาลอนุมัติสร้างสะพานใหม่ข้ามแม่น้ำ", frozenset())[2]


def test_the_full_stops_of_other_scripts_end_sentences() -> None:
    burmese = "မြို့တော်ကောင်စီသည် တနင်္လာနေ့တွင် တံတားအသစ်တစ်စင်း ဆောက်လုပ်ရန် ဆုံးဖြတ်ခဲ့သည်။"
    hindi = "नगर परिषद ने सोमवार को लंबी बहस के बाद नदी पर नया पुल बनाने का फैसला किया।"
    urdu = "شہر کی کونسل نے پیر کو طویل بحث کے بعد دریا پر نیا پل بنانے کا فیصلہ کیا۔"
    for sentence in (burmese, hindi, urdu):
        assert _text_features(sentence, frozenset())[2], sentence
        assert not _text_features(sentence[:-1], frozenset())[2], sentence


def test_a_pronunciation_line_is_no_menu_entry() -> None:
    # IPA's stress mark is a modifier letter without case: it reads as no capital
    from newsclean.scores import title_case_share

    assert title_case_share("/ ˈrɛstrɒŋ, -rɒnt, ˈrɛstəˌrɒŋ /") < 0.5
    assert title_case_share("时政 资讯 财经") == 1.0


def test_a_bare_address_is_no_headline() -> None:
    # a share box's "copy this link" right above the article
    paragraph = ("The council met on a wet evening and agreed, after a long debate, to rebuild the bridge "
                 "over the river before the spring floods reach the town. ")
    page = "\n\n".join(["Home", "News", "Sport", "Share this page", "Copy this link",
                        "https://example.com/news/council-bridge-vote-2024", paragraph * 2, paragraph * 3])
    doc = newsclean.clean(page, format="text")
    assert doc.metadata.title is None or "://" not in doc.metadata.title


def test_a_thai_related_box_heading_is_a_short_line() -> None:
    # Thai spells a word with four letters and marks or so: a box's heading counted as nine
    # "words" (two characters each) passed every short-line rule's limit
    assert _text_features("เรื่องที่เกี่ยวข้อง", frozenset())[0] <= 5
    links = ["เทศบาลเตรียมขึ้นค่าโดยสารรถเมล์ปีหน้า", "เปิดรับฟังความคิดเห็นเรื่องสะพานใหม่"]
    doc = newsclean.clean("\n\n".join(["สภาเทศบาลอนุมัติสร้างสะพานใหม่", *TH, "เรื่องที่เกี่ยวข้อง", *links]), format="text")
    assert all(p in doc.text for p in TH)
    assert any(r.text == "เรื่องที่เกี่ยวข้อง" and r.category == "related" for r in doc.removed)
    assert not any(link in doc.text for link in links)


def test_an_agencys_credit_after_the_last_sentence_leaves_it_prose() -> None:
    # a wire story's last paragraph signed by its agency and photographer: "。(c)AFP/Jane Roe"
    ja = "市は来月から住民説明会を開き、意見を聞いたうえで、年内に計画の最終案をまとめる方針だと指摘している。(c)AFP/Jane ROE"
    en = "The council will publish its final plan before the end of the year, the mayor said. (c)AFP/Jane Roe"
    for text in (ja, en):
        assert _text_features(text, frozenset())[2], text
    assert not _text_features("Photo by Jane Roe (c)AFP", frozenset())[2]
