"""portal.widgets.FastSelect writes exactly what Django's Select template writes."""

import re

from django import forms

from portal.widgets import FastSelect

CHOICES = [
    ("", "Tất cả"),
    ("a<b", 'Chữ & "số"'),
    (2024, "2024"),
    ("Nhóm", [("g1", "Một"), ("g2", "Hai")]),
]


class Both(forms.Form):
    django = forms.ChoiceField(choices=CHOICES, required=False)
    fast = forms.ChoiceField(choices=CHOICES, required=False, widget=FastSelect)


def html(bound, name):
    text = str(bound).replace(f"id_{name}", "id_x").replace(f'name="{name}"', 'name="x"')
    return re.sub(r">\s+<", "><", text).strip()


def test_the_same_html_as_djangos_select_selected_or_not():
    for data in ({}, {"django": "2024", "fast": "2024"}, {"django": "g2", "fast": "g2"}):
        form = Both(data=data or None)
        assert html(form["fast"], "fast") == html(form["django"], "django")


def test_labels_and_values_are_escaped():
    rendered = str(Both()["fast"])
    assert 'value="a&lt;b"' in rendered
    assert "Chữ &amp; &quot;số&quot;" in rendered
