import pytest

from portal.files import display_name


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("Toàn văn 43/2023/NQ-HĐND.pdf", "Toàn văn 43-2023-NQ-HĐND.pdf"),
        ("../../etc/x.pdf", "x.pdf"),
        ("C:\\Users\\can-bo\\Quyết định 15.docx", "Quyết định 15.docx"),
        ("/var/www/phu-luc.xlsx", "phu-luc.xlsx"),
        ("bao\x00cao\r\n.pdf", "baocao.pdf"),
        ("...", "tep"),
        ("Kế hoạch số 200.pdf", "Kế hoạch số 200.pdf"),
    ],
)
def test_display_name_keeps_vietnamese_and_drops_paths(given, kept):
    assert display_name(given) == kept
