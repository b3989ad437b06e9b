"""The public form of an editor-built form page (the contact page), made safe to receive.

Every text field has a length cap, one-line fields refuse line breaks (which would become
extra lines, such as a fake "Bcc:", in the e-mail to the editors), and a honeypot field that
people never see catches the robots that fill in every field.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

SINGLE_LINE_MAX_LENGTH = 200
MULTI_LINE_MAX_LENGTH = 5000
NUMBER_MAX_DIGITS = 20
# A name robots like to fill in; the field is hidden from people (see form_honeypot.html).
# The hyphen keeps it apart from the editors' fields, whose names are snake_case.
HONEYPOT_FIELD_NAME = "your-website"

# Everything str.splitlines() breaks a line at.
LINE_BREAK = re.compile(r"[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def validate_single_line(value):
    if LINE_BREAK.search(value):
        raise ValidationError(
            _("Please write this on one line, without line breaks."), code="line_break"
        )


class PublicForm(BaseForm):
    """The visitor's form: the honeypot is checked and then left out of what is stored and sent."""

    caught_by_honeypot = False

    def clean(self):
        cleaned_data = super().clean()
        self.caught_by_honeypot = bool(cleaned_data.pop(HONEYPOT_FIELD_NAME, ""))
        return cleaned_data

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD_NAME]

    def visitor_fields(self):
        return [field for field in self if field.name != HONEYPOT_FIELD_NAME]

    def has_field_errors(self):
        return any(field.errors for field in self.visitor_fields())


class PublicFormBuilder(FormBuilder):
    @staticmethod
    def one_line(options):
        return {**options, "max_length": SINGLE_LINE_MAX_LENGTH, "validators": [validate_single_line]}

    def create_singleline_field(self, field, options):
        # Wagtail's own allows 255 characters; one value for every one-line field here.
        return forms.CharField(**self.one_line(options))

    def create_email_field(self, field, options):
        return super().create_email_field(field, self.one_line(options))

    def create_url_field(self, field, options):
        return super().create_url_field(field, self.one_line(options))

    def create_hidden_field(self, field, options):
        return super().create_hidden_field(field, self.one_line(options))

    def create_multiline_field(self, field, options):
        return super().create_multiline_field(field, {**options, "max_length": MULTI_LINE_MAX_LENGTH})

    def create_number_field(self, field, options):
        return super().create_number_field(field, {**options, "max_digits": NUMBER_MAX_DIGITS})

    @property
    def formfields(self):
        fields = super().formfields
        fields[HONEYPOT_FIELD_NAME] = forms.CharField(
            required=False,
            max_length=SINGLE_LINE_MAX_LENGTH,
            label=_("Leave this field empty: it is here to catch spam robots."),
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        return fields

    def get_form_class(self):
        return type("PublicForm", (PublicForm,), self.formfields)
