"""Who a link belongs to: references, the show's own, sponsors, credits, navigation.

Every document here is written for these tests, in the styles real notes use (a YouTube
description with the creator's standing block, a podcast page with a guest's links).
"""

from __future__ import annotations

import pytest

import shownotes
from shownotes.references.roles import _generic

DESCRIPTION = """\
We build a tiny weather station and read it from anywhere.

0:00 Intro
1:12 The sensor
6:40 Wiring it up

Sponsored by Acme Boards: https://acme-boards.test/creator

Links:
Raspberry Pi 4: https://amzn.to/3aBcDeF
BME280 datasheet: https://sensors.test/bme280.pdf
Earlier video on the sensor: https://youtu.be/AbCdEfGhIjk

My second channel: https://www.youtube.com/@MakerBench
Support the channel: https://www.patreon.com/makerbench

My Coding Gear:
My Monitor: https://amzn.to/9zYxWvU
My Desk: https://amzn.to/8qWeRtY

🐦 Twitter: https://twitter.com/makerbench
📸 Instagram: https://www.instagram.com/makerbench
"""


def _roles(notes: shownotes.ShowNotes) -> dict[str, str | None]:
    return {link.url: link.role for link in notes.links}


def test_a_video_description_keeps_only_what_the_video_discusses() -> None:
    notes = shownotes.parse(DESCRIPTION)
    assert [(r.title, r.url) for r in notes.references] == [
        ("Raspberry Pi 4", "https://amzn.to/3aBcDeF"),
        ("BME280 datasheet", "https://sensors.test/bme280.pdf"),
        ("Earlier video on the sensor", "https://youtu.be/AbCdEfGhIjk"),
    ]
    roles = _roles(notes)
    assert roles["https://acme-boards.test/creator"] == "sponsor"
    assert roles["https://amzn.to/3aBcDeF"] == "reference"
    for own in (
        "https://www.youtube.com/@MakerBench",  # "My second channel"
        "https://www.patreon.com/makerbench",  # "Support the channel", a donation page
        "https://amzn.to/9zYxWvU",  # under "My Coding Gear"
        "https://twitter.com/makerbench",  # a profile named only by its platform
        "https://www.instagram.com/makerbench",
    ):
        assert roles[own] == "own", own


PAGE = """\
---
title: "Ep. 12: Validation libraries with Ada Byrne"
youtube: https://www.youtube.com/@toolsshow
---

This week we're joined by Ada Byrne, who maintains a schema library.

- [GitHub](https://github.com/ada-byrne)
- [Twitter](https://twitter.com/adabyrne)
- [Website](https://adabyrne.test/)

## Links
- [Standard Schema](https://standardschema.test/)
- [Tanner on GitHub Sponsors](https://github.com/sponsors/tanner)

## Follow us
- [YouTube](https://www.youtube.com/@toolsshow)
- [Bluesky](https://bsky.app/profile/toolsshow.test)

Music by [Nightbird](https://nightbird.test/).
"""


def test_a_guests_pages_are_references_and_the_shows_are_its_own() -> None:
    notes = shownotes.parse(PAGE)
    assert [r.url for r in notes.references] == [
        "https://github.com/ada-byrne",
        "https://twitter.com/adabyrne",
        "https://adabyrne.test/",
        "https://standardschema.test/",
        "https://github.com/sponsors/tanner",  # a sponsors page that names someone else
    ]
    roles = _roles(notes)
    assert roles["https://bsky.app/profile/toolsshow.test"] == "own"
    assert roles["https://www.youtube.com/@toolsshow"] == "own"
    assert roles["https://nightbird.test/"] == "credit"
    assert {p.role for p in notes.platforms} == {"own"}


def test_page_chrome_is_navigation() -> None:
    page = (
        "<html><body><nav><a href='/archive'>Archive</a></nav><h2>Links</h2>"
        "<ul><li><a href='https://paper.test/x'>A paper</a></li></ul></body></html>"
    )
    roles = _roles(shownotes.parse(page))
    assert roles == {"/archive": "navigation", "https://paper.test/x": "reference"}


def test_links_in_running_prose_have_no_role() -> None:
    notes = shownotes.parse("We read [a paper](https://paper.test/x) about sleep.\n")
    assert [link.role for link in notes.links] == [None]
    assert notes.references == ()


@pytest.mark.parametrize(
    ("label", "platform", "generic"),
    [
        ("🐦 Twitter: ", "twitter", True),
        ("Support us on Patreon", "patreon", True),
        ("", None, True),
        ("Tanner on GitHub Sponsors", "github", False),
        ("Console Newsletter - the best tools", None, False),
    ],
)
def test_what_counts_as_a_label_that_names_nothing_else(
    label: str, platform: str | None, generic: bool
) -> None:
    assert _generic(label, platform) is generic


def test_roles_round_trip_through_json() -> None:
    notes = shownotes.parse(DESCRIPTION)
    assert shownotes.ShowNotes.from_json(notes.to_json()) == notes


# A plain description that ends with the creator's profiles in a language the section
# words may not know, and introduces a guest with the guest's own pages below.
BLOCKS = """\
Wir bauen heute eine Wetterstation aus Restteilen.

Mehr von mir:
Instagram: https://bit.ly/3WetterIG
Facebook: https://bit.ly/3WetterFB
Blog: https://wetterbau.test/

0:00 Start
2:10 Der Sensor

Marta Vogel erklärt im Gespräch, wie sie ihre Messdaten seit Jahren auswertet:
https://martavogel.test
Kanal - https://www.youtube.com/@martavogel
Podcast https://podcasts.apple.com/de/podcast/messdaten/id4242

Quellen:
Datenblatt: https://sensors.test/bme280.pdf
Artikel über Funkmodule: https://radio.test/articles/lora

~
https://twitter.com/wetterbau
https://www.instagram.com/wetterbau/
"""


def test_a_paragraph_of_profiles_is_the_creators_own() -> None:
    notes = shownotes.parse(BLOCKS)
    urls = [r.url for r in notes.references]
    roles = _roles(notes)
    for own in (
        "https://bit.ly/3WetterIG",  # a short link behind a label that names its platform
        "https://bit.ly/3WetterFB",
        "https://wetterbau.test/",  # the creator's blog, in the same block
        "https://twitter.com/wetterbau",  # bare profile URLs closing the description
        "https://www.instagram.com/wetterbau/",
    ):
        assert own not in urls, own
        assert roles[own] == "own", own
    assert "https://sensors.test/bme280.pdf" in urls


def test_a_guests_introduced_pages_stay_references() -> None:
    urls = [r.url for r in shownotes.parse(BLOCKS).references]
    assert "https://www.youtube.com/@martavogel" in urls
    assert "https://podcasts.apple.com/de/podcast/messdaten/id4242" in urls


@pytest.mark.parametrize(
    ("text", "url"),
    [
        pytest.param(  # one profile among references is no block of the creator's
            "Links:\nPaper: https://paper.test/1\nDataset: https://data.test/2\n"
            "The author: https://twitter.com/someauthor\n",
            "https://twitter.com/someauthor",
            id="one-profile-among-references",
        ),
        pytest.param(  # a show's page links its own earlier episodes as references
            "## Links\n- [Our earlier episode on kites](https://kitebench.test/episodes/12)\n"
            "- [A paper](https://press.test/aero)\n\n"
            "## Follow us\n- [Twitter](https://twitter.com/kitebench)\n",
            "https://kitebench.test/episodes/12",
            id="own-site-episode-on-a-show-page",
        ),
    ],
)
def test_these_stay_references(text: str, url: str) -> None:
    assert url in [r.url for r in shownotes.parse(text).references]


HOSTED = """\
---
title: "Ep. 7: Lena Ortiz on tidegauge"
---

This week hosts Priya and Tomasz sit down with Lena Ortiz to talk about tidegauge.

### Links
- Paper: [tidegauge: sea levels from cheap sensors](https://journal.test/papers/42)
- [Code repository](https://github.com/lenaortiz/tidegauge)
- Lena on ([GitHub](https://github.com/lenaortiz), [Mastodon](https://mastodon.social/@lenaortiz))
- @priya on ([GitHub](https://github.com/priya), [Bluesky](https://bsky.app/profile/priya.test), [website](https://priya.test/))
- @tomaszk on ([LinkedIn](https://www.linkedin.com/in/tomaszk/), [GitHub](https://github.com/tomaszk))
"""


def test_the_hosts_profiles_are_the_shows_own_and_the_guests_are_references() -> None:
    notes = shownotes.parse(HOSTED)
    urls = [r.url for r in notes.references]
    assert urls == [
        "https://journal.test/papers/42",
        "https://github.com/lenaortiz/tidegauge",
        "https://github.com/lenaortiz",
        "https://mastodon.social/@lenaortiz",
    ]
    roles = _roles(notes)
    for own in (
        "https://github.com/priya",
        "https://bsky.app/profile/priya.test",
        "https://priya.test/",  # not a profile, but in the same entry as the host's profiles
        "https://www.linkedin.com/in/tomaszk/",
    ):
        assert roles[own] == "own", own


def test_hosts_named_in_the_front_matter_count_too() -> None:
    text = (
        "---\nhosts:\n  - name: Priya Raman\n---\n\n## Links\n"
        "- [A paper](https://journal.test/papers/1)\n"
        "- [Priya on GitHub](https://github.com/priyaraman)\n"
    )
    notes = shownotes.parse(text)
    assert [r.url for r in notes.references] == ["https://journal.test/papers/1"]


def test_a_hosts_post_is_still_a_reference() -> None:
    text = (
        "Hosted by Priya Raman.\n\n## Links\n"
        "- [Priya's thread on sensors](https://twitter.com/priyaraman/status/123456789)\n"
        "- [A paper](https://journal.test/papers/1)\n"
    )
    urls = [r.url for r in shownotes.parse(text).references]
    assert "https://twitter.com/priyaraman/status/123456789" in urls


def test_named_hosts_stay_few_on_a_page_of_names() -> None:
    from shownotes.read.lines import as_lines
    from shownotes.references.people import host_keys, named_hosts

    text = "".join(f"Hosts Name{i:04d} and Other{i:04d} chat.\n" for i in range(500))
    hosts = named_hosts(as_lines(text))
    assert 0 < len(hosts) <= 12
    assert len(host_keys([f"Name{i:04d}" for i in range(500)])) <= 12


def test_a_patronite_page_is_the_creators_own() -> None:
    text = (
        "👉 Patronite ► https://patronite.pl/KiteBench\n\n"
        "Dziś budujemy latawiec.\n\n"
        "Źródła:\n"
        "Artykuł o wietrze: https://wind.test/article\n"
        "Dane pogodowe: https://weather.test/data\n"
    )
    notes = shownotes.parse(text)
    assert [r.url for r in notes.references] == [
        "https://wind.test/article",
        "https://weather.test/data",
    ]
    assert _roles(notes)["https://patronite.pl/KiteBench"] == "own"


HANDLE_SITE = """\
Today: why kites fly at all.

// BOOKS //
Flying Things: https://kitebench.test/flying-things
Aerodynamics for Everyone: https://press.test/aero

// SOCIAL //
Twitter: https://twitter.com/kitebench
Instagram: https://instagram.com/kitebench
"""


def test_a_site_named_by_the_creators_handle_is_the_creators_own() -> None:
    notes = shownotes.parse(HANDLE_SITE)
    assert [r.url for r in notes.references] == ["https://press.test/aero"]
    assert _roles(notes)["https://kitebench.test/flying-things"] == "own"
