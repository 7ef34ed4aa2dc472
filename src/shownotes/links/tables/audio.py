"""Platform rules for podcast apps, podcast hosts and audio stores
(in the language of :mod:`shownotes.links.rules`).

Names and ids follow ``platform_url_cases.json``: ``id`` is what the URL alone tells, and the
show's id or slug beside an episode's is an extra id (``show_id``, ``show_slug``).
"""

from __future__ import annotations

from typing import Final

from shownotes.links.rules import Platform, platform, rule

__all__ = ["AUDIO"]

_UUID: Final = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_AUDIO_FILE: Final = r"[^/]*\.(?:mp3|m4a|mp4|aac|ogg|opus|wav|flac)"
_AMAZON_MUSIC: Final = "music.amazon.com music.amazon.co.uk music.amazon.de music.amazon.ca"
_AUDIBLE: Final = (
    "audible.com audible.co.uk audible.ca audible.de audible.fr audible.it audible.es "
    "audible.in audible.com.au audible.co.jp audible.com.br"
)

AUDIO: Final[tuple[Platform, ...]] = (
    platform(
        "apple_podcasts",
        "podcasts.apple.com itunes.apple.com",
        rule(
            r"(?:/(?P<country>[a-z]{2}))?/podcast(?:/[^/]+)?/id(?P<show_id>\d+)(?:/.*)?",
            "episode",
            r"i>id~\d+",
            need=True,
        ),
        rule(r"(?:/(?P<country>[a-z]{2}))?/podcast(?:/[^/]+)?/id(?P<id>\d+)(?:/.*)?", "show"),
        rule(r"(?:/[a-z]{2})?/app(?:/[^/]+)?/id(?P<id>\d+)", "product", other="apple_app_store"),
        rule(
            r"(?:/[a-z]{2})?/(?P<kind>album|artist|playlist|music-video)(?:/[^/]+)?/(?:id)?(?P<id>[\w.-]+)",
            "<kind>",
            other="apple_music",
        ),
        strip="itsct itscg ls mt uo app at ct",
    ),
    platform(
        "apple_app_store",
        "apps.apple.com",
        rule(r"(?:/[a-z]{2})?/app(?:/[^/]+)?/id(?P<id>\d+)", "product"),
    ),
    platform(
        "overcast",
        "overcast.fm",
        rule(r"/\+(?P<id>[\w-]+)(?:/(?P<time>\d{1,3}(?::\d\d){1,2}))?", "episode"),
        rule(r"/itunes(?P<id>\d+)(?:/.*)?", "show"),
    ),
    platform(
        "pocket_casts",
        "pca.st",
        rule(r"/itunes/(?P<id>\d+)", "show"),
        rule(rf"/(?:podcast/)?(?P<id>{_UUID})", "show"),
        rule(rf"/episode/(?P<id>{_UUID})", "episode"),
        rule(r"/(?P<id>\w+)", "short_link"),
    ),
    platform(
        "pocket_casts",
        "pocketcasts.com",
        rule(rf"/podcasts?/(?:[^/]+/)?(?P<show_id>{_UUID})/(?:[^/]+/)?(?P<id>{_UUID})", "episode"),
        rule(rf"/podcasts?/(?:[^/]+/)?(?P<id>{_UUID})", "show"),
    ),
    platform(
        "castbox",
        "castbox.fm",
        rule(r"/channel/(?:[^/]*-)?id(?P<id>\d+)(?:/.*)?", "show"),
        rule(r"/episode/[^/]*-id(?P<show_id>\d+)-id(?P<id>\d+)", "episode"),
        rule(r"/(?:ep|vd)/(?P<id>\d+)", "episode"),
    ),
    platform(
        "castro",
        "castro.fm",
        rule(r"/episode/(?P<id>\w+)", "episode"),
        rule(r"/podcast/(?P<id>[\w-]+)", "show"),
        rule(r"/itunes/(?P<id>\d+)", "show"),
    ),
    platform(
        "podcast_addict",
        "podcastaddict.com",
        rule(r"/podcast/(?:[^/]+/)?(?P<id>\d+)", "show"),
        rule(r"/[^/]+/episode/(?P<id>\d+)", "episode"),
        rule(r"/episode/.*", "episode"),
    ),
    platform(
        "player_fm",
        "player.fm",
        rule(r"/series/(?P<show_slug>[^/]+)/(?P<id>[^/]+)", "episode"),
        rule(r"/series/(?P<id>[^/]+)", "show"),
    ),
    platform(
        "podchaser",
        "podchaser.com",
        rule(r"/podcasts/[^/]*-(?P<show_id>\d+)/episodes/[^/]*-(?P<id>\d+)", "episode"),
        rule(r"/podcasts/[^/]*-(?P<id>\d+)(?:/episodes)?", "show"),
        rule(r"/episodes/[^/]*-(?P<id>\d+)", "episode"),
        rule(r"/creators/[^/]*-(?P<id>\w+)", "profile"),
    ),
    platform(
        "goodpods",
        "goodpods.com",
        rule(r"/podcasts/[^/]*-(?P<show_id>\d+)/[^/]*-(?P<id>\d+)", "episode"),
        rule(r"/podcasts/[^/]*-(?P<id>\d+)", "show"),
    ),
    platform(
        "podcast_index",
        "podcastindex.org",
        rule(r"/podcast/(?P<id>\d+)#.+", "episode"),
        rule(r"/podcast/(?P<show_id>\d+)", "episode", r"episode>id~\d+", need=True),
        rule(r"/podcast/(?P<id>\d+)", "show"),
    ),
    platform(
        "amazon_music",
        _AMAZON_MUSIC,
        rule(
            rf"/podcasts/(?P<show_id>{_UUID})(?:/[^/]+)?/episodes/(?P<id>{_UUID})(?:/.*)?",
            "episode",
        ),
        rule(rf"/podcasts/(?P<id>{_UUID})(?:/.*)?", "show"),
        rule(r"/(?P<kind>album|playlist|artist)s/(?P<id>\w+)(?:/.*)?", "<kind>"),
    ),
    platform(
        "audible",
        _AUDIBLE,
        rule(r"/pd/(?:[^/]+/){0,4}(?P<id>[A-Z0-9]{10})(?:/.*)?", "book"),
        rule(r"/ep/title", "book", "asin>id~[A-Z0-9]{10}", need=True),
        strip="ref_pageloadid plink",
    ),
    platform(
        "iheartradio",
        "iheart.com iheartradio.com",
        rule(r"/podcast/[^/]*-(?P<show_id>\d+)/episode/[^/]*-(?P<id>\d+)", "episode"),
        rule(r"/podcast/[^/]*-(?P<id>\d+)", "show"),
        rule(r"/live/[^/]*-(?P<id>\d+)", "station"),
    ),
    platform(
        "deezer",
        "deezer.com",
        rule(
            r"(?:/[a-z]{2}(?:-[a-z]{2})?)?/(?P<kind>show|episode|album|playlist|track|artist)"
            r"/(?P<id>\d+)",
            "<kind>",
        ),
    ),
    platform(
        "deezer", "link.deezer.com deezer.page.link", rule(r"(?:/s)?/(?P<id>\w+)", "short_link")
    ),
    platform(
        "tunein",
        "tunein.com",
        rule(
            r"/podcasts/(?:[^/]+/)?[^/]*-(?P<show_id>p\d+)", "episode", r"topicId>id~\d+", need=True
        ),
        rule(r"/(?:podcasts|radio)/(?:[^/]+/)?[^/]*-(?P<id>p\d+)", "show"),
        rule(r"/radio/(?:[^/]+/)?[^/]*-(?P<id>s\d+)", "station"),
        rule(r"/(?:podcasts|radio)/(?:[^/]+/)?[^/]*-(?P<id>t\d+)", "episode"),
        rule(r"/embed/player/(?P<id>t\d+)", "episode"),
        rule(r"/embed/player/(?P<id>p\d+)", "show"),
        rule(r"/embed/player/(?P<id>s\d+)", "station"),
    ),
    platform("tunein", "tun.in", rule(r"/(?P<id>\w+)", "short_link")),
    platform(
        "rss_com",
        "rss.com",
        rule(r"/podcasts/(?P<show_slug>[^/]+)/(?P<id>\d+)", "episode"),
        rule(r"/podcasts/(?P<id>[^/]+)", "show"),
    ),
    platform(
        "rss_com",
        "media.rss.com",
        rule(r"/(?P<id>[^/]+)/feed\.xml", "feed"),
        rule(r"/(?P<show_slug>[^/]+)/.*", "media"),
    ),
    platform(
        "buzzsprout",
        "buzzsprout.com",
        rule(rf"/\d+/{_AUDIO_FILE}", "media"),
        rule(r"/(?P<show_id>\d+)/(?:episodes/)?(?P<id>\d+)(?:[-.][^/]*)?", "episode"),
        rule(r"/(?P<id>\d+)", "show"),
    ),
    platform("buzzsprout", "feeds.buzzsprout.com", rule(r"/(?P<id>\d+)\.rss", "feed")),
    platform(
        "libsyn",
        "libsyn.com",
        rule(r"html5-player/embed/episode/id/(?P<id>\d+)(?:/.*)?", "episode"),
        rule(r"(?:traffic|hwcdn|[\w-]+\.podcasts)/.*", "media"),
        rule(r"feeds/(?P<id>\d+)/rss", "feed"),
        rule(r"(?P<id>[\w-]+)/rss", "feed"),
        rule(r"(?P<show_slug>[\w-]+)/(?P<id>[^/]+)", "episode"),
        rule(r"(?P<id>[\w-]+)", "show"),
        capture=True,
    ),
    platform(
        "transistor",
        "transistor.fm",
        rule(r"share/[se]/(?P<id>\w+)(?:/.*)?", "episode"),
        rule(r"feeds/(?P<id>[^/]+)", "feed"),
        rule(r"(?P<show_slug>[\w-]+)/episodes/(?P<id>[^/]+)", "episode"),
        rule(r"(?P<id>[\w-]+)(?:/episodes)?", "show"),
        capture=True,
    ),
    platform(
        "simplecast",
        "simplecast.com",
        rule(rf"api/episodes/(?P<id>{_UUID})", "episode"),
        rule(rf"player/(?P<id>{_UUID})", "episode"),
        rule(r"feeds/(?P<id>[\w-]+)", "feed"),
        rule(r"(?P<show_slug>[\w-]+)/episodes/(?P<id>[^/]+)", "episode"),
        rule(r"(?P<id>[\w-]+)(?:/episodes)?", "show"),
        capture=True,
    ),
    platform(
        "megaphone",
        "megaphone.fm",
        rule(r"(?:traffic|dcs)/.*", "media"),
        rule(r"feeds/(?P<id>\w+)", "feed"),
        rule(r"player/(?P<id>\w+)", "episode"),
        rule(r"playlist/(?P<id>\w+)", "playlist"),
        capture=True,
    ),
    platform(
        "acast",
        "acast.com",
        rule(r"shows/(?P<show_slug>[^/]+)/episodes/(?P<id>[^/]+)(?:/.*)?", "episode"),
        rule(r"shows/(?P<id>[^/]+)", "show"),
        rule(r"play/s/(?P<show_slug>[^/]+)/(?P<id>[^/]+)", "episode"),
        rule(r"play/s/(?P<id>[^/]+)", "show"),
        rule(r"embed/(?P<show_slug>[^/]+)/(?P<id>[^/]+)", "episode"),
        rule(r"feeds/public/shows/(?P<id>[^/]+)", "feed"),
        rule(r"sphinx/.*", "media"),
        rule(r"/(?P<show_slug>[^/]+)/(?P<id>[^/]+)", "episode"),
        rule(r"/(?P<id>[^/]+)", "show"),
        capture=True,
    ),
    platform(
        "spreaker",
        "spreaker.com",
        rule(r"api/episodes?/(?P<id>\d+)", "episode"),
        rule(r"api/shows?/(?P<id>\d+)", "show"),
        rule(r"api/download/episode/(?P<id>\d+)(?:/.*)?", "media"),
        rule(r"/show/(?P<id>[^/]+)/episodes/feed", "feed"),
        rule(r"/show/(?P<id>[^/]+)", "show"),
        rule(r"/podcast/(?:[^/]*-)?(?P<id>\d+)", "show"),
        rule(r"/episode/(?:[^/]*-)?(?P<id>\d+)", "episode"),
        rule(r"/user/(?P<id>[^/]+)", "profile"),
        capture=True,
    ),
    platform(
        "podbean",
        "podbean.com",
        rule(r"feed/(?P<id>[^/]+)/feed\.xml", "feed"),
        rule(r"(?:mcdn|dts)/.*", "media"),
        rule(r"(?P<show_slug>[\w-]+)/e/(?P<id>[^/]+)", "episode"),
        rule(r"/(?:ew|e)/(?P<id>[^/]+)", "episode"),
        rule(r"(?P<id>[\w-]+)(?:/feed\.xml)?", "show"),
        capture=True,
    ),
    platform(
        "anchor",
        "anchor.fm",
        rule(r"/s/(?P<show_id>\w+)/podcast/play/(?P<id>\d+)(?:/.*)?", "media"),
        rule(r"/s/(?P<id>\w+)/podcast/rss", "feed"),
        rule(
            r"/(?P<show_slug>[\w.-]+)/(?:embed/)?episodes/(?P<id>[^/]+)", "episode", last_dash=True
        ),
        rule(r"/(?P<id>[\w.-]+)(?:/embed)?", "show"),
    ),
    platform(
        "anchor",
        "podcasters.spotify.com creators.spotify.com",
        rule(
            r"/pod/(?:show|profile)/(?P<show_slug>[^/]+)/(?:embed/)?episodes/(?P<id>[^/]+)",
            "episode",
            last_dash=True,
        ),
        rule(r"/pod/(?:show|profile)/(?P<id>[^/]+)/(?:message|support)", "other"),
        rule(r"/pod/(?:show|profile)/(?P<id>[^/]+)(?:/subscribe)?", "show"),
    ),
    platform(
        "art19",
        "art19.com",
        rule(r"/shows/(?P<id>[^/]+)(?:/embed)?", "show"),
        rule(r"/shows/(?P<show_slug>[^/]+)/episodes/(?P<id>[^/]+)(?:/embed)?", "episode"),
    ),
    platform("art19", "rss.art19.com", rule(r"/(?P<id>[^/]+)", "feed")),
    platform(
        "omny",
        "omny.fm",
        rule(r"/shows/(?P<show_slug>[^/]+)/playlists/(?P<id>[^/]+)(?:/.*)?", "playlist"),
        rule(r"/shows/(?P<show_slug>[^/]+)/(?P<id>[^/]+)(?:/embed)?", "episode"),
        rule(r"/shows/(?P<id>[^/]+)", "show"),
    ),
    platform(
        "prx",
        "prx.org",
        rule(r"/stories/(?P<id>\d+)", "episode"),
        rule(r"/series/(?P<id>\d+)", "show"),
        rule(r"/accounts/(?P<id>\d+)", "profile"),
    ),
    platform(
        "podbay",
        "podbay.fm",
        rule(r"/p/(?P<show_slug>[^/]+)/e/(?P<id>[^/]+)", "episode"),
        rule(r"/p/(?P<id>[^/]+)", "show"),
    ),
    platform(
        "pod_link",
        "pod.link",
        rule(r"/(?P<id>\d+)\.rss", "feed"),
        rule(r"/(?P<show_id>\d+)/episode/(?P<id>[^/]+)", "episode"),
        rule(r"/(?P<id>\d+)", "show"),
    ),
    platform(
        "fountain",
        "fountain.fm",
        rule(r"/episode/(?P<id>\w+)", "episode"),
        rule(r"/show/(?P<id>\w+)", "show"),
    ),
    platform(
        "captivate",
        "captivate.fm",
        rule(r"player/episode/(?P<id>[\w-]+)", "episode"),
        rule(r"feeds/(?P<id>[^/]+)", "feed"),
        rule(r"(?:podcasts|episodes)/.*", "media"),
        rule(r"(?P<id>[\w-]+)", "show"),
        capture=True,
    ),
    platform(
        "fireside",
        "fireside.fm",
        rule(rf"(?:aphid|media24)/d/\d+/(?P<show_id>{_UUID})/(?P<id>{_UUID})\.\w+", "media"),
        rule(r"feeds/(?P<id>[^/]+)", "feed"),
        rule(r"(?P<show_slug>[\w-]+)/(?P<id>[^/]+)", "episode"),
        rule(r"(?P<id>[\w-]+)", "show"),
        capture=True,
    ),
    platform(
        "listen_notes",
        "listennotes.com lnns.co",
        rule(r"/podcasts/(?P<show_slug>[^/]+)/[^/]*-(?P<id>[\w-]{11})", "episode"),
        rule(r"/podcasts/[^/]*-(?P<id>[\w-]{11})", "show"),
        rule(r"/e/(?P<id>\w+)", "episode"),
        rule(r"/c/(?P<id>\w+)", "show"),
    ),
    platform(
        "ivoox",
        "ivoox.com",
        rule(r"/rf/(?P<id>\d+)", "episode"),
        rule(r"/[^/]*_rf_(?P<id>\d+)_\d+\.html", "episode"),
        rule(r"/[^/]*_sq_f(?P<id>\d+)_\d+\.html", "show"),
    ),
    platform(
        "podomatic",
        "podomatic.com",
        rule(r"(?P<show_slug>[\w-]+)/entry/(?P<id>[^/]+)", "episode"),
        rule(r"/podcasts/(?P<show_slug>[^/]+)/episodes/(?P<id>[^/]+)", "episode"),
        rule(r"/podcasts/(?P<id>[^/]+)", "show"),
        rule(r"(?P<id>[\w-]+)", "show"),
        capture=True,
    ),
    platform(
        "audioboom",
        "audioboom.com",
        rule(r"/(?:posts|boos)/(?P<id>\d+)(?:-[^/]*)?(?:/.*)?", "episode"),
        rule(r"/channels?/(?P<id>\d+)(?:-[^/]*)?(?:/.*)?", "show"),
    ),
    platform("callin", "callin.com", rule(r"/episode/(?P<id>[^/]+)", "episode")),
    platform(
        "this_american_life",
        "thisamericanlife.org",
        rule(r"/radio-archives/episode/(?P<id>\d+)(?:/.*)?", "episode"),
        rule(r"/(?P<id>\d+)(?:/.*)?", "episode"),
        rule(r"/play_full\.php", "episode", r"play>id~\d+", need=True),
    ),
    platform(
        "stitcher",
        "stitcher.com",
        rule(r"/(?:podcast|show)/(?:[^/]+/){0,3}e/(?:[^/]*-)?(?P<id>\d+)", "episode"),
        rule(r"/(?:podcast|show)/(?:[^/]+/)?(?P<id>[^/]+)", "show"),
    ),
    platform(
        "google_podcasts",
        "podcasts.google.com",
        rule(r"/feed/(?P<feed>[\w=-]+)/episode/(?P<id>[\w=-]+)", "episode"),
        rule(r"/feed/(?P<id>[\w=-]+)", "show"),
    ),
    platform(
        "google_podcasts",
        "google.com",
        rule(r"/podcasts", "show", r"feed>id~[\w=-]+", need=True),
        strict=True,
    ),
    platform(
        "npr",
        "npr.org",
        rule(r"(?:/sections/[^/]+)?/\d{4}/\d\d/\d\d/(?P<id>\d+)(?:/.*)?", "post"),
        rule(r"/podcasts/(?P<id>\d+)(?:/.*)?", "show"),
        rule(r"(?:[\w-]+\.)?pod/.*", "media"),
        capture=True,
    ),
)
