"""Demo questions and answers (Hỏi đáp): pure data, written for this demo.

The askers are fictional. Answers cite the rules in force when the demo was written
(Nghị quyết 43/2023/NQ-HĐND, Nghị định 81/2021/NĐ-CP, Luật Việc làm 2013…).
"""

TOPICS = [
    ("Lao động - việc làm", "Việc làm, tiền lương, bảo hiểm thất nghiệp, quan hệ lao động."),
    ("Người có công", "Chế độ ưu đãi người có công với cách mạng và thân nhân."),
    ("Bảo trợ xã hội", "Trợ cấp xã hội, người cao tuổi, người khuyết tật."),
    ("Giảm nghèo", "Hộ nghèo, hộ cận nghèo và các chính sách hỗ trợ."),
    ("Trẻ em", "Bảo vệ, chăm sóc trẻ em; trẻ em có hoàn cảnh đặc biệt."),
    ("Giáo dục nghề nghiệp", "Học nghề, tuyển sinh, hỗ trợ đào tạo nghề."),
]

# Units that answer; looked up by name so the organisation pages' demo units are reused.
DEPARTMENTS = {
    "viec-lam": "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp",
    "nguoi-co-cong": "Phòng Người có công",
    "bao-tro": "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới",
}

# state: received, processing (answer drafted, waiting for approval), answered (published),
# rejected. Days are counted back from today.
QUESTIONS = [
    {
        "state": "answered",
        "topic": "Giảm nghèo",
        "department": "bao-tro",
        "days_ago": 40,
        "answered_days_ago": 31,
        "asker_name": "Trần Văn Hùng",
        "phone": "0912 345 678",
        "email": "",
        "title": "Hộ nghèo có nhà dột nát được hỗ trợ làm nhà như thế nào?",
        "text": (
            "Gia đình tôi ở xóm 5 xã Kim Chính, là hộ nghèo năm 2024. Nhà cấp bốn xây từ năm "
            "1995 nay đã xuống cấp, mùa mưa bị dột nhiều chỗ. Xin hỏi gia đình tôi có được hỗ "
            "trợ làm nhà mới không, mức hỗ trợ bao nhiêu và phải làm thủ tục gì?"
        ),
        "public_text": (
            "Gia đình tôi là hộ nghèo, nhà cấp bốn đã xuống cấp, mùa mưa bị dột nhiều chỗ. Xin "
            "hỏi gia đình tôi có được hỗ trợ làm nhà mới không, mức hỗ trợ bao nhiêu và phải "
            "làm thủ tục gì?"
        ),
        "answer": (
            "<p>Theo Nghị quyết số 43/2023/NQ-HĐND của Hội đồng nhân dân tỉnh, hộ nghèo đang "
            "gặp khó khăn về nhà ở được hỗ trợ không hoàn lại <strong>100 triệu đồng</strong> "
            "để xây mới hoặc <strong>50 triệu đồng</strong> để sửa chữa mỗi căn nhà.</p>"
            "<p>Gia đình ông đề nghị với Ủy ban nhân dân xã nơi cư trú. Xã rà soát hiện trạng "
            "nhà ở, lập danh sách hộ đủ điều kiện, niêm yết công khai và gửi lên cấp trên phê "
            "duyệt. Sau khi được phê duyệt, gia đình được tạm ứng kinh phí để khởi công; phần "
            "còn lại được thanh toán khi nhà hoàn thành.</p>"
        ),
    },
    {
        "state": "answered",
        "topic": "Giảm nghèo",
        "department": "bao-tro",
        "days_ago": 25,
        "answered_days_ago": 18,
        "asker_name": "Phạm Thị Lan",
        "phone": "",
        "email": "phamlan.demo@example.com",
        "title": "Thẻ bảo hiểm y tế cho thành viên hộ cận nghèo",
        "text": (
            "Nhà tôi mới được công nhận hộ cận nghèo. Cả nhà bốn người có được cấp thẻ bảo hiểm "
            "y tế miễn phí không, hay phải tự đóng một phần? Tôi nộp hồ sơ ở đâu?"
        ),
        "public_text": (
            "Gia đình tôi mới được công nhận hộ cận nghèo. Các thành viên có được cấp thẻ bảo "
            "hiểm y tế miễn phí không, hay phải tự đóng một phần? Nộp hồ sơ ở đâu?"
        ),
        "answer": (
            "<p>Người thuộc hộ cận nghèo được ngân sách nhà nước hỗ trợ đóng bảo hiểm y tế với "
            "mức tối thiểu 70% mức đóng; phần còn lại do gia đình đóng, trừ khi địa phương có "
            "chính sách hỗ trợ thêm.</p>"
            "<p>Gia đình bà không phải tự lập hồ sơ: Ủy ban nhân dân xã lập danh sách hộ cận "
            "nghèo đề nghị cấp thẻ và gửi cơ quan Bảo hiểm xã hội. Bà liên hệ cán bộ phụ trách "
            "lao động - thương binh và xã hội của xã để được hướng dẫn nộp phần kinh phí "
            "còn lại (nếu có).</p>"
        ),
    },
    {
        "state": "answered",
        "topic": "Lao động - việc làm",
        "department": "viec-lam",
        "days_ago": 15,
        "answered_days_ago": 9,
        "asker_name": "Nguyễn Đức Minh",
        "phone": "0988 123 456",
        "email": "ducminh.demo@example.com",
        "title": "Điều kiện và nơi nộp hồ sơ hưởng trợ cấp thất nghiệp",
        "text": (
            "Tôi làm công nhân ở khu công nghiệp Gián Khẩu được 3 năm, công ty vừa chấm dứt "
            "hợp đồng với tôi. Tôi cần điều kiện gì để hưởng trợ cấp thất nghiệp và nộp hồ sơ "
            "ở đâu?"
        ),
        "public_text": (
            "Tôi làm công nhân được 3 năm, công ty vừa chấm dứt hợp đồng lao động với tôi. Tôi "
            "cần điều kiện gì để hưởng trợ cấp thất nghiệp và nộp hồ sơ ở đâu?"
        ),
        "answer": (
            "<p>Theo Luật Việc làm, người lao động được hưởng trợ cấp thất nghiệp khi đã đóng "
            "bảo hiểm thất nghiệp từ đủ 12 tháng trở lên trong 24 tháng trước khi chấm dứt hợp "
            "đồng lao động (không phải do đơn phương chấm dứt trái pháp luật) và chưa tìm được "
            "việc làm.</p>"
            "<p>Trong thời hạn <strong>3 tháng</strong> kể từ ngày chấm dứt hợp đồng, ông nộp "
            "hồ sơ tại Trung tâm Dịch vụ việc làm tỉnh hoặc nộp trực tuyến trên Cổng Dịch vụ "
            "công quốc gia. Hồ sơ gồm đề nghị hưởng trợ cấp, giấy tờ chứng minh đã chấm dứt "
            "hợp đồng và sổ bảo hiểm xã hội.</p>"
        ),
    },
    {
        "state": "answered",
        "topic": "Bảo trợ xã hội",
        "department": "bao-tro",
        "days_ago": 12,
        "answered_days_ago": 5,
        "asker_name": "Lê Thị Hoa",
        "phone": "0369 555 222",
        "email": "",
        "title": "Miễn, giảm học phí cho con em hộ nghèo, hộ cận nghèo",
        "text": (
            "Con tôi học lớp 7 trường trung học cơ sở, nhà tôi thuộc hộ cận nghèo. Cháu có "
            "được miễn hay giảm học phí không, cần giấy tờ gì?"
        ),
        "public_text": (
            "Con tôi học trung học cơ sở, gia đình thuộc hộ cận nghèo. Cháu có được miễn hay "
            "giảm học phí không, cần giấy tờ gì?"
        ),
        "answer": (
            "<p>Theo Nghị định số 81/2021/NĐ-CP, học sinh thuộc hộ nghèo được miễn học phí và "
            "được hỗ trợ chi phí học tập; học sinh thuộc hộ cận nghèo được giảm 50% học phí.</p>"
            "<p>Gia đình bà làm đơn đề nghị theo mẫu, kèm giấy xác nhận hộ cận nghèo do Ủy ban "
            "nhân dân xã cấp, nộp cho nhà trường trong 45 ngày đầu của học kỳ. Chỉ cần nộp một "
            "lần cho cả thời gian học, trừ khi hộ không còn là hộ cận nghèo.</p>"
        ),
    },
    {
        "state": "processing",
        "topic": "Người có công",
        "department": "nguoi-co-cong",
        "days_ago": 6,
        "asker_name": "Đinh Văn Thành",
        "phone": "0915 246 810",
        "email": "",
        "title": "Ai được nhận trợ cấp thờ cúng liệt sĩ khi người thờ cúng mất?",
        "text": (
            "Bố tôi là người thờ cúng liệt sĩ (bác ruột tôi) và đang nhận trợ cấp thờ cúng, bố "
            "tôi mới mất tháng trước. Nay tôi tiếp tục thờ cúng thì có được nhận trợ cấp không "
            "và làm thủ tục thế nào?"
        ),
        "answer": (
            "<p>Khi người thờ cúng liệt sĩ mất, gia đình thống nhất cử người khác thờ cúng và "
            "làm văn bản ủy quyền có xác nhận của Ủy ban nhân dân xã. Ông nộp văn bản này cùng "
            "tờ khai tại xã để được xem xét tiếp tục hưởng trợ cấp thờ cúng liệt sĩ.</p>"
        ),
    },
    {
        "state": "rejected",
        "topic": "Lao động - việc làm",
        "days_ago": 10,
        "asker_name": "Vũ Thị Mai",
        "phone": "",
        "email": "vumai.demo@example.com",
        "title": "Đề nghị Sở buộc công ty trả lương cho tôi",
        "text": (
            "Công ty nơi tôi làm việc còn nợ tôi hai tháng lương. Đề nghị Sở xuống kiểm tra và "
            "buộc công ty trả lương ngay cho tôi."
        ),
        "reason": (
            "Nội dung là yêu cầu giải quyết tranh chấp lao động cá nhân, không thuộc phạm vi "
            "trả lời trên mục Hỏi đáp. Đề nghị bà gửi yêu cầu hòa giải tới hòa giải viên lao "
            "động, hoặc gửi đơn tới Thanh tra Sở theo địa chỉ ghi ở chân trang."
        ),
    },
    {
        "state": "received",
        "topic": "Trẻ em",
        "days_ago": 1,
        "asker_name": "Hoàng Văn Nam",
        "phone": "0977 864 213",
        "email": "hoangnam.demo@example.com",
        "title": "Trợ cấp cho cháu mồ côi cả cha lẫn mẹ",
        "text": (
            "Tôi đang nuôi cháu nội 8 tuổi, bố mẹ cháu đều đã mất. Cháu có được hưởng trợ cấp "
            "xã hội hằng tháng không, và tôi có được hỗ trợ kinh phí chăm sóc không?"
        ),
    },
]
