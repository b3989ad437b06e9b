"""The data step that turned editions and audiences into snippets keeps every club's values,
both ways. Run on a database of its own (a subprocess migrating a new SQLite file), since
the test database is already at the latest schema."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r'''
import json
import django
django.setup()
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

quiet = {"verbosity": 0}
call_command("migrate", "clubs", "0002_club_pages", **quiet)
call_command("migrate", "kluby", "0003_age_groups", **quiet)
old = MigrationExecutor(connection).loader.project_state(("clubs", "0002_club_pages")).apps
Locale = old.get_model("wagtailcore", "Locale")
ContentType = old.get_model("contenttypes", "ContentType")
Region = old.get_model("clubs", "Region")
ClubPage = old.get_model("clubs", "ClubPage")
ClubAudience = old.get_model("clubs", "ClubAudience")
locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("pl", "en")}
page_type = ContentType.objects.get_or_create(app_label="clubs", model="clubpage")[0]
clubs = {}
for number, (code, edition, audiences) in enumerate(
    [("pl", "pilot-2018", ["teens-13-17", "families"]), ("en", "pilot-2018", ["teens-13-17"]), ("pl", "edition-2021", [])],
    start=1,
):
    region = Region.objects.get_or_create(slug="north", locale=locales[code], defaults={"name": "North"})[0]
    club = ClubPage.objects.create(
        title=f"Club {number}", slug=f"club-{number}", path=f"0001{number + 100:04d}", depth=2, content_type=page_type,
        locale=locales[code], library="L", town="T", region=region, latitude=50, longitude=20,
        organisational_model="makerspace", edition=edition, status="active", url_path=f"/club-{number}/",
    )
    for audience in audiences:
        ClubAudience.objects.create(page=club, audience=audience)
    clubs[number] = club.pk

call_command("migrate", "clubs", "0003_editions_and_age_groups", **quiet)
from clubs.models import ClubPage as Club, Edition
forward = {
    number: {
        "edition": [Club.objects.get(pk=pk).edition.slug, Club.objects.get(pk=pk).edition.name],
        "groups": sorted(group.slug for group in Club.objects.get(pk=pk).age_groups.all()),
        "group_names": sorted(group.name for group in Club.objects.get(pk=pk).age_groups.all()),
    }
    for number, pk in clubs.items()
}
shared_key = len(set(Edition.objects.filter(slug="pilot-2018").values_list("translation_key", flat=True))) == 1

call_command("migrate", "clubs", "0002_club_pages", **quiet)
back = MigrationExecutor(connection).loader.project_state(("clubs", "0002_club_pages")).apps
OldClub = back.get_model("clubs", "ClubPage")
OldAudience = back.get_model("clubs", "ClubAudience")
backward = {
    number: {
        "edition": OldClub.objects.get(pk=pk).edition,
        "groups": sorted(OldAudience.objects.filter(page_id=pk).values_list("audience", flat=True)),
    }
    for number, pk in clubs.items()
}
print(json.dumps({"forward": forward, "shared_key": shared_key, "backward": backward}))
'''


def test_editions_and_audiences_survive_the_migration_both_ways(tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env.update(DJANGO_SETTINGS_MODULE="kluby.settings.test", KLUBY_VAR_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    forward = report["forward"]
    # Each club points at the edition and age groups of its own language, named in it.
    assert forward["1"]["edition"][0] == forward["2"]["edition"][0] == "pilot-2018"
    assert forward["1"]["edition"][1] == "Edycja pilotażowa (2018)"  # named in the club's language
    assert forward["2"]["edition"][1] == "Pilot edition (2018)"
    assert forward["1"]["groups"] == ["families", "teens-13-17"]
    assert forward["2"]["groups"] == ["teens-13-17"] and forward["2"]["group_names"] == ["Teenagers aged 13–17"]
    assert forward["3"] == {"edition": ["edition-2021", forward["3"]["edition"][1]], "groups": [], "group_names": []}
    assert report["shared_key"], "an edition's language versions are translations of one another"
    assert report["backward"] == {
        "1": {"edition": "pilot-2018", "groups": ["families", "teens-13-17"]},
        "2": {"edition": "pilot-2018", "groups": ["teens-13-17"]},
        "3": {"edition": "edition-2021", "groups": []},
    }
