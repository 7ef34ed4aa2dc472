"""Music stores and audio sharing sites: Apple Music, Deezer, Bandcamp, Mixcloud, SoundCloud,
Pandora (in the language of :mod:`shownotes.links.rules`).

Spotify, Apple Podcasts and Amazon Music are podcast apps first here: they are in
:mod:`shownotes.links.tables.podcasts`.
"""

from __future__ import annotations

from typing import Final

from shownotes.links.rules import Platform, platform, rule

__all__ = ["MUSIC"]

MUSIC: Final[tuple[Platform, ...]] = (
    # Apple Music: music.apple.com/<country>/<kind>/<slug>/<id> (Apple's "Apple Music
    # Identifiers" in the MusicKit docs); playlist ids are ``pl.…`` with a dot.
    platform(
        "apple_music",
        "music.apple.com",
        rule(
            "item.path",
            r"(?:/[a-z]{2})?/(?P<kind>album|artist|playlist|song|music-video|station)"
            r"(?:/[^/]+)?/(?P<id>[\w.-]+)",
            "<kind>",
            "i>track~\\d+",
            eg={
                "https://music.apple.com/us/album/tea/1440": ("album", "1440"),
                "https://music.apple.com/gb/playlist/chill/pl.u-abC1": ("playlist", "pl.u-abC1"),
                "https://music.apple.com/us/song/tea/1441": ("track", "1441"),
                "https://embed.music.apple.com/us/artist/tea/1442": ("profile", "1442"),
            },
        ),
    ),
    # Deezer: deezer.com/[lang/]<kind>/<id>, widget.deezer.com/widget/<theme>/<kind>/<id>
    # (Deezer for Developers, "Widget"), link.deezer.com short links.
    platform(
        "deezer",
        "deezer.com",
        rule(
            "item.path",
            r"(?:/[a-z]{2}(?:-[a-z]{2})?)?/(?P<kind>show|episode|album|playlist|track|artist)"
            r"/(?P<id>\d+)",
            "<kind>",
            eg={
                "https://www.deezer.com/show/4242": ("show", "4242"),
                "https://www.deezer.com/fr/episode/777": ("episode", "777"),
            },
        ),
    ),
    platform(
        "deezer",
        "widget.deezer.com",
        rule(
            "item.widget",
            r"/widget/(?:[^/]+/)?(?P<kind>show|episode|album|playlist|track|artist)/(?P<id>\d+)",
            "<kind>",
            eg={"https://widget.deezer.com/widget/dark/episode/777": ("episode", "777")},
        ),
    ),
    platform(
        "deezer",
        "link.deezer.com deezer.page.link",
        rule(
            "short_link.link",
            r"(?:/s)?/(?P<id>\w+)",
            "short_link",
            eg={"https://link.deezer.com/s/30aBc": "30aBc", "https://deezer.page.link/aBc": "aBc"},
        ),
    ),
    # Bandcamp: <artist>.bandcamp.com/track|album/<slug>, bandcamp.com/EmbeddedPlayer/album=<id>
    # (Bandcamp Help, "embedding"), bandcamp.com/<fan>, bandcamp.com/radio?show=<id>.
    platform(
        "bandcamp",
        "bandcamp.com",
        rule(
            "track.artist",
            r"(?P<artist>[\w-]+)/track/(?P<id>[^/]+)",
            "track",
            eg={"https://tea.bandcamp.com/track/green": "green"},
        ),
        rule(
            "album.artist",
            r"(?P<artist>[\w-]+)/album/(?P<id>[^/]+)",
            "album",
            eg={"https://tea.bandcamp.com/album/leaves": "leaves"},
        ),
        rule(
            "item.embed",
            r"/EmbeddedPlayer/(?:v=2/)?(?P<kind>album|track)=(?P<id>\d+)(?:/.*)?",
            "<kind>",
            eg={"https://bandcamp.com/EmbeddedPlayer/album=4242/size=large": ("album", "4242")},
        ),
        rule(
            "episode.radio",
            r"/radio",
            "episode",
            r"show>id~\d+",
            need=True,
            eg={"https://bandcamp.com/radio?show=42": "42"},
        ),
        rule(
            "profile.artist",
            r"(?P<id>[\w-]+)(?:/music)?",
            "profile",
            eg={"https://tea.bandcamp.com/music": "tea"},
        ),
        rule(
            "profile.fan",
            r"/(?P<id>[\w-]+)",
            "profile",
            eg={"https://bandcamp.com/teafan": "teafan"},
        ),
        capture=True,
    ),
    # Mixcloud: mixcloud.com/<user>/<show>, /<user>/playlists/<name>, /<user>.
    platform(
        "mixcloud",
        "mixcloud.com",
        rule(
            "playlist.user",
            r"/(?P<id>[^/]+/playlists/[^/]+)",
            "playlist",
            eg={"https://www.mixcloud.com/tea/playlists/best/": "tea/playlists/best"},
        ),
        rule(
            "profile.tab",
            r"/(?P<id>[^/]+)/(?:stream|favorites|uploads|playlists|listens|followers|following)",
            "profile",
            eg={"https://www.mixcloud.com/tea/uploads/": "tea"},
        ),
        rule(
            "episode.show",
            r"/(?P<id>[^/]+/[^/]+)",
            "episode",
            eg={"https://www.mixcloud.com/tea/green-mix/": "tea/green-mix"},
        ),
        rule(
            "profile.user",
            r"/(?P<id>[^/]+)",
            "profile",
            eg={"https://www.mixcloud.com/tea/": "tea"},
        ),
    ),
    # SoundCloud: soundcloud.com/<user>/<track>[/<secret token>], /<user>/sets/<set>, the API's
    # api[-v2].soundcloud.com/tracks/<id> (SoundCloud API guide), on.soundcloud.com and the app's
    # soundcloud.app.goo.gl short links.
    platform(
        "soundcloud",
        "soundcloud.com",
        rule(
            "other.pages",
            r"/(?:you|search|charts|upload|stream|feed|settings|pages|mobile|terms-of-use)(?:/.*)?",
            "other",
            eg={"https://soundcloud.com/charts/top": None},
        ),
        rule(
            "playlist.discover",
            r"/(?P<id>discover/sets/[^/]+)",
            "playlist",
            eg={"https://soundcloud.com/discover/sets/weekly::tea": "discover/sets/weekly::tea"},
        ),
        rule(
            "other.station",
            r"/stations/track/[^/]+/(?P<id>[^/]+)",
            "other",
            eg={"https://soundcloud.com/stations/track/tea/green": "green"},
        ),
        rule(
            "playlist.set",
            r"/(?P<id>[^/]+/sets/[^/]+)(?:/(?P<secret_token>[^/]+))?",
            "playlist",
            eg={
                "https://soundcloud.com/tea/sets/best": "tea/sets/best",
                "https://soundcloud.com/tea/sets/best/s-AbC12": "tea/sets/best",
            },
        ),
        rule(
            "profile.tab",
            r"/(?P<id>[^/]+)/(?:tracks|reposts|likes|albums|sets|popular-tracks|followers"
            r"|following|comments|spotlight)",
            "profile",
            eg={"https://soundcloud.com/tea/tracks": "tea"},
        ),
        rule(
            "other.track_tab",
            r"/(?P<id>[^/]+/[^/]+)/(?:recommended|sets|likes|reposts|comments|albums)",
            "other",
            eg={"https://soundcloud.com/tea/green/recommended": "tea/green"},
        ),
        rule(
            "track.path",
            r"/(?P<id>[^/]+/[^/]+)(?:/(?P<secret_token>[\w-]+))?",
            "track",
            eg={
                "https://soundcloud.com/tea/green": "tea/green",
                "https://m.soundcloud.com/tea/green/s-AbC12": "tea/green",
            },
        ),
        rule(
            "profile.user", r"/(?P<id>[^/]+)", "profile", eg={"https://soundcloud.com/tea": "tea"}
        ),
    ),
    platform(
        "soundcloud",
        "api.soundcloud.com api-v2.soundcloud.com",
        rule(
            "track.api",
            r"/tracks/(?:soundcloud(?::|%3A)tracks(?::|%3A))?(?P<id>\d+)(?:/.*)?",
            "track",
            eg={
                "https://api.soundcloud.com/tracks/4242": "4242",
                "https://api-v2.soundcloud.com/tracks/soundcloud:tracks:4242": "4242",
            },
        ),
        rule(
            "playlist.api",
            r"/playlists/(?:soundcloud(?::|%3A)playlists(?::|%3A))?(?P<id>\d+)",
            "playlist",
            eg={"https://api.soundcloud.com/playlists/42": "42"},
        ),
        rule(
            "profile.api",
            r"/users/(?:soundcloud(?::|%3A)users(?::|%3A))?(?P<id>\d+)",
            "profile",
            eg={"https://api.soundcloud.com/users/soundcloud%3Ausers%3A42": "42"},
        ),
    ),
    platform(
        "soundcloud",
        "on.soundcloud.com soundcloud.app.goo.gl",
        rule(
            "short_link.on",
            r"/(?P<id>\w+)",
            "short_link",
            eg={
                "https://on.soundcloud.com/AbC12": "AbC12",
                "https://soundcloud.app.goo.gl/Ab1": "Ab1",
            },
        ),
    ),
    # Pandora: pandora.com/podcast/<show>/<episode>/PE:<id> and /podcast/<show>/PC:<id>,
    # pdora.co short links.
    platform(
        "pandora",
        "pandora.com",
        rule(
            "episode.podcast",
            r"/podcast/[^/]+/[^/]+/(?P<id>PE:\d+)",
            "episode",
            eg={"https://www.pandora.com/podcast/tea/green/PE:4242": "PE:4242"},
        ),
        rule(
            "show.podcast",
            r"/podcast/[^/]+/(?P<id>PC:\d+)",
            "show",
            eg={"https://www.pandora.com/podcast/tea/PC:42": "PC:42"},
        ),
    ),
    platform(
        "pandora",
        "pdora.co",
        rule(
            "short_link.pdora", r"/(?P<id>\w+)", "short_link", eg={"https://pdora.co/3AbC": "3AbC"}
        ),
    ),
)
