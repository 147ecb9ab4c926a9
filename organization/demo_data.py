"""Dữ liệu mẫu cho mục Giới thiệu, Lịch công tác, Liên kết website và trang tiếng Anh.

Nội dung được biên soạn cho bản trình diễn, mô tả chức năng của Sở Lao động - Thương binh
và Xã hội cấp tỉnh như trước khi sắp xếp bộ máy năm 2025 (như phần còn lại của dữ liệu
mẫu). Họ tên lãnh đạo, trưởng đơn vị là HƯ CẤU; số điện thoại chỉ dùng tổng đài công khai
của cơ quan kèm số máy lẻ minh họa, không có số cá nhân. Mô-đun này chỉ chứa dữ liệu.
"""

SWITCHBOARD = "0229 3871 230"
OFFICE_ADDRESS = "Trụ sở Sở, đường Lê Hồng Phong, phường Đông Thành, TP. Ninh Bình"
DEPARTMENTS_URL = "/gioi-thieu/don-vi-truc-thuoc/"

ABOUT_PAGES = [
    {
        "title": "Chức năng, nhiệm vụ",
        "summary": "Vị trí, chức năng và những nhiệm vụ, quyền hạn chủ yếu của Sở.",
        "body": (
            "<h2>Vị trí và chức năng</h2>"
            "<p>Sở Lao động - Thương binh và Xã hội là cơ quan chuyên môn thuộc Ủy ban nhân "
            "dân tỉnh, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về lao động, việc làm, giáo "
            "dục nghề nghiệp, tiền lương, bảo hiểm xã hội và bảo hiểm thất nghiệp, an toàn, "
            "vệ sinh lao động, người có công với cách mạng, bảo trợ xã hội, giảm nghèo, trẻ "
            "em, bình đẳng giới và phòng, chống tệ nạn xã hội; đồng thời thực hiện các dịch "
            "vụ công thuộc lĩnh vực của Sở.</p>"
            "<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng. Sở chịu sự chỉ đạo, "
            "quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, và sự hướng "
            "dẫn, kiểm tra về chuyên môn, nghiệp vụ của các bộ quản lý ngành, lĩnh vực.</p>"
            "<h2>Nhiệm vụ, quyền hạn chủ yếu</h2>"
            "<ul>"
            "<li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch dài hạn, 5 năm và hằng "
            "năm, các chương trình, đề án thuộc lĩnh vực được giao; hướng dẫn, kiểm tra việc "
            "thực hiện sau khi được ban hành.</li>"
            "<li>Lao động, việc làm: phát triển thị trường lao động, hỗ trợ tạo việc làm, quản "
            "lý lao động nước ngoài làm việc tại tỉnh, đưa người lao động đi làm việc ở nước "
            "ngoài theo hợp đồng, thực hiện chính sách bảo hiểm thất nghiệp.</li>"
            "<li>Giáo dục nghề nghiệp: phát triển mạng lưới cơ sở giáo dục nghề nghiệp, đào tạo "
            "nghề cho lao động nông thôn và người yếu thế.</li>"
            "<li>Tiền lương, quan hệ lao động, bảo hiểm xã hội, an toàn, vệ sinh lao động: "
            "hướng dẫn doanh nghiệp thực hiện chế độ, chính sách; phòng ngừa tranh chấp lao "
            "động; điều tra tai nạn lao động theo thẩm quyền.</li>"
            "<li>Người có công: thực hiện chế độ ưu đãi, quản lý công trình ghi công liệt sĩ, "
            "vận động phong trào «Đền ơn đáp nghĩa».</li>"
            "<li>Bảo trợ xã hội, giảm nghèo: trợ giúp xã hội thường xuyên và đột xuất, chăm "
            "sóc người cao tuổi, người khuyết tật; thường trực Chương trình mục tiêu quốc gia "
            "giảm nghèo bền vững của tỉnh.</li>"
            "<li>Trẻ em, bình đẳng giới: bảo vệ, chăm sóc trẻ em, phòng ngừa xâm hại, bạo lực "
            "trẻ em; thúc đẩy bình đẳng giới, phòng ngừa bạo lực trên cơ sở giới.</li>"
            "<li>Phòng, chống tệ nạn xã hội: quản lý công tác cai nghiện, phòng, chống mại "
            "dâm, hỗ trợ nạn nhân bị mua bán.</li>"
            "<li>Thanh tra, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng; cải cách "
            "hành chính và chuyển đổi số; quản lý tổ chức, biên chế, tài chính, tài sản của "
            "Sở theo phân cấp.</li>"
            "</ul>"
        ),
    },
    {
        "title": "Cơ cấu tổ chức",
        "summary": "Lãnh đạo Sở, các cơ quan tham mưu, giúp việc và đơn vị sự nghiệp.",
        "body": (
            "<p>Sở gồm Lãnh đạo Sở, các cơ quan tham mưu, giúp việc Giám đốc Sở và các đơn vị "
            "sự nghiệp trực thuộc.</p>"
            "<h2>Lãnh đạo Sở</h2>"
            "<p>Lãnh đạo Sở có Giám đốc và các Phó Giám đốc. Giám đốc Sở chịu trách nhiệm "
            "trước Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh và trước pháp luật về "
            "toàn bộ hoạt động của Sở; mỗi Phó Giám đốc phụ trách một số lĩnh vực theo phân "
            "công của Giám đốc.</p>"
            "<h2>Cơ quan tham mưu, giúp việc</h2>"
            "<ul><li>Văn phòng Sở</li><li>Thanh tra Sở</li><li>Phòng Kế hoạch - Tài chính</li>"
            "<li>Phòng Lao động - Việc làm - Giáo dục nghề nghiệp</li>"
            "<li>Phòng Người có công</li>"
            "<li>Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới</li></ul>"
            "<h2>Đơn vị sự nghiệp trực thuộc</h2>"
            "<ul><li>Trung tâm Dịch vụ việc làm</li><li>Trung tâm Công tác xã hội</li></ul>"
            f'<p>Chức năng và thông tin liên hệ của từng đơn vị: xem trang <a href="'
            f'{DEPARTMENTS_URL}">Đơn vị trực thuộc</a>.</p>'
        ),
    },
]

# Fictional people; titles as the agency writes them.
LEADERS = [
    {
        "key": "giam-doc",
        "full_name": "Nguyễn Văn Minh",
        "title": "Giám đốc Sở",
        "responsibilities": (
            "Lãnh đạo, điều hành chung mọi hoạt động của Sở\n"
            "Tổ chức cán bộ; kế hoạch - tài chính\n"
            "Thanh tra, tiếp công dân, phòng, chống tham nhũng"
        ),
        "phone": f"{SWITCHBOARD} (máy lẻ 101)",
        "email": "sldtbxh@ninhbinh.gov.vn",
        "hue": 210,
    },
    {
        "key": "pgd-bao-tro",
        "full_name": "Trần Thị Hoa",
        "title": "Phó Giám đốc Sở",
        "responsibilities": (
            "Bảo trợ xã hội, giảm nghèo\nTrẻ em, bình đẳng giới\nPhòng, chống tệ nạn xã hội"
        ),
        "phone": f"{SWITCHBOARD} (máy lẻ 102)",
        "hue": 340,
    },
    {
        "key": "pgd-viec-lam",
        "full_name": "Lê Quang Hưng",
        "title": "Phó Giám đốc Sở",
        "responsibilities": (
            "Lao động, việc làm, giáo dục nghề nghiệp\n"
            "Tiền lương, bảo hiểm xã hội, an toàn, vệ sinh lao động"
        ),
        "phone": f"{SWITCHBOARD} (máy lẻ 103)",
        "hue": 150,
    },
    {
        "key": "pgd-nguoi-co-cong",
        "full_name": "Phạm Đức Thắng",
        "title": "Phó Giám đốc Sở",
        "responsibilities": (
            "Người có công\nCải cách hành chính, chuyển đổi số\nThi đua, khen thưởng"
        ),
        "phone": f"{SWITCHBOARD} (máy lẻ 104)",
        "hue": 30,
    },
]

DEPARTMENTS = [
    {
        "name": "Văn phòng Sở",
        "head_name": "Đỗ Thị Lan",
        "ext": 111,
        "email": "sldtbxh@ninhbinh.gov.vn",
        "functions": (
            "Tham mưu tổng hợp, điều phối chương trình công tác của Sở; hành chính, văn thư, "
            "lưu trữ, quản trị cơ quan.\n"
            "Tổ chức cán bộ, thi đua, khen thưởng, cải cách hành chính; theo dõi việc giải "
            "quyết thủ tục hành chính của Sở tại bộ phận một cửa."
        ),
    },
    {
        "name": "Thanh tra Sở",
        "head_name": "Vũ Văn Nam",
        "ext": 121,
        "functions": (
            "Thanh tra hành chính và thanh tra chuyên ngành về lao động, an toàn, vệ sinh lao "
            "động, bảo hiểm xã hội, người có công, bảo trợ xã hội.\n"
            "Tiếp công dân, giải quyết khiếu nại, tố cáo; phòng, chống tham nhũng."
        ),
    },
    {
        "name": "Phòng Kế hoạch - Tài chính",
        "head_name": "Hoàng Thị Mai",
        "ext": 131,
        "functions": (
            "Xây dựng kế hoạch, dự toán ngân sách của ngành; quản lý kinh phí thực hiện chính "
            "sách ưu đãi người có công, bảo trợ xã hội, giảm nghèo; quản lý tài sản, đầu tư."
        ),
    },
    {
        "name": "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp",
        "head_name": "Bùi Văn Tuấn",
        "ext": 141,
        "functions": (
            "Quản lý nhà nước về việc làm, thị trường lao động, lao động nước ngoài, người "
            "lao động đi làm việc ở nước ngoài; tiền lương, quan hệ lao động, bảo hiểm xã hội, "
            "an toàn, vệ sinh lao động.\n"
            "Quản lý giáo dục nghề nghiệp, đào tạo nghề cho lao động nông thôn."
        ),
    },
    {
        "name": "Phòng Người có công",
        "head_name": "Đinh Văn Khánh",
        "ext": 151,
        "functions": (
            "Thực hiện chế độ ưu đãi người có công với cách mạng và thân nhân; quản lý hồ sơ "
            "người có công; quản lý công trình ghi công liệt sĩ; phong trào «Đền ơn đáp nghĩa»."
        ),
    },
    {
        "name": "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới",
        "head_name": "Ngô Thị Thu",
        "ext": 161,
        "functions": (
            "Trợ giúp xã hội, chăm sóc người cao tuổi, người khuyết tật; giảm nghèo bền vững.\n"
            "Bảo vệ, chăm sóc trẻ em; bình đẳng giới; phòng, chống tệ nạn xã hội."
        ),
    },
    {
        "name": "Trung tâm Dịch vụ việc làm",
        "kind": "service_unit",
        "head_name": "Phan Văn Hải",
        "ext": 171,
        "functions": (
            "Tư vấn, giới thiệu việc làm, cung ứng lao động; tổ chức phiên giao dịch việc làm; "
            "thu thập thông tin thị trường lao động.\n"
            "Tiếp nhận hồ sơ, tư vấn và giải quyết bảo hiểm thất nghiệp."
        ),
    },
    {
        "name": "Trung tâm Công tác xã hội",
        "kind": "service_unit",
        "head_name": "Lương Thị Hạnh",
        "ext": 181,
        "functions": (
            "Tiếp nhận, chăm sóc, nuôi dưỡng đối tượng cần sự bảo vệ khẩn cấp; tư vấn, trị "
            "liệu tâm lý, kết nối dịch vụ cho người cao tuổi, người khuyết tật, trẻ em có "
            "hoàn cảnh đặc biệt."
        ),
    },
]

# (week: 0 this week, 1 next; weekday 0 = Monday; session; start; end; content; leader key or
# None; free-text chair; participants; location; notes; published)
SCHEDULE = [
    (0, 0, "morning", "07:30", "09:00", "Giao ban Lãnh đạo Sở đầu tuần", "giam-doc", "",
     "Các Phó Giám đốc Sở; Chánh Văn phòng; trưởng các phòng chuyên môn",
     "Phòng họp tầng 2, trụ sở Sở", "", True),
    (0, 0, "afternoon", "14:00", None,
     "Làm việc với Trung tâm Dịch vụ việc làm về kế hoạch phiên giao dịch việc làm cuối năm",
     "pgd-viec-lam", "", "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp",
     "Trung tâm Dịch vụ việc làm", "", True),
    (0, 1, "morning", "08:00", None, "Dự phiên họp thường kỳ của Ủy ban nhân dân tỉnh",
     "giam-doc", "", "", "Trụ sở Ủy ban nhân dân tỉnh",
     "Văn phòng Sở chuẩn bị báo cáo của ngành", True),
    (0, 1, "afternoon", "14:00", "17:00",
     "Kiểm tra việc chi trả trợ cấp ưu đãi người có công tại cơ sở", "pgd-nguoi-co-cong", "",
     "Phòng Người có công; Phòng Kế hoạch - Tài chính", "Một số xã trong tỉnh", "", True),
    (0, 2, "morning", "08:00", None,
     "Hội nghị triển khai công tác bảo vệ, chăm sóc trẻ em và bình đẳng giới",
     "pgd-bao-tro", "", "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới; Trung tâm Công tác "
     "xã hội", "Hội trường Sở", "", True),
    (0, 3, "morning", "07:30", "11:30", "Tiếp công dân định kỳ", "giam-doc", "",
     "Thanh tra Sở; Văn phòng Sở", "Phòng tiếp công dân, trụ sở Sở", "", True),
    (0, 3, "afternoon", "14:00", None, "Họp Hội đồng Thi đua - Khen thưởng của Sở",
     "pgd-nguoi-co-cong", "", "Thành viên Hội đồng", "Phòng họp tầng 2, trụ sở Sở", "",
     True),
    (0, 4, "morning", "08:00", None,
     "Kiểm tra liên ngành về an toàn, vệ sinh lao động tại doanh nghiệp", None,
     "Trưởng đoàn kiểm tra liên ngành", "Thanh tra Sở; đại diện Liên đoàn Lao động tỉnh",
     "Khu công nghiệp trên địa bàn tỉnh", "", True),
    (1, 0, "morning", "07:30", "09:00", "Giao ban Lãnh đạo Sở đầu tuần", "giam-doc", "",
     "Các Phó Giám đốc Sở; Chánh Văn phòng; trưởng các phòng chuyên môn",
     "Phòng họp tầng 2, trụ sở Sở", "", True),
    (1, 1, "morning", "08:00", None,
     "Dự hội nghị trực tuyến toàn quốc về công tác giảm nghèo bền vững", "pgd-bao-tro", "",
     "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới", "Điểm cầu trực tuyến của tỉnh", "",
     True),
    (1, 2, "afternoon", "14:00", None, "Dự phiên giao dịch việc làm", "pgd-viec-lam", "",
     "Trung tâm Dịch vụ việc làm", "Trung tâm Dịch vụ việc làm", "", True),
    (1, 3, "morning", "08:00", None,
     "Làm việc với Bảo hiểm xã hội tỉnh về tình hình đóng bảo hiểm xã hội của doanh nghiệp",
     "giam-doc", "", "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp; Thanh tra Sở",
     "Trụ sở Sở", "", True),
    (1, 4, "morning", "08:00", None, "Họp rà soát thủ tục hành chính, chuyển đổi số",
     "pgd-nguoi-co-cong", "", "Văn phòng Sở; các phòng chuyên môn", "Trụ sở Sở",
     "Lịch dự kiến, chưa công bố", False),
]  # fmt: skip

WEB_LINKS = [
    ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn/", "Cơ quan Trung ương", True),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/", "Cơ quan Trung ương", True),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn/", "Cơ quan Trung ương",
     True),
    ("Bộ Nội vụ", "https://moha.gov.vn/", "Cơ quan Trung ương", True),
    ("Bộ Y tế", "https://moh.gov.vn/", "Cơ quan Trung ương", True),
    ("Bảo hiểm xã hội Việt Nam", "https://baohiemxahoi.gov.vn/", "Cơ quan Trung ương", True),
    ("Cổng thông tin điện tử tỉnh Ninh Bình", "https://ninhbinh.gov.vn/", "Tỉnh Ninh Bình",
     True),
    # Kept for the record and hidden: the ministry merged into the Ministry of Home Affairs.
    ("Bộ Lao động - Thương binh và Xã hội (trước năm 2025)", "https://molisa.gov.vn/",
     "Cơ quan Trung ương", False),
]  # fmt: skip

ENGLISH_SETTINGS = {
    "department_name": "Ninh Binh Department of Labour, War Invalids and Social Affairs",
    "parent_body": "Ninh Binh Provincial People's Committee",
    "introduction": (
        "Welcome to the English pages of the Department's web portal. They describe what the "
        "Department does, how it is organised and how to contact it.\n\n"
        "News, legal documents and administrative procedures are published in Vietnamese on "
        "the main pages of the portal."
    ),
    "address": "Le Hong Phong Street, Dong Thanh Ward, Ninh Binh City, Ninh Binh Province, "
    "Viet Nam",
    "phone": "+84 229 3871 230",
    "email": "sldtbxh@ninhbinh.gov.vn",
    "office_hours": "Monday to Friday, except public holidays",
}

ENGLISH_PAGES = [
    {
        "title": "Functions and duties",
        "summary": "What the Department is responsible for.",
        "body": (
            "<p>The Department of Labour, War Invalids and Social Affairs is a specialised "
            "agency of the Provincial People's Committee. It advises and assists the Committee "
            "in the state management of:</p>"
            "<ul><li>labour, employment and vocational education and training;</li>"
            "<li>wages, labour relations, social insurance and unemployment insurance;</li>"
            "<li>occupational safety and health;</li>"
            "<li>people with meritorious services to the revolution;</li>"
            "<li>social protection and poverty reduction;</li>"
            "<li>child protection and care, and gender equality;</li>"
            "<li>prevention of social evils.</li></ul>"
            "<p>The Department has its own legal status, seal and account. It works under the "
            "direction of the Provincial People's Committee and follows the professional "
            "guidance of the competent ministries.</p>"
            "<h2>Main duties</h2>"
            "<ul><li>Drafting provincial plans, programmes and decisions in its fields and "
            "guiding their implementation.</li>"
            "<li>Implementing employment support, unemployment insurance and vocational "
            "training policies.</li>"
            "<li>Delivering preferential allowances to people with meritorious services and "
            "their families.</li>"
            "<li>Providing social assistance to older people, people with disabilities and "
            "other vulnerable groups; coordinating the provincial sustainable poverty "
            "reduction programme.</li>"
            "<li>Inspection, handling of complaints and denunciations, administrative reform "
            "and digital transformation within its fields.</li></ul>"
        ),
    },
    {
        "title": "Organisation",
        "summary": "Leadership, advisory divisions and public service units.",
        "body": (
            "<h2>Leadership</h2>"
            "<p>The Department is led by a Director, assisted by Deputy Directors who are each "
            "in charge of several fields.</p>"
            "<h2>Advisory divisions</h2>"
            "<ul><li>Office</li><li>Inspectorate</li><li>Planning and Finance Division</li>"
            "<li>Labour, Employment and Vocational Education Division</li>"
            "<li>Division of People with Meritorious Services</li>"
            "<li>Social Protection, Children and Gender Equality Division</li></ul>"
            "<h2>Public service units</h2>"
            "<ul><li>Employment Service Centre</li><li>Social Work Centre</li></ul>"
        ),
    },
]
