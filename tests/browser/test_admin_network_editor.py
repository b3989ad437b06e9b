"""An editor runs the school network in the real Wagtail admin: adds a school to the Cluj
network (draft, preview, publication), translates it into English, finds it again, and
answers a request for a Qub space that a visitor sent through the public form. Each step is
checked where the editor, the visitor or the requester would see it."""

import datetime
import email
import email.policy
import json
import re
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from .conftest import SPACE_REQUEST_RECIPIENT

pytestmark = pytest.mark.browser

SCHOOL = "Școala Gimnazială Valea Someșului"
SCHOOL_IN_ENGLISH = "Someș Valley Lower Secondary School"
TOWN = "Dej"
ORGANISATION = "Liceul Tehnologic Someș"
REQUESTER = "dana.muresan@example.org"
# Long enough for every step: a page of the admin may first have to build its caches.
TIMEOUT = 20_000


def api_items(live_site, query):
    with urllib.request.urlopen(f"{live_site}/api/v2/pages/?{query}") as response:
        return json.load(response)["items"]


def public_html(url):
    """The page as an anonymous visitor gets it (from the page cache when it holds it)."""
    with urllib.request.urlopen(url) as response:
        assert response.status == 200
        return response.read().decode()


def heading(html):
    match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    return re.sub(r"<[^>]+>|\s+", " ", match.group(1)).strip() if match else ""


def sent_mail(folder):
    """The e-mails the served site has written to `folder`, as `email.message.EmailMessage`s."""
    separator = b"\n" + b"-" * 79 + b"\n"  # what Django's file backend writes after each message
    return [
        email.message_from_bytes(raw, policy=email.policy.default)
        for path in sorted(Path(folder).iterdir())
        for raw in path.read_bytes().split(separator)
        if raw.strip()
    ]


def sign_in(browser, live_site, admin_credentials):
    """A page of a new browser context, signed in to the admin, which speaks English."""
    context = browser.new_context(locale="en-GB", viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(TIMEOUT)
    page = context.new_page()
    page.goto(f"{live_site}/admin/login/")
    username, password = admin_credentials
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_site}/admin/")
    return page


def field(page, label):
    """The form control labelled `label`, followed by an asterisk if it is required (Wagtail
    also labels each field's panel with the field's label)."""
    name = re.compile(rf"^\s*{re.escape(label)}\*?\s*$")
    return page.locator("input, textarea, select").and_(page.get_by_label(name))


def publish(page):
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_load_state()


def message(page):
    """What the admin says after an action (its messages region)."""
    return page.get_by_role("status").first.inner_text()


def test_an_editor_adds_previews_publishes_translates_and_finds_a_school(browser, live_site, admin_credentials):
    (index,) = api_items(live_site, "type=network.SchoolIndexPage&locale=ro")
    (english_index,) = api_items(live_site, "type=network.SchoolIndexPage&locale=en")
    # The schools of the new school's town, as a visitor filters the index (all of them take
    # more than one page of the list).
    schools_in_town = index["meta"]["html_url"] + f"?town={TOWN}"
    # A visitor reads the list before the school exists: the page cache now holds it.
    assert SCHOOL not in public_html(schools_in_town)

    page = sign_in(browser, live_site, admin_credentials)

    # The school index of the Cluj network in the page explorer; a school is its only child type.
    page.goto(f"{live_site}/admin/pages/{index['id']}/")
    assert index["title"] in page.get_by_role("heading", level=1).inner_text()
    page.get_by_role("link", name="Add child page").first.click()
    assert page.get_by_role("heading", level=1).inner_text().strip() == "New: School page"

    field(page, "Title").fill(SCHOOL)
    field(page, "Lead").fill("A school on the Someș that builds weather stations with its pupils.")
    field(page, "Level").select_option(label="Lower secondary school")
    field(page, "Pupils").fill("420")
    field(page, "Teachers").fill("31")
    field(page, "Year joined").fill("2024")
    field(page, "Membership").select_option(label="Joining")
    field(page, "STEAM").check()
    field(page, "Town").fill(TOWN)
    page.get_by_role("button", name="Choose a county").click()
    page.get_by_role("dialog").get_by_role("link", name="Cluj", exact=True).click()
    page.get_by_role("dialog").wait_for(state="hidden")
    field(page, "Coordinator").fill("Ana Pop")
    field(page, "Coordinator's e-mail").fill("ana.pop@example.org")

    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    assert f"'{SCHOOL}' created" in message(page)
    school_id = int(re.search(r"/admin/pages/(\d+)/edit/", page.url).group(1))
    # A draft is not public yet.
    assert SCHOOL not in public_html(schools_in_town)

    # The preview panel renders the school with the site's own templates.
    page.locator("[data-side-panel-toggle=preview]").click()
    loaded = "iframe.w-preview__iframe:not(.w-preview__proxy)[src*='/edit/preview/']"
    page.wait_for_selector(loaded, state="attached")
    preview = page.frame_locator(loaded)
    preview.locator("main h1").wait_for()
    assert preview.locator("main h1").inner_text().strip() == SCHOOL
    assert "420" in preview.locator("main").inner_text()

    publish(page)
    assert f"'{SCHOOL}' has been published" in message(page)

    # Anonymous visitors see the school at once: the publication started a new content version.
    (school,) = api_items(live_site, f"type=network.SchoolPage&locale=ro&title={urllib.parse.quote(SCHOOL)}")
    assert school["id"] == school_id
    school_html = public_html(school["meta"]["html_url"])
    assert heading(school_html) == SCHOOL
    assert TOWN in school_html and "420" in school_html
    assert "ana.pop@example.org" not in school_html
    assert SCHOOL in public_html(schools_in_town)

    # Translated into English with the Translate action, retitled and published.
    page.goto(f"{live_site}/admin/pages/{school_id}/edit/")
    page.locator("header").get_by_role("button", name="Actions").click()
    page.get_by_role("link", name="Translate").click()
    field(page, "English").check()
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    english_id = int(re.search(r"/admin/pages/(\d+)/edit/", page.url).group(1))
    assert english_id != school_id
    title = field(page, "Title")
    assert title.input_value() == SCHOOL
    title.fill(SCHOOL_IN_ENGLISH)
    publish(page)
    assert f"'{SCHOOL_IN_ENGLISH}' has been published" in message(page)

    (translation,) = api_items(live_site, f"type=network.SchoolPage&locale=en&title={urllib.parse.quote(SCHOOL_IN_ENGLISH)}")
    english_html = public_html(translation["meta"]["html_url"])
    assert heading(english_html) == SCHOOL_IN_ENGLISH
    assert "Lower secondary school" in english_html and "STEAM" in english_html
    assert '<html lang="en"' in english_html
    assert SCHOOL_IN_ENGLISH in public_html(english_index["meta"]["html_url"] + f"?town={TOWN}")

    # The editor finds the school again: in the admin's search of every page, and in the
    # search of the school index's own listing, which narrows the list as they type.
    page.goto(f"{live_site}/admin/pages/search/?q={urllib.parse.quote(SCHOOL)}")
    found = page.get_by_role("main").get_by_role("link", name=SCHOOL)
    found.first.wait_for()
    assert found.first.get_attribute("href") == f"/admin/pages/{school_id}/edit/"
    page.goto(f"{live_site}/admin/pages/{index['id']}/")
    listing = page.get_by_role("main").get_by_role("table")
    page.get_by_placeholder("Search…", exact=True).fill(SCHOOL)
    page.wait_for_url(re.compile(r"[?&]q="))
    listing.get_by_role("link", name=SCHOOL).wait_for()
    assert "1-1 of 1 page" in listing.inner_text()
    page.context.close()


def test_an_editor_answers_a_space_request_and_the_requester_is_emailed(browser, live_site, admin_credentials, sent_mail_dir):
    (space,) = api_items(live_site, "type=network.SpacePage&locale=ro&limit=1")
    answer = "Vă așteptăm la ora 9:45 la intrarea dinspre parc."
    day = datetime.date.today() + datetime.timedelta(days=45)

    # A teacher asks for the space through the public form, in Romanian.
    visitor = browser.new_context(locale="ro-RO")
    form = visitor.new_page()
    form.goto(f"{live_site}/ro/space-request/{space['id']}/")
    form.fill("main input[name=date]", day.isoformat())
    form.fill("main input[name=start_time]", "10:00")
    form.fill("main input[name=end_time]", "12:00")
    form.fill("main textarea[name=purpose]", "Un atelier de robotică pentru clasa a VII-a.")
    form.fill("main input[name=group_size]", "24")
    form.fill("main input[name=organisation]", ORGANISATION)
    form.fill("main input[name=contact_name]", "Dana Mureșan")
    form.fill("main input[name=contact_email]", REQUESTER)
    form.locator("main form button[type=submit]").click()
    form.wait_for_load_state()
    assert form.get_by_role("heading", level=1).inner_text().strip() == "Vă mulțumim: cererea a fost trimisă"
    visitor.close()
    (notice,) = [message for message in sent_mail(sent_mail_dir) if message["To"] == SPACE_REQUEST_RECIPIENT]
    assert space["title"] in notice["Subject"]

    # The editor finds it under School network > Space requests, new, and accepts it.
    page = sign_in(browser, live_site, admin_credentials)
    page.get_by_role("navigation").get_by_role("button", name="School network").click()
    page.get_by_role("navigation").get_by_role("link", name="Space requests").click()
    row = page.get_by_role("row").filter(has_text=ORGANISATION)
    assert "New" in row.inner_text() and day.isoformat() in row.inner_text()
    row.get_by_role("link", name=ORGANISATION).click()
    field(page, "Status").select_option(label="Accepted")
    field(page, "Answer").fill(answer)
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(r"/admin/snippets/network/spacerequest/$"))
    assert ORGANISATION in message(page)
    assert "Accepted" in page.get_by_role("row").filter(has_text=ORGANISATION).inner_text()

    # The requester gets the answer by e-mail, in the language they wrote in.
    (reply,) = [message for message in sent_mail(sent_mail_dir) if message["To"] == REQUESTER]
    assert reply["Subject"].strip() == f"Cererea dumneavoastră pentru „{space['title']}”: Acceptată"
    body = reply.get_content()
    assert answer in body and "Acceptată" in body and day.isoformat() in body
    page.context.close()
