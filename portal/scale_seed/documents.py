"""Scale legal documents: real-shaped numbers per issuer and year over about fifteen years,
some replaced or amended by later ones, most of them public; no files."""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from documents import demo_data
from documents.models import (
    DocumentType,
    Field,
    IssuingBody,
    LegalDocument,
    normalize_number,
    number_key,
)
from portal.text import fold, slugify_vi

from .phrases import THEMES

SEED = 20260202
BATCH = 2000
SPAN_DAYS = 15 * 365

# Issuer: signers and [(document type, number pattern, documents a year, weight)].
# {n} grows through the year as a register does; {year} is the year of issue; {term} the
# National Assembly's term (XIII from 2011, XIV from 2016, XV from 2021).
ISSUERS = {
    "Quốc hội": (["Chủ tịch Quốc hội"], [("Luật", "{n}/{year}/QH{term}", 20, 1)]),
    "Chính phủ": (
        ["Thủ tướng Chính phủ", "Phó Thủ tướng Chính phủ"],
        [("Nghị định", "{n}/{year}/NĐ-CP", 180, 4)],
    ),
    "Thủ tướng Chính phủ": (
        ["Thủ tướng Chính phủ", "Phó Thủ tướng Chính phủ"],
        [("Quyết định", "{n}/QĐ-TTg", 2000, 3), ("Chỉ thị", "{n}/CT-TTg", 40, 1)],
    ),
    "Bộ Lao động - Thương binh và Xã hội": (
        ["Bộ trưởng", "Thứ trưởng"],
        [("Thông tư", "{n}/{year}/TT-BLĐTBXH", 30, 3), ("Công văn", "{n}/LĐTBXH-BTXH", 5000, 5)],
    ),
    "Ban Thường vụ Tỉnh ủy Ninh Bình": (
        ["Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy"],
        [("Nghị quyết", "{n:02d}-NQ/TU", 20, 2), ("Chỉ thị", "{n:02d}-CT/TU", 15, 1),
         ("Kế hoạch", "{n}-KH/TU", 200, 2)],
    ),
    "Hội đồng nhân dân tỉnh Ninh Bình": (
        ["Chủ tịch Hội đồng nhân dân tỉnh", "Phó Chủ tịch Hội đồng nhân dân tỉnh"],
        [("Nghị quyết", "{n}/{year}/NQ-HĐND", 80, 6)],
    ),
    "Ủy ban nhân dân tỉnh Ninh Bình": (
        ["Chủ tịch Ủy ban nhân dân tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh"],
        [("Quyết định", "{n}/QĐ-UBND", 3000, 10), ("Quyết định", "{n}/{year}/QĐ-UBND", 60, 3),
         ("Kế hoạch", "{n}/KH-UBND", 250, 6), ("Chỉ thị", "{n:02d}/CT-UBND", 20, 1),
         ("Công văn", "{n}/UBND-VX", 4000, 4)],
    ),
    "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Bình": (
        ["Giám đốc Sở", "Phó Giám đốc Sở"],
        [("Công văn", "{n}/SLĐTBXH-BTXH", 3000, 8), ("Kế hoạch", "{n}/KH-SLĐTBXH", 300, 4),
         ("Quyết định", "{n}/QĐ-SLĐTBXH", 600, 3)],
    ),
}  # fmt: skip
ISSUER_WEIGHTS = [sum(form[3] for form in forms) for _signers, forms in ISSUERS.values()]
# Types whose documents are legal norms: in force some days after they are issued.
NORMS = {"Luật": (180, 200), "Nghị định": (30, 60), "Thông tư": (30, 45), "Nghị quyết": (10, 15)}
FIELD_THEMES = {
    "Giảm nghèo": "giam-ngheo",
    "Bảo trợ xã hội": "bao-tro-xa-hoi",
    "Người có công": "nguoi-co-cong",
    "Lao động - Việc làm": "lao-dong-viec-lam",
    "Giáo dục nghề nghiệp": "giao-duc-nghe-nghiep",
    "Trẻ em": "tre-em-binh-dang-gioi",
    "Bình đẳng giới": "tre-em-binh-dang-gioi",
    "Bảo hiểm": "bao-tro-xa-hoi",
    "Thi đua - Khen thưởng": "thi-dua-khen-thuong",
    "Cải cách hành chính": "tin-tuc-su-kien",
}
ABSTRACTS = {
    "Luật": ["Sửa đổi, bổ sung một số điều liên quan đến {topic}"],
    "Nghị định": ["Quy định chính sách về {topic}", "Quy định chi tiết một số điều về {topic}"],
    "Thông tư": ["Hướng dẫn thực hiện {topic}", "Quy định chế độ báo cáo về {topic}"],
    "Nghị quyết": [
        "Quy định một số chính sách hỗ trợ thực hiện {topic} trên địa bàn tỉnh Ninh Bình "
        "giai đoạn {year}-{year4}",
        "Về tăng cường sự lãnh đạo của Đảng đối với {topic}",
        "Về {topic} giai đoạn {year}-{year4}, định hướng đến năm {year9}",
    ],
    "Quyết định": [
        "Về việc phê duyệt danh sách {people} được {received} năm {year}",
        "Ban hành Kế hoạch triển khai {topic} năm {year}",
        "Về việc kiện toàn Ban Chỉ đạo {topic} tỉnh Ninh Bình",
        "Về việc phân bổ kinh phí thực hiện {topic} năm {year}",
    ],
    "Kế hoạch": [
        "Triển khai thực hiện {topic} năm {year}",
        "Kiểm tra, giám sát việc thực hiện {topic} năm {year}",
    ],
    "Chỉ thị": ["Về tăng cường {topic}", "Về đẩy mạnh {topic} trong tình hình mới"],
    "Công văn": [
        "V/v hướng dẫn thực hiện {topic}",
        "V/v đôn đốc báo cáo kết quả {topic} năm {year}",
        "V/v rà soát, tổng hợp {people} được {received}",
    ],
}


def seed(target, progress):
    """Add documents until there are `target`; returns how many were added."""
    existing = LegalDocument.objects.count()
    if existing >= target:
        return 0
    lists = _lists()
    keys = set(LegalDocument.objects.values_list("number_key", "issuing_body_id", "issued_date"))
    slugs = set(LegalDocument.objects.values_list("slug", flat=True))
    today = timezone.localdate()
    total, created, n = target - existing, [], existing
    Fields = LegalDocument.fields.through
    for start in range(0, total, BATCH):
        batch, fields = [], []
        while len(batch) < min(BATCH, total - start):
            document, field_names = _document(n, lists, today)
            n += 1
            key = (document.number_key, document.issuing_body_id, document.issued_date)
            if key in keys:  # the same number on the same day: the next n draws another
                continue
            keys.add(key)
            document.slug = _free_slug(document, slugs)
            batch.append(document)
            fields.append([lists[Field][name] for name in field_names])
        with transaction.atomic():
            LegalDocument.objects.bulk_create(batch)
            Fields.objects.bulk_create(
                Fields(legaldocument_id=document.pk, field_id=field.pk)
                for document, chosen in zip(batch, fields, strict=True)
                for field in chosen
            )
        created.extend(batch)
        progress(len(created), total)
    _link(created, random.Random(SEED))
    return len(created)


def _lists():
    """Document types, issuers and fields by name (the demo's lists, created if missing)."""
    names = {
        DocumentType: demo_data.DOCUMENT_TYPES,
        IssuingBody: list(ISSUERS),
        Field: demo_data.FIELDS,
    }
    lists = {}
    for model, wanted in names.items():
        found = {row.name: row for row in model.objects.filter(name__in=wanted)}
        for position, name in enumerate(wanted, start=1):
            if name not in found:
                found[name] = model.objects.create(
                    name=name, slug=slugify_vi(name), position=position
                )
        lists[model] = found
    return lists


def _document(n, lists, today):
    rng = random.Random(SEED + n)
    issuer_name = rng.choices(list(ISSUERS), weights=ISSUER_WEIGHTS)[0]
    signers, forms = ISSUERS[issuer_name]
    type_name, pattern, per_year, _weight = rng.choices(forms, weights=[f[3] for f in forms])[0]
    issued = today - timedelta(days=rng.randint(0, SPAN_DAYS))
    if issued.weekday() == 6:  # nothing is signed on a Sunday
        issued -= timedelta(days=1)
    day_of_year = issued.timetuple().tm_yday
    number = pattern.format(
        n=max(1, round(per_year * day_of_year / 366 * rng.uniform(0.9, 1.1))),
        year=issued.year,
        term=13 + (issued.year - 2011) // 5,
    )
    field_names = rng.sample(list(FIELD_THEMES), rng.choice((1, 1, 1, 2)))
    theme = THEMES[FIELD_THEMES[field_names[0]]]
    template = rng.choice(ABSTRACTS.get(type_name, ABSTRACTS["Quyết định"]))
    abstract = template.format(
        topic=rng.choice(theme["topics"]),
        people=rng.choice(theme["people"]),
        received=rng.choice(theme["received"]),
        year=issued.year,
        year4=issued.year + 4,
        year9=issued.year + 9,
    )
    effective = None
    if type_name in NORMS:
        low, high = NORMS[type_name]
        effective = issued + timedelta(days=rng.randint(low, high))
    document = LegalDocument(
        number=normalize_number(number),
        doc_type=lists[DocumentType][type_name],
        issuing_body=lists[IssuingBody][issuer_name],
        abstract=abstract,
        issued_date=issued,
        effective_date=effective,
        signer=rng.choice(signers),
        is_public=rng.random() < 0.96,
    )
    # The derived columns LegalDocument.save() fills (bulk_create does not call save()).
    document.number_key = number_key(document.number)
    document.search_text = fold(f"{document.number} {document.abstract} {document.signer}")
    return document, field_names


def _free_slug(document, slugs):
    """The rule of LegalDocument._free_slug, against the slugs held in memory."""
    base = slugify_vi(document.number, max_length=100) or "van-ban"
    if base in slugs:
        base = f"{base}-{document.issued_date:%Y%m%d}"
    slug, n = base, 2
    while slug in slugs:
        slug, n = f"{base}-{n}", n + 1
    slugs.add(slug)
    return slug


def _link(documents, rng):
    """About 4% replaced by a later document of the same issuer and type (their expiry is
    the day the replacement takes effect) and 3% amended by a later one."""
    groups = {}
    for document in sorted(documents, key=lambda d: (d.issued_date, d.pk)):
        groups.setdefault((document.issuing_body_id, document.doc_type_id), []).append(document)
    replaced, amends = [], []
    for group in groups.values():
        for i, document in enumerate(group[:-1]):
            # Strictly later, and in force after this one is: its expiry follows its start.
            start = document.effective_date or document.issued_date
            later = [
                d
                for d in group[i + 1 : i + 40]
                if d.issued_date > document.issued_date
                and (d.effective_date or d.issued_date) > start
            ]
            if not later:
                continue
            roll = rng.random()
            if roll < 0.04:
                replacement = rng.choice(later)
                document.replaced_by = replacement
                document.expiry_date = replacement.effective_date or replacement.issued_date
                replaced.append(document)
            elif roll < 0.07:
                amends.append(
                    LegalDocument.amends.through(
                        from_legaldocument_id=rng.choice(later).pk, to_legaldocument_id=document.pk
                    )
                )
    with transaction.atomic():
        LegalDocument.objects.bulk_update(replaced, ["replaced_by", "expiry_date"], batch_size=500)
        LegalDocument.amends.through.objects.bulk_create(amends, ignore_conflicts=True)
