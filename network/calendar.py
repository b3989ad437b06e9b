"""iCalendar (RFC 5545) files of the network's events: one per event page and the feed of
every published event (`/open-data/events.ics`).

Times are written in the event's own zone (`DTSTART;TZID=Europe/Bucharest:...`) with the
zone's VTIMEZONE, so calendars keep local times right across summer-time changes. The
VTIMEZONE states the zone's rules as yearly RRULEs (last Sunday of March...), the form every
calendar reads, rather than a list of dates some readers skip. Each event
page is one VEVENT whose UID is made from the page's id: a translation is another page, so
the feed holds one VEVENT per event per language, each with its LANGUAGE.
"""

import calendar as month_calendar
import datetime
import zoneinfo

from django.apps import apps
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur, vText

from kluby.queries import public_only

PRODUCT_ID = "-//Kluby//School network events//EN"


def zone_transitions(zone, year):
    """The instants of `year` at which `zone` changes its UTC offset: (UTC instant, offset
    before, offset after)."""
    found = []
    day = datetime.datetime(year, 1, 1, tzinfo=datetime.UTC)
    before = day.astimezone(zone).utcoffset()
    while day.year == year:
        following = day + datetime.timedelta(days=1)
        if following.astimezone(zone).utcoffset() != before:
            hour = day
            while hour.astimezone(zone).utcoffset() == before:
                hour += datetime.timedelta(hours=1)
            after = hour.astimezone(zone).utcoffset()
            found.append((hour, before, after))
            before = after
        day = following
    return found


def yearly_rule(local):
    """An RRULE that falls on `local`'s day every year: the n-th or the last weekday of its month."""
    weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[local.weekday()]
    last_day = month_calendar.monthrange(local.year, local.month)[1]
    position = -1 if local.day + 7 > last_day else (local.day - 1) // 7 + 1
    return vRecur(freq="YEARLY", bymonth=local.month, byday=f"{position}{weekday}")


def vtimezone(name, year):
    """The VTIMEZONE of zone `name` with its rules of `year` (the first year of the events)."""
    zone = zoneinfo.ZoneInfo(name)
    component = Timezone()
    component.add("tzid", name)
    transitions = zone_transitions(zone, year)
    if not transitions:
        start = datetime.datetime(year, 1, 1)
        offset = start.replace(tzinfo=zone).utcoffset()
        standard = TimezoneStandard()
        standard.add("dtstart", start)
        standard.add("tzoffsetfrom", offset)
        standard.add("tzoffsetto", offset)
        standard.add("tzname", start.replace(tzinfo=zone).tzname())
        component.add_component(standard)
        return component
    for instant, before, after in transitions:
        local = (instant + before).replace(tzinfo=None)  # the wall-clock time it happens at
        daylight = instant.astimezone(zone).dst() != datetime.timedelta(0)
        part = TimezoneDaylight() if daylight else TimezoneStandard()
        part.add("dtstart", local)
        part.add("rrule", yearly_rule(local))
        part.add("tzoffsetfrom", before)
        part.add("tzoffsetto", after)
        part.add("tzname", instant.astimezone(zone).tzname())
        component.add_component(part)
    return component


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
    first_years = {}
    components = []
    for event in events:
        components.append(event_component(event, request, stamp))
        zone = event.local_instants()[0].tzinfo.key
        first_years[zone] = min(first_years.get(zone, event.start_date.year), event.start_date.year)
    # A VTIMEZONE for every zone the events use, before the events.
    for zone, year in sorted(first_years.items()):
        cal.add_component(vtimezone(zone, year))
    for component in components:
        cal.add_component(component)
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
