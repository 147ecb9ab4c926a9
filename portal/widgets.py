"""Form widgets that render the same HTML as Django's, faster."""

from html import escape

from django import forms
from django.forms.utils import flatatt
from django.utils.safestring import SafeData, mark_safe


def _text(value):
    return value if isinstance(value, SafeData) else escape(str(value))


class FastSelect(forms.Select):
    """Django's Select, written out in Python: the template engine renders each option
    through an include (a third of the register's page), and even format_html() per option
    costs more than the query behind the choices."""

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, attrs)
        if self.allow_multiple_selected:
            final_attrs["multiple"] = True
        wanted = set(self.format_value(value))
        has_selected = False
        parts = [f'<select name="{_text(name)}"{flatatt(final_attrs)}>']
        for option_value, option_label in self.choices:
            if option_value is None:
                option_value = ""
            if isinstance(option_label, (list, tuple)):
                group, choices = option_value, option_label
                if group:
                    parts.append(f'<optgroup label="{_text(group)}">')
            else:
                group, choices = None, ((option_value, option_label),)
            for sub_value, sub_label in choices:
                selected = (not has_selected or self.allow_multiple_selected) and str(
                    sub_value
                ) in wanted
                has_selected |= selected
                parts.append(
                    f'<option value="{_text(sub_value)}"{" selected" if selected else ""}>'
                    f"{_text(sub_label)}</option>"
                )
            if group:
                parts.append("</optgroup>")
        parts.append("</select>")
        return mark_safe("".join(parts))  # noqa: S308 - every value and label is escaped above
