"""Business cards read on the server, offline: a photo in, the proposed contact fields out.

Pure code, no Odoo: ``wfk.card.scan`` calls :func:`read_card` and stores what it proposes.

- **Image**: Pillow opens it (anything else is refused), turns it upright by its EXIF orientation and
  scales it down to ``MAX_SIDE`` pixels on the long side (a 40-megapixel phone photo reads as well as a
  scan, and much faster). Images beyond Pillow's decompression-bomb limit are refused.
- **QR codes**: ``zxing-cpp``; a vCard (``vobject``) or MECARD fills the fields it carries and wins over
  what OCR found for them.
- **Text**: ``rapidocr-onnxruntime`` (PP-OCR Chinese and English models inside its wheel, run by
  onnxruntime on the CPU): one line of text per box, with its position and height.
- **Understanding**: each line is given at most one field by :data:`LINE_RULES`, one readable table, in
  order; telephone numbers are recognised and normalised by ``phonenumbers`` (+86 mobiles, +49 numbers) and
  classified as mobile or landline; the person's name is the most prominent short line of characters (or of
  Latin words) that no rule claimed, and its pinyin links it to the Latin name.
"""

import io
import logging
import re
import threading
from dataclasses import dataclass
from dataclasses import field

import phonenumbers
from PIL import Image
from PIL import ImageOps
from PIL import UnidentifiedImageError
from pypinyin import lazy_pinyin

_logger = logging.getLogger(__name__)

MAX_SIDE = 1280  # pixels on the long side the OCR reads: enough for a card photographed edge to edge
MIN_CONFIDENCE = 0.6  # OCR lines below this are ignored
PHONE_REGIONS = ("CN", "DE")  # numbers without a country code are tried as Chinese, then German

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
WEBSITE = re.compile(r"(?:https?://|www\.)[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:/\S*)?", re.IGNORECASE)
WECHAT = re.compile(r"(?:(?:微信|WeChat|WeiXin)\s*(?:ID|号)?\s*[:：]?\s*)+([A-Za-z][-_A-Za-z0-9]{5,19})", re.IGNORECASE)
LABEL = re.compile(
    r"^\s*(?:(?:手机|移动电话|电话|座机|传真|邮箱|电邮|地址|网址|微信|Mobile|Mobil|Handy|Cell|Tel\.?|Telefon|Phone|Fax|"
    r"E-?mail|Mail|Address|Adresse|Web(?:site)?)\s*[:：.]?|[MTFE]\s*[:：.])\s*",
    re.IGNORECASE,
)
WECHAT_LABEL = re.compile(r"微信|WeChat|WeiXin", re.IGNORECASE)
FAX = re.compile(r"传真|Fax", re.IGNORECASE)

# What a line is, tried in this order; the first rule that matches claims the line. ``pattern`` is searched
# in the line; ``field`` receives the line without its label (``street``, ``function``, ``company``).
COMPANY_WORDS = (
    r"有限公司|有限责任公司|股份公司|集团|研究院|研究所|研究中心|中心|大学|学院|协会|商会|管委会|委员会|开发区|产业园|科技园|"
    r"局$|政府|办公室|"
    r"GmbH|mbH|\bAG\b|\bKG\b|\bSE\b|e\.\s?V\.|Co\.,?\s*Ltd|Ltd\.?|Limited|Inc\.?|Corporation|Group|"
    r"Institut[e]?|University|Universit[äa]t|Hochschule|Fraunhofer|Association|Chamber|Kammer|Zentrum|Center|Centre|"
    r"Park\b|Administration|Bureau|Agency|Authority|Council|Ministry|Department|Gesellschaft"
)
FUNCTION_WORDS = (
    r"经理|总经理|副总|总监|主任|主管|总裁|董事|董事长|工程师|秘书长|会长|院长|所长|教授|处长|科长|部长|代表|顾问|"
    r"Manager|Director|CEO|CTO|CFO|President|Chairman|Engineer|Head of|Head\b|Officer|Representative|Consultant|"
    r"Professor|Secretary|Geschäftsführer|Geschäftsführerin|Leiter|Leiterin|Referent|Referentin|"
    r"Vertrieb|Sales|Ingenieur|Ingenieurin|Berater|Beraterin|Projektleiter"
)
ADDRESS_WORDS = (
    r"地址|Address|Adresse|省|市|区|县|路|街|号楼?|大道|Stra(?:ß|ss|B|b)e|Str\.|Platz|Allee|Weg\b|Ring\b|Road|"
    r"Street|Avenue|\b\d{5}\b\s*[A-ZÄÖÜ][a-zäöüß]+"
)
# an address written out: a labelled line, a Chinese province/city + district + road, a German street + number
STRONG_ADDRESS = re.compile(
    r"^\s*(?:地址|Address|Adresse)|(?:省|市).*(?:区|县).*(?:路|街|道|号)|"
    r"[A-Za-zäöüß-]+(?:stra(?:ß|ss|B|b)e|str\.|platz|allee|weg|ring)\s*\d+",
    re.IGNORECASE,
)
LINE_RULES = [
    # (kind, pattern)
    ("street", STRONG_ADDRESS),
    ("email", EMAIL),
    ("wechat", WECHAT),
    ("website", WEBSITE),
    ("phone", re.compile(r"(?:\+?\d[\d\s()./-]{6,}\d)")),
    ("function", re.compile(FUNCTION_WORDS, re.IGNORECASE)),
    ("company", re.compile(COMPANY_WORDS, re.IGNORECASE)),
    ("street", re.compile(ADDRESS_WORDS)),
]
PROPOSAL_FIELDS = (
    "person_name",
    "person_name_latin",
    "function",
    "company_name",
    "company_name_latin",
    "email",
    "mobile",
    "phone",
    "website",
    "street",
    "wechat",
)


class CardError(ValueError):
    """The photo cannot be read as a card. ``code`` says why (the caller words it in the user's language):
    ``empty``, ``not_image``, ``too_large``, ``qr_without_contact``, ``no_name``."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


@dataclass
class Line:
    text: str
    top: float
    left: float
    height: float
    confidence: float


@dataclass
class CardReading:
    """What was read from a card: the proposal, the raw lines and QR contents."""

    fields: dict = field(default_factory=dict)
    lines: list = field(default_factory=list)
    qr_texts: list = field(default_factory=list)
    from_qr: set = field(default_factory=set)

    @property
    def text(self):
        return "\n".join(line.text for line in self.lines)


_engine = None
_engine_lock = threading.Lock()


def get_engine():
    """The OCR engine of this process, loaded once (the models are inside the package)."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                from rapidocr_onnxruntime import RapidOCR

                # a wider box around each detected line than the default (1.6): no first or last letter cut off
                _engine = RapidOCR(det_unclip_ratio=2.0)
    return _engine


# --- the image ---------------------------------------------------------------------------------------


def open_image(data):
    """The photo upright, in RGB, at most ``MAX_SIDE`` pixels on its long side."""
    if not data:
        raise CardError("empty")
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except Image.DecompressionBombError as error:
        raise CardError("too_large") from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise CardError("not_image") from error
    image = ImageOps.exif_transpose(image).convert("RGB")
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return image


def read_qr_codes(image):
    """The texts of the QR codes (and other barcodes) on the photo."""
    import zxingcpp

    return [result.text for result in zxingcpp.read_barcodes(image) if result.text]


def read_lines(image):
    """The lines of text on the photo, top to bottom, left to right."""
    import numpy

    result, _elapsed = get_engine()(numpy.asarray(image))
    lines = []
    for box, text, confidence in result or ():
        if float(confidence) < MIN_CONFIDENCE or not text.strip():
            continue
        ys = [point[1] for point in box]
        xs = [point[0] for point in box]
        lines.append(Line(text.strip(), min(ys), min(xs), max(ys) - min(ys), float(confidence)))
    lines.sort(key=lambda line: (round(line.top / max(line.height, 1) / 0.8), line.left))
    return lines


# --- QR contents ----------------------------------------------------------------------------------------


def parse_qr(text):
    """The fields a vCard or MECARD carries (``{}`` for anything else, e.g. a web address only)."""
    text = (text or "").strip()
    if text.upper().startswith("BEGIN:VCARD"):
        return _parse_vcard(text)
    if text.upper().startswith("MECARD:"):
        return _parse_mecard(text[7:])
    return {}


def _parse_vcard(text):
    import vobject

    try:
        card = vobject.readOne(text)
    except Exception as error:
        _logger.info("Unreadable vCard in a QR code: %s", error)
        return {}
    values = {}
    contents = card.contents
    if "fn" in contents:
        _set_name(values, contents["fn"][0].value)
    if "org" in contents:
        organisation = contents["org"][0].value
        _set_company(values, organisation[0] if isinstance(organisation, list) else organisation)
    if "title" in contents:
        values["function"] = contents["title"][0].value
    if "email" in contents:
        values["email"] = contents["email"][0].value
    for tel in contents.get("tel", ()):
        kinds = {kind.lower() for kind in tel.params.get("TYPE", ())}
        number = normalise_phone(tel.value)
        if not number:
            continue
        if "cell" in kinds or is_mobile(number):
            values.setdefault("mobile", number)
        elif "fax" not in kinds:
            values.setdefault("phone", number)
    if "url" in contents:
        values["website"] = contents["url"][0].value
    if "adr" in contents:
        address = contents["adr"][0].value
        values["street"] = " ".join(
            part for part in (address.street, address.code, address.city, address.region, address.country) if part
        ).strip()
    for key in ("x-wechat", "x-weixin"):
        if key in contents:
            values["wechat"] = contents[key][0].value
    return {key: value for key, value in values.items() if value}


def _parse_mecard(body):
    values = {}
    for part in re.split(r"(?<!\\);", body):
        key, _sep, value = part.partition(":")
        value = value.replace("\\;", ";").replace("\\:", ":").strip()
        key = key.strip().upper()
        if not value:
            continue
        if key == "N":
            _set_name(values, " ".join(reversed(value.split(","))) if "," in value else value)
        elif key == "ORG":
            _set_company(values, value)
        elif key == "TEL":
            number = normalise_phone(value)
            if number:
                values.setdefault("mobile" if is_mobile(number) else "phone", number)
        elif key == "EMAIL":
            values["email"] = value
        elif key == "URL":
            values["website"] = value
        elif key == "ADR":
            values["street"] = value.replace(",", " ").strip()
        elif key == "TITLE":
            values["function"] = value
    return values


def _set_name(values, name):
    if CJK.search(name):
        values["person_name"] = re.sub(r"\s+", "", name)
    else:
        values["person_name_latin"] = name.strip()


def _set_company(values, name):
    """The company in the field of its script, unless one was found before (the first line wins)."""
    values.setdefault("company_name" if CJK.search(name) else "company_name_latin", name.strip())


# --- telephone numbers ---------------------------------------------------------------------------------


def normalise_phone(text):
    """The first telephone number in ``text`` in international form (+86 138 1234 5678), or ``None``."""
    for region in PHONE_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
            if phonenumbers.is_valid_number(match.number):
                return phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return None


def e164(number):
    """``number`` (as ``normalise_phone`` writes it) as Odoo stores it sanitised: +8613812345678."""
    number = normalise_phone(number or "")
    if not number:
        return ""
    return phonenumbers.format_number(phonenumbers.parse(number, None), phonenumbers.PhoneNumberFormat.E164)


def is_mobile(number):
    parsed = phonenumbers.parse(number, None)
    return phonenumbers.number_type(parsed) in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ) and not (parsed.country_code == 49 and str(parsed.national_number)[:1] != "1")


# --- lines to fields -------------------------------------------------------------------------------------


def strip_label(text):
    return respace(LABEL.sub("", text, count=1).strip(" :：·|"))


def respace(text):
    """What the OCR misses on Latin text put back: dropped spaces (ZhangWei → Zhang Wei, Co.,Ltd. → Co., Ltd.),
    ß read as B, and the umlauts of words frequent on German cards (see :data:`UMLAUT_WORDS`)."""
    text = re.sub(r"(?<=[Ss]tra)\s?B(?=e\b|e\s*\d)", "ß", text)
    text = re.sub(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])", " ", text)
    text = re.sub(r"(?<=[,;])(?=[A-Za-z])", " ", text)
    text = re.sub(r"(?<=[A-Za-z])(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])(?=[A-Za-z])", " ", text)
    for pattern, replacement in UMLAUT_WORDS:
        text = pattern.sub(replacement, text)
    return text


# The PP-OCR Latin model reads ä, ö, ü as a, o, u: restored in words that German business cards often carry.
UMLAUT_WORDS = [
    (re.compile(rf"\b{wrong}", re.IGNORECASE if wrong.islower() else 0), right)
    for wrong, right in (
        ("fur\\b", "für"),
        ("Geschaftsfuhr", "Geschäftsführ"),
        ("Geschaftsleitung", "Geschäftsleitung"),
        ("Universitat", "Universität"),
        ("Qualitat", "Qualität"),
        ("Wirtschaftsforderung", "Wirtschaftsförderung"),
        ("Forderung", "Förderung"),
        ("Buro", "Büro"),
        ("Munchen", "München"),
        ("Koln", "Köln"),
        ("Dusseldorf", "Düsseldorf"),
        ("Nurnberg", "Nürnberg"),
        ("Saarbrucken", "Saarbrücken"),
    )
]


def parse_lines(lines):
    """The proposal from the OCR lines: {field: value} (see :data:`LINE_RULES`)."""
    values = {}
    unclaimed = []
    for line in lines:
        text = line.text
        claimed = False
        for kind, pattern in LINE_RULES:
            match = pattern.search(text)
            if not match:
                continue
            if kind == "email":
                values.setdefault("email", match.group(0).lower().rstrip("."))
            elif kind == "wechat":
                values.setdefault("wechat", match.group(1))
            elif kind == "website":
                address = WEBSITE.search(WECHAT_LABEL.split(text)[0])
                if not address:
                    continue
                values.setdefault("website", address.group(0).rstrip(".,;"))
            elif kind == "phone":
                if FAX.search(text):
                    claimed = True
                    break
                number = normalise_phone(text)
                if not number:
                    continue
                values.setdefault("mobile" if is_mobile(number) else "phone", number)
            elif kind == "function":
                if len(text) > 60:
                    continue
                _append(values, "function", strip_label(text), " ")
            elif kind == "company":
                name = strip_label(text)
                _set_company(values, name)
            elif kind == "street":
                if CJK.search(text) and len(text) <= 4:  # a short line of characters is a name, not an address
                    continue
                _append(values, "street", strip_label(text), ", ")
            claimed = True
            # a line may carry two things (www.x.cn 微信: abc, Tel ... E-mail ...): go on with the next rules
            # for contact details, stop at the first descriptive one
            if kind in ("function", "company", "street"):
                break
        if not claimed:
            unclaimed.append(line)
    _set_person(values, unclaimed)
    return values


def _append(values, key, value, separator):
    if value:
        values[key] = f"{values[key]}{separator}{value}" if key in values else value


def _set_person(values, lines):
    """The name: the tallest short line of characters, and the Latin line that reads like it (pinyin)."""
    cjk = [line for line in lines if CJK.search(line.text) and 2 <= len(line.text.replace(" ", "")) <= 4]
    for line in lines:
        line.text = respace(line.text.strip())
    latin = [
        line
        for line in lines
        if not CJK.search(line.text)
        and re.fullmatch(r"(?:Dr\.|Prof\.)?\s*[A-ZÄÖÜ][\w'’.-]*(?:[\s-]+[A-ZÄÖÜ][\w'’.-]*){1,3}", line.text)
    ]
    if cjk:
        name = max(cjk, key=lambda line: line.height).text.replace(" ", "")
        values["person_name"] = name
        reading = "".join(lazy_pinyin(name)).lower()
        for line in latin:
            if re.sub(r"[^a-z]", "", line.text.lower()) in (reading, "".join(lazy_pinyin(name[1:] + name[:1]))):
                values["person_name_latin"] = line.text.strip()
                break
        else:
            if latin:
                values["person_name_latin"] = max(latin, key=lambda line: line.height).text.strip()
    elif latin:
        values["person_name_latin"] = max(latin, key=lambda line: line.height).text.strip()


# --- the whole card --------------------------------------------------------------------------------------


def read_card(data):
    """Read one photo: QR codes first (their fields win), then the text. Raises :class:`CardError`."""
    image = open_image(data)
    reading = CardReading()
    reading.qr_texts = read_qr_codes(image)
    qr_values = {}
    for text in reading.qr_texts:
        for key, value in parse_qr(text).items():
            qr_values.setdefault(key, value)
    reading.lines = read_lines(image)
    values = parse_lines(reading.lines)
    values.update(qr_values)
    reading.from_qr = set(qr_values)
    reading.fields = {key: values[key] for key in PROPOSAL_FIELDS if values.get(key)}
    if not (reading.fields.get("person_name") or reading.fields.get("person_name_latin")) and not (
        reading.fields.get("company_name") or reading.fields.get("company_name_latin")
    ):
        if reading.qr_texts and not qr_values:
            raise CardError("qr_without_contact")
        raise CardError("no_name")
    return reading
