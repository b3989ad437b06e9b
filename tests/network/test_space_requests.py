"""The request form of a space (valid, invalid, duplicate, unknown space, spam trap, rate
limit) and the requests in the admin (clashes shown, the requester e-mailed at each answer)."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from wagtail.models import PageViewRestriction

from kluby.forms import HONEYPOT_FIELD_NAME
from network.models import SpaceRequest
from tests.network.events_helpers import BUCHAREST, event_at, network_tree, soup
from tests.network.factories import SpacePageFactory, SpaceRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def interface_in_source_language(settings):
    settings.LOCALE_PATHS = []


@pytest.fixture
def tree(home):
    return network_tree(home)


@pytest.fixture
def space(tree):
    return tree["space"]


def in_days(days):
    return datetime.date.today() + datetime.timedelta(days=days)


def form_data(**changes):
    data = {
        "date": in_days(20).isoformat(),
        "start_time": "10:00",
        "end_time": "12:30",
        "purpose": "A robotics workshop for a class of ten-year-olds.",
        "group_size": "25",
        "organisation": "Test school no. 1",
        "contact_name": "Ana Pop",
        "contact_email": "ana.pop@example.org",
        "contact_phone": "",
        HONEYPOT_FIELD_NAME: "",
    }
    data.update(changes)
    return data


def url(space):
    return f"/pl/space-request/{space.pk}/"


def errors(response):
    return {
        field["id"].removesuffix("_error").removeprefix("id_"): field.get_text()
        for field in soup(response).select("p.error[id]")
    }


def test_the_form_is_shown_and_not_cached(client, space):
    response = client.get(url(space))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = soup(response)
    for name in ("date", "start_time", "end_time", "purpose", "group_size", "organisation", "contact_name", "contact_email", "contact_phone"):
        field = page.select_one(f"[name={name}]")
        assert field is not None and page.select_one(f"label[for={field['id']}]")
    assert page.select_one(f"[name={HONEYPOT_FIELD_NAME}]").find_parent(class_="form-trap")


def test_a_valid_request_is_stored_and_the_editors_are_told(client, space, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(space), form_data())
    assert response.status_code == 200
    assert "has been sent" in soup(response).get_text()
    stored = SpaceRequest.objects.get()
    assert (stored.space_id, stored.group_size, stored.start_time, stored.status, stored.language) == (space.pk, 25, datetime.time(10), "new", "pl")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["editors@example.org"]
    assert "Test school no. 1" in mail.outbox[0].body and space.title in mail.outbox[0].subject


def test_the_editors_address_can_be_set_apart(client, space, settings, django_capture_on_commit_callbacks):
    settings.SPACE_REQUEST_RECIPIENTS = ["qub@example.org"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url(space), form_data())
    assert mail.outbox[0].to == ["qub@example.org"]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    # Django's own messages come in Polish, the page's language, even here.
    [
        ({"date": in_days(-1).isoformat()}, "date", "This date has passed"),
        ({"date": "2027-02-30"}, "date", "poprawną datę"),
        ({"date": in_days(900).isoformat()}, "date", "two years ahead"),
        ({"end_time": "09:00"}, "end_time", "later than the start time"),
        ({"end_time": "10:00"}, "end_time", "later than the start time"),
        ({"start_time": "25:00"}, "start_time", "poprawną godzinę"),
        ({"group_size": "31"}, "group_size", "at most 30 people"),
        ({"group_size": "0"}, "group_size", "większa lub równa 1"),
        ({"group_size": "many"}, "group_size", "liczbę całkowitą"),
        ({"purpose": "x" * 2001}, "purpose", "co najwyżej 2000 znaków"),
        ({"organisation": "x" * 201}, "organisation", "co najwyżej 200 znaków"),
        ({"organisation": "School\nBcc: someone@example.org"}, "organisation", "one line"),
        ({"contact_email": "not an address"}, "contact_email", "poprawny adres e-mail"),
        ({"contact_name": ""}, "contact_name", "wymagane"),
    ],
)
def test_invalid_requests_are_refused_with_a_message(client, space, changes, field, message):
    response = client.post(url(space), form_data(**changes))
    assert response.status_code == 200
    assert message in errors(response)[field]
    assert SpaceRequest.objects.count() == 0
    assert mail.outbox == []
    # What the visitor typed is kept.
    assert soup(response).select_one("[name=contact_name]").get("value", "") == form_data(**changes)["contact_name"]


def test_the_same_request_twice_is_stored_once(client, space, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url(space), form_data())
        response = client.post(url(space), form_data(contact_email="ANA.POP@example.org", purpose="Sent again."))
    assert SpaceRequest.objects.count() == 1
    assert "already reached us" in soup(response).get_text()
    assert len(mail.outbox) == 1
    # Another time is another request.
    client.post(url(space), form_data(start_time="14:00", end_time="15:00"))
    assert SpaceRequest.objects.count() == 2


def test_robots_caught_by_the_trap_store_nothing(client, space):
    response = client.post(url(space), form_data(**{HONEYPOT_FIELD_NAME: "http://spam.example"}))
    assert response.status_code == 200
    assert SpaceRequest.objects.count() == 0 and mail.outbox == []


def test_rate_limit(client, space):
    for hour in range(5):
        assert client.post(url(space), form_data(start_time=f"{8 + hour:02d}:00", end_time=f"{8 + hour:02d}:30")).status_code == 200
    response = client.post(url(space), form_data(start_time="16:00", end_time="17:00"))
    assert response.status_code == 429
    assert "Please try again in" in soup(response).select_one(".notice--error").get_text()
    assert SpaceRequest.objects.count() == 5
    assert soup(response).select_one("[name=start_time]")["value"] == "16:00"


def test_unknown_unpublished_and_private_spaces_are_not_found(client, tree):
    assert client.get("/pl/space-request/999999/").status_code == 404
    draft = SpacePageFactory(parent=tree["qub"], live=False)
    assert client.get(url(draft)).status_code == 404
    assert client.post(url(draft), form_data()).status_code == 404
    private = SpacePageFactory(parent=tree["qub"])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    assert client.post(url(private), form_data()).status_code == 404
    assert client.get(f"/pl/space-request/{tree['events'].pk}/").status_code == 404
    assert SpaceRequest.objects.count() == 0


# The admin ------------------------------------------------------------------------------


def edit_url(space_request):
    return reverse("wagtailsnippets_network_spacerequest:edit", args=[space_request.pk])


def admin_data(space_request, **changes):
    data = {
        "status": space_request.status,
        "answer": space_request.answer,
        "space": space_request.space_id,
        "date": space_request.date.isoformat(),
        "start_time": space_request.start_time.strftime("%H:%M"),
        "end_time": space_request.end_time.strftime("%H:%M"),
        "group_size": space_request.group_size,
        "purpose": space_request.purpose,
        "organisation": space_request.organisation,
        "contact_name": space_request.contact_name,
        "contact_email": space_request.contact_email,
        "contact_phone": space_request.contact_phone,
        "language": space_request.language,
    }
    data.update(changes)
    return data


@pytest.fixture
def clashing(tree, space):
    """A new request, an accepted one overlapping it, and an event in the space at that time."""
    day = in_days(30)
    new = SpaceRequestFactory(space=space, date=day, start_time=datetime.time(10), end_time=datetime.time(12), organisation="Newcomers")
    accepted = SpaceRequestFactory(space=space, date=day, start_time=datetime.time(11), end_time=datetime.time(13), status="accepted", organisation="Early birds")
    apart = SpaceRequestFactory(space=space, date=day, start_time=datetime.time(15), end_time=datetime.time(16), organisation="Afternoon group")
    event = event_at(
        tree["events"], datetime.datetime.combine(day, datetime.time(11, 30), tzinfo=BUCHAREST), hours=1, title="Clashing event", space=space
    )
    return {"new": new, "accepted": accepted, "apart": apart, "event": event}


def test_the_list_marks_clashes_and_filters(admin_client, clashing):
    list_url = reverse("wagtailsnippets_network_spacerequest:list")
    response = admin_client.get(list_url)
    assert response.status_code == 200
    rows = {row.get_text(" ", strip=True) for row in soup(response).select("tbody tr")}
    newcomers = next(row for row in rows if "Newcomers" in row)
    afternoon = next(row for row in rows if "Afternoon group" in row)
    assert "Clash" in newcomers and "Clash" not in afternoon
    filtered = admin_client.get(list_url + "?status=accepted")
    text = soup(filtered).select_one("tbody").get_text()
    assert "Early birds" in text and "Newcomers" not in text
    searched = admin_client.get(list_url + "?q=Afternoon")
    assert "Afternoon group" in soup(searched).select_one("tbody").get_text()


def test_the_list_shows_the_day_asked_for(admin_client, clashing):
    response = admin_client.get(reverse("wagtailsnippets_network_spacerequest:list"))
    row = next(row for row in soup(response).select("tbody tr") if "Newcomers" in row.get_text())
    # The day still to come, not how long ago it was ("Just now" for every future day).
    assert f"{clashing['new'].date:%Y-%m-%d}" in row.get_text()


def test_the_edit_form_shows_the_clashes(admin_client, clashing):
    response = admin_client.get(edit_url(clashing["new"]))
    assert response.status_code == 200
    panel = soup(response).select_one("[data-clashes]").get_text(" ")
    assert "Early birds" in panel and "Clashing event" in panel
    quiet = soup(admin_client.get(edit_url(clashing["apart"]))).select_one("[data-clashes]").get_text(" ")
    assert "No accepted request" in quiet


def test_messages_are_in_the_visitors_language(client, space, settings):
    settings.LOCALE_PATHS = [settings.BASE_DIR / "locale"]
    response = client.post(url(space), form_data(group_size="31"))
    assert "at most 30 people" not in errors(response)["group_size"]


def test_an_answer_is_emailed_in_the_requesters_language(admin_client, clashing, settings):
    settings.LOCALE_PATHS = [settings.BASE_DIR / "locale"]
    request = clashing["apart"]
    request.language = "ro"
    request.save()
    response = admin_client.post(edit_url(request), admin_data(request, status="accepted", answer="Vă așteptăm la ora 15."))
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "accepted" and request.answered_at is not None
    (message,) = mail.outbox
    assert message.to == [request.contact_email]
    assert "Vă așteptăm la ora 15." in message.body
    assert "Accepted" not in message.subject  # the status is named in Romanian


def test_saving_without_a_new_answer_sends_nothing(admin_client, clashing):
    request = clashing["apart"]
    admin_client.post(edit_url(request), admin_data(request, group_size=20))
    request.refresh_from_db()
    assert request.group_size == 20 and request.answered_at is None
    assert mail.outbox == []


def test_only_editors_allowed_to_change_requests_see_them(client, django_user_model, clashing):
    user = django_user_model.objects.create_user(username="visitor-editor", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(edit_url(clashing["new"])).status_code in (302, 403)
    group = Group.objects.create(name="Qub desk")
    group.permissions.add(Permission.objects.get(codename="change_spacerequest"), Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    assert client.get(edit_url(clashing["new"])).status_code == 200


def test_the_list_filters_by_space_and_date(admin_client, tree, clashing):
    other_space = SpacePageFactory(parent=tree["qub"], title="Test gallery")
    SpaceRequestFactory(space=other_space, date=in_days(40), organisation="Gallery visitors")
    list_url = reverse("wagtailsnippets_network_spacerequest:list")
    by_space = soup(admin_client.get(list_url + f"?space={other_space.pk}")).select_one("tbody").get_text()
    assert "Gallery visitors" in by_space, by_space
    assert "Newcomers" not in by_space, by_space
    day = in_days(40).isoformat()
    by_date = soup(admin_client.get(list_url + f"?date_from={day}&date_to={day}")).select_one("tbody").get_text()
    assert "Gallery visitors" in by_date and "Newcomers" not in by_date


def test_a_mail_server_that_is_down_loses_no_request(client, space, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(space), form_data())
    assert response.status_code == 200
    assert SpaceRequest.objects.count() == 1


def test_a_failure_while_storing_stores_nothing(client, space, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(SpaceRequest.objects, "create", broken)
    with pytest.raises(RuntimeError):
        client.post(url(space), form_data())
    assert SpaceRequest.objects.count() == 0 and mail.outbox == []
