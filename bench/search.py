"""Latency of the public site search (portal.search) on PostgreSQL at a realistic scale.

Not a test: it prints figures. It creates its own database on a PostgreSQL server (dropping
it first if it exists), migrates it, fills it and drops it again at the end (unless --keep):

    DJANGO_SECRET_KEY=bench .venv/bin/python bench/search.py
    DJANGO_SECRET_KEY=bench .venv/bin/python bench/search.py --articles 10000 --documents 500

Method:
- Data: `--articles` articles (default 100,000) in 8 categories, published over ten years
  (a few drafts and scheduled ones), and `--documents` legal documents (default 5,000) with
  real-looking numbers ("123/2019/QĐ-UBND", "45/KH-UBND", "07-NQ/TU"), types, issuers, fields
  and abstracts. All text is Vietnamese with full diacritics, composed from phrase lists about
  the sector (poverty reduction, housing support, health insurance, jobs, vocational training,
  people with meritorious services, children) and the districts of Ninh Binh, with a seeded
  random generator: the same options give the same data and the same queries.
- Rows are inserted with bulk_create (no signals), then the search index is filled either by
  `portal.search.rebuild()` (default, what `rebuild_search_index` does) or, with
  `--index direct`, by building SearchEntry rows from the in-memory objects with the
  registered builders and `portal.search._columns()`. The time of each step is printed.
  Then ANALYZE.
- Queries: a fixed, seeded list of 200 mixing common two-word phrases with and without
  diacritics, district names, exact document numbers that exist, single words, words with one
  typo, rare words (and absent ones), and three- or four-word phrases. Each is run as the
  public search view runs it: `portal.search.search(q, kinds=<the view's kinds>)`, then a
  Paginator of 10 per page, `get_page(1)` (the COUNT) and `list(page.object_list)` (the first
  page). Each query is timed end to end with time.perf_counter, after 10 warm-up queries.
  The view's Python-side highlight() and snippet() of the ten results are timed apart.
- Timeout: every search statement runs under PostgreSQL's statement_timeout (`--timeout`,
  2 s by default), so that the run stays within minutes even when single queries take a
  minute. A cut query counts with the time it had run, marked "≥": a lower bound, and so
  are any percentiles that land on one. `--timeout 0` measures without a limit (slow).
- Output: p50 / p95 / max in ms, medians per query kind, the machine, the PostgreSQL
  version, and EXPLAIN (ANALYZE, BUFFERS) of the page query and of the COUNT of the three
  slowest queries (slowest by measured time, a lower bound for cut ones; a statement that
  EXPLAIN ANALYZE cannot finish within `--explain-timeout` is shown with estimates only).
"""

import argparse
import contextlib
import math
import os
import platform
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = 20240527
QUERY_COUNT = 200
WARMUP = 10
PAGE_SIZE = 10  # portal.views.SEARCH_PAGE_SIZE
PROTECTED_DATABASES = {"postgres", "template0", "template1"}

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

PROVINCE = "tỉnh Ninh Bình"
DISTRICTS = {
    # name: (unit, communes)
    "Kim Sơn": ("huyện", ["Kim Đông", "Kim Hải", "Kim Trung", "Kim Mỹ", "Như Hòa", "Lai Thành"]),
    "Yên Mô": ("huyện", ["Yên Thắng", "Yên Phong", "Mai Sơn", "Khánh Thượng", "Yên Đồng"]),
    "Nho Quan": ("huyện", ["Cúc Phương", "Kỳ Phú", "Phú Long", "Gia Lâm", "Thạch Bình"]),
    "Gia Viễn": ("huyện", ["Gia Sinh", "Gia Hưng", "Gia Vân", "Gia Thanh", "Liên Sơn"]),
    "Hoa Lư": ("huyện", ["Trường Yên", "Ninh Hải", "Ninh Xuân", "Ninh Vân", "Ninh Giang"]),
    "Yên Khánh": ("huyện", ["Khánh Thành", "Khánh Nhạc", "Khánh Hòa", "Khánh Trung", "Khánh Cư"]),
    "Tam Điệp": ("thành phố", ["Đông Sơn", "Quang Sơn", "Yên Sơn", "Trung Sơn", "Nam Sơn"]),
    "Ninh Bình": ("thành phố", ["Đông Thành", "Tân Thành", "Vân Giang", "Nam Bình", "Ninh Phong"]),
}
DISTRICT_NAMES = list(DISTRICTS)

ORGS = [
    "Sở Lao động - Thương binh và Xã hội",
    "Ủy ban nhân dân tỉnh",
    "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Tỉnh đoàn Ninh Bình",
    "Bảo hiểm xã hội tỉnh",
    "Ngân hàng Chính sách xã hội tỉnh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Hội Chữ thập đỏ tỉnh",
    "Trung tâm Dịch vụ việc làm tỉnh",
]
OFFICIALS = [
    "Giám đốc Sở Lao động - Thương binh và Xã hội",
    "Phó Giám đốc Sở",
    "Phó Chủ tịch Ủy ban nhân dân tỉnh",
    "Chủ tịch Ủy ban nhân dân huyện",
    "Trưởng phòng Bảo trợ xã hội",
    "Trưởng phòng Lao động - Thương binh và Xã hội huyện",
]
EVENTS = ["hội nghị", "buổi làm việc", "lễ phát động", "buổi lễ", "cuộc họp trực tuyến"]
PERIODS = [
    "6 tháng đầu năm {year}",
    "9 tháng năm {year}",
    "trong năm {year}",
    "quý I năm {year}",
    "giai đoạn 2021-2025",
    "giai đoạn 2016-2020",
]

# Eight categories; each with its programmes, people, what is done for them and a few
# sentences of its own. {place}, {commune}, {year}, {n}, {pct}, {money} are filled in.
CATEGORIES = [
    {
        "name": "Giảm nghèo",
        "slug": "giam-ngheo",
        "topics": [
            "chương trình mục tiêu quốc gia giảm nghèo bền vững",
            "công tác giảm nghèo bền vững",
            "chính sách hỗ trợ nhà ở cho hộ nghèo",
            "rà soát hộ nghèo, hộ cận nghèo",
            "dự án hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế",
            "phong trào Vì người nghèo",
        ],
        "people": ["hộ nghèo", "hộ cận nghèo", "hộ mới thoát nghèo", "người dân vùng khó khăn"],
        "actions": [
            "hỗ trợ xây dựng, sửa chữa nhà ở cho",
            "bàn giao nhà đại đoàn kết cho",
            "trao bò giống sinh sản cho",
            "hỗ trợ vốn vay ưu đãi cho",
            "tặng quà, động viên",
        ],
        "passive": ["hỗ trợ nhà ở", "vay vốn ưu đãi", "hỗ trợ sinh kế", "thoát nghèo"],
        "sentences": [
            "Tỷ lệ hộ nghèo của {place_full} giảm từ {pct}% xuống còn {pct2}% theo chuẩn nghèo đa "
            "chiều giai đoạn 2022-2025.",
            "Mỗi hộ nghèo được hỗ trợ {k}0 triệu đồng để xây mới hoặc sửa chữa nhà ở, bảo đảm "
            "diện tích tối thiểu 30 m² và tuổi thọ công trình từ 20 năm trở lên.",
            "Nhờ mô hình nuôi {animal}, nhiều hộ ở xã {commune} đã có thu nhập ổn định và "
            "thoát nghèo bền vững.",
            "Công tác rà soát hộ nghèo, hộ cận nghèo được thực hiện công khai, dân chủ, có sự "
            "tham gia của người dân ở từng thôn, xóm.",
        ],
    },
    {
        "name": "Lao động - Việc làm",
        "slug": "lao-dong-viec-lam",
        "topics": [
            "công tác giải quyết việc làm",
            "phiên giao dịch việc làm",
            "chính sách bảo hiểm thất nghiệp",
            "đưa người lao động đi làm việc ở nước ngoài theo hợp đồng",
            "quỹ quốc gia về việc làm",
        ],
        "people": [
            "người lao động",
            "thanh niên nông thôn",
            "lao động mất việc làm",
            "bộ đội xuất ngũ",
        ],
        "actions": [
            "tư vấn, giới thiệu việc làm cho",
            "giải quyết trợ cấp thất nghiệp cho",
            "cho vay vốn giải quyết việc làm đối với",
            "kết nối cung - cầu lao động cho",
        ],
        "passive": ["giới thiệu việc làm", "vay vốn tạo việc làm", "hưởng trợ cấp thất nghiệp"],
        "sentences": [
            "Phiên giao dịch việc làm có {n} doanh nghiệp tham gia tuyển dụng với hơn {n2} vị "
            "trí, mức lương từ 7 đến 15 triệu đồng mỗi tháng.",
            "Số lao động đi làm việc ở nước ngoài theo hợp đồng đạt {n} người, chủ yếu tại "
            "{country}.",
            "Trung tâm Dịch vụ việc làm tỉnh đã tiếp nhận {n} hồ sơ đề nghị hưởng trợ cấp "
            "thất nghiệp, giải quyết đúng hạn 100% hồ sơ.",
            "Người lao động có nhu cầu vay vốn tạo việc làm được hướng dẫn thủ tục tại điểm "
            "giao dịch xã {commune}.",
        ],
    },
    {
        "name": "Giáo dục nghề nghiệp",
        "slug": "giao-duc-nghe-nghiep",
        "topics": [
            "công tác tuyển sinh giáo dục nghề nghiệp",
            "đào tạo nghề cho lao động nông thôn",
            "hội thi giáo viên dạy giỏi giáo dục nghề nghiệp",
            "kiểm định chất lượng giáo dục nghề nghiệp",
            "chương trình học nghề gắn với giải quyết việc làm",
        ],
        "people": ["học sinh tốt nghiệp trung học cơ sở", "lao động nông thôn", "học viên"],
        "actions": [
            "mở lớp đào tạo nghề cho",
            "tư vấn tuyển sinh, hướng nghiệp cho",
            "cấp chứng chỉ sơ cấp nghề cho",
            "hỗ trợ học nghề cho",
        ],
        "passive": ["học nghề", "đào tạo nghề", "cấp chứng chỉ nghề"],
        "sentences": [
            "Các lớp học nghề {trade} được tổ chức ngay tại xã {commune}, thuận tiện cho người "
            "học vừa học vừa sản xuất.",
            "Sau học nghề, {pct}% học viên có việc làm mới hoặc tiếp tục làm nghề cũ với năng "
            "suất, thu nhập cao hơn.",
            "Trường Cao đẳng Cơ giới Ninh Bình tuyển sinh {n} chỉ tiêu trình độ cao đẳng, trung "
            "cấp các nghề {trade}, điện công nghiệp và công nghệ ô tô.",
            "Học sinh tốt nghiệp trung học cơ sở theo học trình độ trung cấp được miễn học phí.",
        ],
    },
    {
        "name": "Người có công",
        "slug": "nguoi-co-cong",
        "topics": [
            "chính sách ưu đãi người có công với cách mạng",
            "công tác đền ơn đáp nghĩa",
            "tìm kiếm, quy tập hài cốt liệt sĩ",
            "hoạt động kỷ niệm Ngày Thương binh - Liệt sĩ 27/7",
            "chăm sóc, tu bổ nghĩa trang liệt sĩ",
        ],
        "people": [
            "người có công với cách mạng",
            "thương binh, bệnh binh",
            "thân nhân liệt sĩ",
            "Mẹ Việt Nam anh hùng",
        ],
        "actions": [
            "thăm hỏi, tặng quà",
            "chi trả trợ cấp ưu đãi hằng tháng cho",
            "hỗ trợ cải thiện nhà ở cho",
            "tổ chức điều dưỡng cho",
        ],
        "passive": ["tặng quà", "điều dưỡng", "hỗ trợ cải thiện nhà ở"],
        "sentences": [
            "Nhân dịp kỷ niệm {k}0 năm Ngày Thương binh - Liệt sĩ (27/7), tỉnh đã tặng {n} suất "
            "quà cho thương binh, bệnh binh và thân nhân liệt sĩ.",
            "Đoàn công tác đã dâng hương, dâng hoa tưởng niệm các anh hùng liệt sĩ tại Nghĩa "
            "trang liệt sĩ {district_full}.",
            "100% người có công được hưởng đầy đủ, kịp thời các chế độ trợ cấp, phụ cấp ưu đãi "
            "theo quy định.",
            "Các gia đình người có công đều có mức sống bằng hoặc cao hơn mức sống trung bình "
            "của dân cư nơi cư trú.",
        ],
    },
    {
        "name": "Bảo trợ xã hội",
        "slug": "bao-tro-xa-hoi",
        "topics": [
            "chính sách trợ giúp xã hội",
            "cấp thẻ bảo hiểm y tế cho đối tượng bảo trợ xã hội",
            "chăm sóc người cao tuổi",
            "trợ giúp người khuyết tật",
            "chi trả trợ cấp xã hội qua tài khoản",
        ],
        "people": [
            "người cao tuổi",
            "người khuyết tật",
            "đối tượng bảo trợ xã hội",
            "người thuộc hộ cận nghèo",
        ],
        "actions": [
            "cấp thẻ bảo hiểm y tế miễn phí cho",
            "chi trả trợ cấp xã hội hằng tháng cho",
            "trao xe lăn, xe lắc cho",
            "khám sức khỏe định kỳ cho",
        ],
        "passive": ["cấp thẻ bảo hiểm y tế", "hưởng trợ cấp xã hội", "khám sức khỏe miễn phí"],
        "sentences": [
            "Toàn tỉnh có {n} đối tượng đang hưởng trợ cấp xã hội hằng tháng, {pct}% được chi "
            "trả qua tài khoản ngân hàng.",
            "Người thuộc hộ cận nghèo tham gia bảo hiểm y tế được ngân sách nhà nước hỗ trợ "
            "{pct}% mức đóng.",
            "Tỷ lệ bao phủ bảo hiểm y tế trên địa bàn tỉnh đạt {pct}% dân số.",
            "Trung tâm Bảo trợ xã hội tỉnh đang nuôi dưỡng, chăm sóc {n} đối tượng có hoàn cảnh "
            "đặc biệt khó khăn.",
        ],
    },
    {
        "name": "Trẻ em - Bình đẳng giới",
        "slug": "tre-em-binh-dang-gioi",
        "topics": [
            "Tháng hành động vì trẻ em",
            "công tác bảo vệ, chăm sóc trẻ em",
            "phòng, chống bạo lực gia đình và bình đẳng giới",
            "chương trình phòng, chống tai nạn thương tích trẻ em",
            "Tết Trung thu cho trẻ em",
        ],
        "people": [
            "trẻ em có hoàn cảnh đặc biệt",
            "trẻ em mồ côi",
            "học sinh nghèo vượt khó",
            "trẻ em khuyết tật",
        ],
        "actions": [
            "trao học bổng cho",
            "tặng quà Tết Trung thu cho",
            "tặng xe đạp cho",
            "khám sàng lọc tim bẩm sinh cho",
        ],
        "passive": ["nhận học bổng", "tặng quà", "khám sàng lọc miễn phí"],
        "sentences": [
            "Mỗi suất học bổng trị giá {k} triệu đồng, giúp các em có thêm điều kiện đến trường.",
            "Tỉnh phấn đấu giảm tỷ lệ trẻ em bị tai nạn thương tích, đặc biệt là đuối nước, "
            "trong dịp hè năm {year}.",
            "Toàn tỉnh có {n} trẻ em có hoàn cảnh đặc biệt được quản lý, theo dõi và trợ giúp "
            "kịp thời.",
            "Hoạt động hưởng ứng Tháng hành động vì bình đẳng giới được triển khai tới tất cả "
            "các xã, phường, thị trấn.",
        ],
    },
    {
        "name": "Thi đua - Khen thưởng",
        "slug": "thi-dua-khen-thuong",
        "topics": [
            "phong trào thi đua yêu nước",
            "công tác thi đua, khen thưởng",
            "phong trào thi đua chung sức xây dựng nông thôn mới",
            "hội nghị điển hình tiên tiến",
        ],
        "people": ["tập thể, cá nhân tiêu biểu", "cán bộ, công chức", "gương người tốt việc tốt"],
        "actions": ["khen thưởng", "biểu dương", "trao Bằng khen cho", "tôn vinh"],
        "passive": ["khen thưởng", "tặng Bằng khen", "biểu dương"],
        "sentences": [
            "Dịp này, Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho {n} tập thể và {n2} cá "
            "nhân có thành tích xuất sắc.",
            "Phong trào thi đua đã lan tỏa rộng khắp, tạo động lực hoàn thành các chỉ tiêu kinh "
            "tế - xã hội năm {year}.",
        ],
    },
    {
        "name": "Tin tức - Sự kiện",
        "slug": "tin-tuc-su-kien",
        "topics": [
            "công tác lao động, người có công và xã hội",
            "cải cách hành chính",
            "chuyển đổi số trong ngành",
            "công tác an sinh xã hội",
            "thủ tục hành chính trên Cổng dịch vụ công",
        ],
        "people": ["người dân", "doanh nghiệp", "cán bộ, công chức, viên chức"],
        "actions": [
            "tiếp công dân, giải quyết kiến nghị của",
            "hướng dẫn thủ tục cho",
            "đối thoại với",
        ],
        "passive": ["tiếp nhận hồ sơ trực tuyến", "giải quyết thủ tục đúng hạn"],
        "sentences": [
            "Năm {year}, Sở tiếp nhận {n} hồ sơ thủ tục hành chính, {pct}% được giải quyết trước "
            "và đúng hạn.",
            "Người dân có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia mà không "
            "phải đến trụ sở cơ quan.",
            "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm {year} và triển khai phương "
            "hướng, nhiệm vụ năm {next_year}.",
        ],
    },
]

ANIMALS = ["bò sinh sản", "lợn", "gà thả vườn", "dê", "vịt", "cá rô phi"]
TRADES = ["may công nghiệp", "điện dân dụng", "sửa chữa máy nông nghiệp", "chế biến món ăn"]
COUNTRIES = ["Nhật Bản", "Hàn Quốc", "Đài Loan (Trung Quốc)", "Đức"]

GENERIC_SENTENCES = [
    "Thực hiện {doc}, {org} đã {action} {people} trên địa bàn {place_full}.",
    "Theo báo cáo, {period}, {place_full} đã có {n} {people} được {passive}, đạt {pct}% kế "
    "hoạch năm.",
    "Tổng kinh phí thực hiện là {money} triệu đồng, trong đó ngân sách trung ương {money2} "
    "triệu đồng, còn lại là nguồn xã hội hóa.",
    "Phát biểu tại {event}, {official} đề nghị các địa phương tiếp tục đẩy mạnh {topic}, bảo "
    "đảm đúng đối tượng, công khai, minh bạch.",
    "Bên cạnh đó, {org} phối hợp với {org2} tổ chức {k} lớp tập huấn về {topic} cho cán bộ cấp xã.",
    "Dịp này, đoàn công tác đã trao {n} suất quà, mỗi suất trị giá {k}00.000 đồng, cho "
    "{people} xã {commune}.",
    "Thời gian tới, {org} sẽ tiếp tục {action} {people}, phấn đấu hoàn thành các chỉ tiêu "
    "giai đoạn 2021-2025.",
    "Lãnh đạo {place_full} cho biết địa phương đã chỉ đạo các xã rà soát, lập danh sách "
    "{people} để kịp thời hỗ trợ.",
    "Đây là hoạt động thiết thực nhằm thực hiện tốt {topic}, góp phần bảo đảm an sinh xã "
    "hội trên địa bàn.",
    "Qua kiểm tra, đoàn đánh giá cao sự vào cuộc của cấp ủy, chính quyền {place_full} trong "
    "thực hiện {topic}.",
    "Ông {person}, trú tại xã {commune}, chia sẻ: gia đình rất phấn khởi khi được {passive}.",
    "Chương trình nhận được sự hưởng ứng tích cực của {people} và các tầng lớp nhân dân.",
]
DOC_REFS = [
    "Kế hoạch số {n}/KH-UBND của Ủy ban nhân dân tỉnh",
    "Nghị quyết số {n2}-NQ/TU của Ban Thường vụ Tỉnh ủy",
    "chỉ đạo của Ủy ban nhân dân tỉnh",
    "Quyết định số {n}/QĐ-UBND của Ủy ban nhân dân tỉnh",
    "hướng dẫn của Bộ Lao động - Thương binh và Xã hội",
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đinh", "Bùi", "Đỗ", "Ngô"]
GIVEN = ["Văn Hùng", "Văn Thắng", "Đức Minh", "Văn Toản", "Quang Hải", "Văn Bình", "Xuân Trường"]

TITLE_TEMPLATES = [
    "{Place_full}: {action_cap} {people}",
    "{org} {action} {people} năm {year}",
    "Đẩy mạnh {topic} trên địa bàn {place_full}",
    "Kết quả thực hiện {topic} {period}",
    "{Place_full} {action} {people}",
    "Hội nghị tổng kết {topic} năm {year}",
    "Kiểm tra việc thực hiện {topic} tại {place_full}",
    "{n} {people} {place_full} được {passive}",
    "Triển khai {topic} năm {next_year}",
    "Xã {commune} ({place_full}): {action_cap} {people}",
]
SUMMARY_TEMPLATES = [
    "Ngày {day}/{month}, {org} đã {action} {people} trên địa bàn {place_full}.",
    "{period_cap}, {place_full} đã có {n} {people} được {passive}, góp phần thực hiện tốt {topic}.",
    "Sáng {day}/{month}, {org} tổ chức {event} về {topic} năm {year}.",
]

# Words that only a handful of articles contain (searching them finds few rows), and words
# that no row contains.
RARE_PHRASES = [
    "nghề thêu ren truyền thống Văn Lâm",
    "dệt chiếu cói Kim Sơn",
    "mô hình nuôi ba ba thương phẩm",
    "máy trợ thính cho trẻ khiếm thính",
    "lớp can thiệp sớm cho trẻ tự kỷ",
    "trồng nấm linh chi",
    "đan lát mây tre xuất khẩu",
    "chăn nuôi dê núi đặc sản",
    "chân tay giả cho người khuyết tật vận động",
    "bơi an toàn phòng chống đuối nước",
]
RARE_QUERIES = ["thêu ren", "chiếu cói", "nuôi ba ba", "khiếm thính", "trẻ tự kỷ", "nấm linh chi",
                "mây tre đan", "dê núi", "chân tay giả", "bơi an toàn"]  # fmt: skip
ABSENT_WORDS = ["tàu ngầm", "khủng long", "pickleball", "điện hạt nhân", "xe tự lái", "thiên thạch"]

DOCUMENT_TYPES = ["Luật", "Nghị định", "Quyết định", "Nghị quyết", "Thông tư", "Kế hoạch",
                  "Chỉ thị", "Công văn"]  # fmt: skip
ISSUERS = [
    # issuer, signer, [(type, number pattern)]; {n} counter, {year}, {q} legislature
    ("Quốc hội", "Chủ tịch Quốc hội", [("Luật", "{n}/{year}/QH{q}")]),
    ("Chính phủ", "Thủ tướng Chính phủ", [("Nghị định", "{n}/{year}/NĐ-CP")]),
    ("Thủ tướng Chính phủ", "Phó Thủ tướng", [("Quyết định", "{n}/QĐ-TTg")]),
    (
        "Bộ Lao động - Thương binh và Xã hội",
        "Thứ trưởng",
        [("Thông tư", "{n2}/{year}/TT-BLĐTBXH"), ("Công văn", "{n}/LĐTBXH-BTXH")],
    ),
    (
        "Ban Thường vụ Tỉnh ủy Ninh Bình",
        "Phó Bí thư Thường trực Tỉnh ủy",
        [("Nghị quyết", "{n2}-NQ/TU"), ("Chỉ thị", "{n2}-CT/TU"), ("Kế hoạch", "{n}-KH/TU")],
    ),
    (
        "Hội đồng nhân dân tỉnh Ninh Bình",
        "Chủ tịch HĐND tỉnh",
        [("Nghị quyết", "{n}/{year}/NQ-HĐND")],
    ),
    (
        "Ủy ban nhân dân tỉnh Ninh Bình",
        "Phó Chủ tịch UBND tỉnh",
        [
            ("Quyết định", "{n}/QĐ-UBND"),
            ("Quyết định", "{n}/{year}/QĐ-UBND"),
            ("Kế hoạch", "{n}/KH-UBND"),
            ("Chỉ thị", "{n2}/CT-UBND"),
            ("Công văn", "{n}/UBND-VX"),
        ],
    ),
    (
        "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Bình",
        "Giám đốc Sở",
        [
            ("Công văn", "{n}/SLĐTBXH-BTXH"),
            ("Kế hoạch", "{n}/KH-SLĐTBXH"),
            ("Quyết định", "{n}/QĐ-SLĐTBXH"),
        ],
    ),
]
ISSUER_WEIGHTS = [1, 3, 4, 8, 4, 6, 20, 12]
FIELDS = ["Giảm nghèo", "Bảo trợ xã hội", "Người có công", "Lao động - Việc làm",
          "Giáo dục nghề nghiệp", "Trẻ em", "Bình đẳng giới", "Bảo hiểm",
          "Thi đua - Khen thưởng", "Cải cách hành chính"]  # fmt: skip
ABSTRACT_TEMPLATES = [
    "Về việc {action} {people} trên địa bàn {province} năm {year}",
    "Ban hành Quy định về {topic} trên địa bàn {province} giai đoạn {year}-{year4}",
    "Triển khai thực hiện {topic} năm {year}",
    "Phê duyệt danh sách {people} được {passive} năm {year}",
    "Quy định mức hỗ trợ {passive} đối với {people} trên địa bàn {province}",
    "Về tăng cường sự lãnh đạo của Đảng đối với {topic}",
    "Hướng dẫn thực hiện {topic}",
    "Về việc tổ chức các hoạt động {topic} năm {year}",
]

# --------------------------------------------------------------------------------------------
# Text generation
# --------------------------------------------------------------------------------------------


def cap(text):
    return text[:1].upper() + text[1:]


class Writer:
    """Seeded composer of Vietnamese news text for one category at a time."""

    def __init__(self, rng):
        self.rng = rng

    def slots(self, category, year):
        rng = self.rng
        district = rng.choice(DISTRICT_NAMES)
        unit, communes = DISTRICTS[district]
        place_full = f"{unit} {district}"
        period = rng.choice(PERIODS).format(year=year)
        action = rng.choice(category["actions"])
        pct = rng.randint(3, 98)
        money = rng.randint(200, 90000)
        return {
            "place_full": place_full,
            "Place_full": cap(place_full),
            "district_full": place_full,
            "commune": rng.choice(communes),
            "province": PROVINCE,
            "year": year,
            "next_year": year + 1,
            "year4": year + 4,
            "period": period,
            "period_cap": cap(period),
            "topic": rng.choice(category["topics"]),
            "people": rng.choice(category["people"]),
            "action": action,
            "action_cap": cap(action),
            "passive": rng.choice(category["passive"]),
            "org": rng.choice(ORGS),
            "org2": rng.choice(ORGS),
            "official": rng.choice(OFFICIALS),
            "event": rng.choice(EVENTS),
            "n": rng.randint(12, 2400),
            "n2": rng.randint(2, 60),
            "k": rng.randint(2, 9),
            "pct": pct,
            "pct2": max(1, pct - rng.randint(1, 3)),
            "money": f"{money:,}".replace(",", "."),
            "money2": f"{money // 2:,}".replace(",", "."),
            "day": rng.randint(1, 28),
            "month": rng.randint(1, 12),
            "animal": rng.choice(ANIMALS),
            "trade": rng.choice(TRADES),
            "country": rng.choice(COUNTRIES),
            "person": f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}",
            "doc": rng.choice(DOC_REFS).format(n=rng.randint(10, 300), n2=rng.randint(1, 40)),
        }

    def article(self, category, year):
        """(title, summary, body HTML) of one article."""
        rng = self.rng
        slots = self.slots(category, year)
        title = rng.choice(TITLE_TEMPLATES).format(**slots)
        summary = rng.choice(SUMMARY_TEMPLATES).format(**slots)
        own = category["sentences"]
        paragraphs = []
        for _ in range(rng.randint(3, 6)):
            sentences = []
            for _ in range(rng.randint(3, 5)):
                pool = own if rng.random() < 0.35 else GENERIC_SENTENCES
                if rng.random() < 0.3:
                    slots = self.slots(category, year)  # another place, figure or programme
                sentences.append(rng.choice(pool).format(**slots))
            paragraphs.append(" ".join(sentences))
        if rng.random() < 0.004:  # a rare subject, a few hundred articles in all
            rare = rng.choice(RARE_PHRASES)
            paragraphs.insert(1, f"Đáng chú ý là {rare} tại xã {slots['commune']}.")
        body = "".join(f"<p>{text}</p>" for text in paragraphs)
        return title, summary, body

    def abstract(self, category, year):
        return self.rng.choice(ABSTRACT_TEMPLATES).format(**self.slots(category, year))


# --------------------------------------------------------------------------------------------
# Database
# --------------------------------------------------------------------------------------------


def database_urls(server_url, name):
    """(URL of the server's `postgres` database, URL of the bench database, its name).

    The name must contain "bench": the server's own and test databases are never touched."""
    parts = urlsplit(server_url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise SystemExit(f"--database-url must be a postgres:// URL, not {server_url!r}")
    name = parts.path.strip("/") or name
    if name in PROTECTED_DATABASES or name.startswith("test") or "bench" not in name:
        raise SystemExit(f"refusing to use database {name!r}: its name must contain 'bench'")
    return (
        urlunsplit(parts._replace(path="/postgres")),
        urlunsplit(parts._replace(path=f"/{name}")),
        name,
    )


def recreate_database(maintenance_url, name, *, drop_only=False):
    """DROP (and CREATE) the bench database. Only connects to `postgres` to issue these,
    as Django's test runner does; template1 is left alone so concurrent CREATE DATABASE
    (a test run) is not blocked."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(maintenance_url, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        if not drop_only:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def setup_django(database_url):
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_DEBUG"] = "0"  # no query log: it would grow and slow every query
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()


# --------------------------------------------------------------------------------------------
# Filling
# --------------------------------------------------------------------------------------------


class Progress:
    def __init__(self, label, total, every=10):
        self.label, self.total, self.started = label, total, time.perf_counter()
        self.step = max(1, total // every)
        self.next = self.step

    def __call__(self, done, total=None):
        if done >= self.next:
            elapsed = time.perf_counter() - self.started
            print(f"  {self.label}: {done:>7}/{self.total} ({elapsed:.0f} s)", flush=True)
            while self.next <= done:
                self.next += self.step


def fill_articles(count, rng, index_batch=None, batch_size=1000):
    """Bulk-insert `count` articles; `index_batch(objects)` is called per batch (direct mode)."""
    from django.utils import timezone

    from articles.models import Article, Category
    from portal.text import slugify_vi

    categories = [
        Category.objects.create(name=data["name"], slug=data["slug"], position=position)
        for position, data in enumerate(CATEGORIES, start=1)
    ]
    writer = Writer(rng)
    now = timezone.now()
    ten_years = 10 * 365 * 86400
    progress = Progress("articles", count)
    index_seconds = 0.0
    batch = []
    for n in range(count):
        position = rng.randrange(len(categories))
        category, vocab = categories[position], CATEGORIES[position]
        roll = rng.random()
        if roll < 0.02:  # drafts and pending ones
            status, published_at = rng.choice([Article.Status.DRAFT, Article.Status.PENDING]), None
        elif roll < 0.025:  # scheduled: published status, time still to come
            status = Article.Status.PUBLISHED
            published_at = now + timedelta(seconds=rng.randrange(1, 30 * 86400))
        else:
            status = Article.Status.PUBLISHED
            published_at = now - timedelta(seconds=rng.randrange(ten_years))
        year = (published_at or now).year
        title, summary, body = writer.article(vocab, year)
        batch.append(
            Article(
                title=title,
                slug=f"{slugify_vi(title, max_length=180)}-{n + 1}",
                category=category,
                summary=summary,
                body=body,
                byline=rng.choice(["Phòng Bảo trợ xã hội", "Văn phòng Sở", "Phòng Lao động"]),
                status=status,
                published_at=published_at,
                is_featured=rng.random() < 0.01,
            )
        )
        if len(batch) == batch_size or n == count - 1:
            Article.objects.bulk_create(batch)
            if index_batch:
                index_seconds += index_batch(batch)
            batch = []
            progress(n + 1)
    return index_seconds


def fill_documents(count, rng, index_batch=None, batch_size=1000):
    """Bulk-insert `count` legal documents with their fields; returns (numbers, index s)."""
    from django.db.models import prefetch_related_objects

    from documents.models import DocumentType, Field, IssuingBody, LegalDocument, number_key
    from portal.text import fold, slugify_vi

    types = {
        name: DocumentType.objects.create(name=name, slug=slugify_vi(name), position=i)
        for i, name in enumerate(DOCUMENT_TYPES)
    }
    issuers = [
        (IssuingBody.objects.create(name=name, slug=slugify_vi(name), position=i), signer, forms)
        for i, (name, signer, forms) in enumerate(ISSUERS)
    ]
    fields = [
        Field.objects.create(name=name, slug=slugify_vi(name), position=i)
        for i, name in enumerate(FIELDS)
    ]
    writer = Writer(rng)
    today = date.today()
    counters, slugs, numbers = {}, set(), []
    progress = Progress("documents", count, every=5)
    index_seconds = 0.0
    batch, batch_fields = [], []
    for n in range(count):
        issuer, signer, forms = rng.choices(issuers, weights=ISSUER_WEIGHTS)[0]
        type_name, pattern = rng.choice(forms)
        issued = today - timedelta(days=rng.randrange(10 * 365))
        key = (pattern, issued.year)
        counters[key] = counters.get(key, 0) + rng.randint(1, 9)
        number = pattern.format(
            n=counters[key],
            n2=f"{counters[key]:02d}",
            year=issued.year,
            q=13 if issued.year < 2016 else 14 if issued.year < 2021 else 15,
        )
        slug = base = slugify_vi(number, max_length=100)
        if slug in slugs:  # same number in another year, as LegalDocument._free_slug does
            slug = base = f"{base}-{issued:%Y%m%d}"
        suffix = 2
        while slug in slugs:
            slug, suffix = f"{base}-{suffix}", suffix + 1
        slugs.add(slug)
        vocab = rng.choice(CATEGORIES)
        abstract = cap(writer.abstract(vocab, issued.year))
        effective = issued + timedelta(days=rng.choice([0, 0, 10, 15, 30]))
        expired = rng.random() < 0.1
        document = LegalDocument(
            number=number,
            number_key=number_key(number),
            slug=slug,
            doc_type=types[type_name],
            issuing_body=issuer,
            abstract=abstract,
            issued_date=issued,
            effective_date=effective,
            expiry_date=effective + timedelta(days=rng.randint(200, 1500)) if expired else None,
            signer=signer,
            is_public=rng.random() < 0.95,
            search_text=fold(f"{number} {abstract} {signer}"),
        )
        batch.append(document)
        batch_fields.append(rng.sample(fields, rng.randint(1, 2)))
        numbers.append((number, document.is_public))
        if len(batch) == batch_size or n == count - 1:
            LegalDocument.objects.bulk_create(batch)
            Through = LegalDocument.fields.through
            Through.objects.bulk_create(
                Through(legaldocument_id=doc.pk, field_id=field.pk)
                for doc, chosen in zip(batch, batch_fields, strict=True)
                for field in chosen
            )
            if index_batch:
                prefetch_related_objects(batch, "fields")
                index_seconds += index_batch(batch)
            batch, batch_fields = [], []
            progress(n + 1)
    return numbers, index_seconds


def direct_indexer(model):
    """Index a batch of saved objects with the registered builder and `_columns`."""
    from portal import search
    from portal.models import SearchEntry

    kind, build = search.registered()[model]

    def index_batch(objects):
        started = time.perf_counter()
        rows = []
        for instance in objects:
            entry = build(instance)
            if entry is not None:
                rows.append(SearchEntry(kind=kind, object_id=instance.pk, **search._columns(entry)))
        SearchEntry.objects.bulk_create(rows, batch_size=500)
        return time.perf_counter() - started

    return index_batch


def fill(args, rng):
    """Insert the rows and fill the search index; returns (document numbers, timings)."""
    from django.db import connection

    from articles.models import Article
    from documents.models import LegalDocument
    from portal import search
    from portal.models import SearchEntry

    direct = args.index == "direct"
    started = time.perf_counter()
    article_index_s = fill_articles(args.articles, rng, direct_indexer(Article) if direct else None)
    numbers, document_index_s = fill_documents(
        args.documents, rng, direct_indexer(LegalDocument) if direct else None
    )
    total_s = time.perf_counter() - started
    if direct:
        index_s = article_index_s + document_index_s
        fill_s = total_s - index_s
        print(f"inserted rows in {fill_s:.1f} s (without indexing)")
        print(
            f"search index filled directly (registered builders + _columns + bulk_create) "
            f"while inserting: {index_s:.1f} s"
        )
    else:
        fill_s = total_s
        print(f"inserted rows in {fill_s:.1f} s")
        total = Article.objects.count() + LegalDocument.objects.count()
        progress = Progress("rebuild", total)
        started = time.perf_counter()
        search.rebuild(progress=progress, batch_size=1000)
        index_s = time.perf_counter() - started
        print(f"search index filled by portal.search.rebuild(): {index_s:.1f} s")
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    analyze_s = time.perf_counter() - started
    entries = SearchEntry.objects.count()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_size_pretty(pg_total_relation_size('portal_searchentry')), "
            "pg_size_pretty(pg_relation_size('search_tsv_idx')), "
            "pg_size_pretty(pg_relation_size('search_title_trgm_idx'))"
        )
        table_size, fts_size, trgm_size = cursor.fetchone()
    print(
        f"ANALYZE in {analyze_s:.1f} s; {entries} search entries, table with indexes "
        f"{table_size} (search_tsv_idx {fts_size}, search_title_trgm_idx {trgm_size})"
    )
    return numbers, {"fill": fill_s, "index": index_s, "analyze": analyze_s}


# --------------------------------------------------------------------------------------------
# Queries
# --------------------------------------------------------------------------------------------

TWO_WORDS = [
    "giảm nghèo", "hộ nghèo", "cận nghèo", "thoát nghèo", "việc làm", "học nghề", "đào tạo nghề",
    "trẻ em", "nhà ở", "bảo hiểm", "thương binh", "liệt sĩ", "người cao tuổi", "khuyết tật",
    "trợ cấp", "học bổng", "xuất khẩu", "an sinh", "bình đẳng giới", "tặng quà", "vay vốn",
    "tuyển sinh", "thất nghiệp", "đền ơn", "nông thôn", "Bằng khen", "dịch vụ công",
    "tai nạn thương tích", "trung thu", "người có công", "sinh kế", "đuối nước",
]  # fmt: skip
SINGLE_WORDS = [
    "nghèo", "nghề", "Tết", "quà", "trẻ", "thẻ", "lương", "vốn", "khám", "tuyển", "tặng",
    "nhà", "thương", "liệt", "mẹ", "bò", "xe", "hồ sơ", "cói", "dê", "ngheo", "nghe", "qua",
    "viec", "huyện", "xã", "tỉnh", "tháng", "2023", "2019",
]  # fmt: skip
LONG_PHRASES = [
    "hỗ trợ nhà ở hộ nghèo", "bảo hiểm y tế cận nghèo", "đào tạo nghề lao động nông thôn",
    "tặng quà người có công", "phiên giao dịch việc làm", "xuất khẩu lao động Nhật Bản",
    "trẻ em có hoàn cảnh đặc biệt", "vay vốn giải quyết việc làm", "giảm nghèo Kim Sơn",
    "nhà đại đoàn kết Nho Quan", "trợ cấp thất nghiệp người lao động", "học bổng học sinh nghèo",
    "thăm hỏi tặng quà thương binh", "tháng hành động vì trẻ em", "chuẩn nghèo đa chiều",
    "thẻ bảo hiểm y tế miễn phí", "người cao tuổi Yên Mô", "khám sức khỏe người khuyết tật",
    "nghĩa trang liệt sĩ Gia Viễn", "tuyển sinh cao đẳng nghề", "bò giống sinh sản hộ nghèo",
    "phòng chống bạo lực gia đình", "nông thôn mới Hoa Lư", "cải cách hành chính Sở",
    "ho tro nha o ho ngheo", "bao hiem y te can ngheo", "dao tao nghe nong thon",
    "tang qua nguoi co cong", "viec lam thanh nien nong thon", "tre em mo coi Tam Diep",
    "chuyen doi so trong nganh", "mo hinh nuoi ga tha vuon",
]  # fmt: skip
TYPOS = ["giam nghoe", "ho ngheo nah o", "bao hime y te", "viec lma", "hoc ngeh", "tre emm",
         "thuong bihn", "nguoi co cogn", "khuyet tta", "tro cpa"]  # fmt: skip


def typo(word, rng):
    """`word` with one edit: two neighbouring letters swapped, one dropped or one doubled."""
    i = rng.randrange(1, len(word) - 1)
    edit = rng.choice(["swap", "drop", "double"])
    if edit == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if edit == "drop":
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def make_queries(numbers, rng):
    """The fixed list of (kind, query): 200 entries, seeded."""
    from portal.text import fold

    two = rng.sample(TWO_WORDS, 30)
    queries = [("2 words", q) for q in two]
    queries += [("2 words, no accents", fold(q)) for q in rng.sample(TWO_WORDS, 30)]
    queries += [("district", d) for d in DISTRICT_NAMES]
    queries += [("district, no accents", fold(d)) for d in DISTRICT_NAMES]
    public_numbers = sorted({number for number, public in numbers if public})
    queries += [("document number", q) for q in rng.sample(public_numbers, 24)]
    queries += [("single word", q) for q in rng.sample(SINGLE_WORDS, 24)]
    made = set(TYPOS)
    while len(made) < 24:
        words = fold(rng.choice(TWO_WORDS + LONG_PHRASES)).split()
        long_words = [i for i, word in enumerate(words) if len(word) >= 4]
        if not long_words:
            continue
        i = rng.choice(long_words)
        words[i] = typo(words[i], rng)
        made.add(" ".join(words[:3]))
    queries += [("one typo", q) for q in sorted(made)[:24]]
    queries += [("rare", q) for q in RARE_QUERIES + [fold(q) for q in RARE_QUERIES[:6]]]
    queries += [("absent", q) for q in ABSENT_WORDS]
    queries += [("3-4 words", q) for q in rng.sample(LONG_PHRASES, 30)]
    assert len(queries) == QUERY_COUNT, len(queries)
    rng.shuffle(queries)
    return queries


def set_statement_timeout(seconds):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('statement_timeout', %s, false)", [f"{int(seconds * 1000)}ms"]
        )


def cancelled(error):
    from psycopg.errors import QueryCanceled

    return isinstance(error.__cause__, QueryCanceled)


def run_query(query, kinds):
    """What portal.views.search_view does for page 1: timings in ms and the result count."""
    from django.core.paginator import Paginator
    from django.db import OperationalError

    from portal import search

    timings = {"count": None, "page": None, "render": None, "found": None, "timed_out": False}
    t0 = time.perf_counter()
    try:
        entries, terms = search.search(query, kinds=kinds)
        paginator = Paginator(entries, PAGE_SIZE)
        page = paginator.get_page(1)  # validates the number: runs the COUNT
        timings["found"] = paginator.count
        t1 = time.perf_counter()
        timings["count"] = (t1 - t0) * 1000
        rows = list(page.object_list)
        t2 = time.perf_counter()
        timings["page"] = (t2 - t1) * 1000
    except OperationalError as error:
        if not cancelled(error):
            raise
        timings["timed_out"] = True
        timings["total"] = (time.perf_counter() - t0) * 1000
        return timings
    timings["total"] = (t2 - t0) * 1000
    for entry in rows:  # the view's Python-side work on the results, timed apart
        search.highlight(entry.title, terms)
        search.snippet(entry, terms)
    timings["render"] = (time.perf_counter() - t2) * 1000
    return timings


def percentile(results, p, key="total"):
    """Nearest-rank percentile of `key` over result dicts: (value, the result holding it)."""
    ordered = sorted((r for r in results if r[key] is not None), key=lambda r: r[key])
    chosen = ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]
    return chosen[key], chosen


def ms(value, result=None):
    """A latency for print; '≥' when the query was cut by the timeout (a lower bound)."""
    return f"{'≥' if result and result['timed_out'] else ''}{value:.0f} ms"


def explain(query, kinds, timeout):
    """EXPLAIN (ANALYZE, BUFFERS) of the first page's query and of the paginator's COUNT;
    plain EXPLAIN (estimates only) for a statement that ANALYZE cannot finish in `timeout`."""
    from django.core.paginator import Paginator
    from django.db import OperationalError, connection

    from portal import search

    class Captured(Exception):
        pass

    entries, _terms = search.search(query, kinds=kinds)
    captured = []

    def capture(execute, sql, params, many, context):
        captured.append((sql, params))
        raise Captured  # only the SQL is wanted here, not the (slow) count itself

    # The COUNT has no queryset of its own: take the SQL the paginator would send.
    with connection.execute_wrapper(capture), contextlib.suppress(Captured):
        Paginator(entries, PAGE_SIZE).count  # noqa: B018
    count_sql, count_params = captured[0]

    def run_count(options):
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN ({options}) {count_sql}", count_params)
            return "\n".join(row[0] for row in cursor.fetchall())

    plans = []
    for label, analyzed, estimated in [
        (
            "first page",
            lambda: entries[:PAGE_SIZE].explain(analyze=True, buffers=True),
            lambda: entries[:PAGE_SIZE].explain(),
        ),
        ("COUNT", lambda: run_count("ANALYZE, BUFFERS"), lambda: run_count("COSTS")),
    ]:
        set_statement_timeout(timeout)
        try:
            plans.append((label, analyzed()))
        except OperationalError as error:
            if not cancelled(error):
                raise
            set_statement_timeout(0)
            note = f"ANALYZE did not finish in {timeout:.0f} s; planner estimates only"
            plans.append((f"{label} ({note})", estimated()))
    set_statement_timeout(0)
    return plans


def run(args, numbers, rng):
    from portal.views import SEARCH_KINDS

    kinds = [kind for kind, _label in SEARCH_KINDS]  # what the view passes without a filter
    queries = make_queries(numbers, rng)
    set_statement_timeout(args.timeout)
    print(f"warming up with {WARMUP} queries")
    for _kind, query in rng.sample(queries, WARMUP):
        run_query(query, kinds)
    print(
        f"running {len(queries)} queries (statement timeout {args.timeout:g} s; "
        f"load average {os.getloadavg()[0]:.2f})"
    )
    results = []
    progress = Progress("queries", len(queries), every=10)
    for n, (kind, query) in enumerate(queries, start=1):
        result = run_query(query, kinds)
        result.update(kind=kind, query=query)
        results.append(result)
        progress(n)
    set_statement_timeout(0)
    print(f"load average after the queries {os.getloadavg()[0]:.2f} (1 min)")
    return results, kinds


def report_machine():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT version(), current_setting('shared_buffers'), "
            "current_setting('work_mem'), current_setting('max_parallel_workers_per_gather')"
        )
        version, shared_buffers, work_mem, workers = cursor.fetchone()
    print(
        f"machine: {os.cpu_count()} CPUs, {platform.platform()}, Python {platform.python_version()}"
    )
    print(
        f"database: {version}; shared_buffers {shared_buffers}, work_mem {work_mem}, "
        f"max_parallel_workers_per_gather {workers}"
    )


def report(results, kinds, args, timings):
    timeouts = sum(r["timed_out"] for r in results)
    print()
    print(f"{'query kind':22} {'n':>3} {'median':>10} {'max':>10} {'timeouts':>8} {'found':>7}")
    by_kind = {}
    for r in results:
        by_kind.setdefault(r["kind"], []).append(r)
    for kind, rows in by_kind.items():
        median, median_row = percentile(rows, 50)
        top, top_row = percentile(rows, 100)
        found = [r["found"] for r in rows if r["found"] is not None]
        print(
            f"{kind:22} {len(rows):>3} {ms(median, median_row):>10} {ms(top, top_row):>10} "
            f"{sum(r['timed_out'] for r in rows):>8} "
            f"{statistics.median(found) if found else '-':>7}"
        )
    print("(found: median number of results, of the queries whose COUNT finished)")
    print()
    for key, label in [
        ("count", "search() + COUNT (finished ones)"),
        ("page", "first page query (finished ones)"),
        ("render", "highlight + snippet (Python, not in totals)"),
    ]:
        values = [r for r in results if r[key] is not None]
        if values:
            print(
                f"{label:44} p50 {percentile(values, 50, key)[0]:8.1f} ms  "
                f"p95 {percentile(values, 95, key)[0]:8.1f} ms  "
                f"max {percentile(values, 100, key)[0]:8.1f} ms"
            )
    slowest = sorted(results, key=lambda r: r["total"], reverse=True)[:3]
    print()
    print("slowest queries:")
    for r in slowest:
        parts = (
            "cut by the timeout"
            if r["timed_out"]
            else (f"COUNT {r['count']:.0f} ms, page {r['page']:.0f} ms, {r['found']} found")
        )
        print(f"  {ms(r['total'], r):>10}  {r['query']!r} ({r['kind']}): {parts}")
    for r in slowest:
        for label, plan in explain(r["query"], kinds, args.explain_timeout):
            print()
            print(f"=== {r['query']!r} ({r['kind']}, {ms(r['total'], r)}) — {label}:")
            print(plan)
    print()
    report_machine()
    print(
        f"fill {timings['fill']:.1f} s, search index {timings['index']:.1f} s "
        f"({args.index}), ANALYZE {timings['analyze']:.1f} s"
    )
    if timeouts:
        print(
            f"{timeouts} of {len(results)} queries hit the {args.timeout:g} s statement timeout: "
            "their latency is a lower bound (≥)"
        )
    p50, p50_row = percentile(results, 50)
    p95, p95_row = percentile(results, 95)
    top, top_row = percentile(results, 100)
    print(
        f"search bench: p50 {ms(p50, p50_row)}, p95 {ms(p95, p95_row)}, max {ms(top, top_row)} "
        f"over {len(results)} queries ({args.articles} articles, {args.documents} documents)"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url",
        default="postgres://postgres@127.0.0.1:5432/",
        help="PostgreSQL server; a database name in the URL replaces --database-name "
        "(either way it must contain 'bench')",
    )
    parser.add_argument("--database-name", default="portal_bench_search")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=5_000)
    parser.add_argument(
        "--index",
        choices=["rebuild", "direct"],
        default="rebuild",
        help="fill the index with portal.search.rebuild() or while inserting (direct)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=2.0,
        help="statement timeout in seconds for each search statement; a query cut by it "
        "counts with its elapsed time as a lower bound (default 2)",
    )
    parser.add_argument(
        "--explain-timeout",
        type=float,
        default=20.0,
        help="seconds for each EXPLAIN ANALYZE of the slowest queries (default 20)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the database at the end")
    args = parser.parse_args()
    if args.documents < 24:
        parser.error("--documents must be at least 24 (the document-number queries)")

    maintenance_url, database_url, name = database_urls(args.database_url, args.database_name)
    started = time.perf_counter()
    recreate_database(maintenance_url, name)
    print(f"database {name} created")
    try:
        setup_django(database_url)
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        rng = random.Random(SEED)
        numbers, timings = fill(args, rng)
        results, kinds = run(args, numbers, random.Random(SEED + 1))
        report(results, kinds, args, timings)
    finally:
        if "django" in sys.modules:
            from django.db import connections

            connections.close_all()
        if args.keep:
            print(f"kept database {name}: {database_url}")
        else:
            recreate_database(maintenance_url, name, drop_only=True)
            print(f"database {name} dropped")
        print(f"total run time {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
