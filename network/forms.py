"""The public form to ask for one of the Qub's spaces: the contact form's safeguards (length
caps, one-line fields, the honeypot of kluby/forms.py) and checks of the date, the times and
the group size against the space."""

import datetime
import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kluby.forms import (
    HONEYPOT_FIELD_NAME,
    MULTI_LINE_MAX_LENGTH,
    SINGLE_LINE_MAX_LENGTH,
    PublicForm,
    PublicFormBuilder,
    validate_single_line,
)

from .models.events import DEFAULT_TIME_ZONE

PURPOSE_MAX_LENGTH = 2000
# How far ahead a space can be asked for.
MAX_DAYS_AHEAD = 366 * 2


def one_line(label, max_length=SINGLE_LINE_MAX_LENGTH, **kwargs):
    return forms.CharField(label=label, max_length=max_length, validators=[validate_single_line], **kwargs)


class SpaceRequestForm(PublicForm):
    """What a school or a partner tells the Qub; `space` is the page asked for."""

    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), help_text=_("For example 2027-03-14."))
    start_time = forms.TimeField(label=_("From"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"), help_text=_("For example 10:00."))
    end_time = forms.TimeField(label=_("Until"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"), help_text=_("For example 12:30."))
    purpose = forms.CharField(
        label=_("What the space is for"),
        max_length=min(PURPOSE_MAX_LENGTH, MULTI_LINE_MAX_LENGTH),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("The activity, who takes part and anything you need."),
    )
    group_size = forms.IntegerField(label=_("Group size"), min_value=1, help_text=_("How many people, you included."))
    organisation = one_line(_("School or organisation"))
    contact_name = one_line(_("Contact person"), max_length=120, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    contact_email = forms.EmailField(
        label=_("E-mail"), max_length=SINGLE_LINE_MAX_LENGTH, validators=[validate_single_line], widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    contact_phone = one_line(_("Phone (optional)"), max_length=40, required=False, widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}))

    def __init__(self, *args, space, **kwargs):
        super().__init__(*args, **kwargs)
        self.space = space
        self.fields["group_size"].max_value = space.capacity
        self.fields["group_size"].widget.attrs["max"] = space.capacity
        # The same trap as the contact form's, made by the same builder.
        self.fields[HONEYPOT_FIELD_NAME] = PublicFormBuilder([]).formfields[HONEYPOT_FIELD_NAME]

    def today(self):
        return timezone.now().astimezone(zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE)).date()

    def clean_date(self):
        date = self.cleaned_data["date"]
        today = self.today()
        if date < today:
            raise ValidationError(_("This date has passed: choose today or a later day."), code="past")
        if date > today + datetime.timedelta(days=MAX_DAYS_AHEAD):
            raise ValidationError(_("Requests are taken up to two years ahead: choose an earlier day."), code="too_far")
        return date

    def clean_group_size(self):
        size = self.cleaned_data["group_size"]
        if size > self.space.capacity:
            raise ValidationError(
                _("This space holds at most %(capacity)s people."), code="capacity", params={"capacity": self.space.capacity}
            )
        return size

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start_time"), cleaned_data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", ValidationError(_("The end time must be later than the start time."), code="end_before_start"))
        now = timezone.now().astimezone(zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE))
        if start and cleaned_data.get("date") == now.date() and start <= now.time():
            self.add_error("start_time", ValidationError(_("This time has passed: choose a later time."), code="past"))
        return cleaned_data
