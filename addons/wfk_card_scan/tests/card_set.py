"""A generated test set of business cards: bilingual Chinese/English, German/English and English layouts.

Each card is drawn with Pillow in the Noto CJK fonts (Debian's ``fonts-noto-cjk``), rotated by a few
degrees and saved as a JPEG of middling quality, as a phone photo of a card on a desk would be; some carry
a vCard or MECARD QR code. ``CARDS`` holds what is printed (the expected reading); ``render`` draws one.
All people and companies are fictional.
"""

import io
import random

import qrcode
from PIL import Image
from PIL import ImageDraw
from PIL import ImageFont

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SC = 2  # index of the Simplified Chinese face in the collection

# name, latin, function, company (characters), company_latin, email, mobile (as printed), phone, street, website,
# wechat, layout, qr ("vcard", "mecard" or None)
CARDS = [
    {
        "key": "zh_zhang_wei",
        "person_name": "张伟",
        "person_name_latin": "Zhang Wei",
        "function": "总经理 General Manager",
        "company_name": "扬州华鑫精密机械有限公司",
        "company_name_latin": "Yangzhou Huaxin Precision Machinery Co., Ltd.",
        "email": "zhang.wei@huaxin-jm.cn",
        "mobile": "+86 138 1234 5678",
        "street": "江苏省扬州市邗江区文昌西路88号",
        "website": "www.huaxin-jm.cn",
        "wechat": "zhangwei_hx",
        "layout": "zh",
    },
    {
        "key": "zh_li_na",
        "person_name": "李娜",
        "person_name_latin": "Li Na",
        "function": "国际合作部 经理",
        "company_name": "佛山智造机器人科技有限公司",
        "company_name_latin": "Foshan Smart Robotics Technology Co., Ltd.",
        "email": "lina@fs-robotics.com",
        "mobile": "+86 139 2288 7766",
        "phone": "+86 757 8123 4567",
        "street": "广东省佛山市南海区桂城街道科技路6号",
        "layout": "zh",
        "qr": "vcard",
    },
    {
        "key": "zh_wang_fang",
        "person_name": "王芳",
        "person_name_latin": "Wang Fang",
        "function": "副院长 Vice Dean",
        "company_name": "上海交通大学技术转移中心",
        "company_name_latin": "Technology Transfer Center, Shanghai Jiao Tong University",
        "email": "wangfang@sjtu-ttc.edu.cn",
        "mobile": "+86 136 0170 2345",
        "street": "上海市闵行区东川路800号",
        "layout": "zh",
    },
    {
        "key": "zh_chen_gang",
        "person_name": "陈刚",
        "person_name_latin": "Chen Gang",
        "function": "董事长",
        "company_name": "滁州新能源汽车零部件有限公司",
        "company_name_latin": "Chuzhou New Energy Auto Parts Co., Ltd.",
        "email": "chengang@cz-nev.cn",
        "mobile": "+86 150 5509 1234",
        "phone": "+86 550 312 4567",
        "street": "安徽省滁州市经济技术开发区长江路99号",
        "wechat": "chen_gang_cz",
        "layout": "zh",
    },
    {
        "key": "zh_liu_yang",
        "person_name": "刘洋",
        "person_name_latin": "Liu Yang",
        "function": "销售总监 Sales Director",
        "company_name": "扬州绿源环保设备有限公司",
        "company_name_latin": "Yangzhou Green Source Environmental Equipment Co., Ltd.",
        "email": "liuyang@greensource-yz.com",
        "mobile": "+86 187 5274 6688",
        "street": "江苏省扬州市广陵区运河北路12号",
        "layout": "zh",
        "qr": "mecard",
    },
    {
        "key": "zh_zhao_min",
        "person_name": "赵敏",
        "person_name_latin": "Zhao Min",
        "function": "项目主管",
        "company_name": "佛山市南海区经济促进局",
        "company_name_latin": "Economic Promotion Bureau of Nanhai District, Foshan",
        "email": "zhaomin@nanhai-invest.gov.cn",
        "mobile": "+86 135 3399 8877",
        "layout": "zh",
    },
    {
        "key": "zh_sun_lei",
        "person_name": "孙磊",
        "person_name_latin": "Sun Lei",
        "function": "研发工程师 R&D Engineer",
        "company_name": "上海精准医疗器械股份有限公司",
        "company_name_latin": "Shanghai Precision Medical Devices Co., Ltd.",
        "email": "sunlei@precimed.cn",
        "mobile": "+86 158 0213 4567",
        "website": "www.precimed.cn",
        "layout": "zh",
    },
    {
        "key": "zh_zhou_jie",
        "person_name": "周杰",
        "person_name_latin": "Zhou Jie",
        "function": "总裁 President",
        "company_name": "扬州数字科技园发展有限公司",
        "company_name_latin": "Yangzhou Digital Science Park Development Co., Ltd.",
        "email": "zhoujie@yz-digipark.com",
        "mobile": "+86 189 0514 2233",
        "phone": "+86 514 8765 4321",
        "layout": "zh",
        "qr": "vcard",
    },
    {
        "key": "zh_huang_li",
        "person_name": "黄丽",
        "person_name_latin": "Huang Li",
        "function": "商务代表",
        "company_name": "佛山陶瓷新材料研究院",
        "company_name_latin": "Foshan Institute of Advanced Ceramics",
        "email": "huangli@fs-ceramics.org",
        "mobile": "+86 137 2841 5566",
        "street": "广东省佛山市禅城区季华五路22号",
        "layout": "zh",
    },
    {
        "key": "zh_xu_ming",
        "person_name": "徐明",
        "person_name_latin": "Xu Ming",
        "function": "采购经理 Purchasing Manager",
        "company_name": "滁州家电制造集团",
        "company_name_latin": "Chuzhou Home Appliance Manufacturing Group",
        "email": "xuming@czhag.com",
        "mobile": "+86 133 5501 7788",
        "layout": "zh",
    },
    {
        "key": "de_mueller",
        "person_name_latin": "Dr. Anna Müller",
        "function": "Geschäftsführerin Managing Director",
        "company_name_latin": "Pfalz Composite Technologies GmbH",
        "email": "a.mueller@pfalz-composite.de",
        "mobile": "+49 151 2345 6789",
        "phone": "+49 631 3456 780",
        "street": "Trippstadter Straße 110, 67663 Kaiserslautern",
        "website": "www.pfalz-composite.de",
        "layout": "de",
    },
    {
        "key": "de_schneider",
        "person_name_latin": "Thomas Schneider",
        "function": "Leiter Internationalisierung Head of Internationalisation",
        "company_name_latin": "Westpfalz Maschinenbau AG",
        "email": "t.schneider@westpfalz-mb.de",
        "mobile": "+49 170 9876 543",
        "phone": "+49 631 2050 100",
        "street": "Merkurstraße 45, 67663 Kaiserslautern",
        "layout": "de",
        "qr": "vcard",
    },
    {
        "key": "de_weber",
        "person_name_latin": "Julia Weber",
        "function": "Projektleiterin Project Manager",
        "company_name_latin": "Institut für Produktionssimulation Kaiserslautern",
        "email": "julia.weber@ips-kl.de",
        "mobile": "+49 160 4455 667",
        "street": "Fraunhofer-Platz 1, 67663 Kaiserslautern",
        "layout": "de",
    },
    {
        "key": "de_fischer",
        "person_name_latin": "Markus Fischer",
        "function": "Vertriebsleiter Asien Sales Director Asia",
        "company_name_latin": "Fischer Antriebstechnik GmbH & Co. KG",
        "email": "m.fischer@fischer-antrieb.de",
        "mobile": "+49 175 1122 334",
        "phone": "+49 6301 7070 0",
        "street": "Industriestraße 8, 67685 Weilerbach",
        "layout": "de",
    },
    {
        "key": "de_becker",
        "person_name_latin": "Sabine Becker",
        "function": "Referentin China China Desk",
        "company_name_latin": "Wirtschaftsförderungsgesellschaft Kaiserslautern mbH",
        "email": "s.becker@wfk-kl.de",
        "mobile": "+49 152 0987 6543",
        "phone": "+49 631 3652 0",
        "street": "Fruchthallstraße 14, 67655 Kaiserslautern",
        "website": "www.wfk-kl.de",
        "wechat": "sabine_wfk",
        "layout": "de",
    },
    {
        "key": "de_hoffmann",
        "person_name_latin": "Prof. Klaus Hoffmann",
        "function": "Professor Lehrstuhl für Werkstofftechnik",
        "company_name_latin": "Technische Universität Kaiserslautern",
        "email": "hoffmann@mv.uni-kl.de",
        "phone": "+49 631 205 4321",
        "mobile": "+49 171 5556 667",
        "layout": "de",
        "qr": "mecard",
    },
    {
        "key": "de_wagner",
        "person_name_latin": "Lena Wagner",
        "function": "Ingenieurin Qualitätssicherung",
        "company_name_latin": "Lautertal Medizintechnik GmbH",
        "email": "l.wagner@lautertal-medtech.de",
        "mobile": "+49 157 3344 5566",
        "layout": "de",
    },
    {
        "key": "en_smith",
        "person_name_latin": "James Smith",
        "function": "Business Development Manager",
        "company_name_latin": "Global Logistics Partners Ltd.",
        "email": "james.smith@glp-logistics.com",
        "mobile": "+49 162 7788 990",
        "website": "www.glp-logistics.com",
        "layout": "en",
    },
    {
        "key": "en_brown",
        "person_name_latin": "Emily Brown",
        "function": "Director of Partnerships",
        "company_name_latin": "Rhine Valley Innovation Center",
        "email": "emily.brown@rv-innovation.eu",
        "mobile": "+49 176 2233 4455",
        "layout": "en",
        "qr": "vcard",
    },
    {
        "key": "en_lin",
        "person_name_latin": "Kevin Lin",
        "function": "Chief Representative, Germany Office",
        "company_name_latin": "Yangzhou Technology Transfer Center",
        "email": "kevin.lin@yz-ttc.cn",
        "mobile": "+86 152 5100 3344",
        "layout": "en",
    },
    {
        "key": "en_garcia",
        "person_name_latin": "Maria Garcia",
        "function": "Sales Manager Europe",
        "company_name_latin": "Sino-German Trade Services Inc.",
        "email": "m.garcia@sgts-trade.com",
        "mobile": "+49 159 0123 4567",
        "phone": "+49 69 1234 5678",
        "layout": "en",
    },
    {
        "key": "en_wu",
        "person_name_latin": "Wu Hao",
        "function": "CEO",
        "company_name_latin": "Foshan Cloud Robotics Limited",
        "email": "wuhao@fscloudrobotics.com",
        "mobile": "+86 138 2600 1122",
        "website": "www.fscloudrobotics.com",
        "layout": "en",
    },
]

LABELS = {
    "zh": {
        "mobile": "手机 Mobile",
        "phone": "电话 Tel",
        "email": "邮箱 E-mail",
        "street": "地址",
        "wechat": "微信 WeChat",
    },
    "de": {"mobile": "Mobil", "phone": "Tel.", "email": "E-Mail", "street": "", "wechat": "WeChat"},
    "en": {"mobile": "Mobile", "phone": "Phone", "email": "Email", "street": "", "wechat": "WeChat"},
}


def vcard(card):
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    name = card.get("person_name") or card["person_name_latin"]
    lines.append(f"FN:{name}")
    lines.append(f"N:{name};;;;")
    lines.append(f"ORG:{card.get('company_name') or card['company_name_latin']}")
    if card.get("function"):
        lines.append(f"TITLE:{card['function']}")
    lines.append(f"EMAIL;TYPE=INTERNET:{card['email']}")
    if card.get("mobile"):
        lines.append(f"TEL;TYPE=CELL:{card['mobile']}")
    if card.get("phone"):
        lines.append(f"TEL;TYPE=WORK:{card['phone']}")
    lines.append("END:VCARD")
    return "\n".join(lines)


def mecard(card):
    name = card.get("person_name") or card["person_name_latin"]
    org = card.get("company_name") or card["company_name_latin"]
    return f"MECARD:N:{name};ORG:{org};TEL:{card['mobile']};EMAIL:{card['email']};;"


def render(card, seed=0, size=(1050, 600), quality=72, qr_text=None, blank=False, blur=False):
    """The card as JPEG bytes: white card, text in Noto, slightly rotated; a QR code on the right if asked."""
    rng = random.Random(f"{card['key']}-{seed}")
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    scale = size[0] / 1050
    big = ImageFont.truetype(BOLD, int(52 * scale), index=SC)
    medium = ImageFont.truetype(FONT, int(30 * scale), index=SC)
    small = ImageFont.truetype(FONT, int(25 * scale), index=SC)
    if not blank:
        labels = LABELS[card["layout"]]
        y = 45 * scale
        x = 60 * scale
        if card.get("person_name"):
            draw.text((x, y), card["person_name"], font=big, fill="black")
            y += 75 * scale
            draw.text((x, y), card["person_name_latin"], font=medium, fill="black")
            y += 45 * scale
        else:
            draw.text((x, y), card["person_name_latin"], font=big, fill="black")
            y += 80 * scale
        draw.text((x, y), card["function"], font=small, fill=(60, 60, 60))
        y += 65 * scale
        if card.get("company_name"):
            draw.text((x, y), card["company_name"], font=medium, fill=(20, 40, 120))
            y += 42 * scale
        draw.text(
            (x, y), card["company_name_latin"], font=small if card.get("company_name") else medium, fill=(20, 40, 120)
        )
        y += 60 * scale
        for key in ("mobile", "phone", "email"):
            if card.get(key):
                draw.text((x, y), f"{labels[key]}: {card[key]}", font=small, fill="black")
                y += 36 * scale
        if card.get("street"):
            label = f"{labels['street']}：" if labels["street"] else ""
            draw.text((x, y), f"{label}{card['street']}", font=small, fill="black")
            y += 36 * scale
        extras = [card["website"]] if card.get("website") else []
        if card.get("wechat"):
            extras.append(f"{labels['wechat']}: {card['wechat']}")
        if extras:
            draw.text((x, y), "   ".join(extras), font=small, fill="black")
    text = qr_text or (
        None if blank else {"vcard": vcard, "mecard": mecard}.get(card.get("qr"), lambda card: None)(card)
    )
    if text:
        code = qrcode.make(text, box_size=4, border=2).convert("RGB")
        side = int(230 * scale)
        image.paste(code.resize((side, side)), (size[0] - side - int(40 * scale), int(40 * scale)))
    if blur:
        from PIL import ImageFilter

        image = image.filter(ImageFilter.GaussianBlur(radius=9 * scale))
    image = image.rotate(rng.uniform(-4, 4), expand=True, fillcolor=(235, 235, 230))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()
