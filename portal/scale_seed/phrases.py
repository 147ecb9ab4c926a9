"""Phrase banks for the scale articles, written for this project: pure data.

The places are Ninh Bình's districts and communes before the 2025 reform and communes of
the new province after it. Slots in braces ({place}, {n}, …) are filled by `text.Writer`.
"""

# District-level units before 1/7/2025 and some of their communes ("TT." = thị trấn).
DISTRICTS = {
    "Kim Sơn": ("huyện", ["Kim Đông", "Kim Hải", "Kim Trung", "Kim Mỹ", "Kim Chính",
                          "Như Hòa", "Lai Thành", "Chất Bình", "Ân Hòa", "Hùng Tiến",
                          "Quang Thiện", "Xuân Thiện", "Cồn Thoi", "Định Hóa", "Văn Hải",
                          "Yên Lộc", "Lưu Phương", "Kim Tân", "Thượng Kiệm", "Kim Định"]),
    "Yên Mô": ("huyện", ["Yên Thắng", "Yên Phong", "Yên Lâm", "Yên Thái", "Yên Từ",
                         "Yên Nhân", "Yên Mỹ", "Yên Hưng", "Yên Đồng", "Yên Thành",
                         "Yên Hòa", "Khánh Thượng", "Khánh Dương", "Khánh Thịnh", "Mai Sơn"]),
    "Nho Quan": ("huyện", ["Cúc Phương", "Kỳ Phú", "Phú Long", "Gia Lâm", "Gia Sơn",
                           "Gia Thủy", "Gia Tường", "Thạch Bình", "Sơn Lai", "Sơn Hà",
                           "Sơn Thành", "Quỳnh Lưu", "Phú Sơn", "Lạc Vân", "Văn Phú",
                           "Văn Phong", "Văn Phương", "Đức Long", "Thượng Hòa", "Thanh Lạc",
                           "Xích Thổ", "Lạng Phong", "Đồng Phong", "Yên Quang", "Phú Lộc"]),
    "Gia Viễn": ("huyện", ["Gia Sinh", "Gia Hưng", "Gia Vân", "Gia Thanh", "Gia Hòa",
                           "Gia Phú", "Gia Trung", "Gia Lạc", "Gia Phong", "Gia Minh",
                           "Gia Xuân", "Gia Trấn", "Gia Tân", "Liên Sơn", "Gia Vượng"]),
    "Hoa Lư": ("huyện", ["Trường Yên", "Ninh Hải", "Ninh Xuân", "Ninh Vân", "Ninh Giang",
                         "Ninh Hòa", "Ninh Thắng", "Ninh Khang", "Ninh Mỹ", "Ninh An"]),
    "Yên Khánh": ("huyện", ["Khánh Thành", "Khánh Nhạc", "Khánh Hòa", "Khánh Trung",
                            "Khánh Cư", "Khánh Thiện", "Khánh Hội", "Khánh Mậu", "Khánh An",
                            "Khánh Phú", "Khánh Cường", "Khánh Lợi", "Khánh Hồng", "Khánh Công",
                            "Khánh Vân", "Khánh Thủy", "Khánh Hải"]),
    "Tam Điệp": ("thành phố", ["Bắc Sơn", "Trung Sơn", "Nam Sơn", "Tây Sơn", "Yên Bình",
                               "Tân Bình", "Quang Sơn", "Yên Sơn", "Đông Sơn"]),
    "Ninh Bình": ("thành phố", ["Đông Thành", "Tân Thành", "Thanh Bình", "Vân Giang",
                                "Nam Bình", "Nam Thành", "Phúc Thành", "Bích Đào", "Ninh Khánh",
                                "Ninh Phong", "Ninh Sơn", "Ninh Nhất", "Ninh Tiến", "Ninh Phúc"]),
}  # fmt: skip

# Communes and wards of the province after 1/7/2025 (no district level any more).
NEW_COMMUNES = ["xã Kim Sơn", "xã Phát Diệm", "xã Lai Thành", "xã Bình Minh", "xã Yên Mô",
                "xã Yên Từ", "xã Yên Mạc", "xã Nho Quan", "xã Cúc Phương", "xã Phú Long",
                "xã Gia Viễn", "xã Gia Hưng", "xã Gia Vân", "xã Yên Khánh", "xã Khánh Nhạc",
                "xã Khánh Thiện", "phường Hoa Lư", "phường Nam Hoa Lư", "phường Tây Hoa Lư",
                "phường Tam Điệp", "phường Yên Sơn", "phường Trung Sơn"]  # fmt: skip

ORGANISATIONS = [
    "Sở Lao động - Thương binh và Xã hội",
    "Ủy ban nhân dân tỉnh",
    "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Tỉnh đoàn",
    "Liên đoàn Lao động tỉnh",
    "Hội Chữ thập đỏ tỉnh",
    "Bảo hiểm xã hội tỉnh",
    "Ngân hàng Chính sách xã hội chi nhánh tỉnh",
    "Trung tâm Dịch vụ việc làm tỉnh",
]
LEADERS = [
    "Giám đốc Sở Lao động - Thương binh và Xã hội",
    "Phó Giám đốc Sở phụ trách lĩnh vực",
    "Phó Chủ tịch Ủy ban nhân dân tỉnh",
    "Chủ tịch Ủy ban nhân dân {place}",
    "Trưởng phòng Lao động - Thương binh và Xã hội {place}",
    "Chủ tịch Ủy ban nhân dân {commune}",
]
MEETINGS = ["hội nghị", "buổi làm việc", "buổi đối thoại", "lễ ra quân", "hội nghị trực tuyến"]
BYLINES = ["Phòng Giảm nghèo", "Phòng Bảo trợ xã hội", "Phòng Người có công",
           "Phòng Lao động - Việc làm", "Văn phòng Sở", "Trung tâm Dịch vụ việc làm",
           "Thanh Hà", "Minh Phương", "Quang Huy", "Thu Trang", "Hồng Nhung", "Đức Anh",
           "Ngọc Lan", "Văn Khánh"]  # fmt: skip
FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đinh", "Bùi", "Đỗ", "Ngô"]
GIVEN_NAMES = {
    "Ông": ["Văn Tâm", "Văn Lực", "Đức Thịnh", "Văn Quý", "Văn Sơn", "Xuân Lộc"],
    "Bà": ["Thị Hoa", "Thị Mến", "Thị Huệ", "Thị Nhàn", "Thị Lụa", "Thu Hằng"],
}

HEADINGS = [
    "Kết quả nổi bật",
    "Những cách làm hiệu quả",
    "Vẫn còn không ít khó khăn",
    "Nhiệm vụ trọng tâm thời gian tới",
    "Sát cánh cùng cơ sở",
    "Người dân được hưởng lợi",
    "Bài học từ thực tiễn",
    "Đề xuất, kiến nghị",
]

# Per category slug: topics (noun phrases), people (beneficiaries), deeds (verb phrases
# that take the people), received (what people got, after "được"), facts (sentences) and
# items (tasks or solutions for a bulleted list).
THEMES = {
    "giam-ngheo": {
        "topics": ["công tác giảm nghèo bền vững", "hỗ trợ nhà ở cho hộ nghèo",
                   "rà soát hộ nghèo, hộ cận nghèo cuối năm", "đa dạng hóa sinh kế cho hộ nghèo",
                   "Chương trình mục tiêu quốc gia giảm nghèo bền vững"],
        "people": ["hộ nghèo", "hộ cận nghèo", "hộ mới thoát nghèo",
                   "hộ nghèo có khó khăn về nhà ở"],
        "deeds": ["hỗ trợ xây mới, sửa chữa nhà ở cho", "trao bò giống sinh sản cho",
                  "giải ngân vốn vay ưu đãi cho", "bàn giao nhà Đại đoàn kết cho"],
        "received": ["hỗ trợ xây mới nhà ở", "vay vốn phát triển sản xuất",
                     "hỗ trợ con giống, vật tư nông nghiệp", "thoát nghèo bền vững"],
        "facts": [
            "Mỗi căn nhà xây mới được hỗ trợ 100 triệu đồng, nhà sửa chữa được hỗ trợ 50 "
            "triệu đồng; phần còn lại do gia đình, dòng họ và cộng đồng cùng góp sức.",
            "Theo kết quả rà soát, tỷ lệ hộ nghèo của {place} giảm còn {low_pct}%, thấp hơn "
            "mục tiêu Nghị quyết đề ra.",
            "Đến nay {n} căn nhà đã hoàn thành, bảo đảm tiêu chí \u201c3 cứng\u201d: nền "
            "cứng, khung - tường cứng và mái cứng.",
            "Nhiều hộ ở {commune} đã mạnh dạn vay vốn nuôi {animal}, thu nhập mỗi năm tăng "
            "thêm từ 20 đến 40 triệu đồng.",
            "Danh sách hộ nghèo, hộ cận nghèo được niêm yết công khai tại nhà văn hóa các "
            "thôn, xóm để người dân cùng giám sát.",
            "Tổng nguồn lực huy động cho công tác giảm nghèo {period} đạt {money}.",
        ],
        "items": ["rà soát đúng, đủ hộ nghèo theo chuẩn nghèo đa chiều",
                  "ưu tiên nguồn vốn cho hộ có khó khăn về nhà ở",
                  "nhân rộng mô hình sinh kế có hiệu quả",
                  "khơi dậy ý chí tự lực vươn lên của người nghèo",
                  "lồng ghép các nguồn vốn của chương trình mục tiêu quốc gia"],
    },
    "lao-dong-viec-lam": {
        "topics": ["công tác giải quyết việc làm", "phiên giao dịch việc làm",
                   "chính sách bảo hiểm thất nghiệp", "an toàn, vệ sinh lao động",
                   "đưa người lao động đi làm việc ở nước ngoài theo hợp đồng"],
        "people": ["người lao động", "thanh niên nông thôn", "lao động mất việc làm",
                   "bộ đội xuất ngũ", "công nhân các khu công nghiệp"],
        "deeds": ["tư vấn, giới thiệu việc làm cho", "chi trả trợ cấp thất nghiệp cho",
                  "huấn luyện an toàn lao động cho", "kết nối việc làm với doanh nghiệp cho"],
        "received": ["giới thiệu việc làm", "hưởng trợ cấp thất nghiệp",
                     "vay vốn tạo việc làm", "huấn luyện an toàn, vệ sinh lao động"],
        "facts": [
            "Phiên giao dịch có {n} doanh nghiệp tham gia với hơn {big} vị trí cần tuyển, "
            "mức lương từ 7 đến 15 triệu đồng mỗi tháng.",
            "Trung tâm Dịch vụ việc làm tỉnh tiếp nhận {big} hồ sơ đề nghị hưởng trợ cấp "
            "thất nghiệp, tất cả đều được giải quyết đúng hạn.",
            "Số lao động đi làm việc ở nước ngoài theo hợp đồng đạt {n} người, chủ yếu sang "
            "{country}.",
            "Qua kiểm tra, đoàn yêu cầu doanh nghiệp trang bị đủ phương tiện bảo vệ cá nhân và "
            "huấn luyện an toàn lao động định kỳ cho công nhân.",
            "Trên địa bàn tỉnh không xảy ra vụ tai nạn lao động nghiêm trọng nào {period}.",
            "Người lao động có nhu cầu vay vốn tạo việc làm được hướng dẫn hồ sơ ngay tại "
            "điểm giao dịch của {commune}.",
        ],
        "items": ["thông tin thị trường lao động kịp thời tới từng thôn, xóm",
                  "tổ chức phiên giao dịch việc làm định kỳ hằng tháng",
                  "kiểm tra việc thực hiện pháp luật lao động tại doanh nghiệp",
                  "tuyên truyền Tháng hành động về an toàn, vệ sinh lao động"],
    },
    "giao-duc-nghe-nghiep": {
        "topics": ["công tác tuyển sinh giáo dục nghề nghiệp",
                   "đào tạo nghề cho lao động nông thôn",
                   "hội giảng nhà giáo giáo dục nghề nghiệp", "kiểm định chất lượng cơ sở đào tạo"],
        "people": ["học sinh tốt nghiệp trung học cơ sở", "lao động nông thôn", "học viên",
                   "người khuyết tật có nhu cầu học nghề"],
        "deeds": ["mở lớp đào tạo nghề cho", "tư vấn hướng nghiệp cho",
                  "cấp chứng chỉ sơ cấp cho", "hỗ trợ chi phí học nghề cho"],
        "received": ["học nghề miễn phí", "cấp chứng chỉ nghề", "tư vấn hướng nghiệp"],
        "facts": [
            "Lớp học nghề {trade} được mở ngay tại {commune}, người học vừa học vừa làm.",
            "Sau khóa học, {pct}% học viên có việc làm mới hoặc làm nghề cũ với thu nhập "
            "cao hơn.",
            "Năm {year}, các cơ sở giáo dục nghề nghiệp tuyển sinh được {big} người, đạt "
            "{pct}% kế hoạch.",
            "Học sinh tốt nghiệp trung học cơ sở học trình độ trung cấp được miễn học phí "
            "theo quy định.",
            "Nhà trường đã ký thỏa thuận với {n} doanh nghiệp để nhận học sinh thực tập và "
            "tuyển dụng sau tốt nghiệp.",
        ],
        "items": ["đổi mới chương trình đào tạo theo nhu cầu doanh nghiệp",
                  "tăng cường tư vấn hướng nghiệp trong trường trung học",
                  "đầu tư thiết bị thực hành cho các nghề trọng điểm",
                  "gắn đào tạo với giải quyết việc làm sau học nghề"],
    },
    "nguoi-co-cong": {
        "topics": ["chính sách ưu đãi người có công với cách mạng", "công tác đền ơn đáp nghĩa",
                   "hỗ trợ nhà ở cho người có công", "tu bổ, chăm sóc nghĩa trang liệt sĩ"],
        "people": ["người có công với cách mạng", "thương binh, bệnh binh", "thân nhân liệt sĩ",
                   "Mẹ Việt Nam anh hùng"],
        "deeds": ["thăm hỏi, tặng quà", "chi trả trợ cấp ưu đãi cho",
                  "tổ chức điều dưỡng cho", "hỗ trợ sửa chữa nhà ở cho"],
        "received": ["tặng quà nhân dịp 27/7", "điều dưỡng phục hồi sức khỏe",
                     "hỗ trợ cải thiện nhà ở", "hưởng trợ cấp ưu đãi hằng tháng"],
        "facts": [
            "Nhân dịp kỷ niệm Ngày Thương binh - Liệt sĩ 27/7, tỉnh đã tặng {big} suất quà "
            "cho người có công và thân nhân.",
            "Đoàn công tác dâng hương, dâng hoa tưởng niệm các anh hùng liệt sĩ tại Nghĩa "
            "trang liệt sĩ {place}.",
            "Toàn bộ người có công được chi trả đầy đủ, kịp thời các chế độ trợ cấp, phụ cấp "
            "ưu đãi.",
            "Gia đình người có công đều có mức sống bằng hoặc cao hơn mức sống trung bình của "
            "người dân nơi cư trú.",
            "Quỹ Đền ơn đáp nghĩa {period} vận động được {money}.",
        ],
        "items": ["rà soát, giải quyết dứt điểm hồ sơ tồn đọng",
                  "chi trả trợ cấp qua tài khoản cá nhân",
                  "chăm sóc, tu bổ các công trình ghi công",
                  "phát động phong trào đền ơn đáp nghĩa ở cơ sở"],
    },
    "bao-tro-xa-hoi": {
        "topics": ["chính sách trợ giúp xã hội", "bảo hiểm y tế cho đối tượng bảo trợ xã hội",
                   "chăm sóc người cao tuổi", "trợ giúp người khuyết tật",
                   "chi trả trợ cấp xã hội qua tài khoản"],
        "people": ["người cao tuổi", "người khuyết tật", "đối tượng bảo trợ xã hội",
                   "người thuộc hộ cận nghèo"],
        "deeds": ["cấp thẻ bảo hiểm y tế cho", "chi trả trợ cấp xã hội hằng tháng cho",
                  "trao xe lăn cho", "khám sức khỏe định kỳ cho"],
        "received": ["cấp thẻ bảo hiểm y tế miễn phí", "hưởng trợ cấp xã hội hằng tháng",
                     "khám sức khỏe miễn phí"],
        "facts": [
            "Toàn tỉnh có {big} người đang hưởng trợ cấp xã hội hằng tháng, {pct}% nhận qua "
            "tài khoản ngân hàng.",
            "Người thuộc hộ cận nghèo tham gia bảo hiểm y tế được ngân sách hỗ trợ 70% mức "
            "đóng.",
            "Tỷ lệ người dân tham gia bảo hiểm y tế trên địa bàn {place} đạt {pct}%.",
            "Trung tâm Bảo trợ xã hội tỉnh đang nuôi dưỡng, chăm sóc {n} người có hoàn cảnh "
            "đặc biệt khó khăn.",
            "Việc xác định mức độ khuyết tật được thực hiện tại {commune}, thuận tiện cho "
            "người dân.",
        ],
        "items": ["chi trả trợ cấp đúng đối tượng, đúng thời gian",
                  "mở rộng chi trả không dùng tiền mặt",
                  "phát triển mô hình chăm sóc người cao tuổi dựa vào cộng đồng",
                  "bảo đảm 100% đối tượng bảo trợ xã hội có thẻ bảo hiểm y tế"],
    },
    "tre-em-binh-dang-gioi": {
        "topics": ["Tháng hành động vì trẻ em", "công tác bảo vệ, chăm sóc trẻ em",
                   "phòng, chống đuối nước trẻ em", "thúc đẩy bình đẳng giới",
                   "phòng, chống bạo lực gia đình"],
        "people": ["trẻ em có hoàn cảnh đặc biệt", "trẻ em mồ côi", "học sinh nghèo vượt khó",
                   "phụ nữ yếu thế"],
        "deeds": ["trao học bổng cho", "tặng quà Tết Trung thu cho", "tặng xe đạp cho",
                  "khám sàng lọc tim bẩm sinh cho"],
        "received": ["nhận học bổng", "học bơi an toàn miễn phí", "khám sàng lọc miễn phí"],
        "facts": [
            "Mỗi suất học bổng trị giá {k} triệu đồng, giúp các em có thêm điều kiện đến trường.",
            "Năm {year}, {n} lớp dạy bơi an toàn được mở cho học sinh trong dịp hè.",
            "Toàn tỉnh có {big} trẻ em có hoàn cảnh đặc biệt được quản lý, theo dõi và trợ "
            "giúp kịp thời.",
            "Tỷ lệ nữ tham gia cấp ủy ở {place} đạt {share}%, tăng so với nhiệm kỳ trước.",
            "Đường dây nóng 111 tiếp nhận và chuyển xử lý kịp thời các thông tin về trẻ em bị "
            "xâm hại.",
        ],
        "items": ["xây dựng môi trường sống an toàn, thân thiện với trẻ em",
                  "dạy kỹ năng bơi an toàn cho học sinh tiểu học",
                  "lồng ghép giới trong xây dựng chính sách",
                  "hỗ trợ kịp thời nạn nhân bạo lực gia đình"],
    },
    "thi-dua-khen-thuong": {
        "topics": ["phong trào thi đua yêu nước", "công tác thi đua, khen thưởng",
                   "phong trào \u201cCả nước chung tay vì người nghèo - Không để ai bị bỏ lại "
                   "phía sau\u201d", "phong trào xây dựng nông thôn mới"],
        "people": ["tập thể, cá nhân tiêu biểu", "cán bộ, công chức, viên chức",
                   "gương người tốt, việc tốt"],
        "deeds": ["khen thưởng", "biểu dương", "trao Bằng khen cho", "tôn vinh"],
        "received": ["khen thưởng", "tặng Bằng khen", "biểu dương"],
        "facts": [
            "Dịp này, Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho {n} tập thể và {n2} "
            "cá nhân có thành tích xuất sắc.",
            "Phong trào thi đua đã tạo động lực để hoàn thành các chỉ tiêu kinh tế - xã hội "
            "năm {year}.",
            "Các gương điển hình được tuyên truyền rộng rãi trên Cổng thông tin và Đài Phát "
            "thanh - Truyền hình tỉnh.",
        ],
        "items": ["phát hiện, bồi dưỡng và nhân rộng gương điển hình",
                  "khen thưởng kịp thời người lao động trực tiếp",
                  "gắn phong trào thi đua với nhiệm vụ chuyên môn"],
    },
    "tin-tuc-su-kien": {
        "topics": ["công tác lao động, người có công và xã hội", "cải cách hành chính",
                   "chuyển đổi số trong Ngành", "công tác an sinh xã hội",
                   "giải quyết thủ tục hành chính trực tuyến"],
        "people": ["người dân", "doanh nghiệp", "cán bộ, công chức, viên chức"],
        "deeds": ["tiếp công dân, giải quyết kiến nghị của", "hướng dẫn thủ tục cho",
                  "đối thoại với"],
        "received": ["giải quyết hồ sơ đúng hạn", "hướng dẫn nộp hồ sơ trực tuyến"],
        "facts": [
            "Năm {year}, Sở tiếp nhận {big} hồ sơ thủ tục hành chính, {pct}% được giải quyết "
            "trước và đúng hạn.",
            "Người dân có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia mà không "
            "phải đến trụ sở cơ quan.",
            "Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm {year} và bàn phương hướng "
            "năm {next_year}.",
        ],
        "items": ["đẩy mạnh dịch vụ công trực tuyến toàn trình",
                  "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                  "nâng cao chất lượng tiếp công dân"],
    },
}  # fmt: skip

ANIMALS = ["bò sinh sản", "lợn nái", "gà thả vườn", "dê", "vịt bầu", "cá rô phi đơn tính"]
TRADES = ["may công nghiệp", "điện dân dụng", "sửa chữa máy nông nghiệp", "chế biến món ăn",
          "thêu ren", "cói mỹ nghệ"]  # fmt: skip
COUNTRIES = ["Nhật Bản", "Hàn Quốc", "Đài Loan (Trung Quốc)", "Cộng hòa Liên bang Đức"]
PERIODS = ["6 tháng đầu năm {year}", "9 tháng năm {year}", "trong năm {year}",
           "quý I năm {year}", "từ đầu năm {year} đến nay"]  # fmt: skip

# Sentences any category may use.
GENERAL = [
    "Thực hiện {doc}, {org} đã {deed} {people} trên địa bàn {place}.",
    "Theo báo cáo, {period}, {place} có {n} {people} được {received}, đạt {pct}% kế hoạch.",
    "Tổng kinh phí thực hiện là {money}, trong đó ngân sách trung ương chiếm phần lớn, "
    "phần còn lại do địa phương và các nguồn xã hội hóa bảo đảm.",
    "Phát biểu tại {meeting}, {leader} đề nghị các địa phương tiếp tục đẩy mạnh {topic}, "
    "bảo đảm đúng đối tượng, công khai, minh bạch.",
    "{Org} đã phối hợp với {org2} mở {k} lớp tập huấn về {topic} cho cán bộ cấp xã.",
    "Dịp này, đoàn công tác trao {n} suất quà, mỗi suất trị giá {k}00.000 đồng, cho "
    "{people} của {commune}.",
    "Thời gian tới, {org} sẽ tiếp tục {deed} {people}, phấn đấu hoàn thành các chỉ tiêu đã đề ra.",
    "Lãnh đạo {place} cho biết địa phương đã chỉ đạo các thôn, xóm rà soát, lập danh sách "
    "{people} để kịp thời hỗ trợ.",
    "Đây là việc làm thiết thực nhằm thực hiện tốt {topic}, góp phần bảo đảm an sinh xã "
    "hội trên địa bàn.",
    "Qua kiểm tra, đoàn đánh giá cao sự vào cuộc của cấp ủy, chính quyền {place} trong "
    "thực hiện {topic}.",
    "{Person}, trú tại {commune}, chia sẻ: \u201cGia đình tôi rất phấn khởi khi được "
    "{received}, sẽ cố gắng làm ăn để không phụ sự quan tâm của Nhà nước.\u201d",
    "Hoạt động nhận được sự hưởng ứng tích cực của {people} và các tầng lớp nhân dân.",
    "Bên cạnh kết quả đạt được, {topic} vẫn còn khó khăn do nguồn lực hạn chế, một bộ phận "
    "người dân còn tâm lý trông chờ, ỷ lại.",
    "Việc kiểm tra, giám sát được thực hiện thường xuyên, kịp thời tháo gỡ vướng mắc ngay "
    "từ cơ sở.",
    "Ngày {day}/{month}/{year}, {org} tổ chức {meeting} đánh giá kết quả {topic} {period}.",
    "Các ý kiến tại {meeting} tập trung vào cách làm hay, mô hình hiệu quả và những vướng "
    "mắc cần tháo gỡ.",
    "Công tác tuyên truyền được đổi mới, chú trọng hình thức trực quan, dễ hiểu, phù hợp "
    "với từng nhóm đối tượng.",
    "Cán bộ {commune} đã đến từng hộ để nắm bắt hoàn cảnh, hướng dẫn thủ tục và theo dõi "
    "việc sử dụng nguồn hỗ trợ.",
    "Kết quả này có sự đóng góp không nhỏ của các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh.",
    "{Org} đề nghị các ngành chức năng tiếp tục phối hợp chặt chẽ, không để sót đối tượng "
    "được hưởng chính sách.",
    "Số liệu được cập nhật thường xuyên trên hệ thống cơ sở dữ liệu của Ngành, bảo đảm "
    "chính xác, kịp thời.",
    "Người dân có thể phản ánh, kiến nghị qua đường dây nóng {phone} hoặc trực tiếp tại Bộ "
    "phận một cửa của {commune}.",
]
DOCUMENT_REFERENCES = [
    "Kế hoạch số {n}/KH-UBND của Ủy ban nhân dân tỉnh",
    "Nghị quyết số {k}-NQ/TU của Ban Thường vụ Tỉnh ủy",
    "Quyết định số {big_plain}/QĐ-UBND của Ủy ban nhân dân tỉnh",
    "chỉ đạo của Ủy ban nhân dân tỉnh",
    "hướng dẫn của Bộ Lao động - Thương binh và Xã hội",
]

TITLES = [
    "{Place}: {deed_cap} {n} {people}",
    "Đẩy mạnh {topic} ở {commune}",
    "Kiểm tra việc thực hiện {topic} tại {commune}",
    "Năm {year}, {place} có {n} {people} được {received}",
    "{Commune} tổng kết {topic} năm {year}",
    "Nâng cao hiệu quả {topic} ở {commune}",
    "{Commune}: {deed_cap} {n} {people}",
    "{Org} triển khai {topic} năm {next_year}",
    "{Place} sơ kết {topic} 6 tháng đầu năm {year}",
    "{Org} {deed} {people} {place}",
    "Tháo gỡ vướng mắc trong {topic} tại {commune}",
]
SUMMARIES = [
    "Ngày {day}/{month}, {org} đã {deed} {people} trên địa bàn {place}.",
    "{Period}, {place} có {n} {people} được {received}, góp phần thực hiện tốt {topic}.",
    "Sáng {day}/{month}, {org} tổ chức {meeting} về {topic} năm {year}.",
    "Với nhiều cách làm sáng tạo, {place} đang từng bước thực hiện hiệu quả {topic}.",
]
