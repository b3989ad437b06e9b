"""Language prefixes, the redirect on `/`, the switcher, hreflang alternates and 404s."""

import pytest
from django.utils.html import escape

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_pages")]


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("ro-RO,ro;q=0.9,en;q=0.5", "/ro/"), ("en-GB,en;q=0.8", "/en/"), ("pl", "/pl/"), ("de-DE", "/pl/"), ("", "/pl/")],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("code", ["pl", "ro", "en"])
def test_each_language_has_a_home_page(client, homes, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert f'<html lang="{code}">' in response.content.decode()
    assert escape(homes[code].title) in response.content.decode()


def test_switcher_and_hreflang_link_existing_translations(client, homes):
    page = next(
        child for child in homes["pl"].get_children().live() if child.get_translations().live().count() == 2
    )
    html = client.get(page.url).content.decode()
    for translation in page.get_translations(inclusive=True).live():
        code = translation.locale.language_code
        assert f'hreflang="{code}" href="http://testserver{translation.url}"' in html
        if code != "pl":
            assert f'href="{translation.url}" hreflang="{code}" lang="{code}"' in html
    assert 'hreflang="x-default"' in html
    assert '<span aria-current="true" lang="pl">' in html


def test_switcher_leaves_out_languages_without_a_translation(client, homes):
    from kluby.models import StandardPage

    page = StandardPage(title="Tylko po polsku", slug="tylko-po-polsku")
    homes["pl"].add_child(instance=page)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert 'hreflang="ro"' not in html
    assert 'hreflang="en"' not in html


@pytest.mark.parametrize("path", ["/xx/", "/de/", "/pl/no-such-page/", "/en/nope/deeper/", "/xx/anything/"])
def test_unknown_paths_get_the_sites_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert 'class="skip-link"' in html  # the site's own look, not a bare error
    assert 'href="/pl/search/"' in html or "/search/" in html


def test_404_is_in_the_requested_language(client):
    html = client.get("/ro/nu-exista/").content.decode()
    assert '<html lang="ro">' in html
    assert "Pagina nu a fost găsită" in html


def test_unprefixed_page_path_redirects_to_the_default_language(client):
    response = client.get("/kontakt/")
    assert response.status_code == 302
    assert response["Location"] == "/pl/kontakt/"
