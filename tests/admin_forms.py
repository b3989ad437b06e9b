"""Reading an admin form as a browser without JavaScript would submit it, for tests that post
the editors' forms back."""

from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def form_fields(html, form_id):
    """The name/value pairs the form `form_id` would submit as rendered: checked boxes,
    selected options (a single select with none selected sends its first), text areas."""
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    assert form is not None, f"no form #{form_id}"
    data = {}

    def add(name, value):
        data.setdefault(name, []).append(value)

    for element in form.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        # Unnamed controls, buttons, and the templates of forms added by JavaScript are not sent.
        if not name or "__prefix__" in name or element.find_parent("template") is not None:
            continue
        if element.name == "textarea":
            text = element.get_text()
            add(name, text[1:] if text.startswith("\n") else text)  # as the HTML parser drops it
        elif element.name == "select":
            options = element.find_all("option")
            chosen = [option for option in options if option.has_attr("selected")]
            if not chosen and options and not element.has_attr("multiple"):
                chosen = options[:1]
            for option in chosen:
                add(name, option.get("value", option.get_text()))
        elif element.get("type") in ("checkbox", "radio"):
            if element.has_attr("checked"):
                add(name, element.get("value", "on"))
        elif element.get("type") not in ("submit", "button", "file", "image", "reset"):
            add(name, element.get("value", ""))
    return data


def options(html, name):
    """The labels of the choices a picker offers: a select's options or a group of boxes."""
    soup = BeautifulSoup(html, "html.parser")
    select = soup.find("select", attrs={"name": name})
    if select is not None:
        return [option.get_text(strip=True) for option in select.find_all("option") if option.get("value")]
    labels = []
    for box in soup.find_all("input", attrs={"name": name}):
        label = soup.find("label", attrs={"for": box.get("id")})
        labels.append((label or box.find_parent("label")).get_text(strip=True))
    return labels


def submit_page_form(client, page, action="action-publish", **changes):
    """Submit the page's edit form as rendered, with `changes` to its fields, as publish
    (`action-publish`) or as a draft save (action=None, the editor's "Save draft"). The
    body's StreamField is kept in the browser's script state, which a form without
    JavaScript cannot read, so it is sent as one paragraph."""
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = form_fields(client.get(url).content.decode(), "page-edit-form")
    data.update(nested_form_data({"body": streamfield([("paragraph", rich_text("<p>Words.</p>"))])}))
    data.update({name: value if isinstance(value, list) else [value] for name, value in changes.items()})
    if action:
        data[action] = [action]
    return client.post(url, data)
