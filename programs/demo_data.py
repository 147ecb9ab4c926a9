"""Dữ liệu mẫu cho mục "Chương trình giảm nghèo" của cổng thông tin.

Mô hình tham chiếu là Cổng thông tin điện tử Sở Lao động - Thương binh và Xã hội tỉnh
Ninh Bình. Số liệu cấp tỉnh lấy từ bài «Hiệu quả từ phong trào thi đua…» đăng ngày
21/12/2023; câu chữ được biên soạn lại. Mô-đun này chỉ chứa dữ liệu thuần, không chứa logic.

Quy ước:
- UNITS: địa giới hành chính trước cải cách năm 2025. Cấp huyện chấm dứt hoạt động từ
  01/7/2025 nên mọi đơn vị cấp huyện có "valid_until" = 30/6/2025. Mã đơn vị theo danh mục
  của Tổng cục Thống kê; để trống ("") khi chưa chắc chắn.
- "legal_basis" tham chiếu tới "key" của DOCUMENTS trong documents/demo_data.py.
- PROVINCE_VALUES: chỉ gồm số liệu cấp tỉnh có trong bài viết gốc. Với các cụm "trên",
  "gần", giá trị ghi là con số được nêu và nguồn ghi rõ cách diễn đạt gốc.
- ILLUSTRATIVE_UNIT_VALUES: số liệu theo huyện là HƯ CẤU, chỉ để minh họa; tổng các huyện
  năm 2023 khớp với số liệu cấp tỉnh khi bài viết có nêu.
- Các mục đánh dấu "# fictional" là hư cấu.
"""

from datetime import date
from decimal import Decimal

DISTRICT_END = date(2025, 6, 30)

UNITS = [
    {
        "key": "ninh-binh",
        "name": "Tỉnh Ninh Bình",
        "code": "37",
        "level": "tinh",
        "parent": None,
        "valid_from": None,
        "valid_until": None,
    },
    # --- Cấp huyện (2 thành phố, 6 huyện), trước cải cách năm 2025 ---
    {
        "key": "tp-ninh-binh",
        "name": "Thành phố Ninh Bình",
        "code": "369",
        "level": "huyen",
        "parent": "ninh-binh",
        "valid_from": None,
        "valid_until": DISTRICT_END,
    },
    {
        "key": "tp-tam-diep",
        "name": "Thành phố Tam Điệp",
        "code": "370",
        "level": "huyen",
        "parent": "ninh-binh",
        "valid_from": None,
        "valid_until": DISTRICT_END,
    },
    {
        "key": "nho-quan",
        "name": "Huyện Nho Quan",
        "code": "372",
        "level": "huyen",
        "parent": "ninh-binh",
        "valid_from": None,
        "valid_until": DISTRICT_END,
    },
    {
        "key": "gia-vien",
        "name": "Huyện Gia Viễn",
        "code": "373",
        "level": "huyen",
        "parent": "ninh-binh",
        "valid_from": None,
        "valid_until": DISTRICT_END,
    },
    {
        "key": "hoa-lu",
        "name": "Huyện Hoa Lư",
        "code": "374",
        "level": "huyen",
        "parent": "ninh-binh",
        "valid_from": None,
        "valid_until": DISTRICT_END,
    },
    {
        "key": "yen-khanh",
        "name": "Huyện Yên Khánh",
        "code": "375",
        "level": "huyen",
        "parent": "ninh-binh",
        "valid_from": None,
        "valid_until": DISTRICT_END,
    },
    {
        "key": "kim-son",
        "name": "Huyện Kim Sơn",
        "code": "376",
        "level": "huyen",
        "parent": "ninh-binh",
        "valid_from": None,
        "valid_until": DISTRICT_END,
    },
    {
        "key": "yen-mo",
        "name": "Huyện Yên Mô",
        "code": "377",
        "level": "huyen",
        "parent": "ninh-binh",
        "valid_from": None,
        "valid_until": DISTRICT_END,
    },
    # --- Cấp xã: chỉ các xã bài viết gốc nhắc tới; mã xã chưa đối chiếu nên để trống. ---
    # Bản ghi xã cũ (trực thuộc huyện) kết thúc cùng cấp huyện; không mô tả xã sau sắp xếp.
    {
        "key": "yen-mac",
        "name": "Xã Yên Mạc",
        "code": "",
        "level": "xa",
        "parent": "yen-mo",
        "valid_from": None,
        "valid_until": DISTRICT_END,
    },
    {
        "key": "xuan-chinh",
        "name": "Xã Xuân Chính",
        "code": "",
        "level": "xa",
        "parent": "kim-son",
        "valid_from": None,
        "valid_until": DISTRICT_END,
    },
]

CAMPAIGN = {
    "name": "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
    "slug": "ca-nuoc-chung-tay-vi-nguoi-ngheo",
    "slogan": "Không để ai bị bỏ lại phía sau",
    "launched_by": "Thủ tướng Chính phủ",
    "start_year": 2021,
    "end_year": 2025,
    "summary": (
        "Phong trào thi đua do Thủ tướng Chính phủ phát động, được Ngành Lao động - Thương "
        "binh và Xã hội tỉnh Ninh Bình hưởng ứng bằng phong trào riêng «Ngành Lao động TBXH "
        "chung tay vì người nghèo - Không để ai bị bỏ lại phía sau». Mục tiêu là giúp hộ "
        "nghèo, hộ cận nghèo cải thiện đời sống và thoát nghèo bền vững."
    ),
    "description": (
        "<p>Phong trào thi đua «Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại "
        "phía sau» do Thủ tướng Chính phủ phát động, kêu gọi các cấp, các ngành, doanh "
        "nghiệp và người dân cùng góp sức để không một gia đình nào bị tụt lại trong quá "
        "trình phát triển. Ở Ninh Bình, đây là một trong những phong trào thi đua trọng tâm "
        "mà Sở Lao động - Thương binh và Xã hội duy trì trong năm 2023.</p>"
        "<p>Để đưa tinh thần ấy vào công việc chuyên môn, toàn Ngành Lao động - Thương binh "
        "và Xã hội triển khai phong trào «Ngành Lao động TBXH chung tay vì người nghèo - "
        "Không để ai bị bỏ lại phía sau». Sở chủ động đề xuất với Tỉnh ủy, HĐND và UBND tỉnh "
        "nhiều văn bản làm nền tảng cho giai đoạn 2021-2025, tiêu biểu là Nghị quyết số "
        "09-NQ/TU ngày 26/11/2021 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 200/KH-UBND ngày "
        "06/12/2021 của UBND tỉnh về giảm nghèo bền vững.</p>"
        "<p>Chỉ riêng năm 2023, Sở đã chuẩn bị 02 nghị quyết để trình HĐND tỉnh và 06 văn "
        "bản (quyết định, kế hoạch) để UBND tỉnh ban hành, phục vụ Chương trình mục tiêu "
        "quốc gia giảm nghèo bền vững. Các nhóm chính sách được triển khai song song:</p>"
        "<ul>"
        "<li>hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo theo Nghị quyết số "
        "43/2023/NQ-HĐND;</li>"
        "<li>hỗ trợ tiền điện, đóng bảo hiểm y tế, miễn giảm học phí và chi phí học tập;</li>"
        "<li>cho vay vốn ưu đãi để phát triển sản xuất, kinh doanh;</li>"
        "<li>mô hình, dự án hỗ trợ sản xuất và đa dạng hóa sinh kế;</li>"
        "<li>truyền thông, đối thoại với người nghèo và tập huấn cán bộ.</li>"
        "</ul>"
        "<p>Nhờ những nỗ lực đó, tỷ lệ hộ nghèo toàn tỉnh đã giảm từ 3,07% năm 2021 xuống "
        "1,86% năm 2023, số hộ tái nghèo được hạn chế và khoảng cách giàu nghèo giữa các "
        "vùng từng bước thu hẹp. Sở cũng thẳng thắn chỉ ra những điểm cần khắc phục: tuyên "
        "truyền chưa đều đặn, một bộ phận người nghèo còn trông chờ vào hỗ trợ của Nhà nước, "
        "và việc phát hiện, nhân rộng gương điển hình ở cơ sở chưa được quan tâm đúng mức.</p>"
    ),
    "legal_basis": ["nq-09-tu", "kh-200-ubnd", "qd-90-ttg", "nd-07-2021"],
}

PROGRAMS = [
    {
        "key": "nha-o",
        "name": "Hỗ trợ xây dựng, sửa chữa nhà ở cho hộ nghèo",
        "kind": "housing",
        "summary": (
            "Hỗ trợ không hoàn lại để hộ nghèo xây mới hoặc sửa chữa nhà ở theo Nghị quyết "
            "số 43/2023/NQ-HĐND của HĐND tỉnh, giai đoạn 2023-2025."
        ),
        "beneficiaries": (
            "Hộ nghèo trên địa bàn tỉnh Ninh Bình đang gặp khó khăn về nhà ở, theo đối tượng "
            "và điều kiện quy định tại Nghị quyết số 43/2023/NQ-HĐND."
        ),
        "description": (
            "<p>Theo đề xuất của Sở Lao động - Thương binh và Xã hội, tháng 3/2023 HĐND tỉnh "
            "ban hành Nghị quyết số 43/2023/NQ-HĐND về chính sách hỗ trợ hộ nghèo xây dựng, "
            "sửa chữa nhà ở giai đoạn 2023-2025. Mỗi căn nhà làm mới được hỗ trợ 100 triệu "
            "đồng, mỗi căn sửa chữa được hỗ trợ 50 triệu đồng; gia đình không phải hoàn trả "
            "khoản tiền này.</p>"
            "<p>Chính sách đặt mục tiêu đến năm 2025 toàn tỉnh không còn hộ nghèo gặp khó "
            "khăn về chỗ ở. Ngay năm đầu thực hiện, 495 hộ nghèo đã được hỗ trợ với tổng số "
            "tiền hơn 41,1 tỷ đồng, và toàn bộ các căn nhà đều đã hoàn thành, được gia đình "
            "dọn về ở.</p>"
            "<p>Việc hỗ trợ được đưa về tận cơ sở: chẳng hạn ở xã Yên Mạc (huyện Yên Mô), "
            "đại diện lãnh đạo Đảng ủy, HĐND và UBND xã đã trực tiếp trao tiền tạm ứng để "
            "các hộ nghèo có vốn khởi công làm nhà.</p>"
        ),
        "start_year": 2023,
        "end_year": 2025,
        "legal_basis": ["nq-43-2023-hdnd"],
        "rates": [
            {"label": "Xây mới", "amount": Decimal("100"), "unit": "triệu đồng", "per": "căn"},
            {"label": "Sửa chữa", "amount": Decimal("50"), "unit": "triệu đồng", "per": "căn"},
        ],
        "indicators": [
            {
                "key": "nha-o-ho",
                "name": "Số hộ nghèo được hỗ trợ nhà ở",
                "unit": "hộ",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": True,
            },
            {
                "key": "nha-o-kinh-phi",
                "name": "Kinh phí hỗ trợ nhà ở",
                "unit": "triệu đồng",
                "kind": "amount",
                "additive": True,
                "decimals": 0,
                "is_key": True,
            },
        ],
    },
    {
        "key": "tien-dien",
        "name": "Hỗ trợ tiền điện sinh hoạt cho hộ nghèo",
        "kind": "electricity",
        "summary": (
            "Hộ nghèo được hỗ trợ một phần tiền điện sinh hoạt hằng tháng, định mức 55.400 "
            "đồng/hộ/tháng."
        ),
        "beneficiaries": (
            "Hộ nghèo và hộ chính sách xã hội thuộc diện được hỗ trợ tiền điện theo quy định."
        ),
        "description": (
            "<p>Hỗ trợ tiền điện là một khoản an sinh thường xuyên, giúp hộ nghèo giảm bớt "
            "chi phí sinh hoạt thiết yếu. Chính sách được thực hiện trên cơ sở quy định của "
            "Thủ tướng Chính phủ về cơ cấu biểu giá bán lẻ điện; định mức hiện áp dụng là "
            "55.400 đồng cho mỗi hộ trong một tháng.</p>"
            "<p>Sở Lao động - Thương binh và Xã hội theo dõi việc chi trả để khoản hỗ trợ đến "
            "tay người dân đúng đối tượng, đúng định mức và không bị chậm trễ.</p>"
        ),
        "start_year": 2021,
        "end_year": 2025,
        "legal_basis": ["qd-28-2014", "nd-07-2021"],
        "rates": [
            {
                "label": "Hỗ trợ tiền điện sinh hoạt",
                "amount": Decimal("55400"),
                "unit": "đồng",
                "per": "hộ/tháng",
            },
        ],
        "indicators": [
            {
                "key": "tien-dien-ho",
                "name": "Số hộ được hỗ trợ tiền điện",
                "unit": "hộ",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": True,
            },
        ],
    },
    {
        "key": "bhyt",
        "name": "Hỗ trợ đóng bảo hiểm y tế",
        "kind": "health_insurance",
        "summary": (
            "Mỗi năm trên 500 nghìn người thuộc các nhóm yếu thế ở Ninh Bình được Nhà nước "
            "đóng hoặc hỗ trợ đóng bảo hiểm y tế."
        ),
        "beneficiaries": (
            "Người thuộc hộ nghèo, hộ cận nghèo; trẻ em chưa đủ 6 tuổi; người cao tuổi; đối "
            "tượng bảo trợ xã hội."
        ),
        "description": (
            "<p>Có thẻ bảo hiểm y tế, người nghèo và các nhóm yếu thế được khám, chữa bệnh mà "
            "không phải tự gánh toàn bộ chi phí, nhờ đó giảm nguy cơ rơi vào cảnh nghèo vì "
            "ốm đau. Hằng năm, trên địa bàn tỉnh có hơn 500 nghìn người được hỗ trợ đóng bảo "
            "hiểm y tế.</p>"
            "<p>Diện được hỗ trợ gồm thành viên hộ nghèo, hộ cận nghèo, trẻ em chưa đủ 6 "
            "tuổi, người cao tuổi và người thuộc diện bảo trợ xã hội. Hộ nghèo, hộ cận nghèo "
            "được xác định theo chuẩn nghèo đa chiều giai đoạn 2021-2025.</p>"
        ),
        "start_year": 2021,
        "end_year": 2025,
        "legal_basis": ["nd-07-2021", "nd-20-2021"],
        "rates": [],
        "indicators": [
            {
                "key": "bhyt-nguoi",
                "name": "Số người được hỗ trợ đóng bảo hiểm y tế",
                "unit": "người",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": True,
            },
        ],
    },
    {
        "key": "hoc-phi",
        "name": "Miễn, giảm học phí, hỗ trợ chi phí học tập và tiền điện",
        "kind": "tuition",
        "summary": (
            "Người học thuộc hộ nghèo, hộ cận nghèo và hộ chính sách được miễn, giảm học phí "
            "và hỗ trợ chi phí học tập; khoản hỗ trợ được tổng hợp cùng hỗ trợ tiền điện."
        ),
        "beneficiaries": (
            "Hộ nghèo, hộ cận nghèo và hộ chính sách có người học thuộc diện miễn, giảm học "
            "phí, hỗ trợ chi phí học tập theo quy định."
        ),
        "description": (
            "<p>Để con em các gia đình khó khăn không phải nghỉ học vì thiếu tiền, học sinh, "
            "sinh viên thuộc hộ nghèo, hộ cận nghèo và hộ chính sách được miễn hoặc giảm học "
            "phí, đồng thời được hỗ trợ chi phí học tập theo Nghị định số 81/2021/NĐ-CP.</p>"
            "<p>Trong báo cáo của Sở, khoản này được cộng chung với hỗ trợ tiền điện cho hộ "
            "nghèo, hộ chính sách: tổng kinh phí vượt 13 tỷ đồng, đến với 15.610 hộ nghèo và "
            "cận nghèo.</p>"
        ),
        "start_year": 2021,
        "end_year": 2025,
        "legal_basis": ["nd-81-2021", "qd-28-2014"],
        "rates": [],
        "indicators": [
            {
                "key": "hoc-phi-ho",
                "name": "Số hộ được hỗ trợ học phí, chi phí học tập và tiền điện",
                "unit": "hộ",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": True,
            },
            {
                "key": "hoc-phi-kinh-phi",
                "name": "Kinh phí hỗ trợ học phí, chi phí học tập và tiền điện",
                "unit": "triệu đồng",
                "kind": "amount",
                "additive": True,
                "decimals": 0,
                "is_key": True,
            },
        ],
    },
    {
        "key": "vay-von",
        "name": "Cho vay vốn ưu đãi phát triển sản xuất",
        "kind": "loans",
        "summary": (
            "Hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo được vay vốn tín dụng chính sách "
            "với điều kiện ưu đãi để làm ăn, phát triển sản xuất."
        ),
        "beneficiaries": "Hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo.",
        "description": (
            "<p>Vốn tín dụng chính sách giúp các hộ nghèo, cận nghèo và hộ vừa thoát nghèo có "
            "tiền đầu tư vào chăn nuôi, trồng trọt hay kinh doanh nhỏ, tháo gỡ khó khăn về "
            "vốn của nhiều gia đình. Trong năm 2023, toàn tỉnh có hơn 2.137 "
            "lượt hộ được vay với tổng số tiền 133,998 tỷ đồng.</p>"
            "<p>Các chi nhánh Ngân hàng Chính sách xã hội ở cấp huyện theo dõi việc sử dụng "
            "nguồn vốn; chẳng hạn, chi nhánh huyện Yên Mô đã đi kiểm tra các khoản vay mà hộ "
            "nghèo, hộ cận nghèo dùng để làm ăn, sản xuất.</p>"
        ),
        "start_year": 2021,
        "end_year": 2025,
        "legal_basis": ["nq-09-tu", "kh-200-ubnd"],
        "rates": [],
        "indicators": [
            {
                "key": "vay-von-luot",
                "name": "Số lượt hộ được vay vốn ưu đãi",
                "unit": "lượt",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": True,
            },
            {
                "key": "vay-von-kinh-phi",
                "name": "Số tiền cho vay ưu đãi",
                "unit": "triệu đồng",
                "kind": "amount",
                "additive": True,
                "decimals": 0,
                "is_key": True,
            },
        ],
    },
    {
        "key": "sinh-ke",
        "name": "Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế",
        "kind": "livelihood",
        "summary": (
            "Các mô hình, dự án hỗ trợ chăn nuôi, trồng trọt, kinh doanh, dịch vụ, du lịch và "
            "khởi nghiệp giúp hộ nghèo có nguồn thu nhập ổn định."
        ),
        "beneficiaries": (
            "Hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và hộ có người khuyết tật chưa có "
            "sinh kế ổn định."
        ),
        "description": (
            "<p>Không chỉ trợ giúp bằng tiền, chương trình đầu tư vào các mô hình, dự án để "
            "người nghèo tự tạo ra thu nhập, từ chăn nuôi, trồng cây đến buôn bán, làm dịch "
            "vụ, làm du lịch hay bắt đầu một công việc kinh doanh của riêng mình.</p>"
            "<p>Năm 2023, tỉnh hoàn tất giải ngân nguồn ngân sách trung ương được phân bổ từ "
            "cuối năm 2021 cho 12 mô hình phát triển sản xuất, tổng cộng 2.039 triệu đồng, "
            "tạo động lực cho hơn 180 hộ vươn lên thoát nghèo. Cùng lúc, kinh phí của năm "
            "2022 và 2023 được giải ngân cho hơn 93 dự án chăn nuôi, trồng cây, hỗ trợ 1.624 "
            "hộ nghèo, cận nghèo, mới thoát nghèo và hộ khuyết tật.</p>"
            "<p>Mô hình vườn - ao - chuồng (VAC) của gia đình ông Lê Văn Tiến ở thôn Đường 10 "
            "Tây, xã Xuân Chính, huyện Kim Sơn được nêu là một điển hình của phong trào thi "
            "đua vì người nghèo giai đoạn 2021-2025.</p>"
        ),
        "start_year": 2021,
        "end_year": 2025,
        "legal_basis": ["qd-90-ttg", "kh-200-ubnd"],
        "rates": [],
        "indicators": [
            {
                "key": "sinh-ke-mo-hinh",
                "name": "Số mô hình hỗ trợ phát triển sản xuất",
                "unit": "mô hình",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": False,
            },
            {
                "key": "sinh-ke-mo-hinh-kinh-phi",
                "name": "Kinh phí thực hiện mô hình",
                "unit": "triệu đồng",
                "kind": "amount",
                "additive": True,
                "decimals": 0,
                "is_key": False,
            },
            {
                "key": "sinh-ke-mo-hinh-ho",
                "name": "Số hộ hưởng lợi từ mô hình",
                "unit": "hộ",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": False,
            },
            {
                "key": "sinh-ke-du-an",
                "name": "Số dự án hỗ trợ chăn nuôi, trồng cây",
                "unit": "dự án",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": True,
            },
            {
                "key": "sinh-ke-ho",
                "name": "Số hộ được hỗ trợ sinh kế qua dự án",
                "unit": "hộ",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": True,
            },
        ],
    },
    {
        "key": "truyen-thong",
        "name": "Truyền thông, đối thoại và nâng cao năng lực về giảm nghèo",
        "kind": "communication",
        "summary": (
            "Đối thoại trực tiếp với hộ nghèo, tập huấn cán bộ, đào tạo kỹ năng xây dựng dự "
            "án sinh kế và phát hành tài liệu tuyên truyền về giảm nghèo bền vững."
        ),
        "beneficiaries": (
            "Hộ nghèo, hộ cận nghèo; cán bộ làm công tác giảm nghèo các cấp; người dân trên "
            "địa bàn tỉnh."
        ),
        "description": (
            "<p>Cùng các sở, ngành và UBND cấp huyện, Sở đã mở 10 cuộc gặp gỡ, đối thoại để "
            "gần 2.000 đại diện hộ nghèo, hộ cận nghèo nêu ý kiến và được giải đáp vướng mắc "
            "về chính sách; một trong các cuộc đối thoại ấy diễn ra ở huyện Yên Khánh.</p>"
            "<p>Song song, Sở mở 02 lớp đào tạo nâng kỹ năng lập dự án đa dạng hóa sinh kế "
            "và xây dựng mô hình giảm nghèo, tổ chức 08 hội nghị tập huấn, phổ biến Chương "
            "trình mục tiêu quốc gia giảm nghèo bền vững với 2.000 đại biểu tham dự, đồng "
            "thời in 34.960 tờ rơi để tuyên truyền.</p>"
            "<p>Sở nhận định công tác tuyên truyền chưa thật thường xuyên và vẫn còn người "
            "nghèo trông chờ vào hỗ trợ, nên đổi mới truyền thông, khơi dậy ý chí tự lực vươn "
            "lên là giải pháp được ưu tiên trong thời gian tới.</p>"
        ),
        "start_year": 2021,
        "end_year": 2025,
        "legal_basis": ["qd-90-ttg", "kh-200-ubnd"],
        "rates": [],
        "indicators": [
            {
                "key": "truyen-thong-doi-thoai",
                "name": "Số hội nghị đối thoại với hộ nghèo",
                "unit": "hội nghị",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": True,
            },
            {
                "key": "truyen-thong-doi-thoai-nguoi",
                "name": "Số người tham gia đối thoại",
                "unit": "người",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": False,
            },
            {
                "key": "truyen-thong-lop",
                "name": "Số lớp đào tạo kỹ năng xây dựng dự án sinh kế",
                "unit": "lớp",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": False,
            },
            {
                "key": "truyen-thong-tap-huan",
                "name": "Số hội nghị tập huấn, truyền thông",
                "unit": "hội nghị",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": False,
            },
            {
                "key": "truyen-thong-tap-huan-dai-bieu",
                "name": "Số đại biểu dự tập huấn",
                "unit": "người",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": False,
            },
            {
                "key": "truyen-thong-to-roi",
                "name": "Số tờ rơi tuyên truyền được in",
                "unit": "tờ",
                "kind": "count",
                "additive": True,
                "decimals": 0,
                "is_key": True,
            },
        ],
    },
]

CAMPAIGN_INDICATORS = [
    {
        "key": "ty-le-ho-ngheo",
        "name": "Tỷ lệ hộ nghèo",
        "unit": "%",
        "kind": "rate",
        "additive": False,
        "decimals": 2,
        "is_key": True,
    },
]

SOURCE = "Cổng thông tin Sở LĐTBXH Ninh Bình, bài «Hiệu quả từ phong trào thi đua…», 21/12/2023"
# The article does not always state the year; such figures are filed under 2023 (its year).
YEAR_NOTE = "; bài viết không ghi rõ năm, ghi theo năm đăng bài"

PROVINCE_VALUES = [
    ("ty-le-ho-ngheo", 2021, Decimal("3.07"), SOURCE),
    ("ty-le-ho-ngheo", 2023, Decimal("1.86"), SOURCE),
    ("nha-o-ho", 2023, Decimal("495"), SOURCE),
    ("nha-o-kinh-phi", 2023, Decimal("41100"), SOURCE + "; bài viết ghi «trên 41,1 tỷ đồng»"),
    (
        "bhyt-nguoi",
        2023,
        Decimal("500000"),
        SOURCE + "; bài viết ghi «hằng năm… trên 500 nghìn đối tượng»",
    ),
    ("hoc-phi-ho", 2023, Decimal("15610"), SOURCE + YEAR_NOTE),
    (
        "hoc-phi-kinh-phi",
        2023,
        Decimal("13000"),
        SOURCE + "; bài viết ghi «trên 13 tỷ đồng», gồm cả hỗ trợ tiền điện" + YEAR_NOTE,
    ),
    (
        "vay-von-luot",
        2023,
        Decimal("2137"),
        SOURCE + "; bài viết ghi «trong năm qua, có trên 2.137 lượt»",
    ),
    ("vay-von-kinh-phi", 2023, Decimal("133998"), SOURCE + "; bài viết ghi «133,998 tỷ đồng»"),
    (
        "sinh-ke-mo-hinh",
        2023,
        Decimal("12"),
        SOURCE + "; giải ngân xong năm 2023, vốn trung ương phân bổ cuối năm 2021",
    ),
    (
        "sinh-ke-mo-hinh-kinh-phi",
        2023,
        Decimal("2039"),
        SOURCE + "; giải ngân xong năm 2023, vốn trung ương phân bổ cuối năm 2021",
    ),
    ("sinh-ke-mo-hinh-ho", 2023, Decimal("180"), SOURCE + "; bài viết ghi «trên 180 hộ»"),
    (
        "sinh-ke-du-an",
        2023,
        Decimal("93"),
        SOURCE + "; bài viết ghi «trên 93 dự án», kinh phí năm 2022 và 2023",
    ),
    (
        "sinh-ke-ho",
        2023,
        Decimal("1624"),
        SOURCE + "; kinh phí năm 2022 và 2023, giải ngân trong năm 2023",
    ),
    ("truyen-thong-doi-thoai", 2023, Decimal("10"), SOURCE + YEAR_NOTE),
    (
        "truyen-thong-doi-thoai-nguoi",
        2023,
        Decimal("2000"),
        SOURCE + "; bài viết ghi «gần 2.000 người»" + YEAR_NOTE,
    ),
    ("truyen-thong-lop", 2023, Decimal("2"), SOURCE + YEAR_NOTE),
    ("truyen-thong-tap-huan", 2023, Decimal("8"), SOURCE + YEAR_NOTE),
    ("truyen-thong-tap-huan-dai-bieu", 2023, Decimal("2000"), SOURCE + YEAR_NOTE),
    ("truyen-thong-to-roi", 2023, Decimal("34960"), SOURCE + YEAR_NOTE),
]

# ILLUSTRATIVE: invented district figures for demos only (not published statistics).
# - 2023 totals of additive indicators equal PROVINCE_VALUES.
# - Housing starts in 2023 (NQ 43/2023), so there are no 2022 housing rows. Each district's
#   housing money = 100 x new houses + 50 x repairs (327 new + 168 repaired = 495 houses).
# - 2022 rows have no province figure; the 2022 livelihood rows are kept small because most
#   2022 funds were disbursed in 2023.
ILLUSTRATIVE_UNIT_VALUES = [
    # Nhà ở 2023 (hộ): xây mới + sửa chữa
    ("nha-o-ho", "tp-ninh-binh", 2023, Decimal("15")),  # 10 + 5
    ("nha-o-ho", "tp-tam-diep", 2023, Decimal("21")),  # 14 + 7
    ("nha-o-ho", "hoa-lu", 2023, Decimal("38")),  # 24 + 14
    ("nha-o-ho", "gia-vien", 2023, Decimal("60")),  # 38 + 22
    ("nha-o-ho", "nho-quan", 2023, Decimal("105")),  # 72 + 33
    ("nha-o-ho", "yen-khanh", 2023, Decimal("56")),  # 35 + 21
    ("nha-o-ho", "kim-son", 2023, Decimal("118")),  # 80 + 38
    ("nha-o-ho", "yen-mo", 2023, Decimal("82")),  # 54 + 28
    # Kinh phí nhà ở 2023 (triệu đồng)
    ("nha-o-kinh-phi", "tp-ninh-binh", 2023, Decimal("1250")),
    ("nha-o-kinh-phi", "tp-tam-diep", 2023, Decimal("1750")),
    ("nha-o-kinh-phi", "hoa-lu", 2023, Decimal("3100")),
    ("nha-o-kinh-phi", "gia-vien", 2023, Decimal("4900")),
    ("nha-o-kinh-phi", "nho-quan", 2023, Decimal("8850")),
    ("nha-o-kinh-phi", "yen-khanh", 2023, Decimal("4550")),
    ("nha-o-kinh-phi", "kim-son", 2023, Decimal("9900")),
    ("nha-o-kinh-phi", "yen-mo", 2023, Decimal("6800")),
    # Vay vốn ưu đãi (lượt)
    ("vay-von-luot", "tp-ninh-binh", 2022, Decimal("90")),
    ("vay-von-luot", "tp-tam-diep", 2022, Decimal("118")),
    ("vay-von-luot", "hoa-lu", 2022, Decimal("214")),
    ("vay-von-luot", "gia-vien", 2022, Decimal("290")),
    ("vay-von-luot", "nho-quan", 2022, Decimal("418")),
    ("vay-von-luot", "yen-khanh", 2022, Decimal("281")),
    ("vay-von-luot", "kim-son", 2022, Decimal("452")),
    ("vay-von-luot", "yen-mo", 2022, Decimal("361")),
    ("vay-von-luot", "tp-ninh-binh", 2023, Decimal("82")),
    ("vay-von-luot", "tp-tam-diep", 2023, Decimal("110")),
    ("vay-von-luot", "hoa-lu", 2023, Decimal("200")),
    ("vay-von-luot", "gia-vien", 2023, Decimal("285")),
    ("vay-von-luot", "nho-quan", 2023, Decimal("405")),
    ("vay-von-luot", "yen-khanh", 2023, Decimal("275")),
    ("vay-von-luot", "kim-son", 2023, Decimal("430")),
    ("vay-von-luot", "yen-mo", 2023, Decimal("350")),
    # Vay vốn ưu đãi (triệu đồng)
    ("vay-von-kinh-phi", "tp-ninh-binh", 2022, Decimal("5120")),
    ("vay-von-kinh-phi", "tp-tam-diep", 2022, Decimal("6710")),
    ("vay-von-kinh-phi", "hoa-lu", 2022, Decimal("12230")),
    ("vay-von-kinh-phi", "gia-vien", 2022, Decimal("16820")),
    ("vay-von-kinh-phi", "nho-quan", 2022, Decimal("24150")),
    ("vay-von-kinh-phi", "yen-khanh", 2022, Decimal("16350")),
    ("vay-von-kinh-phi", "kim-son", 2022, Decimal("25870")),
    ("vay-von-kinh-phi", "yen-mo", 2022, Decimal("20760")),
    ("vay-von-kinh-phi", "tp-ninh-binh", 2023, Decimal("5138")),
    ("vay-von-kinh-phi", "tp-tam-diep", 2023, Decimal("6900")),
    ("vay-von-kinh-phi", "hoa-lu", 2023, Decimal("12540")),
    ("vay-von-kinh-phi", "gia-vien", 2023, Decimal("17850")),
    ("vay-von-kinh-phi", "nho-quan", 2023, Decimal("25400")),
    ("vay-von-kinh-phi", "yen-khanh", 2023, Decimal("17240")),
    ("vay-von-kinh-phi", "kim-son", 2023, Decimal("26950")),
    ("vay-von-kinh-phi", "yen-mo", 2023, Decimal("21980")),
    # Hộ được hỗ trợ sinh kế qua dự án (hộ)
    ("sinh-ke-ho", "tp-ninh-binh", 2022, Decimal("12")),
    ("sinh-ke-ho", "tp-tam-diep", 2022, Decimal("20")),
    ("sinh-ke-ho", "hoa-lu", 2022, Decimal("35")),
    ("sinh-ke-ho", "gia-vien", 2022, Decimal("52")),
    ("sinh-ke-ho", "nho-quan", 2022, Decimal("88")),
    ("sinh-ke-ho", "yen-khanh", 2022, Decimal("49")),
    ("sinh-ke-ho", "kim-son", 2022, Decimal("96")),
    ("sinh-ke-ho", "yen-mo", 2022, Decimal("74")),
    ("sinh-ke-ho", "tp-ninh-binh", 2023, Decimal("64")),
    ("sinh-ke-ho", "tp-tam-diep", 2023, Decimal("90")),
    ("sinh-ke-ho", "hoa-lu", 2023, Decimal("150")),
    ("sinh-ke-ho", "gia-vien", 2023, Decimal("210")),
    ("sinh-ke-ho", "nho-quan", 2023, Decimal("315")),
    ("sinh-ke-ho", "yen-khanh", 2023, Decimal("200")),
    ("sinh-ke-ho", "kim-son", 2023, Decimal("330")),
    ("sinh-ke-ho", "yen-mo", 2023, Decimal("265")),
    # Tỷ lệ hộ nghèo (%), không cộng dồn; bám quanh mức toàn tỉnh 3,07% (2021), 1,86% (2023)
    ("ty-le-ho-ngheo", "tp-ninh-binh", 2021, Decimal("1.02")),
    ("ty-le-ho-ngheo", "tp-tam-diep", 2021, Decimal("2.15")),
    ("ty-le-ho-ngheo", "hoa-lu", 2021, Decimal("2.36")),
    ("ty-le-ho-ngheo", "gia-vien", 2021, Decimal("3.12")),
    ("ty-le-ho-ngheo", "nho-quan", 2021, Decimal("4.58")),
    ("ty-le-ho-ngheo", "yen-khanh", 2021, Decimal("2.48")),
    ("ty-le-ho-ngheo", "kim-son", 2021, Decimal("3.95")),
    ("ty-le-ho-ngheo", "yen-mo", 2021, Decimal("3.41")),
    ("ty-le-ho-ngheo", "tp-ninh-binh", 2022, Decimal("0.78")),
    ("ty-le-ho-ngheo", "tp-tam-diep", 2022, Decimal("1.72")),
    ("ty-le-ho-ngheo", "hoa-lu", 2022, Decimal("1.85")),
    ("ty-le-ho-ngheo", "gia-vien", 2022, Decimal("2.55")),
    ("ty-le-ho-ngheo", "nho-quan", 2022, Decimal("3.74")),
    ("ty-le-ho-ngheo", "yen-khanh", 2022, Decimal("1.96")),
    ("ty-le-ho-ngheo", "kim-son", 2022, Decimal("3.22")),
    ("ty-le-ho-ngheo", "yen-mo", 2022, Decimal("2.79")),
    ("ty-le-ho-ngheo", "tp-ninh-binh", 2023, Decimal("0.55")),
    ("ty-le-ho-ngheo", "tp-tam-diep", 2023, Decimal("1.28")),
    ("ty-le-ho-ngheo", "hoa-lu", 2023, Decimal("1.37")),
    ("ty-le-ho-ngheo", "gia-vien", 2023, Decimal("1.90")),
    ("ty-le-ho-ngheo", "nho-quan", 2023, Decimal("2.86")),
    ("ty-le-ho-ngheo", "yen-khanh", 2023, Decimal("1.42")),
    ("ty-le-ho-ngheo", "kim-son", 2023, Decimal("2.41")),
    ("ty-le-ho-ngheo", "yen-mo", 2023, Decimal("2.07")),
]

OFFICIALS = [
    {
        "username": "canbo.kimson",
        "full_name": "Cán bộ nhập liệu huyện Kim Sơn",
        "units": ["kim-son"],
        "programs": ["nha-o", "sinh-ke"],
    },
    {
        "username": "canbo.yenmo",
        "full_name": "Cán bộ nhập liệu huyện Yên Mô",
        "units": ["yen-mo"],
        "programs": ["nha-o", "sinh-ke"],
    },
]
APPROVER = {"username": "duyetsolieu", "full_name": "Người duyệt số liệu"}

EXEMPLARY_MODELS = [
    {
        "name": "Hộ ông Lê Văn Tiến",
        "kind": "household",
        "unit": "xuan-chinh",
        "place": "Thôn Đường 10 Tây, xã Xuân Chính, huyện Kim Sơn",
        "achievement": (
            "Gia đình ông làm kinh tế theo mô hình VAC, kết hợp vườn cây, ao cá và chuồng "
            "trại trên cùng một khu đất. Mô hình được Sở Lao động - Thương binh và Xã hội "
            "giới thiệu như một điển hình của phong trào thi đua vì người nghèo giai đoạn "
            "2021-2025."
        ),
        "year": 2023,
    },
    {
        # fictional
        "name": "Hộ bà Đinh Thị Lan",
        "kind": "household",
        "unit": "nho-quan",
        "place": "Huyện Nho Quan",
        "achievement": (
            "Từng là hộ nghèo, năm 2022 gia đình bà được hỗ trợ con giống từ dự án chăn nuôi "
            "dê. Nhờ chăm chỉ học hỏi kỹ thuật, đàn dê tăng dần qua từng lứa, thu nhập ổn "
            "định hơn và cuối năm 2023 gia đình đã thoát nghèo."
        ),
        "year": 2023,
    },
    {
        # fictional
        "name": "Tổ hợp tác chăn nuôi bò sinh sản Đồng Tâm",
        "kind": "collective",
        "unit": "yen-mo",
        "place": "Huyện Yên Mô",
        "achievement": (
            "Tổ hợp tác quy tụ 15 hộ nghèo, cận nghèo cùng nuôi bò sinh sản bằng vốn vay ưu "
            "đãi. Các thành viên chia sẻ kinh nghiệm phòng bệnh, làm chuồng trại và cùng tìm "
            "đầu ra cho bê giống, nhờ đó nhiều hộ trả được nợ đúng hạn và có thu nhập ổn định."
        ),
        "year": 2023,
    },
]
