"""Platform rules for music stores and audio sharing sites (see :mod:`shownotes.links.rules`)."""

from __future__ import annotations

from typing import Final

from shownotes.links.rules import Platform, platform, rule

__all__ = ["MUSIC"]

MUSIC: Final[tuple[Platform, ...]] = (
    platform(
        "apple_music",
        "music.apple.com",
        rule(
            r"(?:/[a-z]{2})?/(?P<kind>album|artist|playlist|song|music-video|station)"
            r"(?:/[^/]+)?/(?P<id>[\w.-]+)",
            "<kind>",
            "i>track~\\d+",
        ),
    ),
    platform(
        "bandcamp",
        "bandcamp.com",
        rule(r"(?P<artist>[\w-]+)/track/(?P<id>[^/]+)", "track"),
        rule(r"(?P<artist>[\w-]+)/album/(?P<id>[^/]+)", "album"),
        rule(r"/radio", "episode", r"show>id~\d+", need=True),
        rule(r"(?P<id>[\w-]+)(?:/music)?", "profile"),
        capture=True,
    ),
    platform(
        "mixcloud",
        "mixcloud.com",
        rule(r"/(?P<id>[^/]+/playlists/[^/]+)", "playlist"),
        rule(
            r"/(?P<id>[^/]+)/(?:stream|favorites|uploads|playlists|listens|followers|following)",
            "profile",
        ),
        rule(r"/(?P<id>[^/]+/[^/]+)", "episode"),
        rule(r"/(?P<id>[^/]+)", "profile"),
    ),
    platform(
        "soundcloud",
        "soundcloud.com",
        rule(
            r"/(?:you|search|charts|upload|stream|feed|settings|pages|mobile|terms-of-use)(?:/.*)?",
            "other",
        ),
        rule(r"/(?P<id>discover/sets/[^/]+)", "playlist"),
        rule(r"/stations/track/[^/]+/(?P<id>[^/]+)", "other"),
        rule(r"/(?P<id>[^/]+/sets/[^/]+)(?:/(?P<secret_token>[^/]+))?", "playlist"),
        rule(
            r"/(?P<id>[^/]+)/(?:tracks|reposts|likes|albums|sets|popular-tracks|followers"
            r"|following|comments|spotlight)",
            "profile",
        ),
        rule(r"/(?P<id>[^/]+/[^/]+)/(?:recommended|sets|likes|reposts|comments|albums)", "other"),
        rule(r"/(?P<id>[^/]+/[^/]+)(?:/(?P<secret_token>s-\w+))?", "track"),
        rule(r"/(?P<id>[^/]+)", "profile"),
    ),
    platform(
        "soundcloud",
        "api.soundcloud.com api-v2.soundcloud.com",
        rule(r"/tracks/(?:soundcloud%3Atracks%3A)?(?P<id>\d+)", "track"),
        rule(r"/playlists/(?:soundcloud%3Aplaylists%3A)?(?P<id>\d+)", "playlist"),
        rule(r"/users/(?:soundcloud%3Ausers%3A)?(?P<id>\d+)", "profile"),
    ),
    platform("soundcloud", "on.soundcloud.com", rule(r"/(?P<id>\w+)", "short_link")),
)
