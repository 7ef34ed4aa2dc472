"""Podcast hosts: the companies that serve a show's feed, audio and web player — RSS.com,
Buzzsprout, Libsyn, Transistor, Simplecast, Megaphone, Acast, Spreaker, Podbean, Art19, Omny,
PRX, Captivate, Fireside, Podomatic (in the language of :mod:`shownotes.links.rules`).
Spotify for Creators (``anchor``) is with Spotify in :mod:`shownotes.links.tables.podcasts`.

Most hosts give each show a sub-domain (``<show>.transistor.fm``): those platforms read it
(``capture=True``), so their patterns start with the sub-domain, and a pattern starting with
``/`` is for the bare host.
"""

from __future__ import annotations

from typing import Final

from shownotes.links.rules import Platform, platform, rule

__all__ = ["PODCAST_HOSTS"]

_UUID: Final = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
U: Final = "0f8b4c2e-1a2b-4c3d-8e9f-0123456789ab"
U2: Final = "1a2b3c4d-0000-4c3d-8e9f-0123456789ab"
_AUDIO_FILE: Final = r"[^/]*\.(?:mp3|m4a|mp4|aac|ogg|opus|wav|flac)"

PODCAST_HOSTS: Final[tuple[Platform, ...]] = (
    # RSS.com: rss.com/[<lang>/]podcasts/<show>/[<episode id>/], media.rss.com/<show>/feed.xml,
    # player.rss.com/<show>/<episode id> (RSS.com Help, "share and embed").
    platform(
        "rss_com",
        "rss.com",
        rule(
            "episode.path",
            r"(?:/[a-z]{2})?/podcasts/(?P<show_slug>[^/]+)/(?P<id>\d+)",
            "episode",
            eg={
                "https://rss.com/podcasts/teatalk/777/": "777",
                "https://rss.com/es/podcasts/te/7/": "7",
            },
        ),
        rule(
            "show.path",
            r"(?:/[a-z]{2})?/podcasts/(?P<id>[^/]+)",
            "show",
            eg={"https://rss.com/podcasts/teatalk/": "teatalk"},
        ),
    ),
    platform(
        "rss_com",
        "media.rss.com",
        rule(
            "feed.xml",
            r"/(?P<id>[^/]+)/feed\.xml",
            "feed",
            eg={"https://media.rss.com/teatalk/feed.xml": "teatalk"},
        ),
        rule(
            "media.file",
            r"/(?P<show_slug>[^/]+)/.*",
            "media",
            eg={"https://media.rss.com/teatalk/ep1.mp3": None},
        ),
    ),
    platform(
        "rss_com",
        "player.rss.com",
        rule(
            "episode.player",
            r"/(?P<show_slug>[^/]+)/(?P<id>\d+)",
            "episode",
            eg={"https://player.rss.com/teatalk/777?theme=dark": "777"},
        ),
        rule(
            "show.player",
            r"/(?P<id>[^/]+)",
            "show",
            eg={"https://player.rss.com/teatalk": "teatalk"},
        ),
    ),
    # Buzzsprout: buzzsprout.com/<show id>/[episodes/]<episode id>[-slug], the show's own site
    # <show>.buzzsprout.com/<show id>/<episode id>, the player script <episode id>.js, and
    # feeds.buzzsprout.com/<show id>.rss (Buzzsprout Help, "episode links and embeds").
    platform(
        "buzzsprout",
        "buzzsprout.com",
        rule(
            "media.file",
            rf"(?:[\w-]+)?/\d+/{_AUDIO_FILE}",
            "media",
            eg={"https://www.buzzsprout.com/42/777-green.mp3": None},
        ),
        rule(
            "episode.path",
            r"(?:[\w-]+)?/(?P<show_id>\d+)/(?:episodes/)?(?P<id>\d+)(?:[-.][^/]*)?(?:/.*)?",
            "episode",
            eg={
                "https://www.buzzsprout.com/4242/777-green-tea": "777",
                "https://www.buzzsprout.com/4242/episodes/777": "777",
                "https://teatalk.buzzsprout.com/4242/777-green-tea": "777",
                "https://www.buzzsprout.com/4242/777.js?container_id=x&player=small": "777",
            },
        ),
        rule(
            "show.path",
            r"(?:[\w-]+)?/(?P<id>\d+)(?:/(?:episodes|share))?",
            "show",
            eg={
                "https://www.buzzsprout.com/4242": "4242",
                "https://teatalk.buzzsprout.com/4242": "4242",
            },
        ),
        rule(
            "show.site",
            r"(?P<id>[\w-]+)",
            "show",
            eg={"https://teatalk.buzzsprout.com/": "teatalk"},
        ),
        capture=True,
    ),
    platform(
        "buzzsprout",
        "feeds.buzzsprout.com",
        rule(
            "feed.rss",
            r"/(?P<id>\d+)\.rss",
            "feed",
            eg={"https://feeds.buzzsprout.com/4242.rss": "4242"},
        ),
    ),
    # Libsyn: <show>.libsyn.com[/<episode slug>], <show>.libsyn.com/rss, feeds.libsyn.com/<id>/rss,
    # traffic.libsyn.com audio, html5-player.libsyn.com and play.libsyn.com embeds.
    platform(
        "libsyn",
        "libsyn.com",
        rule(
            "episode.embed",
            r"(?:html5-player|play)/embed/episode/id/(?P<id>\d+)(?:/.*)?",
            "episode",
            eg={
                "https://html5-player.libsyn.com/embed/episode/id/777/": "777",
                "https://play.libsyn.com/embed/episode/id/777/height/90": "777",
            },
        ),
        rule(
            "media.traffic",
            r"(?:traffic|hwcdn|[\w-]+\.podcasts)/.*",
            "media",
            eg={"https://traffic.libsyn.com/teatalk/ep1.mp3": None},
        ),
        rule(
            "feed.id",
            r"feeds/(?P<id>\d+)/rss",
            "feed",
            eg={"https://feeds.libsyn.com/4242/rss": "4242"},
        ),
        rule(
            "feed.show",
            r"(?P<id>[\w-]+)/rss",
            "feed",
            eg={"https://teatalk.libsyn.com/rss": "teatalk"},
        ),
        rule(
            "episode.show",
            r"(?P<show_slug>[\w-]+)/(?P<id>[^/]+)",
            "episode",
            eg={"https://teatalk.libsyn.com/green-tea": "green-tea"},
        ),
        rule("show.site", r"(?P<id>[\w-]+)", "show", eg={"https://teatalk.libsyn.com/": "teatalk"}),
        capture=True,
    ),
    # Transistor: <show>.transistor.fm/episodes/<slug>, share.transistor.fm/s|e/<id>,
    # feeds.transistor.fm/<show>, media.transistor.fm audio.
    platform(
        "transistor",
        "transistor.fm",
        rule(
            "episode.share",
            r"share/[se]/(?P<id>\w+)(?:/.*)?",
            "episode",
            eg={"https://share.transistor.fm/s/ab12cd34": "ab12cd34"},
        ),
        rule(
            "feed.path",
            r"feeds/(?P<id>[^/]+)",
            "feed",
            eg={"https://feeds.transistor.fm/teatalk": "teatalk"},
        ),
        rule(
            "media.file",
            r"media/.*",
            "media",
            eg={"https://media.transistor.fm/ab12/ep1.mp3": None},
        ),
        rule(
            "episode.show",
            r"(?P<show_slug>[\w-]+)/episodes/(?P<id>[^/]+)",
            "episode",
            eg={"https://teatalk.transistor.fm/episodes/green": "green"},
        ),
        rule(
            "show.site",
            r"(?P<id>[\w-]+)(?:/episodes)?",
            "show",
            eg={"https://teatalk.transistor.fm/": "teatalk"},
        ),
        capture=True,
    ),
    # Simplecast: <show>.simplecast.com/episodes/<slug>, player.simplecast.com/<uuid>,
    # api.simplecast.com/episodes/<uuid>, feeds.simplecast.com/<id>, cdn.simplecast.com audio.
    platform(
        "simplecast",
        "simplecast.com",
        rule(
            "episode.api",
            rf"api/episodes/(?P<id>{_UUID})",
            "episode",
            eg={f"https://api.simplecast.com/episodes/{U}": U},
        ),
        rule(
            "episode.player",
            rf"player/(?P<id>{_UUID})",
            "episode",
            eg={f"https://player.simplecast.com/{U}": U},
        ),
        rule(
            "feed.path",
            r"feeds/(?P<id>[\w-]+)",
            "feed",
            eg={"https://feeds.simplecast.com/Ab12Cd": "Ab12Cd"},
        ),
        rule(
            "media.cdn", r"cdn/.*", "media", eg={"https://cdn.simplecast.com/audio/ab/ep.mp3": None}
        ),
        rule(
            "episode.show",
            r"(?P<show_slug>[\w-]+)/episodes/(?P<id>[^/]+)",
            "episode",
            eg={"https://teatalk.simplecast.com/episodes/green": "green"},
        ),
        rule(
            "show.site",
            r"(?P<id>[\w-]+)(?:/episodes)?",
            "show",
            eg={"https://teatalk.simplecast.com/": "teatalk"},
        ),
        capture=True,
    ),
    # Megaphone: feeds.megaphone.fm/<id>, traffic.megaphone.fm audio, player.megaphone.fm/<id>,
    # playlist.megaphone.fm?p=<id> (Megaphone's embed player).
    platform(
        "megaphone",
        "megaphone.fm",
        rule(
            "media.traffic",
            r"(?:traffic|dcs)/.*",
            "media",
            eg={"https://traffic.megaphone.fm/TEA42.mp3": None},
        ),
        rule(
            "feed.path",
            r"feeds/(?P<id>\w+)",
            "feed",
            eg={"https://feeds.megaphone.fm/TEA4242": "TEA4242"},
        ),
        rule(
            "episode.player",
            r"player/(?P<id>\w+)",
            "episode",
            eg={"https://player.megaphone.fm/TEA42": "TEA42"},
        ),
        rule(
            "playlist.player",
            r"playlist(?:/(?P<id>\w+))?",
            "playlist",
            r"p>id~\w+",
            need=True,
            eg={
                "https://playlist.megaphone.fm/?p=TEA": "TEA",
                "https://playlist.megaphone.fm/TEA": "TEA",
            },
        ),
        capture=True,
    ),
    # Acast: shows.acast.com/<show>[/episodes/<episode>], play.acast.com/s/<show>/<episode>,
    # embed.acast.com/<show>/<episode>, feeds.acast.com/public/shows/<id>, sphinx.acast.com audio.
    platform(
        "acast",
        "acast.com",
        rule(
            "episode.shows",
            r"shows/(?P<show_slug>[^/]+)/episodes/(?P<id>[^/]+)(?:/.*)?",
            "episode",
            eg={"https://shows.acast.com/teatalk/episodes/green": "green"},
        ),
        rule(
            "show.shows",
            r"shows/(?P<id>[^/]+)",
            "show",
            eg={"https://shows.acast.com/teatalk": "teatalk"},
        ),
        rule(
            "episode.play",
            r"play/s/(?P<show_slug>[^/]+)/(?P<id>[^/]+)",
            "episode",
            eg={"https://play.acast.com/s/teatalk/green": "green"},
        ),
        rule(
            "show.play",
            r"play/s/(?P<id>[^/]+)",
            "show",
            eg={"https://play.acast.com/s/teatalk": "teatalk"},
        ),
        rule(
            "episode.embed",
            r"embed/(?P<show_slug>[^/]+)/(?P<id>[^/]+)",
            "episode",
            eg={"https://embed.acast.com/teatalk/green": "green"},
        ),
        rule(
            "feed.public",
            r"feeds/public/shows/(?P<id>[^/]+)",
            "feed",
            eg={"https://feeds.acast.com/public/shows/teatalk": "teatalk"},
        ),
        rule(
            "media.sphinx",
            r"sphinx/.*",
            "media",
            eg={"https://sphinx.acast.com/p/open/s/x/e/y/media.mp3": None},
        ),
        rule(
            "episode.path",
            r"/(?P<show_slug>[^/]+)/(?P<id>[^/]+)",
            "episode",
            eg={"https://www.acast.com/teatalk/green": "green"},
        ),
        rule("show.path", r"/(?P<id>[^/]+)", "show", eg={"https://acast.com/teatalk": "teatalk"}),
        capture=True,
    ),
    # Spreaker: spreaker.com/podcast/<slug>--<id>, /episode/<slug>--<id>, /show/<slug>, the API
    # (api.spreaker.com/[v2/]episodes/<id>, Spreaker API docs), dts-api download URLs and the
    # widget.spreaker.com player (?episode_id=, ?show_id=).
    platform(
        "spreaker",
        "spreaker.com",
        rule(
            "episode.api",
            r"api/(?:v2/)?episodes?/(?P<id>\d+)(?:/(?:play|download)(?:\.\w+)?)?",
            "episode",
            eg={
                "https://api.spreaker.com/v2/episodes/777": "777",
                "https://api.spreaker.com/episode/777": "777",
            },
        ),
        rule(
            "show.api",
            r"api/(?:v2/)?shows?/(?P<id>\d+)",
            "show",
            eg={"https://api.spreaker.com/v2/shows/42": "42"},
        ),
        rule(
            "media.download",
            r"(?:api|dts-api)/(?:v2/)?download/episode/(?P<id>\d+)(?:/.*)?",
            "media",
            eg={"https://dts-api.spreaker.com/download/episode/777/green.mp3": "777"},
        ),
        rule(
            "episode.widget",
            r"widget/player",
            "episode",
            r"episode_id>id~\d+",
            need=True,
            eg={"https://widget.spreaker.com/player?episode_id=777&theme=light": "777"},
        ),
        rule(
            "show.widget",
            r"widget/player",
            "show",
            r"show_id>id~\d+",
            need=True,
            eg={"https://widget.spreaker.com/player?show_id=42": "42"},
        ),
        rule(
            "feed.show",
            r"/show/(?P<id>[^/]+)/episodes/feed",
            "feed",
            eg={"https://www.spreaker.com/show/4242/episodes/feed": "4242"},
        ),
        rule(
            "show.show",
            r"/show/(?P<id>[^/]+)",
            "show",
            eg={"https://www.spreaker.com/show/tea-talk": "tea-talk"},
        ),
        rule(
            "show.podcast",
            r"/podcast/(?:[^/]*-)?(?P<id>\d+)",
            "show",
            eg={"https://www.spreaker.com/podcast/tea-talk--4242": "4242"},
        ),
        rule(
            "episode.path",
            r"/episode/(?:[^/]*-)?(?P<id>\d+)",
            "episode",
            eg={
                "https://www.spreaker.com/episode/green-tea--777": "777",
                "https://www.spreaker.com/episode/777": "777",
            },
        ),
        rule(
            "episode.user",
            r"/user/(?P<user>[^/]+)/(?P<id>[^/]+)",
            "episode",
            eg={"https://www.spreaker.com/user/4242/green-tea": "green-tea"},
        ),
        rule(
            "profile.user",
            r"/user/(?P<id>[^/]+)",
            "profile",
            eg={"https://www.spreaker.com/user/tea": "tea"},
        ),
        capture=True,
    ),
    # Podbean: <show>.podbean.com/e/<slug>, feed.podbean.com/<show>/feed.xml, mcdn audio, the
    # share links podbean.com/e|eu|ew/<id> and /media/share/pb-<id>.
    platform(
        "podbean",
        "podbean.com",
        rule(
            "feed.xml",
            r"feed/(?P<id>[^/]+)/feed\.xml",
            "feed",
            eg={"https://feed.podbean.com/teatalk/feed.xml": "teatalk"},
        ),
        rule(
            "media.cdn",
            r"(?:mcdn|dts)/.*",
            "media",
            eg={"https://mcdn.podbean.com/mf/web/ab/ep.mp3": None},
        ),
        rule(
            "episode.show",
            r"(?P<show_slug>[\w-]+)/e/(?P<id>[^/]+)",
            "episode",
            eg={"https://teatalk.podbean.com/e/green-tea/": "green-tea"},
        ),
        rule(
            "episode.share",
            r"/(?:ew|eu|e|media/share)/(?P<id>[^/]+)",
            "episode",
            eg={"https://www.podbean.com/eu/pb-ab12c-1d2e3f": "pb-ab12c-1d2e3f"},
        ),
        rule(
            "show.detail",
            r"/podcast-detail/(?P<id>[^/]+)(?:/.*)?",
            "show",
            eg={"https://www.podbean.com/podcast-detail/ab12c/Tea-Talk": "ab12c"},
        ),
        rule(
            "show.site",
            r"(?P<id>[\w-]+)(?:/feed\.xml)?",
            "show",
            eg={"https://teatalk.podbean.com/": "teatalk"},
        ),
        capture=True,
    ),
    platform(
        "art19",
        "art19.com",
        rule(
            "show.path",
            r"/shows/(?P<id>[^/]+)(?:/embed)?",
            "show",
            eg={"https://art19.com/shows/tea-talk": "tea-talk"},
        ),
        rule(
            "episode.path",
            r"/shows/(?P<show_slug>[^/]+)/episodes/(?P<id>[^/]+)(?:/embed)?",
            "episode",
            eg={f"https://art19.com/shows/tea/episodes/{U}": U},
        ),
    ),
    platform(
        "art19",
        "rss.art19.com",
        rule(
            "feed.rss", r"/(?P<id>[^/]+)", "feed", eg={"https://rss.art19.com/tea-talk": "tea-talk"}
        ),
    ),
    # Omny Studio: omny.fm/shows/<show>[/<episode>][/embed], /shows/<show>/playlists/podcast.rss
    # (the show's feed), omnycontent.com and traffic.omny.fm audio.
    platform(
        "omny",
        "omny.fm",
        rule(
            "feed.rss",
            r"/shows/(?P<id>[^/]+)/playlists/[^/]+\.rss",
            "feed",
            eg={"https://omny.fm/shows/tea/playlists/podcast.rss": "tea"},
        ),
        rule(
            "playlist.show",
            r"/shows/(?P<show_slug>[^/]+)/playlists/(?P<id>[^/]+)(?:/.*)?",
            "playlist",
            eg={"https://omny.fm/shows/tea/playlists/best": "best"},
        ),
        rule(
            "episode.show",
            r"/shows/(?P<show_slug>[^/]+)/(?P<id>[^/]+)(?:/embed)?",
            "episode",
            eg={"https://omny.fm/shows/tea/green/embed": "green"},
        ),
        rule("show.path", r"/shows/(?P<id>[^/]+)", "show", eg={"https://omny.fm/shows/tea": "tea"}),
    ),
    platform(
        "omny",
        "omnycontent.com traffic.omny.fm",
        rule(
            "feed.playlist",
            r"/d/playlist/[^/]+/[^/]+/(?P<id>[^/]+)/podcast\.rss",
            "feed",
            eg={f"https://www.omnycontent.com/d/playlist/a/b/{U}/podcast.rss": U},
        ),
        rule(
            "media.clip",
            r"/d/clips/.*",
            "media",
            eg={"https://traffic.omny.fm/d/clips/a/b/c/audio.mp3": None},
        ),
    ),
    platform(
        "prx",
        "prx.org",
        rule(
            "episode.story",
            r"/stories/(?P<id>\d+)",
            "episode",
            eg={"https://beta.prx.org/stories/777": "777"},
        ),
        rule(
            "show.series",
            r"/series/(?P<id>\d+)",
            "show",
            eg={"https://beta.prx.org/series/42": "42"},
        ),
        rule(
            "profile.account",
            r"/accounts/(?P<id>\d+)",
            "profile",
            eg={"https://beta.prx.org/accounts/42": "42"},
        ),
    ),
    platform(
        "captivate",
        "captivate.fm",
        rule(
            "episode.player",
            r"player/episode/(?P<id>[\w-]+)",
            "episode",
            eg={f"https://player.captivate.fm/episode/{U}": U},
        ),
        rule(
            "feed.path",
            r"feeds/(?P<id>[^/]+)",
            "feed",
            eg={"https://feeds.captivate.fm/tea/": "tea"},
        ),
        rule(
            "media.file",
            r"(?:podcasts|episodes)/.*",
            "media",
            eg={"https://podcasts.captivate.fm/media/a.mp3": None},
        ),
        rule(
            "show.site", r"(?P<id>[\w-]+)", "show", eg={"https://teatalk.captivate.fm/": "teatalk"}
        ),
        capture=True,
    ),
    platform(
        "fireside",
        "fireside.fm",
        rule(
            "media.file",
            rf"(?:aphid|media24)/d/\d+/(?P<show_id>{_UUID})/(?P<id>{_UUID})\.\w+",
            "media",
            eg={f"https://aphid.fireside.fm/d/1437767933/{U}/{U2}.mp3": U2},
        ),
        rule(
            "feed.path",
            r"feeds/(?P<id>[^/]+)",
            "feed",
            eg={"https://feeds.fireside.fm/teatalk": "teatalk"},
        ),
        rule(
            "episode.show",
            r"(?P<show_slug>[\w-]+)/(?P<id>[^/]+)",
            "episode",
            eg={"https://teatalk.fireside.fm/42": "42"},
        ),
        rule(
            "show.site", r"(?P<id>[\w-]+)", "show", eg={"https://teatalk.fireside.fm/": "teatalk"}
        ),
        capture=True,
    ),
    platform(
        "podomatic",
        "podomatic.com",
        rule(
            "episode.entry",
            r"(?P<show_slug>[\w-]+)/entry/(?P<id>[^/]+)",
            "episode",
            eg={"https://tea.podomatic.com/entry/2024-01-02T10_00_00": "2024-01-02T10_00_00"},
        ),
        rule(
            "episode.path",
            r"/podcasts/(?P<show_slug>[^/]+)/episodes/(?P<id>[^/]+)",
            "episode",
            eg={"https://www.podomatic.com/podcasts/tea/episodes/2024-01-02": "2024-01-02"},
        ),
        rule(
            "show.path",
            r"/podcasts/(?P<id>[^/]+)",
            "show",
            eg={"https://www.podomatic.com/podcasts/tea": "tea"},
        ),
        rule(
            "show.site", r"(?P<id>[\w-]+)", "show", eg={"https://teatalk.podomatic.com/": "teatalk"}
        ),
        capture=True,
    ),
)
