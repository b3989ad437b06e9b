"""The contact form: stored, e-mailed, validated in the visitor's language, nothing half-saved."""

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from kluby.models import ContactPage

pytestmark = pytest.mark.django_db


def contact_page(code):
    return ContactPage.objects.live().get(locale__language_code=code)


def valid_data(page):
    data = {}
    for field in page.get_form_fields():
        if field.field_type == "email":
            data[field.clean_name] = "bibliotekarka@example.org"
        elif field.field_type == "dropdown":
            data[field.clean_name] = field.choices.split(",")[0].strip()
        elif field.field_type == "checkbox":
            data[field.clean_name] = "on"
        else:
            data[field.clean_name] = "Dzień dobry, chcemy założyć klub w Ełku."
    return data


def test_a_valid_message_is_stored_and_emailed(client):
    page = contact_page("pl")
    response = client.post(page.url, valid_data(page))
    assert response.status_code == 200
    assert page.thank_you_text[3:30] in response.content.decode() or "Dzię" in response.content.decode()
    assert FormSubmission.objects.filter(page=page).count() == 1
    assert len(mail.outbox) == 1
    assert "Ełku" in mail.outbox[0].body
    assert mail.outbox[0].to == ["editors@example.org"]


@pytest.mark.parametrize("code", ["pl", "ro", "en"])
def test_an_empty_form_is_refused_in_the_visitors_language(client, code):
    page = contact_page(code)
    response = client.post(page.url, {})
    assert response.status_code == 200
    html = response.content.decode()
    expected = {"pl": "To pole jest wymagane", "ro": "Acest câmp este obligatoriu", "en": "This field is required"}
    assert expected[code] in html
    assert FormSubmission.objects.filter(page=page).count() == 0
    assert mail.outbox == []


def test_markup_in_a_message_is_not_reflected_unescaped(client):
    page = contact_page("en")
    data = valid_data(page)
    email_field = next(f.clean_name for f in page.get_form_fields() if f.field_type == "email")
    data[email_field] = '<script>alert("x")</script>'
    response = client.post(page.url, data)
    html = response.content.decode()
    assert '<script>alert("x")</script>' not in html
    assert FormSubmission.objects.count() == 0
