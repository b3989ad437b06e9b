"""iCalendar (RFC 5545) files of the network's events: one per event page and the feed of
every published event (`/open-data/events.ics`).

Times are written in the event's own zone (`DTSTART;TZID=Europe/Bucharest:...`) with the
zone's VTIMEZONE, so calendars keep local times right across summer-time changes. Each event
page is one VEVENT whose UID is made from the page's id: a translation is another page, so
the feed holds one VEVENT per event per language, each with its LANGUAGE.
"""

import datetime

from django.apps import apps
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET
from icalendar import Calendar, Event, vText

from kluby.queries import public_only

PRODUCT_ID = "-//Kluby//School network events//EN"


def event_uid(event):
    return f"network-event-{event.pk}@kluby"


def event_location(event):
    parts = []
    if event.space_id and event.space:
        parts.append(event.space.title)
    if event.school_id and event.school:
        school = event.school
        parts.append(", ".join(part for part in (school.title, school.street, school.town) if part))
    if event.venue:
        parts.append(event.venue)
    if event.online_url:
        parts.append(event.online_url)
    return "; ".join(parts)


def event_component(event, request, stamp):
    start, end = event.local_instants()
    component = Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", stamp)
    component.add("dtstart", start)
    component.add("dtend", end)
    language = event.locale.language_code
    component.add("summary", vText(event.title), parameters={"LANGUAGE": language})
    description = [event.lead] if event.lead else []
    if event.registration_url:
        description.append(event.registration_url)
    if description:
        component.add("description", "\n\n".join(description), parameters={"LANGUAGE": language})
    location = event_location(event)
    if location:
        component.add("location", location)
    url = event.get_full_url(request)
    if url:
        component.add("url", url)
    component.add("last-modified", (event.last_published_at or event.latest_revision_created_at or stamp).astimezone(datetime.UTC))
    component.add("categories", [event.get_event_type_display()])
    return component


def calendar_of(events, request, name=""):
    """The iCalendar text of `events` (EventPage objects, their space, school and locale
    read with them)."""
    cal = Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if name:
        cal.add("x-wr-calname", name)
    stamp = timezone.now().astimezone(datetime.UTC).replace(microsecond=0)
    for event in events:
        cal.add_component(event_component(event, request, stamp))
    # A VTIMEZONE for every zone the events use.
    cal.add_missing_timezones()
    return cal.to_ical()


@require_GET
def events_feed(request):
    """Every live, public event page in every language (or `?language=ro` for one),
    soonest first."""
    # Named through the registry: the event page imports this module for its own file.
    event_page = apps.get_model("network", "EventPage")
    events = public_only(event_page.objects.live(), request)
    language = request.GET.get("language", "")
    if language in dict(settings.LANGUAGES):
        events = events.filter(locale__language_code=language)
    events = events.select_related("locale", "space", "school").order_by("starts_at", "pk")
    response = HttpResponse(
        calendar_of(events, request, name="Kluby: school network events"),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response
