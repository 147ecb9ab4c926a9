"""Scale indicators, spread over the demo's programmes and campaign and a few ongoing
programmes of the department added here; each with the model its values are drawn from.

Models: ("flow", per 1,000 households a year, yearly trend) for counts and sums over a year;
("stock", per 1,000 households, trend) for levels at a date; ("rate", % in the first year,
trend, ceiling) for rates kept with numerator and denominator (households); ("mean", value
in the first year, trend) for averages, weighted by households when aggregated.
"""

import itertools

from django.db import transaction
from django.db.models import Max

from programs import demo_data
from programs.models import Campaign, Indicator, SupportProgram

FIRST_YEAR = 2016  # ongoing programmes report from here

PROGRAMS = {
    "giam-ngheo-2016-2020": (
        "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016-2020",
        SupportProgram.Kind.LIVELIHOOD,
        2016,
        2020,
        "Giai đoạn trước của chương trình giảm nghèo: hỗ trợ sản xuất, nhân rộng mô hình "
        "giảm nghèo, truyền thông và nâng cao năng lực.",
    ),
    "viec-lam-giao-duc-nghe-nghiep": (
        "Hỗ trợ việc làm và giáo dục nghề nghiệp",
        SupportProgram.Kind.OTHER,
        FIRST_YEAR,
        None,
        "Tư vấn, giới thiệu việc làm, bảo hiểm thất nghiệp, đưa người lao động đi làm việc "
        "ở nước ngoài và đào tạo nghề cho lao động nông thôn.",
    ),
    "uu-dai-nguoi-co-cong": (
        "Chính sách ưu đãi người có công với cách mạng",
        SupportProgram.Kind.OTHER,
        FIRST_YEAR,
        None,
        "Trợ cấp, phụ cấp ưu đãi hằng tháng, điều dưỡng, hỗ trợ nhà ở và thăm hỏi, tặng quà "
        "người có công và thân nhân.",
    ),
    "tro-giup-xa-hoi": (
        "Trợ giúp xã hội, chăm sóc người cao tuổi và người khuyết tật",
        SupportProgram.Kind.OTHER,
        FIRST_YEAR,
        None,
        "Trợ cấp xã hội hằng tháng, cấp thẻ bảo hiểm y tế, chúc thọ, mừng thọ người cao tuổi "
        "và trợ giúp người khuyết tật.",
    ),
    "tre-em-binh-dang-gioi": (
        "Bảo vệ, chăm sóc trẻ em và thúc đẩy bình đẳng giới",
        SupportProgram.Kind.OTHER,
        FIRST_YEAR,
        None,
        "Hỗ trợ trẻ em có hoàn cảnh đặc biệt, học bổng, phòng, chống đuối nước và thúc đẩy "
        "bình đẳng giới ở cơ sở.",
    ),
    "an-toan-ve-sinh-lao-dong": (
        "An toàn, vệ sinh lao động",
        SupportProgram.Kind.OTHER,
        FIRST_YEAR,
        None,
        "Huấn luyện an toàn, vệ sinh lao động, kiểm tra doanh nghiệp và thống kê tai nạn lao động.",
    ),
}

# By owner (a programme slug, or "campaign" for the demo campaign):
# (code, name, unit of measure, kind, decimals, is key, value model)
SPECS = {
    "giam-ngheo-2016-2020": [
        ("gn1620-ho-thoat-ngheo", "Số hộ thoát nghèo",
         "hộ", "count", 0, True, ('flow', 12, 0.92)),
        ("gn1620-kinh-phi", "Kinh phí thực hiện chương trình",
         "triệu đồng", "amount", 0, False, ('flow', 350, 1.05)),
        ("gn1620-ty-le-ho-can-ngheo", "Tỷ lệ hộ cận nghèo",
         "%", "rate", 2, False, ('rate', 7.5, 0.9, 100)),
    ],
    "viec-lam-giao-duc-nghe-nghiep": [
        ("vl-lao-dong-co-viec-lam-moi", "Số lao động được tạo việc làm mới",
         "người", "count", 0, True, ('flow', 95, 1.01)),
        ("vl-tro-cap-that-nghiep", "Số người hưởng trợ cấp thất nghiệp",
         "người", "count", 0, False, ('flow', 25, 1.05)),
        ("vl-lao-dong-nuoc-ngoai", "Số lao động đi làm việc ở nước ngoài theo hợp đồng",
         "người", "count", 0, False, ('flow', 9, 1.06)),
        ("vl-dao-tao-nghe", "Số người được đào tạo nghề",
         "người", "count", 0, False, ('flow', 110, 1.0)),
        ("vl-ty-le-qua-dao-tao", "Tỷ lệ lao động qua đào tạo",
         "%", "rate", 1, False, ('rate', 58, 1.025, 92)),
        ("vl-kinh-phi-dao-tao", "Kinh phí hỗ trợ đào tạo nghề",
         "triệu đồng", "amount", 1, False, ('flow', 95, 1.03)),
        ("vl-co-viec-lam-sau-hoc-nghe", "Tỷ lệ học viên có việc làm sau học nghề",
         "%", "rate", 1, False, ('rate', 78, 1.01, 97)),
    ],
    "uu-dai-nguoi-co-cong": [
        ("ncc-tro-cap-hang-thang", "Số người có công hưởng trợ cấp hằng tháng",
         "người", "count", 0, True, ('stock', 28, 0.97)),
        ("ncc-kinh-phi-tro-cap", "Kinh phí trợ cấp ưu đãi người có công",
         "triệu đồng", "amount", 0, False, ('flow', 1150, 1.06)),
        ("ncc-qua-27-7", "Số suất quà tặng người có công dịp 27/7",
         "suất", "count", 0, False, ('flow', 75, 1.0)),
        ("ncc-nha-o", "Số nhà ở người có công được hỗ trợ",
         "căn", "count", 0, False, ('flow', 0.6, 0.85)),
        ("ncc-dieu-duong", "Số lượt người có công được điều dưỡng",
         "lượt", "count", 0, False, ('flow', 8, 1.0)),
    ],
    "tro-giup-xa-hoi": [
        ("bt-tro-cap-xa-hoi", "Số người hưởng trợ cấp xã hội hằng tháng",
         "người", "count", 0, True, ('stock', 120, 1.03)),
        ("bt-chuc-tho", "Số người cao tuổi được chúc thọ, mừng thọ",
         "người", "count", 0, False, ('flow', 45, 1.02)),
        ("bt-kinh-phi-tro-cap", "Kinh phí trợ cấp xã hội",
         "triệu đồng", "amount", 0, False, ('flow', 780, 1.07)),
        ("bt-ty-le-qua-tai-khoan", "Tỷ lệ đối tượng nhận trợ cấp qua tài khoản",
         "%", "rate", 1, False, ('rate', 4, 1.45, 98)),
        ("bt-ty-le-bhyt", "Tỷ lệ dân số tham gia bảo hiểm y tế",
         "%", "rate", 2, False, ('rate', 80, 1.018, 99.5)),
    ],
    "tre-em-binh-dang-gioi": [
        ("te-hoan-canh-dac-biet", "Số trẻ em có hoàn cảnh đặc biệt được hỗ trợ",
         "trẻ em", "count", 0, True, ('flow', 9, 0.98)),
        ("te-hoc-bong", "Số suất học bổng trao cho học sinh nghèo vượt khó",
         "suất", "count", 0, False, ('flow', 6, 1.02)),
        ("te-bhyt-duoi-6-tuoi", "Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế",
         "%", "rate", 2, False, ('rate', 96, 1.004, 100)),
        ("bdg-nu-cap-uy-xa", "Tỷ lệ nữ tham gia cấp ủy cấp xã",
         "%", "rate", 1, False, ('rate', 16, 1.03, 45)),
    ],
    "an-toan-ve-sinh-lao-dong": [
        ("atld-tai-nan", "Số vụ tai nạn lao động",
         "vụ", "count", 0, True, ('flow', 0.12, 0.96)),
        ("atld-huan-luyen", "Số người được huấn luyện an toàn, vệ sinh lao động",
         "người", "count", 0, False, ('flow', 40, 1.05)),
        ("atld-kiem-tra", "Số doanh nghiệp được kiểm tra",
         "doanh nghiệp", "count", 0, False, ('flow', 0.5, 1.0)),
    ],
    "nha-o": [
        ("nha-o-dien-tich-binh-quan", "Diện tích bình quân mỗi căn nhà được hỗ trợ",
         "m²", "amount", 1, False, ('mean', 45, 1.01)),
    ],
    "sinh-ke": [
        ("sinh-ke-thu-nhap-binh-quan", "Thu nhập bình quân đầu người của hộ nghèo",
         "triệu đồng/người/năm", "amount", 1, False, ('mean', 18, 1.07)),
    ],
    "bhyt": [
        ("bhyt-ty-le-can-ngheo", "Tỷ lệ người thuộc hộ cận nghèo tham gia bảo hiểm y tế",
         "%", "rate", 1, False, ('rate', 72, 1.03, 99)),
    ],
    "vay-von": [
        ("vay-von-du-no", "Dư nợ cho vay hộ nghèo",
         "triệu đồng", "amount", 0, False, ('stock', 2900, 1.08)),
    ],
    "campaign": [
        ("so-ho-ngheo", "Số hộ nghèo theo chuẩn nghèo đa chiều",
         "hộ", "count", 0, False, ('stock', 65, 0.86)),
    ],
    "truyen-thong": [
        ("truyen-thong-tin-bai", "Số tin, bài tuyên truyền về giảm nghèo",
         "tin, bài", "count", 0, False, ('flow', 0.8, 1.1)),
    ],
}  # fmt: skip
# Models of the demo's own indicators (programs/demo_data.py), near the figures it cites.
DEMO_MODELS = {
    "nha-o-ho": ("flow", 1.5, 1.0),
    "nha-o-kinh-phi": ("flow", 125, 1.02),
    "tien-dien-ho": ("flow", 15, 0.9),
    "bhyt-nguoi": ("stock", 1800, 0.98),
    "hoc-phi-ho": ("flow", 55, 1.0),
    "hoc-phi-kinh-phi": ("flow", 46, 1.03),
    "vay-von-luot": ("flow", 7.6, 1.0),
    "vay-von-kinh-phi": ("flow", 480, 1.05),
    "sinh-ke-mo-hinh": ("flow", 0.1, 1.0),
    "sinh-ke-mo-hinh-kinh-phi": ("flow", 10, 1.0),
    "sinh-ke-mo-hinh-ho": ("flow", 2, 1.0),
    "sinh-ke-du-an": ("flow", 0.15, 1.0),
    "sinh-ke-ho": ("flow", 3, 1.0),
    "truyen-thong-doi-thoai": ("flow", 0.04, 1.0),
    "truyen-thong-doi-thoai-nguoi": ("flow", 7, 1.0),
    "truyen-thong-lop": ("flow", 0.01, 1.0),
    "truyen-thong-tap-huan": ("flow", 0.03, 1.0),
    "truyen-thong-tap-huan-dai-bieu": ("flow", 7, 1.0),
    "truyen-thong-to-roi": ("flow", 120, 1.0),
    "ty-le-ho-ngheo": ("rate", 6.5, 0.86, 100),
}
# With more indicators than specs, the specs come again for one area each.
AREAS = ["khu vực nông thôn", "khu vực thành thị", "vùng ven biển", "vùng đồi núi"]
FALLBACK_MODELS = {
    "count": ("flow", 5, 1.0),
    "amount": ("flow", 200, 1.03),
    "rate": ("rate", 50, 1.0, 100),
}


def model_of(indicator):
    """The value model of an indicator (scale, demo, or by its kind)."""
    for specs in SPECS.values():
        for spec in specs:
            if spec[0] == indicator.code:
                return spec[6]
    if indicator.code in DEMO_MODELS:
        return DEMO_MODELS[indicator.code]
    if indicator.kind == Indicator.Kind.AMOUNT and not indicator.additive:
        return ("mean", 100, 1.0)
    return FALLBACK_MODELS[indicator.kind]


def seed(target, progress):
    """Add indicators until there are `target`; returns how many were added."""
    existing = Indicator.objects.count()
    if existing >= target:
        return 0
    codes = set(Indicator.objects.values_list("code", flat=True))
    position = (Indicator.objects.aggregate(top=Max("position"))["top"] or 0) + 1
    owners, added = {}, []
    for variant, spec in _specs():
        if existing + len(added) >= target:
            break
        owner_key, (code, name, unit, kind, decimals, is_key, model) = spec
        if variant:
            code, name = f"{code}-{variant}", f"{name} ({AREAS[variant - 1]})"
        if code in codes:
            continue
        owner = owners.get(owner_key) or owners.setdefault(owner_key, _owner(owner_key))
        added.append(
            Indicator(
                program=owner if isinstance(owner, SupportProgram) else None,
                campaign=owner if isinstance(owner, Campaign) else None,
                code=code,
                name=name,
                unit_of_measure=unit,
                kind=kind,
                additive=kind != "rate" and model[0] != "mean",
                decimals=decimals,
                is_key=is_key and not variant,
                position=position + len(added),
            )
        )
    with transaction.atomic():
        Indicator.objects.bulk_create(added)
    progress(len(added), target - existing)
    return len(added)


def _specs():
    """(variant, (owner, spec)): the specs taking the owners in turn, then again by area."""
    queues = [[(owner, spec) for spec in specs] for owner, specs in SPECS.items()]
    turns = [s for row in itertools.zip_longest(*queues) for s in row if s is not None]
    for variant in range(len(AREAS) + 1):
        for owner_spec in turns:
            yield variant, owner_spec


def _owner(key):
    if key == "campaign":
        return Campaign.objects.get_or_create(
            slug=demo_data.CAMPAIGN["slug"],
            defaults={
                "name": demo_data.CAMPAIGN["name"],
                "start_year": demo_data.CAMPAIGN["start_year"],
                "end_year": demo_data.CAMPAIGN["end_year"],
            },
        )[0]
    existing = SupportProgram.objects.filter(slug=key).first()
    if existing:
        return existing
    name, kind, start, end, summary = PROGRAMS.get(key) or (key, "other", FIRST_YEAR, None, "")
    return SupportProgram.objects.create(
        slug=key,
        name=name,
        kind=kind,
        start_year=start,
        end_year=end,
        summary=summary,
        position=10 + list(PROGRAMS).index(key) if key in PROGRAMS else 99,
    )
