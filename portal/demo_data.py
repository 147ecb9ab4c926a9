"""Demo content for the portal (site settings, categories, articles): pure data.

All texts were written for this demo. The emulation story (thi-dua-khen-thuong)
retells facts and figures from a 2023 article of the department; the people
named in the articles are fictional.
"""

SITE = {
    "department_name": "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Bình",
    "parent_body": "Ủy ban nhân dân tỉnh Ninh Bình",
    "welcome_line": "Xin kính chào quý vị và các bạn đã ghé thăm Cổng thông tin điện tử của Sở.",
    "address": "Đường Lê Hồng Phong, phường Đông Thành, TP. Ninh Bình, tỉnh Ninh Bình",
    "phone": "0229 3871 230",
    "hotline": "0229 3888 111",
    "email": "sldtbxh@ninhbinh.gov.vn",
    "licence_line": "Giấy phép số 15/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Ninh Bình cấp",
    "person_responsible": "Chịu trách nhiệm chính: Giám đốc Sở Lao động - Thương binh và Xã hội",
    "one_stop_url": "https://dichvucong.gov.vn/",
    "one_stop_label": "Cổng Dịch vụ công quốc gia",
    "footer_note": (
        "Khi sử dụng lại thông tin từ Cổng thông tin này, đề nghị ghi rõ nguồn “Sở Lao động - "
        "Thương binh và Xã hội tỉnh Ninh Bình”."
    ),
}

CATEGORIES = [
    {
        "name": "Tin tức - Sự kiện",
        "slug": "tin-tuc-su-kien",
        "description": "Hoạt động nổi bật của Sở, của Ngành và thông báo tới người dân.",
    },
    {
        "name": "Lao động - Việc làm",
        "slug": "lao-dong-viec-lam",
        "description": "Việc làm, thị trường lao động, bảo hiểm thất nghiệp, lao động ngoài nước.",
    },
    {
        "name": "Giáo dục nghề nghiệp",
        "slug": "giao-duc-nghe-nghiep",
        "description": "Tuyển sinh, đào tạo nghề và hoạt động của các cơ sở giáo dục nghề nghiệp.",
    },
    {
        "name": "Người có công",
        "slug": "nguoi-co-cong",
        "description": (
            "Chính sách ưu đãi và hoạt động đền ơn đáp nghĩa người có công với cách mạng."
        ),
    },
    {
        "name": "Bảo trợ xã hội",
        "slug": "bao-tro-xa-hoi",
        "description": "Trợ giúp xã hội, chăm sóc người cao tuổi, người khuyết tật, nhóm yếu thế.",
    },
    {
        "name": "Giảm nghèo",
        "slug": "giam-ngheo",
        "description": "Chương trình giảm nghèo bền vững, mô hình sinh kế, hỗ trợ hộ nghèo.",
    },
    {
        "name": "Trẻ em - Bình đẳng giới",
        "slug": "tre-em-binh-dang-gioi",
        "description": "Bảo vệ, chăm sóc trẻ em; phòng, chống bạo lực và thúc đẩy bình đẳng giới.",
    },
    {
        "name": "Thi đua - Khen thưởng",
        "slug": "thi-dua-khen-thuong",
        "description": "Phong trào thi đua yêu nước, gương điển hình và công tác khen thưởng.",
    },
]

ARTICLES = [
    {
        "title": "Sắp diễn ra phiên giao dịch việc làm cho lao động nghỉ việc, bộ đội xuất ngũ",
        "category": "lao-dong-viec-lam",
        "summary": (
            "Phiên giao dịch chuyên đề tại Trung tâm Dịch vụ việc làm tỉnh ưu tiên người đang "
            "hưởng trợ cấp thất nghiệp, bộ đội xuất ngũ và thanh niên mới tốt nghiệp."
        ),
        "body": (
            "<p>Nhằm giúp người lao động sớm quay lại thị trường lao động, Trung tâm Dịch vụ việc "
            "làm tỉnh Ninh Bình sẽ tổ chức phiên giao dịch việc làm chuyên đề, dự kiến có khoảng "
            "20 doanh nghiệp tham gia tuyển dụng trực tiếp.</p>\n"
            "<p>Đối tượng được ưu tiên gồm người lao động đang hưởng trợ cấp thất nghiệp, bộ đội "
            "xuất ngũ, thanh niên vừa tốt nghiệp đại học, cao đẳng, trung cấp và lao động phổ "
            "thông có nhu cầu chuyển đổi công việc.</p>\n"
            "{{FIGURE}}\n"
            "<p>Đến với phiên giao dịch, người lao động sẽ được:</p>\n"
            "<ul>\n<li>Phỏng vấn trực tiếp với nhà tuyển dụng, hoàn toàn miễn phí;</li>\n"
            "<li>Tư vấn chính sách bảo hiểm thất nghiệp và hỗ trợ học nghề;</li>\n"
            "<li>Tìm hiểu các chương trình đi làm việc ở nước ngoài theo hợp đồng;</li>\n"
            "<li>Hướng dẫn cách viết hồ sơ xin việc và kỹ năng trả lời phỏng vấn.</li>\n</ul>\n"
            "<p>Người lao động vui lòng mang theo hồ sơ xin việc, bản sao bằng cấp, chứng chỉ (nếu "
            "có). Doanh nghiệp muốn tham gia tuyển dụng đề nghị đăng ký với Trung tâm Dịch vụ việc "
            "làm tỉnh chậm nhất 03 ngày làm việc trước khi phiên giao dịch diễn ra.</p>\n"
        ),
        "byline": "Trung tâm Dịch vụ việc làm",
        "days_ago": -3,
        "featured": False,
        "status": "scheduled",
        "image": {
            "caption": "Ảnh minh họa: Thông tin tuyển dụng tại phiên giao dịch việc làm",
            "hue": 205,
        },
    },
    {
        "title": "Thông báo lịch tiếp công dân định kỳ của Lãnh đạo Sở",
        "category": "tin-tuc-su-kien",
        "summary": (
            "Sở Lao động - Thương binh và Xã hội thông báo lịch tiếp công dân định kỳ để người dân "
            "trình bày khiếu nại, tố cáo, kiến nghị, phản ánh liên quan đến các lĩnh vực của Ngành."
        ),
        "body": (
            "<p>Thực hiện Luật Tiếp công dân và quy chế tiếp công dân của cơ quan, Giám đốc Sở "
            "hoặc Phó Giám đốc được ủy quyền sẽ tiếp công dân định kỳ vào ngày 15 hằng tháng tại "
            "Phòng tiếp công dân của Sở. Nếu ngày này trùng với ngày nghỉ, lễ, Tết, buổi tiếp được "
            "chuyển sang ngày làm việc liền kề sau đó.</p>\n"
            "<p>Ngoài lịch định kỳ, Thanh tra Sở bố trí cán bộ tiếp công dân thường xuyên trong "
            "các ngày làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 16 giờ "
            "30.</p>\n"
            "{{FIGURE}}\n"
            "<p>Khi đến làm việc, công dân vui lòng mang theo thẻ căn cước hoặc giấy tờ tùy thân "
            "hợp lệ cùng các tài liệu liên quan đến nội dung cần trình bày. Trường hợp nhiều người "
            "cùng phản ánh một vụ việc, đề nghị cử người đại diện.</p>\n"
            "<p>Mọi thông tin chi tiết xin liên hệ Văn phòng Sở theo số điện thoại ghi ở chân "
            "trang Cổng thông tin điện tử.</p>\n"
        ),
        "byline": "Văn phòng Sở",
        "days_ago": 0,
        "featured": False,
        "status": "draft",
        "image": {
            "caption": "Ảnh minh họa: Lịch tiếp công dân của Sở",
            "hue": 215,
        },
    },
    {
        "title": "Hơn 1.200 chỉ tiêu tuyển dụng tại phiên giao dịch việc làm lưu động ở Nho Quan",
        "category": "lao-dong-viec-lam",
        "summary": (
            "Phiên giao dịch việc làm lưu động ở Nho Quan có 26 doanh nghiệp tham gia tuyển dụng; "
            "176 lao động đạt yêu cầu sơ tuyển ngay tại chỗ."
        ),
        "body": (
            "<p>Phiên giao dịch việc làm lưu động tại huyện Nho Quan do Trung tâm Dịch vụ việc làm "
            "tỉnh phối hợp với UBND huyện tổ chức đã thu hút khoảng 650 lượt người lao động đến "
            "tìm hiểu thông tin.</p>\n"
            "<p>Tham gia tuyển dụng có 26 doanh nghiệp đang hoạt động tại các khu công nghiệp Gián "
            "Khẩu, Khánh Phú, Tam Điệp và một số doanh nghiệp ngoài tỉnh, với tổng nhu cầu hơn "
            "1.200 lao động. Các vị trí tập trung ở những nhóm ngành sau:</p>\n"
            "<ul>\n<li>May mặc, da giày: công nhân may, kiểm hàng, đóng gói;</li>\n<li>Cơ khí, lắp "
            "ráp ô tô và linh kiện điện tử: công nhân vận hành máy, thợ hàn, kỹ thuật viên bảo "
            "trì;</li>\n<li>Dịch vụ, du lịch: lễ tân, buồng phòng, phục vụ nhà hàng.</li>\n</ul>\n"
            "<p>Theo ban tổ chức, mức lương được các doanh nghiệp đưa ra phổ biến từ 7 đến 10 "
            "triệu đồng/tháng, chưa tính phụ cấp và tiền làm thêm giờ; nhiều đơn vị còn hỗ trợ bữa "
            "ăn ca, xe đưa đón hoặc chỗ ở cho công nhân ở xa. Kết thúc phiên, 318 người đã tham "
            "gia phỏng vấn, trong đó 176 người đạt yêu cầu sơ tuyển.</p>\n"
            "{{FIGURE}}\n"
            "<p>Chị Bùi Thị Hoa, ở xã Gia Lâm, vừa thôi việc tại một xưởng may nhỏ, đã chọn được "
            "vị trí kiểm hàng gần nhà, có đóng bảo hiểm đầy đủ. “Trước đây tôi chỉ nghe người quen "
            "giới thiệu, hôm nay được gặp tận mặt doanh nghiệp, hỏi kỹ về lương và chế độ nên yên "
            "tâm hơn nhiều”, chị nói.</p>\n"
            "<p>Bên lề phiên giao dịch, cán bộ Trung tâm còn tư vấn về bảo hiểm thất nghiệp, học "
            "nghề và các chương trình đi làm việc ở nước ngoài theo hợp đồng. Lịch các phiên tiếp "
            "theo được đăng trên Cổng thông tin điện tử của Sở.</p>\n"
        ),
        "byline": "Thu Hà",
        "days_ago": 1,
        "featured": True,
        "status": "published",
        "image": {
            "caption": (
                "Ảnh minh họa: Người lao động tìm hiểu thông tin tại phiên giao dịch việc làm"
            ),
            "hue": 200,
        },
    },
    {
        "title": (
            "Chung tay vì người nghèo: dấu ấn phong trào thi đua của Ngành Lao động - Thương binh "
            "và Xã hội năm 2023"
        ),
        "category": "thi-dua-khen-thuong",
        "summary": (
            "Hưởng ứng phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía "
            "sau”, năm 2023 Ngành đã giúp 495 hộ nghèo xây mới, sửa chữa nhà ở và góp phần kéo tỷ "
            "lệ hộ nghèo toàn tỉnh xuống còn 1,86%."
        ),
        "body": (
            "<p>Coi thi đua yêu nước là việc làm thường xuyên chứ không phải hoạt động nhất thời, "
            "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Bình đã gắn các phong trào thi đua với "
            "nhiệm vụ chuyên môn của từng phòng, đơn vị và từng cán bộ. Năm 2023, cùng với các "
            "phong trào do Bộ Lao động - Thương binh và Xã hội và UBND tỉnh phát động, Sở dành sự "
            "quan tâm đặc biệt cho phong trào “Cả nước chung tay vì người nghèo - Không để ai bị "
            "bỏ lại phía sau”, đồng thời cụ thể hóa thành phong trào riêng của Ngành: “Ngành Lao "
            "động - Thương binh và Xã hội chung tay vì người nghèo - Không để ai bị bỏ lại phía "
            "sau”.</p>\n"
            "<h2>Chính sách đi vào cuộc sống</h2>\n<p>Phong trào được bảo đảm bằng một hệ thống "
            "chính sách do chính Ngành chủ động tham mưu cho Tỉnh ủy, HĐND và UBND tỉnh. Hai văn "
            "bản nền tảng là Nghị quyết số 09-NQ/TU ngày 26/11/2021 của Ban Thường vụ Tỉnh ủy và "
            "Kế hoạch số 200/KH-UBND ngày 06/12/2021 của UBND tỉnh về giảm nghèo bền vững giai "
            "đoạn 2021-2025. Chỉ riêng năm 2023, Sở đã tham mưu để HĐND tỉnh thông qua 02 nghị "
            "quyết và UBND tỉnh ban hành 06 quyết định, kế hoạch phục vụ Chương trình mục tiêu "
            "quốc gia giảm nghèo bền vững.</p>\n"
            "<p>Đáng chú ý nhất là Nghị quyết số 43 được HĐND tỉnh ban hành vào tháng 3/2023 trên "
            "cơ sở tham mưu của Sở. Giai đoạn 2023-2025, mỗi hộ nghèo làm mới nhà được nhận 100 "
            "triệu đồng, mỗi hộ sửa chữa nhà được nhận 50 triệu đồng, không phải hoàn trả. Mục "
            "tiêu là đến năm 2025, mọi hộ nghèo trong tỉnh đều có chỗ ở ổn định. Ngay năm đầu, 495 "
            "hộ nghèo đã được hỗ trợ với tổng kinh phí hơn 41,1 tỷ đồng; toàn bộ công trình đã "
            "hoàn thành, giúp các gia đình yên tâm an cư.</p>\n"
            "{{FIGURE}}\n"
            "<h2>Đối thoại, tập huấn và hỗ trợ sinh kế</h2>\n<p>Để chính sách đến đúng người và "
            "được hiểu đúng, Sở cùng các sở, ngành và chính quyền cấp huyện tổ chức 10 hội nghị "
            "đối thoại, nơi gần 2.000 người thay mặt các hộ nghèo, hộ cận nghèo trực tiếp nêu ý "
            "kiến. Ngành còn mở 02 lớp giúp cán bộ cơ sở biết cách lập dự án đa dạng hóa sinh kế, "
            "xây dựng mô hình giảm nghèo; tổ chức 08 hội nghị tập huấn, truyền thông với 2.000 đại "
            "biểu và phát hành 34.960 tờ rơi.</p>\n"
            "<p>Sinh kế là khâu then chốt để thoát nghèo lâu dài. Nguồn vốn trung ương giao từ "
            "cuối năm 2021 đã được giải ngân hết cho 12 mô hình sản xuất, tổng số tiền 2.039 triệu "
            "đồng, giúp hơn 180 hộ gia đình có thêm vốn liếng, công cụ để vươn lên. Vốn các năm "
            "2022 và 2023 tiếp tục được đưa vào hơn 93 dự án chăn nuôi, trồng trọt, mở ra sinh kế "
            "cho 1.624 hộ nghèo, hộ cận nghèo, hộ vừa thoát nghèo và hộ có người khuyết tật chưa "
            "có nguồn thu ổn định.</p>\n"
            "<p>Lưới an sinh cũng được giữ vững. Hằng năm, hơn 500 nghìn người, từ trẻ nhỏ dưới 6 "
            "tuổi, người cao tuổi đến thành viên hộ nghèo, cận nghèo và đối tượng bảo trợ xã hội, "
            "được ngân sách đóng hoặc hỗ trợ đóng bảo hiểm y tế. Mỗi hộ nghèo được hỗ trợ 55,4 "
            "nghìn đồng tiền điện mỗi tháng. Hơn 13 tỷ đồng đã được chi cho miễn, giảm học phí, hỗ "
            "trợ chi phí học tập và tiền điện, đến với 15.610 hộ nghèo, cận nghèo. Trong năm, hơn "
            "2.137 lượt hộ nghèo, cận nghèo và vừa thoát nghèo được vay vốn chính sách để phát "
            "triển sản xuất, kinh doanh, tổng số vốn 133,998 tỷ đồng.</p>\n"
            "<h3>Một số kết quả nổi bật năm 2023</h3>\n<table>\n<thead>\n"
            "<tr><th>Nội dung</th><th>Kết quả</th></tr>\n</thead>\n<tbody>\n<tr><td>Hỗ trợ hộ "
            "nghèo xây mới, sửa chữa nhà ở (Nghị quyết số 43)</td><td>495 hộ; hơn 41,1 tỷ đồng; "
            "100% hoàn thành</td></tr>\n<tr><td>Hội nghị đối thoại với hộ nghèo, hộ cận nghèo</td>"
            "<td>10 hội nghị; gần 2.000 người</td></tr>\n"
            "<tr><td>Lớp bồi dưỡng kỹ năng xây dựng dự án sinh kế</td><td>02 lớp</td></tr>\n<tr>"
            "<td>Hội nghị tập huấn, truyền thông</td><td>08 hội nghị; 2.000 đại biểu</td></tr>\n"
            "<tr><td>Tờ rơi tuyên truyền</td><td>34.960 tờ</td></tr>\n<tr><td>Mô hình hỗ trợ phát "
            "triển sản xuất (vốn cuối năm 2021)</td><td>12 mô hình; 2.039 triệu đồng; hơn 180 "
            "hộ</td></tr>\n<tr><td>Dự án hỗ trợ chăn nuôi, trồng trọt (vốn năm 2022 và 2023)</td>"
            "<td>Hơn 93 dự án; 1.624 hộ</td></tr>\n<tr><td>Miễn, giảm học phí, hỗ trợ chi phí học "
            "tập và tiền điện</td><td>Hơn 13 tỷ đồng; 15.610 hộ</td></tr>\n<tr><td>Vay vốn ưu đãi "
            "phát triển sản xuất, kinh doanh</td><td>Hơn 2.137 lượt; 133,998 tỷ đồng</td></tr>\n"
            "<tr><td>Tỷ lệ hộ nghèo toàn tỉnh</td><td>1,86% (năm 2021: 3,07%)</td></tr>\n</tbody>\n"
            "</table>\n"
            "<p>Khi các chính sách cùng phát huy tác dụng, cuộc sống của người nghèo cả về vật "
            "chất lẫn tinh thần dần khá lên; chênh lệch giàu nghèo giữa các vùng và các nhóm dân "
            "cư được thu hẹp, số hộ tái nghèo được kiềm chế. Kết quả rõ nhất nằm ở tỷ lệ hộ nghèo: "
            "từ mức 3,07% năm 2021, đến năm 2023 toàn tỉnh chỉ còn 1,86%.</p>\n"
            "<h2>Những việc cần tiếp tục làm</h2>\n"
            "<p>Bên cạnh kết quả đạt được, Sở cũng thẳng thắn chỉ ra một số hạn chế:</p>\n"
            "<ul>\n<li>Việc giới thiệu kết quả của phong trào tới người dân còn thưa; một số người "
            "nghèo chưa thấy hết ý nghĩa của giảm nghèo bền vững, vẫn trông vào trợ giúp của Nhà "
            "nước thay vì tự vươn lên.</li>\n<li>Những tấm gương điển hình ở thôn, xóm, xã chưa "
            "được phát hiện và nhân rộng kịp thời.</li>\n<li>Ở một vài nơi, nội dung thi đua còn "
            "dàn trải, chưa có chỉ tiêu, giải pháp rõ ràng; việc theo dõi, kiểm tra còn ngắt "
            "quãng.</li>\n</ul>\n"
            "<p>Thời gian tới, Sở xác định ba nhóm nhiệm vụ trọng tâm:</p>\n"
            "<ol>\n<li><strong>Làm mới cách tuyên truyền</strong>, để người trong Ngành và cộng "
            "đồng thấy rõ trách nhiệm với giảm nghèo bền vững, an sinh xã hội; khơi dậy ý chí tự "
            "lực của người nghèo và thu hút thêm nguồn lực.</li>\n<li><strong>Nhân rộng điển hình "
            "tiên tiến</strong> sát với đặc điểm mỗi địa phương và mỗi nhóm dân cư, kể cả người "
            "yếu thế; giao chỉ tiêu cụ thể, sơ kết, tổng kết đúng kỳ và khen thưởng kịp thời những "
            "tập thể, cá nhân tiêu biểu.</li>\n<li><strong>Gắn thi đua với dân chủ ở cơ "
            "sở</strong>, để mỗi người trong cơ quan được phát huy quyền làm chủ và sự sáng tạo, "
            "giúp các mô hình đứng vững lâu dài và ngày càng phong phú.</li>\n</ol>\n"
        ),
        "byline": "Văn phòng Sở",
        "days_ago": 5,
        "featured": True,
        "status": "published",
        "image": {
            "caption": "Ảnh minh họa: Nhà ở của hộ nghèo được hỗ trợ theo Nghị quyết số 43",
            "hue": 28,
        },
    },
    {
        "title": "Các cơ sở giáo dục nghề nghiệp trong tỉnh bước vào mùa tuyển sinh mới",
        "category": "giao-duc-nghe-nghiep",
        "summary": (
            "Các cơ sở giáo dục nghề nghiệp mở thêm nhiều nghề sát với nhu cầu của doanh nghiệp, "
            "ngành du lịch và thực hiện đầy đủ chính sách miễn, giảm học phí."
        ),
        "body": (
            "<p>Sở Lao động - Thương binh và Xã hội vừa hướng dẫn các cơ sở giáo dục nghề nghiệp "
            "triển khai công tác tuyển sinh năm nay theo hướng công khai, minh bạch và tạo thuận "
            "lợi tối đa cho người học. Toàn tỉnh phấn đấu tuyển sinh, đào tạo khoảng 30 nghìn "
            "người ở các trình độ cao đẳng, trung cấp, sơ cấp và đào tạo thường xuyên.</p>\n"
            "<h2>Ngành nghề sát với nhu cầu thị trường</h2>\n<p>Bên cạnh các nghề quen thuộc như "
            "điện công nghiệp, hàn, công nghệ ô tô, may thời trang, nhiều cơ sở đã bổ sung chương "
            "trình quản trị khách sạn, kỹ thuật chế biến món ăn, hướng dẫn du lịch và tin học văn "
            "phòng. Đây là những nghề đang cần nhiều nhân lực tại các khu công nghiệp và khu, điểm "
            "du lịch của tỉnh.</p>\n"
            "<p>Người học được hưởng nhiều chính sách hỗ trợ, cụ thể:</p>\n"
            "<ul>\n<li>Học sinh tốt nghiệp trung học cơ sở học tiếp lên trình độ trung cấp được "
            "miễn học phí theo quy định;</li>\n<li>Học sinh có thể vừa học nghề, vừa học chương "
            "trình văn hóa trung học phổ thông để liên thông lên cao đẳng;</li>\n<li>Người thuộc "
            "hộ nghèo, hộ cận nghèo, người khuyết tật, bộ đội xuất ngũ được hỗ trợ theo chính sách "
            "hiện hành;</li>\n<li>Lao động nông thôn được hỗ trợ học nghề trình độ sơ cấp và đào "
            "tạo dưới 3 tháng.</li>\n</ul>\n"
            "{{FIGURE}}\n"
            "<p>Theo Phòng Giáo dục nghề nghiệp, tại nhiều cơ sở, tỷ lệ học sinh, sinh viên có "
            "việc làm sau khi tốt nghiệp đạt trên 85%; một số nghề gần như được doanh nghiệp đặt "
            "hàng trọn khóa. Sở khuyến khích các cơ sở tăng cường liên kết với doanh nghiệp trong "
            "tổ chức thực tập, thực hành và tuyển dụng.</p>\n"
        ),
        "byline": "Phòng Giáo dục nghề nghiệp",
        "days_ago": 8,
        "featured": False,
        "status": "published",
        "image": {
            "caption": "Ảnh minh họa: Học sinh thực hành nghề tại một cơ sở giáo dục nghề nghiệp",
            "hue": 60,
        },
    },
    {
        "title": "Tri ân thương binh, gia đình liệt sĩ nhân Ngày Thương binh - Liệt sĩ 27/7",
        "category": "nguoi-co-cong",
        "summary": (
            "Hướng tới Ngày Thương binh - Liệt sĩ 27/7, các đoàn công tác của Sở đã thăm, tặng quà "
            "thương binh, thân nhân liệt sĩ và người có công tiêu biểu."
        ),
        "body": (
            "<p>Thực hiện kế hoạch của UBND tỉnh, trong những ngày tháng Bảy, lãnh đạo Sở Lao động "
            "- Thương binh và Xã hội chia thành nhiều đoàn đi thăm hỏi, tặng quà thương binh, bệnh "
            "binh, thân nhân liệt sĩ và người có công tiêu biểu tại 8 huyện, thành phố. Mỗi chuyến "
            "thăm là dịp để lắng nghe tâm tư, nguyện vọng và kịp thời tháo gỡ vướng mắc về chế độ, "
            "chính sách.</p>\n"
            "<p>Tại xã Yên Phong, huyện Yên Mô, đoàn đến thăm gia đình ông Phạm Văn Hòa, thương "
            "binh hạng 2/4, năm nay đã ngoài 75 tuổi. Ông cho biết dù tuổi cao, sức yếu, năm nào "
            "ông cũng được cán bộ xã, cán bộ Ngành đến hỏi han nên cả nhà luôn thấy ấm lòng.</p>\n"
            "<blockquote>“Được Đảng, Nhà nước và quê hương ghi nhận là niềm tự hào lớn nhất của "
            "những người lính như chúng tôi. Tôi chỉ mong con cháu sống tử tế, chăm chỉ để xứng "
            "đáng với đồng đội đã nằm lại”, ông Hòa bày tỏ.</blockquote>\n"
            "{{FIGURE}}\n"
            "<p>Cùng với hoạt động thăm hỏi, Sở chỉ đạo phòng chuyên môn phối hợp với các địa "
            "phương rà soát danh sách, bảo đảm quà của Chủ tịch nước và quà của tỉnh đến tận tay "
            "người có công trước ngày 27/7, không bỏ sót, không trùng lặp. Các xã, phường, thị "
            "trấn đồng loạt dọn dẹp, thắp hương tại nghĩa trang liệt sĩ.</p>\n"
            "<p>Dịp này, nhiều doanh nghiệp, nhà hảo tâm đã đóng góp vào Quỹ Đền ơn đáp nghĩa, hỗ "
            "trợ sửa chữa nhà ở cho người có công còn khó khăn và tặng sổ tiết kiệm cho thân nhân "
            "liệt sĩ già yếu, cô đơn. Những việc làm thiết thực ấy góp phần lan tỏa truyền thống "
            "“Uống nước nhớ nguồn” trong cộng đồng.</p>\n"
        ),
        "byline": "Phòng Người có công",
        "days_ago": 12,
        "featured": True,
        "status": "published",
        "image": {
            "caption": "Ảnh minh họa: Thăm hỏi, tặng quà gia đình người có công với cách mạng",
            "hue": 0,
        },
    },
    {
        "title": "Hỏi - đáp: Người lao động cần làm gì để được hưởng trợ cấp thất nghiệp?",
        "category": "lao-dong-viec-lam",
        "summary": (
            "Những điều kiện, hồ sơ và thời hạn người lao động cần nắm khi đề nghị hưởng trợ cấp "
            "thất nghiệp, để không bị mất quyền lợi."
        ),
        "body": (
            "<p>Trung tâm Dịch vụ việc làm tỉnh thường xuyên nhận được câu hỏi về thủ tục hưởng "
            "bảo hiểm thất nghiệp. Dưới đây là một số nội dung cơ bản theo Luật Việc làm.</p>\n"
            "<h3>Ai được hưởng trợ cấp thất nghiệp?</h3>\n<p>Người lao động được xem xét hưởng trợ "
            "cấp khi đáp ứng đồng thời các điều kiện chính sau:</p>\n"
            "<ul>\n<li>Đã chấm dứt hợp đồng lao động hoặc hợp đồng làm việc, trừ trường hợp đơn "
            "phương chấm dứt trái pháp luật hoặc đang hưởng lương hưu, trợ cấp mất sức lao động "
            "hằng tháng;</li>\n<li>Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trở lên trong 24 "
            "tháng trước khi chấm dứt hợp đồng (áp dụng với hợp đồng xác định thời hạn và không "
            "xác định thời hạn);</li>\n<li>Đã nộp hồ sơ tại Trung tâm Dịch vụ việc làm trong thời "
            "hạn 03 tháng kể từ ngày chấm dứt hợp đồng;</li>\n"
            "<li>Chưa tìm được việc làm sau 15 ngày kể từ ngày nộp hồ sơ.</li>\n</ul>\n"
            "<h3>Hồ sơ gồm những gì?</h3>\n<p>Hồ sơ gồm đề nghị hưởng trợ cấp thất nghiệp theo "
            "mẫu; bản chính hoặc bản sao có chứng thực của giấy tờ xác nhận việc chấm dứt hợp đồng "
            "(như quyết định thôi việc, thông báo chấm dứt hợp đồng) và sổ bảo hiểm xã hội. Người "
            "lao động có thể nộp trực tiếp hoặc nộp trực tuyến trên <a "
            'href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a>.</p>\n'
            "<h3>Mức hưởng và thời gian hưởng</h3>\n<p>Trợ cấp hằng tháng bằng 60% mức bình quân "
            "tiền lương tháng đóng bảo hiểm thất nghiệp của 06 tháng liền kề trước khi thất "
            "nghiệp, có mức trần theo quy định. Đóng đủ từ 12 đến 36 tháng được hưởng 03 tháng trợ "
            "cấp; sau đó, cứ đóng đủ thêm 12 tháng thì được thêm 01 tháng, tối đa 12 tháng.</p>\n"
            "{{FIGURE}}\n"
            "<p>Trong thời gian hưởng trợ cấp, người lao động phải thông báo hằng tháng về việc "
            "tìm kiếm việc làm với Trung tâm; đồng thời được tư vấn, giới thiệu việc làm miễn phí "
            "và được xem xét hỗ trợ học nghề. Thông tin trên mang tính hướng dẫn chung, mọi trường "
            "hợp cụ thể xin liên hệ Trung tâm Dịch vụ việc làm tỉnh.</p>\n"
        ),
        "byline": "Trung tâm Dịch vụ việc làm",
        "days_ago": 15,
        "featured": False,
        "status": "published",
        "image": {
            "caption": "Ảnh minh họa: Tiếp nhận hồ sơ đề nghị hưởng trợ cấp thất nghiệp",
            "hue": 170,
        },
    },
    {
        "title": "Sơ kết Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn tỉnh",
        "category": "giam-ngheo",
        "summary": (
            "Hội nghị đánh giá kết quả giảm nghèo giai đoạn 2021-2025 và thống nhất giải pháp để "
            "hộ mới thoát nghèo không tái nghèo."
        ),
        "body": (
            "<p>Ban Chỉ đạo các chương trình mục tiêu quốc gia của tỉnh vừa tổ chức hội nghị sơ "
            "kết việc thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn "
            "2021-2025. Tham dự có đại diện các sở, ngành, UBND các huyện, thành phố và Chi nhánh "
            "Ngân hàng Chính sách xã hội tỉnh.</p>\n"
            "<p>Báo cáo do Sở Lao động - Thương binh và Xã hội, cơ quan thường trực về công tác "
            "giảm nghèo, trình bày cho thấy nhiều kết quả tích cực. Tỷ lệ hộ nghèo theo chuẩn "
            "nghèo đa chiều đã giảm từ 3,07% (năm 2021) xuống 1,86% (cuối năm 2023); hàng nghìn hộ "
            "nghèo, cận nghèo được tiếp cận vốn vay ưu đãi, hỗ trợ sinh kế, bảo hiểm y tế và hỗ "
            "trợ nhà ở.</p>\n"
            "<h2>Ba nhóm giải pháp được thống nhất</h2>\n<ol>\n<li>Rà soát hộ nghèo, hộ cận nghèo "
            "hằng năm chính xác, công khai, dân chủ, đúng tiêu chí chuẩn nghèo đa chiều;</li>\n"
            "<li>Ưu tiên nguồn lực cho các dự án đa dạng hóa sinh kế, phát triển sản xuất, gắn "
            "giáo dục nghề nghiệp với việc làm bền vững;</li>\n<li>Đẩy mạnh truyền thông để mỗi hộ "
            "nghèo chủ động vươn lên, hạn chế tâm lý trông chờ, ỷ lại.</li>\n</ol>\n"
            "{{FIGURE}}\n"
            "<p>Các địa phương chia sẻ kinh nghiệm chọn mô hình hợp với điều kiện tự nhiên: nuôi "
            "dê, bò sinh sản ở vùng đồi phía Tây; trồng rau màu, nuôi thủy sản ở vùng ven biển. "
            "Nhiều ý kiến đề nghị đơn giản hóa thủ tục thanh, quyết toán dự án.</p>\n"
            "<p>Kết luận hội nghị, Ban Chỉ đạo đề nghị các địa phương giải ngân vốn đúng tiến độ, "
            "theo dõi sát các hộ mới thoát nghèo và chủ động phương án hỗ trợ những hộ có nguy cơ "
            "tái nghèo do thiên tai, ốm đau. Mục tiêu đến năm 2025 là toàn tỉnh không còn hộ nghèo "
            "gặp khó khăn về nhà ở.</p>\n"
        ),
        "byline": "Phòng Bảo trợ xã hội",
        "days_ago": 18,
        "featured": True,
        "status": "published",
        "image": {
            "caption": "Ảnh minh họa: Quang cảnh hội nghị sơ kết công tác giảm nghèo",
            "hue": 45,
        },
    },
    {
        "title": "Tư vấn đi làm việc ở nước ngoài theo hợp đồng cho thanh niên huyện Kim Sơn",
        "category": "lao-dong-viec-lam",
        "summary": (
            "Hơn 200 thanh niên và phụ huynh được tư vấn về các thị trường lao động ngoài nước và "
            "cách nhận biết doanh nghiệp được cấp phép."
        ),
        "body": (
            "<p>Sở Lao động - Thương binh và Xã hội phối hợp với UBND huyện Kim Sơn tổ chức buổi "
            "tư vấn, cung cấp thông tin về đi làm việc ở nước ngoài theo hợp đồng. Hơn 200 thanh "
            "niên, bộ đội xuất ngũ và phụ huynh đã tham dự, đặt nhiều câu hỏi về chi phí, điều "
            "kiện sức khỏe, ngoại ngữ và thu nhập.</p>\n"
            "<p>Cán bộ của Sở giới thiệu các thị trường đang tiếp nhận nhiều lao động Việt Nam như "
            "Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc) và một số nước châu Âu. Riêng với Chương "
            "trình EPS đưa lao động sang Hàn Quốc, người lao động đăng ký dự tuyển theo thông báo "
            "chính thức của cơ quan nhà nước, chi phí thấp và không phải qua trung gian.</p>\n"
            "{{FIGURE}}\n"
            "<p>Để tránh rủi ro, người lao động được khuyến cáo:</p>\n"
            "<ul>\n<li>Chỉ ký hợp đồng với doanh nghiệp có giấy phép hoạt động dịch vụ đưa người "
            "lao động đi làm việc ở nước ngoài, có thể tra cứu trên trang thông tin của Cục Quản "
            "lý lao động ngoài nước;</li>\n<li>Không nộp tiền cho cá nhân, “cò” môi giới hay các "
            "trang mạng xã hội hứa hẹn xuất cảnh nhanh;</li>\n"
            "<li>Đọc kỹ hợp đồng, yêu cầu biên lai cho mọi khoản thu và tự giữ giấy tờ gốc.</li>\n"
            "</ul>\n"
            "<p>Người thuộc hộ nghèo, hộ cận nghèo và thân nhân người có công được hỗ trợ học "
            "ngoại ngữ, bồi dưỡng kiến thức cần thiết và được vay vốn ưu đãi tại Ngân hàng Chính "
            "sách xã hội theo quy định. Anh Trần Văn Nam, ở xã Kim Đông, cho biết sau buổi tư vấn "
            "anh đã tự tin hơn và dự định học tiếng Hàn để dự tuyển Chương trình EPS.</p>\n"
        ),
        "byline": "Hải Yến",
        "days_ago": 21,
        "featured": False,
        "status": "published",
        "image": {
            "caption": "Ảnh minh họa: Thanh niên tìm hiểu thông tin đi làm việc ở nước ngoài",
            "hue": 225,
        },
    },
    {
        "title": "Sôi nổi các hoạt động hưởng ứng Tháng hành động vì trẻ em",
        "category": "tre-em-binh-dang-gioi",
        "summary": (
            "Trong tháng 6, nhiều hoạt động tặng quà, trao học bổng, phòng, chống xâm hại và đuối "
            "nước trẻ em được tổ chức khắp các địa phương."
        ),
        "body": (
            "<p>Hưởng ứng Tháng hành động vì trẻ em, Sở Lao động - Thương binh và Xã hội đã tham "
            "mưu UBND tỉnh ban hành kế hoạch và hướng dẫn các huyện, thành phố triển khai nhiều "
            "hoạt động thiết thực, ưu tiên trẻ em có hoàn cảnh đặc biệt, trẻ em thuộc hộ nghèo và "
            "trẻ em ở vùng khó khăn.</p>\n"
            "<p>Trong tháng, hàng nghìn suất quà và học bổng đã được trao cho trẻ em mồ côi, trẻ "
            "em khuyết tật và những em có hoàn cảnh khó khăn nhưng vượt khó học tốt. Nhiều địa "
            "phương mở lớp dạy bơi, hướng dẫn kỹ năng an toàn trong môi trường nước để phòng, "
            "chống đuối nước trong dịp hè.</p>\n"
            "{{FIGURE}}\n"
            "<h2>Chung tay bảo vệ trẻ em</h2>\n<p>Cùng với các hoạt động chăm lo, công tác truyền "
            "thông được đẩy mạnh qua hệ thống loa truyền thanh cơ sở, trường học và mạng xã hội, "
            "tập trung vào kỹ năng phòng, chống xâm hại, bạo lực và an toàn khi sử dụng Internet. "
            "Cha mẹ được khuyến khích dành thời gian trò chuyện, lắng nghe con.</p>\n"
            "<p>Khi phát hiện trẻ em bị xâm hại, bạo lực hoặc có nguy cơ bị tổn hại, người dân hãy "
            "báo ngay cho chính quyền địa phương, cơ quan công an hoặc gọi <strong>Tổng đài quốc "
            "gia bảo vệ trẻ em 111</strong> (miễn phí, hoạt động 24/24 giờ).</p>\n"
        ),
        "byline": "Minh Anh",
        "days_ago": 24,
        "featured": False,
        "status": "published",
        "image": {
            "caption": "Ảnh minh họa: Ngày hội hưởng ứng Tháng hành động vì trẻ em",
            "hue": 330,
        },
    },
    {
        "title": "Đẩy mạnh chi trả trợ cấp xã hội không dùng tiền mặt",
        "category": "bao-tro-xa-hoi",
        "summary": (
            "Nhận trợ cấp hằng tháng qua tài khoản giúp người hưởng đỡ mất công đi lại, còn địa "
            "phương bảo đảm chi trả đúng người, đúng kỳ."
        ),
        "body": (
            "<p>Thực hiện Đề án 06 của Chính phủ về phát triển ứng dụng dữ liệu dân cư, định danh "
            "và xác thực điện tử, Sở Lao động - Thương binh và Xã hội đã phối hợp với các ngân "
            "hàng, đơn vị bưu điện và UBND cấp xã vận động người hưởng trợ cấp mở tài khoản để "
            "nhận tiền không dùng tiền mặt.</p>\n"
            "<p>Với cách làm này, tiền trợ cấp được chuyển thẳng vào tài khoản của người thụ hưởng "
            "ngay từ đầu tháng. Người dân không phải chờ đến ngày chi trả tập trung, cán bộ xã "
            "giảm bớt khối lượng công việc và hạn chế rủi ro khi vận chuyển tiền mặt.</p>\n"
            "{{FIGURE}}\n"
            "<p>Bà Nguyễn Thị Lan, 78 tuổi, ở huyện Gia Viễn, kể rằng trước đây mỗi lần lĩnh trợ "
            "cấp bà phải nhờ con cháu chở lên nhà văn hóa. “Giờ con gái cài ứng dụng trên điện "
            "thoại cho tôi, tiền về là có tin nhắn báo, vừa tiện vừa yên tâm”, bà nói.</p>\n"
            "<p>Đối với người cao tuổi sống một mình, người khuyết tật nặng hoặc những người chưa "
            "có điều kiện mở tài khoản, các địa phương vẫn duy trì chi trả bằng tiền mặt, kể cả "
            "chi trả tận nhà. Sở đề nghị các huyện, thành phố tiếp tục rà soát, cập nhật dữ liệu "
            "người hưởng, bảo đảm khớp đúng với Cơ sở dữ liệu quốc gia về dân cư.</p>\n"
        ),
        "byline": "Phương Linh",
        "days_ago": 27,
        "featured": False,
        "status": "published",
        "image": {
            "caption": "Ảnh minh họa: Người hưởng trợ cấp nhận tiền qua tài khoản ngân hàng",
            "hue": 185,
        },
    },
    {
        "title": "Đẩy mạnh giải quyết thủ tục hành chính trực tuyến trong các lĩnh vực của Ngành",
        "category": "tin-tuc-su-kien",
        "summary": (
            "Nhiều thủ tục về việc làm, người có công và bảo trợ xã hội đã được cung cấp trực "
            "tuyến, người dân có thể nộp hồ sơ mọi lúc, mọi nơi."
        ),
        "body": (
            "<p>Cải cách hành chính là một trong những nhiệm vụ trọng tâm của Sở trong năm. Đến "
            "nay, phần lớn thủ tục hành chính thuộc thẩm quyền giải quyết của Sở đã được tiếp nhận "
            "tại Trung tâm Phục vụ hành chính công tỉnh và trên môi trường điện tử.</p>\n"
            "<p>Người dân, doanh nghiệp có thể tra cứu thủ tục, nộp hồ sơ, thanh toán phí, lệ phí "
            'và nhận kết quả thông qua <a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc '
            "gia</a>. Một số thủ tục được sử dụng nhiều gồm:</p>\n"
            "<ul>\n"
            "<li>Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam;</li>\n"
            "<li>Đề nghị hưởng trợ cấp thất nghiệp;</li>\n"
            "<li>Giải quyết chế độ ưu đãi đối với người có công và thân nhân;</li>\n"
            "<li>Đăng ký nội quy lao động của doanh nghiệp.</li>\n</ul>\n"
            "{{FIGURE}}\n"
            "<p>Để nâng cao chất lượng phục vụ, Sở thường xuyên rà soát, đơn giản hóa quy trình "
            "nội bộ, công khai thời hạn giải quyết và tiếp nhận phản ánh, kiến nghị của tổ chức, "
            "cá nhân. Cán bộ tiếp nhận được tập huấn để hướng dẫn người dân dùng tài khoản định "
            "danh điện tử VNeID khi đăng nhập và nộp hồ sơ.</p>\n"
            "<p>Thời gian tới, Sở tiếp tục số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và "
            "phấn đấu nâng tỷ lệ hồ sơ nộp trực tuyến, hướng tới một nền hành chính phục vụ, minh "
            "bạch và thuận tiện.</p>\n"
        ),
        "byline": "Ngọc Mai",
        "days_ago": 30,
        "featured": False,
        "status": "published",
        "image": {
            "caption": "Ảnh minh họa: Nộp hồ sơ thủ tục hành chính trên môi trường điện tử",
            "hue": 260,
        },
    },
    {
        "title": "Tập huấn phòng ngừa, ứng phó với bạo lực trên cơ sở giới cho cán bộ cơ sở",
        "category": "tre-em-binh-dang-gioi",
        "summary": (
            "Lớp tập huấn trang bị cho cán bộ làm công tác bình đẳng giới, hội phụ nữ và công an "
            "xã kỹ năng nhận diện, tiếp nhận thông tin và hỗ trợ người bị bạo lực trên cơ sở giới."
        ),
        "body": (
            "<p>Nhằm nâng cao năng lực cho đội ngũ làm công tác bình đẳng giới ở cơ sở, Sở Lao "
            "động - Thương binh và Xã hội tổ chức lớp tập huấn về phòng ngừa, ứng phó với bạo lực "
            "trên cơ sở giới cho hơn 120 học viên đến từ các xã, phường, thị trấn trong tỉnh.</p>\n"
            "<p>Báo cáo viên giới thiệu nội dung cơ bản của Luật Bình đẳng giới, Luật Phòng, chống "
            "bạo lực gia đình, các hình thức bạo lực thường gặp và hậu quả lâu dài đối với phụ nữ, "
            "trẻ em. Học viên thực hành xử lý tình huống qua bài tập nhóm, đóng vai.</p>\n"
            "{{FIGURE}}\n"
            "<p>Nội dung được quan tâm nhiều nhất là quy trình tiếp nhận, xác minh thông tin và "
            "kết nối dịch vụ hỗ trợ: chăm sóc y tế, tư vấn tâm lý, trợ giúp pháp lý và nơi tạm "
            "lánh an toàn. Nguyên tắc xuyên suốt là tôn trọng, giữ bí mật và lấy người bị bạo lực "
            "làm trung tâm.</p>\n"
            "<p>Qua lớp tập huấn, Sở mong muốn mỗi cán bộ cơ sở trở thành “địa chỉ tin cậy” trong "
            "cộng đồng, góp phần lan tỏa thông điệp nói không với bạo lực, nhất là trong Tháng "
            "hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới diễn "
            "ra từ ngày 15/11 đến ngày 15/12 hằng năm.</p>\n"
        ),
        "byline": "Thanh Tâm",
        "days_ago": 38,
        "featured": False,
        "status": "published",
        "image": {
            "caption": "Ảnh minh họa: Học viên thảo luận nhóm tại lớp tập huấn",
            "hue": 285,
        },
    },
    {
        "title": "Thoát nghèo nhờ mô hình nuôi dê ở vùng đồi Nho Quan",
        "category": "giam-ngheo",
        "summary": (
            "Nhờ được hỗ trợ con giống và kỹ thuật, gia đình anh Đinh Văn Thắng ở xã Thạch Bình đã "
            "có đàn dê hơn 30 con và thoát nghèo."
        ),
        "body": (
            "<p>Cách đây ba năm, gia đình anh Đinh Văn Thắng còn thuộc diện hộ nghèo của xã Thạch "
            "Bình, huyện Nho Quan. Hai vợ chồng làm nương, làm thuê theo mùa vụ, thu nhập bấp "
            "bênh, trong khi hai con nhỏ đang tuổi đến trường.</p>\n"
            "<p>Năm 2022, gia đình anh được tham gia dự án hỗ trợ phát triển chăn nuôi thuộc "
            "Chương trình mục tiêu quốc gia giảm nghèo bền vững, nhận 5 con dê giống cùng thức ăn, "
            "thuốc thú y và được hướng dẫn làm chuồng sàn, trồng cỏ, phòng bệnh.</p>\n"
            "{{FIGURE}}\n"
            "<p>Tận dụng khoảnh đồi sau nhà, anh Thắng trồng cỏ voi và rào vườn để chăn thả. Nhờ "
            "chăm sóc đúng kỹ thuật, đàn dê sinh sản nhanh, đến nay đã hơn 30 con. Mỗi năm, gia "
            "đình bán dê thịt, dê giống, có thêm khoảng 60-70 triệu đồng.</p>\n"
            "<blockquote>“Lúc đầu tôi cũng lo vì chưa nuôi bao giờ, nhưng được hướng dẫn từng bước "
            "nên cứ thế làm theo. Giờ tôi chỉ mong đàn dê đông thêm và chỉ lại cách nuôi cho mấy "
            "nhà hàng xóm”, anh Thắng chia sẻ.</blockquote>\n"
            "<p>Theo UBND xã, mô hình của gia đình anh Thắng là một trong những cách làm hiệu quả "
            "ở địa phương. Từ kinh nghiệm này, xã tiếp tục ưu tiên các dự án chăn nuôi phù hợp với "
            "vùng đồi, tổ chức theo nhóm hộ để các gia đình hỗ trợ nhau về kỹ thuật và tiêu thụ "
            "sản phẩm.</p>\n"
        ),
        "byline": "Quang Huy",
        "days_ago": 47,
        "featured": False,
        "status": "published",
        "image": {
            "caption": "Ảnh minh họa: Mô hình nuôi dê giúp hộ nghèo vùng đồi có thu nhập ổn định",
            "hue": 110,
        },
    },
    {
        "title": "Chăm lo Tết cho hộ nghèo và đối tượng bảo trợ xã hội: để nhà nhà đều có Tết",
        "category": "bao-tro-xa-hoi",
        "summary": (
            "Từ ngân sách và sự chung tay của cộng đồng, hàng chục nghìn suất quà đã được trao tận "
            "tay hộ nghèo, hộ cận nghèo, trẻ em mồ côi và người cao tuổi cô đơn trước thềm năm mới."
        ),
        "body": (
            "<p>Thực hiện chỉ đạo của UBND tỉnh, Sở Lao động - Thương binh và Xã hội đã hướng dẫn "
            "các huyện, thành phố rà soát, lập danh sách đối tượng được tặng quà Tết, bảo đảm công "
            "khai, đúng đối tượng và hoàn thành việc trao quà trước ngày 25 tháng Chạp.</p>\n"
            "<p>Quà của tỉnh dành cho hộ nghèo, hộ cận nghèo, người cao tuổi cô đơn, trẻ em mồ côi "
            "và người khuyết tật nặng. Bên cạnh đó, Ủy ban Mặt trận Tổ quốc, các đoàn thể, doanh "
            "nghiệp và nhà hảo tâm cũng tổ chức nhiều chương trình như “Tết vì người nghèo”, “Xuân "
            "yêu thương”, tặng bánh chưng, chăn ấm và nhu yếu phẩm.</p>\n"
            "{{FIGURE}}\n"
            "<p>Với những hộ có nguy cơ thiếu đói trong dịp Tết và giáp hạt, Sở đã tổng hợp nhu "
            "cầu, tham mưu UBND tỉnh đề nghị hỗ trợ gạo theo quy định, đồng thời yêu cầu các địa "
            "phương không để hộ nào thiếu lương thực.</p>\n"
            "<p>Ở huyện Yên Khánh, bà Vũ Thị Nhung, 70 tuổi, sống một mình, xúc động khi nhận quà "
            "từ cán bộ xã: “Có gói quà, có người đến thăm hỏi là tôi ấm lòng rồi, Tết này không "
            "thấy lẻ loi nữa.”</p>\n"
            "<p>Sở đề nghị các địa phương tiếp tục nắm tình hình đời sống người dân sau Tết, kịp "
            "thời hỗ trợ những trường hợp gặp khó khăn đột xuất do ốm đau, tai nạn.</p>\n"
        ),
        "byline": "Phòng Bảo trợ xã hội",
        "days_ago": 58,
        "featured": False,
        "status": "published",
        "image": {
            "caption": "Ảnh minh họa: Trao quà Tết cho hộ nghèo và đối tượng bảo trợ xã hội",
            "hue": 350,
        },
    },
]
