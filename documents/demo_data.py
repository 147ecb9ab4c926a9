"""Dữ liệu mẫu cho mục "Văn bản" và "Thủ tục hành chính" của cổng thông tin.

Mô hình tham chiếu là Cổng thông tin điện tử Sở Lao động - Thương binh và Xã hội tỉnh
Ninh Bình (giai đoạn 2021-2024). Mô-đun này chỉ chứa dữ liệu thuần, không chứa logic.

Quy ước:
- DOCUMENTS: mỗi văn bản có một "key" ngắn, duy nhất; các trường "replaced_by",
  "amends" (trong DOCUMENTS) và "legal_basis" (trong PROCEDURES) tham chiếu tới key này.
- Với văn bản có thật: số/ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu được ghi
  theo văn bản gốc; người ký chỉ ghi chức vụ, không ghi họ tên.
- "expiry" là ngày văn bản không còn hiệu lực; với văn bản bị thay thế, đó là ngày văn bản
  thay thế bắt đầu có hiệu lực.
- Các mục đánh dấu "# fictional" là văn bản hư cấu, chỉ dùng để minh họa các trạng thái
  "không công khai", "chưa có hiệu lực" và "hết hiệu lực" trên giao diện.
- PROCEDURES: nội dung thủ tục được biên soạn để trình diễn; trước khi dùng thật cần đối chiếu
  với Cơ sở dữ liệu quốc gia về thủ tục hành chính. Mã thủ tục để trống khi chưa chắc chắn.
"""

from datetime import date

DOCUMENT_TYPES = [
    "Luật",
    "Nghị định",
    "Quyết định",
    "Nghị quyết",
    "Thông tư",
    "Kế hoạch",
    "Chỉ thị",
    "Công văn",
]

ISSUING_BODIES = [
    "Quốc hội",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Bộ Lao động - Thương binh và Xã hội",
    "Ban Thường vụ Tỉnh ủy Ninh Bình",
    "Hội đồng nhân dân tỉnh Ninh Bình",
    "Ủy ban nhân dân tỉnh Ninh Bình",
    "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Bình",
]

FIELDS = [
    "Giảm nghèo",
    "Bảo trợ xã hội",
    "Người có công",
    "Lao động - Việc làm",
    "Giáo dục nghề nghiệp",
    "Trẻ em",
    "Bình đẳng giới",
    "Bảo hiểm",
    "Thi đua - Khen thưởng",
    "Cải cách hành chính",
]

DOCUMENTS = [
    # --- Ba văn bản được bài viết gốc trích dẫn -------------------------------------------
    {
        "key": "nq-09-tu",
        "number": "09-NQ/TU",
        "type": "Nghị quyết",
        "issuer": "Ban Thường vụ Tỉnh ủy Ninh Bình",
        "abstract": "Về công tác giảm nghèo bền vững tỉnh Ninh Bình giai đoạn 2021-2025",
        "issued": date(2021, 11, 26),
        "effective": date(2021, 11, 26),
        "expiry": None,
        "signer": "Phó Bí thư Thường trực Tỉnh ủy",
        "fields": ["Giảm nghèo"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": True,
        "public": True,
        "file_title": "Toàn văn Nghị quyết số 09-NQ/TU",
    },
    {
        "key": "kh-200-ubnd",
        "number": "200/KH-UBND",
        "type": "Kế hoạch",
        "issuer": "Ủy ban nhân dân tỉnh Ninh Bình",
        "abstract": (
            "Triển khai thực hiện công tác giảm nghèo bền vững tỉnh Ninh Bình giai đoạn 2021-2025"
        ),
        "issued": date(2021, 12, 6),
        "effective": date(2021, 12, 6),
        "expiry": None,
        "signer": "Phó Chủ tịch UBND tỉnh",
        "fields": ["Giảm nghèo"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": True,
        "public": True,
        "file_title": "Toàn văn Kế hoạch số 200/KH-UBND",
    },
    {
        # The seed only says "tháng 3/2023": the exact issue and effective days are illustrative.
        "key": "nq-43-2023-hdnd",
        "number": "43/2023/NQ-HĐND",
        "type": "Nghị quyết",
        "issuer": "Hội đồng nhân dân tỉnh Ninh Bình",
        "abstract": (
            "Quy định chính sách hỗ trợ xây dựng, sửa chữa nhà ở đối với hộ nghèo "
            "trên địa bàn tỉnh Ninh Bình giai đoạn 2023-2025"
        ),
        "issued": date(2023, 3, 24),
        "effective": date(2023, 4, 3),
        "expiry": None,
        "signer": "Chủ tịch HĐND tỉnh",
        "fields": ["Giảm nghèo", "Bảo trợ xã hội"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": True,
        "public": True,
        "file_title": "Toàn văn Nghị quyết số 43/2023/NQ-HĐND",
    },
    # --- Văn bản trung ương của ngành ------------------------------------------------------
    {
        "key": "luat-38-2013",
        "number": "38/2013/QH13",
        "type": "Luật",
        "issuer": "Quốc hội",
        "abstract": "Luật Việc làm",
        "issued": date(2013, 11, 16),
        "effective": date(2015, 1, 1),
        "expiry": date(2026, 1, 1),
        "signer": "Chủ tịch Quốc hội",
        "fields": ["Lao động - Việc làm", "Bảo hiểm"],
        "replaced_by": "luat-74-2025",
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Luật Việc làm số 38/2013/QH13",
    },
    {
        "key": "luat-74-2025",
        "number": "74/2025/QH15",
        "type": "Luật",
        "issuer": "Quốc hội",
        "abstract": "Luật Việc làm",
        "issued": date(2025, 6, 16),
        "effective": date(2026, 1, 1),
        "expiry": None,
        "signer": "Chủ tịch Quốc hội",
        "fields": ["Lao động - Việc làm", "Bảo hiểm"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Luật Việc làm số 74/2025/QH15",
    },
    {
        "key": "luat-06-2022",
        "number": "06/2022/QH15",
        "type": "Luật",
        "issuer": "Quốc hội",
        "abstract": "Luật Thi đua, khen thưởng",
        "issued": date(2022, 6, 15),
        "effective": date(2024, 1, 1),
        "expiry": None,
        "signer": "Chủ tịch Quốc hội",
        "fields": ["Thi đua - Khen thưởng"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Luật Thi đua, khen thưởng số 06/2022/QH15",
    },
    {
        "key": "nd-07-2021",
        "number": "07/2021/NĐ-CP",
        "type": "Nghị định",
        "issuer": "Chính phủ",
        "abstract": "Quy định chuẩn nghèo đa chiều giai đoạn 2021-2025",
        "issued": date(2021, 1, 27),
        "effective": date(2021, 3, 15),  # effective date approximate
        "expiry": None,
        "signer": "Thủ tướng Chính phủ",
        "fields": ["Giảm nghèo"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Nghị định số 07/2021/NĐ-CP",
    },
    {
        "key": "qd-90-ttg",
        "number": "90/QĐ-TTg",
        "type": "Quyết định",
        "issuer": "Thủ tướng Chính phủ",
        "abstract": (
            "Phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025"
        ),
        "issued": date(2022, 1, 18),
        "effective": date(2022, 1, 18),
        "expiry": None,
        "signer": "Phó Thủ tướng Chính phủ",
        "fields": ["Giảm nghèo"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Quyết định số 90/QĐ-TTg",
    },
    {
        "key": "nd-136-2013",
        "number": "136/2013/NĐ-CP",
        "type": "Nghị định",
        "issuer": "Chính phủ",
        "abstract": "Quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
        "issued": date(2013, 10, 21),
        "effective": date(2014, 1, 1),
        "expiry": date(2021, 7, 1),
        "signer": "Thủ tướng Chính phủ",
        "fields": ["Bảo trợ xã hội"],
        "replaced_by": "nd-20-2021",
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Nghị định số 136/2013/NĐ-CP",
    },
    {
        "key": "nd-20-2021",
        "number": "20/2021/NĐ-CP",
        "type": "Nghị định",
        "issuer": "Chính phủ",
        "abstract": "Quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
        "issued": date(2021, 3, 15),
        "effective": date(2021, 7, 1),
        "expiry": None,
        "signer": "Thủ tướng Chính phủ",
        "fields": ["Bảo trợ xã hội"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Nghị định số 20/2021/NĐ-CP",
    },
    {
        "key": "nd-76-2024",
        "number": "76/2024/NĐ-CP",
        "type": "Nghị định",
        "issuer": "Chính phủ",
        "abstract": (
            "Sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 "
            "năm 2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng "
            "bảo trợ xã hội"
        ),
        "issued": date(2024, 7, 1),
        "effective": date(2024, 7, 1),
        "expiry": None,
        "signer": "Phó Thủ tướng Chính phủ",
        "fields": ["Bảo trợ xã hội"],
        "replaced_by": None,
        "amends": ["nd-20-2021"],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Nghị định số 76/2024/NĐ-CP",
    },
    {
        "key": "tt-17-2016",
        "number": "17/2016/TT-BLĐTBXH",
        "type": "Thông tư",
        "issuer": "Bộ Lao động - Thương binh và Xã hội",
        "abstract": (
            "Hướng dẫn quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm theo chuẩn nghèo "
            "tiếp cận đa chiều áp dụng cho giai đoạn 2016-2020"
        ),
        "issued": date(2016, 6, 28),
        "effective": date(2016, 8, 15),
        "expiry": date(2021, 9, 2),  # = effective date of tt-07-2021 (approximate)
        "signer": "Thứ trưởng Bộ Lao động - Thương binh và Xã hội",
        "fields": ["Giảm nghèo"],
        "replaced_by": "tt-07-2021",
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Thông tư số 17/2016/TT-BLĐTBXH",
    },
    {
        "key": "tt-07-2021",
        "number": "07/2021/TT-BLĐTBXH",
        "type": "Thông tư",
        "issuer": "Bộ Lao động - Thương binh và Xã hội",
        "abstract": (
            "Hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo; xác định thu "
            "nhập của hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống "
            "trung bình giai đoạn 2022-2025 và mẫu biểu báo cáo"
        ),
        "issued": date(2021, 7, 18),
        "effective": date(2021, 9, 2),  # effective date approximate
        "expiry": None,
        "signer": "Thứ trưởng Bộ Lao động - Thương binh và Xã hội",
        "fields": ["Giảm nghèo"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Thông tư số 07/2021/TT-BLĐTBXH",
    },
    {
        "key": "nd-81-2021",
        "number": "81/2021/NĐ-CP",
        "type": "Nghị định",
        "issuer": "Chính phủ",
        "abstract": (
            "Quy định về cơ chế thu, quản lý học phí đối với cơ sở giáo dục thuộc hệ thống "
            "giáo dục quốc dân và chính sách miễn, giảm học phí, hỗ trợ chi phí học tập; "
            "giá dịch vụ trong lĩnh vực giáo dục, đào tạo"
        ),
        "issued": date(2021, 8, 27),
        "effective": date(2021, 10, 15),
        "expiry": None,
        "signer": "Thủ tướng Chính phủ",
        "fields": ["Giáo dục nghề nghiệp", "Giảm nghèo"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Nghị định số 81/2021/NĐ-CP",
    },
    {
        "key": "nd-131-2021",
        "number": "131/2021/NĐ-CP",
        "type": "Nghị định",
        "issuer": "Chính phủ",
        "abstract": (
            "Quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng"
        ),
        "issued": date(2021, 12, 30),
        "effective": date(2022, 2, 15),
        "expiry": None,
        "signer": "Phó Thủ tướng Chính phủ",
        "fields": ["Người có công"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Nghị định số 131/2021/NĐ-CP",
    },
    {
        "key": "nd-42-2022",
        "number": "42/2022/NĐ-CP",
        "type": "Nghị định",
        "issuer": "Chính phủ",
        "abstract": (
            "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan "
            "nhà nước trên môi trường mạng"
        ),
        "issued": date(2022, 6, 24),
        "effective": date(2022, 8, 15),
        "expiry": None,
        "signer": "Phó Thủ tướng Chính phủ",
        "fields": ["Cải cách hành chính"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Nghị định số 42/2022/NĐ-CP",
    },
    {
        "key": "qd-28-2014",
        "number": "28/2014/QĐ-TTg",
        "type": "Quyết định",
        "issuer": "Thủ tướng Chính phủ",
        "abstract": "Quy định về cơ cấu biểu giá bán lẻ điện",
        "issued": date(2014, 4, 7),
        "effective": date(2014, 6, 1),
        "expiry": None,
        "signer": "Phó Thủ tướng Chính phủ",
        "fields": ["Giảm nghèo"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Quyết định số 28/2014/QĐ-TTg",
    },
    # --- Văn bản hư cấu để minh họa trạng thái ---------------------------------------------
    {
        # fictional: internal document, not published (public=False)
        "key": "cv-1876-sldtbxh",
        "number": "1876/SLĐTBXH-BTXH",
        "type": "Công văn",
        "issuer": "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Bình",
        "abstract": (
            "V/v rà soát, cập nhật cơ sở dữ liệu trẻ em có hoàn cảnh đặc biệt "
            "trên địa bàn tỉnh năm 2024"
        ),
        "issued": date(2024, 3, 12),
        "effective": date(2024, 3, 12),
        "expiry": None,
        "signer": "Phó Giám đốc Sở",
        "fields": ["Trẻ em", "Bảo trợ xã hội"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": False,
        "public": False,
        "file_title": "Toàn văn Công văn số 1876/SLĐTBXH-BTXH",
    },
    {
        # fictional: effective date in the future, shows "chưa có hiệu lực"
        "key": "qd-32-2026-ubnd",
        "number": "32/2026/QĐ-UBND",
        "type": "Quyết định",
        "issuer": "Ủy ban nhân dân tỉnh Ninh Bình",
        "abstract": (
            "Ban hành Quy định chính sách hỗ trợ người lao động trên địa bàn tỉnh Ninh Bình "
            "đi làm việc ở nước ngoài theo hợp đồng giai đoạn 2027-2030"
        ),
        "issued": date(2026, 11, 16),
        "effective": date(2027, 1, 1),
        "expiry": None,
        "signer": "Chủ tịch UBND tỉnh",
        "fields": ["Lao động - Việc làm"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Quyết định số 32/2026/QĐ-UBND",
    },
    {
        # fictional: expiry date in the past, shows "hết hiệu lực"
        "key": "qd-15-2022-ubnd",
        "number": "15/2022/QĐ-UBND",
        "type": "Quyết định",
        "issuer": "Ủy ban nhân dân tỉnh Ninh Bình",
        "abstract": (
            "Quy định mức hỗ trợ đào tạo trình độ sơ cấp và đào tạo dưới 03 tháng cho lao động "
            "nông thôn trên địa bàn tỉnh Ninh Bình giai đoạn 2022-2024"
        ),
        "issued": date(2022, 4, 8),
        "effective": date(2022, 4, 20),
        "expiry": date(2025, 1, 1),
        "signer": "Phó Chủ tịch UBND tỉnh",
        "fields": ["Giáo dục nghề nghiệp", "Lao động - Việc làm"],
        "replaced_by": None,
        "amends": [],
        "cited_by_seed_story": False,
        "public": True,
        "file_title": "Toàn văn Quyết định số 15/2022/QĐ-UBND",
    },
]

PROCEDURES = [
    {
        "name": (
            "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí "
            "chăm sóc, nuôi dưỡng hằng tháng"
        ),
        "code": "",
        "field": "Bảo trợ xã hội",
        "level": "huyen",
        "processing_time": "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fee": "Không",
        "where": "Bộ phận Một cửa Ủy ban nhân dân cấp xã nơi đối tượng cư trú",
        "papers": [
            "Tờ khai đề nghị trợ giúp xã hội theo mẫu ban hành kèm theo Nghị định số 20/2021/NĐ-CP",
            "Bản sao giấy xác nhận khuyết tật (đối với người khuyết tật)",
            "Bản sao giấy khai sinh (đối với trẻ em)",
            "Giấy tờ chứng minh người đơn thân nghèo đang nuôi con hoặc người đang nuôi dưỡng "
            "đối tượng (nếu có)",
        ],
        "steps": [
            "Đối tượng hoặc người giám hộ nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến "
            "tại Ủy ban nhân dân cấp xã.",
            "Công chức phụ trách lao động - thương binh và xã hội cấp xã kiểm tra, xác minh "
            "thông tin và niêm yết công khai kết quả tại trụ sở Ủy ban nhân dân cấp xã.",
            "Chủ tịch Ủy ban nhân dân cấp xã gửi hồ sơ kèm văn bản đề nghị đến Phòng Lao động "
            "- Thương binh và Xã hội cấp huyện.",
            "Phòng Lao động - Thương binh và Xã hội thẩm định, trình Chủ tịch Ủy ban nhân dân "
            "cấp huyện quyết định; trường hợp không đủ điều kiện thì trả lời bằng văn bản "
            "và nêu rõ lý do.",
            "Đối tượng nhận quyết định và bắt đầu được chi trả trợ cấp từ tháng quyết định "
            "có hiệu lực.",
        ],
        "online_url": "https://dichvucong.gov.vn/",
        "legal_basis": ["nd-20-2021", "nd-76-2024"],
    },
    {
        "name": "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
        "code": "",
        "field": "Bảo trợ xã hội",
        "level": "huyen",
        "processing_time": "07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fee": "Không",
        "where": "Bộ phận Một cửa Ủy ban nhân dân cấp xã nơi người đã mất cư trú",
        "papers": [
            "Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu",
            "Bản sao giấy chứng tử hoặc trích lục khai tử",
            "Bản sao quyết định hưởng trợ cấp xã hội của người đã mất (nếu có)",
        ],
        "steps": [
            "Cơ quan, tổ chức, hộ gia đình hoặc cá nhân trực tiếp tổ chức mai táng nộp hồ sơ "
            "tại Ủy ban nhân dân cấp xã.",
            "Ủy ban nhân dân cấp xã kiểm tra hồ sơ và có văn bản đề nghị gửi Phòng Lao động "
            "- Thương binh và Xã hội cấp huyện.",
            "Phòng Lao động - Thương binh và Xã hội thẩm định, trình Chủ tịch Ủy ban nhân dân "
            "cấp huyện quyết định hỗ trợ.",
            "Người tổ chức mai táng nhận quyết định và khoản hỗ trợ theo quy định.",
        ],
        "online_url": "https://dichvucong.gov.vn/",
        "legal_basis": ["nd-20-2021", "nd-76-2024"],
    },
    {
        "name": "Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm",
        "code": "",
        "field": "Giảm nghèo",
        "level": "xa",
        "processing_time": "10 ngày làm việc kể từ ngày nhận giấy đề nghị hợp lệ",
        "fee": "Không",
        "where": "Bộ phận Một cửa Ủy ban nhân dân cấp xã nơi hộ gia đình cư trú",
        "papers": [
            "Giấy đề nghị xét duyệt bổ sung hộ nghèo, hộ cận nghèo theo mẫu",
            "Giấy tờ tùy thân của người đại diện hộ gia đình (để đối chiếu)",
        ],
        "steps": [
            "Hộ gia đình nộp giấy đề nghị tại Ủy ban nhân dân cấp xã.",
            "Ban Giảm nghèo cấp xã tổ chức rà soát, thu thập thông tin của hộ theo phiếu "
            "khảo sát và chấm điểm theo chuẩn nghèo đa chiều.",
            "Ủy ban nhân dân cấp xã niêm yết công khai kết quả rà soát tại trụ sở và nhà văn "
            "hóa thôn, tổ dân phố.",
            "Chủ tịch Ủy ban nhân dân cấp xã ban hành quyết định công nhận và cấp giấy chứng "
            "nhận hộ nghèo, hộ cận nghèo; trường hợp không đủ điều kiện thì trả lời bằng văn "
            "bản và nêu rõ lý do.",
        ],
        "online_url": "https://dichvucong.gov.vn/",
        "legal_basis": ["nd-07-2021", "tt-07-2021"],
    },
    {
        "name": "Hỗ trợ xây dựng mới, sửa chữa nhà ở đối với hộ nghèo trên địa bàn tỉnh Ninh Bình",
        "code": "",
        "field": "Giảm nghèo",
        "level": "huyen",
        "processing_time": "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fee": "Không",
        "where": "Bộ phận Một cửa Ủy ban nhân dân cấp xã nơi hộ gia đình cư trú",
        "papers": [
            "Đơn đề nghị hỗ trợ xây dựng mới hoặc sửa chữa nhà ở của hộ gia đình",
            "Bản sao giấy chứng nhận hộ nghèo còn hiệu lực",
            "Giấy tờ chứng minh quyền sử dụng đất ở hợp pháp hoặc xác nhận của Ủy ban nhân dân "
            "cấp xã về việc đất ở không có tranh chấp",
            "Biên bản kiểm tra hiện trạng nhà ở do Ủy ban nhân dân cấp xã lập",
        ],
        "steps": [
            "Hộ nghèo nộp đơn và giấy tờ kèm theo tại Ủy ban nhân dân cấp xã.",
            "Ủy ban nhân dân cấp xã kiểm tra hiện trạng nhà ở, họp bình xét công khai và lập "
            "danh sách đề nghị hỗ trợ.",
            "Ủy ban nhân dân cấp huyện thẩm định và phê duyệt danh sách hộ được hỗ trợ xây "
            "mới hoặc sửa chữa nhà ở.",
            "Hộ gia đình được tạm ứng kinh phí để khởi công; phần còn lại được thanh toán sau "
            "khi nghiệm thu công trình hoàn thành.",
        ],
        "online_url": "https://dichvucong.gov.vn/",
        "legal_basis": ["nq-43-2023-hdnd", "kh-200-ubnd"],
    },
    {
        "name": "Giải quyết hưởng trợ cấp thất nghiệp",
        "code": "",
        "field": "Lao động - Việc làm",
        "level": "tinh",
        "processing_time": "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fee": "Không",
        "where": "Trung tâm Dịch vụ việc làm tỉnh Ninh Bình",
        "papers": [
            "Đề nghị hưởng trợ cấp thất nghiệp theo mẫu",
            "Bản sao hợp đồng lao động đã chấm dứt, quyết định thôi việc hoặc giấy tờ khác "
            "xác nhận việc chấm dứt hợp đồng lao động",
            "Sổ bảo hiểm xã hội hoặc giấy tờ xác nhận thời gian đóng bảo hiểm thất nghiệp",
        ],
        "steps": [
            "Người lao động nộp hồ sơ tại Trung tâm Dịch vụ việc làm hoặc qua Cổng Dịch vụ "
            "công quốc gia trong thời hạn luật định kể từ ngày chấm dứt hợp đồng lao động.",
            "Trung tâm Dịch vụ việc làm tiếp nhận, kiểm tra hồ sơ và viết phiếu hẹn trả kết quả.",
            "Trung tâm Dịch vụ việc làm xác định mức hưởng, thời gian hưởng và trình Giám đốc "
            "Sở Lao động - Thương binh và Xã hội ban hành quyết định hưởng trợ cấp thất nghiệp.",
            "Cơ quan bảo hiểm xã hội chi trả trợ cấp; người lao động thông báo tình hình tìm "
            "kiếm việc làm hằng tháng theo lịch hẹn.",
        ],
        "online_url": "https://dichvucong.gov.vn/",
        "legal_basis": ["luat-38-2013", "luat-74-2025"],
    },
    {
        "name": (
            "Giải quyết chế độ mai táng phí, trợ cấp một lần khi người có công với cách mạng "
            "từ trần"
        ),
        "code": "",
        "field": "Người có công",
        "level": "tinh",
        "processing_time": "12 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fee": "Không",
        "where": (
            "Bộ phận Một cửa Ủy ban nhân dân cấp xã nơi người có công cư trú trước khi từ trần"
        ),
        "papers": [
            "Bản khai của thân nhân hoặc người tổ chức mai táng theo mẫu",
            "Bản sao giấy chứng tử hoặc trích lục khai tử",
            "Văn bản ủy quyền của các thân nhân khác (nếu có)",
        ],
        "steps": [
            "Thân nhân hoặc người tổ chức mai táng nộp hồ sơ tại Ủy ban nhân dân cấp xã.",
            "Ủy ban nhân dân cấp xã xác nhận bản khai và gửi hồ sơ đến Phòng Lao động - Thương "
            "binh và Xã hội cấp huyện.",
            "Phòng Lao động - Thương binh và Xã hội kiểm tra, lập danh sách đề nghị gửi Sở Lao "
            "động - Thương binh và Xã hội.",
            "Sở Lao động - Thương binh và Xã hội ban hành quyết định; thân nhân nhận mai táng "
            "phí và trợ cấp một lần qua Phòng Lao động - Thương binh và Xã hội.",
        ],
        "online_url": "https://dichvucong.gov.vn/",
        "legal_basis": ["nd-131-2021"],
    },
]
