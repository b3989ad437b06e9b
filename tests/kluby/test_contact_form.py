"""The contact form: stored, e-mailed, validated in the visitor's language, nothing half-saved;
safe from header-like lines, huge messages, robots and floods."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from kluby.forms import HONEYPOT_FIELD_NAME
from kluby.models import ContactPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_pages")]


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


def field_name(page, field_type):
    return next(field.clean_name for field in page.get_form_fields() if field.field_type == field_type)


def error_of(response, name):
    page = BeautifulSoup(response.content, "html.parser")
    return page.find(id=f"id_{name}_error").get_text(strip=True)


def assert_nothing_stored_or_sent(page):
    assert FormSubmission.objects.filter(page=page).count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize("line_break", ["\r\n", "\n", "\r", "\u2028"])
def test_line_breaks_in_a_one_line_field_are_refused(client, line_break):
    page = contact_page("en")
    data = valid_data(page)
    name = field_name(page, "singleline")
    data[name] = f"Anna Nowak{line_break}Bcc: everyone@example.org"
    response = client.post(page.url, data)
    assert response.status_code == 200
    assert error_of(response, name) == "Please write this on one line, without line breaks."
    assert_nothing_stored_or_sent(page)


def test_line_breaks_in_the_message_itself_are_kept(client):
    page = contact_page("en")
    data = valid_data(page)
    data[field_name(page, "multiline")] = "First line.\r\nSecond line."
    assert client.post(page.url, data).status_code == 200
    assert FormSubmission.objects.get(page=page).get_data()[field_name(page, "multiline")].splitlines() == [
        "First line.",
        "Second line.",
    ]
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("field_type", "limit"), [("singleline", 200), ("multiline", 5000), ("email", 200)]
)
def test_over_long_fields_are_refused_with_a_message(client, field_type, limit):
    page = contact_page("en")
    data = valid_data(page)
    name = field_name(page, field_type)
    data[name] = ("a" * (limit - len("@example.org")) + "@example.org") if field_type == "email" else "a" * limit
    assert client.post(page.url, data).status_code == 200  # at the limit: sent
    mail.outbox.clear()
    FormSubmission.objects.all().delete()

    data[name] = "b" + data[name]
    response = client.post(page.url, data)
    assert error_of(response, name) == f"Ensure this value has at most {limit} characters (it has {limit + 1})."
    assert_nothing_stored_or_sent(page)


def test_a_message_of_megabytes_is_refused(client):
    page = contact_page("en")
    data = valid_data(page)
    name = field_name(page, "multiline")
    data[name] = "x" * 4_900_000
    response = client.post(page.url, data)
    assert "at most 5000 characters" in error_of(response, name)
    assert_nothing_stored_or_sent(page)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("pl", "Wpisz to w jednym wierszu, bez podziałów wiersza."),
        ("ro", "Scrieți aceasta pe un singur rând, fără rupturi de rând."),
    ],
)
def test_the_line_break_message_is_in_the_visitors_language(client, code, expected):
    page = contact_page(code)
    data = valid_data(page)
    name = field_name(page, "singleline")
    data[name] = "Anna\nBcc: x@example.org"
    assert error_of(client.post(page.url, data), name) == expected


def test_the_honeypot_is_hidden_from_people_and_labelled(client):
    page = contact_page("en")
    form = BeautifulSoup(client.get(page.url).content, "html.parser").find("form", class_="form")
    trap = form.find(class_="form-trap")
    assert trap["aria-hidden"] == "true"
    field = trap.find("input")
    assert field["name"] == HONEYPOT_FIELD_NAME
    assert field["tabindex"] == "-1"
    assert field["autocomplete"] == "off"
    assert "Leave this field empty" in trap.find("label", attrs={"for": field["id"]}).get_text()
    # Only the trap is hidden: the visitor's own fields are not.
    assert len(form.find_all(class_="form-trap")) == 1


def test_a_filled_honeypot_is_dropped_silently(client):
    page = contact_page("en")
    data = valid_data(page) | {HONEYPOT_FIELD_NAME: "https://spam.example.com"}
    response = client.post(page.url, data)
    assert response.status_code == 200
    # The same thank-you page a person gets...
    normal = client.post(page.url, valid_data(page))
    heading = BeautifulSoup(response.content, "html.parser").find("h1").get_text()
    assert heading == BeautifulSoup(normal.content, "html.parser").find("h1").get_text()
    # ...but only the person's message was stored and sent.
    assert FormSubmission.objects.filter(page=page).count() == 1
    assert len(mail.outbox) == 1


def test_the_honeypot_is_neither_stored_nor_e_mailed(client):
    page = contact_page("en")
    client.post(page.url, valid_data(page) | {HONEYPOT_FIELD_NAME: ""})
    assert HONEYPOT_FIELD_NAME not in FormSubmission.objects.get(page=page).get_data()
    assert "Leave this field empty" not in mail.outbox[0].body


def test_over_the_limit_the_form_comes_back_with_what_was_typed(client):
    page = contact_page("en")
    for _ in range(5):
        assert client.post(page.url, valid_data(page)).status_code == 200
    data = valid_data(page)
    data[field_name(page, "singleline")] = "Ewa Kowalska"
    data[field_name(page, "multiline")] = "My sixth message, & it matters."
    response = client.post(page.url, data)

    assert response.status_code == 429
    assert FormSubmission.objects.filter(page=page).count() == 5
    assert len(mail.outbox) == 5
    form = BeautifulSoup(response.content, "html.parser").find("form", class_="form")
    alert = form.find(role="alert").get_text(" ", strip=True)
    assert "this one has not been sent yet" in alert
    assert "Please try again in" in alert
    assert "Please correct the fields marked below" not in alert
    assert form.find("input", attrs={"name": field_name(page, "singleline")})["value"] == "Ewa Kowalska"
    assert form.find("textarea").get_text().strip() == "My sixth message, & it matters."
    assert form.find("input", attrs={"name": field_name(page, "email")})["value"] == "bibliotekarka@example.org"
    assert form.find("input", attrs={"name": field_name(page, "checkbox")}).has_attr("checked")


def test_the_limit_message_is_in_the_visitors_language(client):
    page = contact_page("pl")
    for _ in range(5):
        client.post(page.url, valid_data(page))
    alert = BeautifulSoup(client.post(page.url, valid_data(page)).content, "html.parser").find(role="alert")
    assert "Spróbuj ponownie za" in alert.get_text()
    assert len(mail.outbox) == 5
