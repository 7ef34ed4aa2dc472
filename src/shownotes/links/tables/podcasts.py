"""Podcast apps and directories: Apple Podcasts, Spotify (with Spotify for Creators, once
Anchor), Amazon Music, Overcast, Pocket Casts, Castbox, Castro, Podcast Addict, Player FM,
Podchaser, Goodpods, Podcast Index, iHeartRadio, TuneIn, Fountain, Listen Notes, Podbay,
pod.link, Audioboom, iVoox, Stitcher, Google Podcasts, Callin, This American Life, NPR
(in the language of :mod:`shownotes.links.rules`). The companies that host feeds and audio
are in :mod:`shownotes.links.tables.podcast_hosts`; ``spotify:`` URIs in
:mod:`shownotes.links.tables.uris`.

Ids are what the URL alone tells: the show's id or slug beside an episode's is an extra id
(``show_id``, ``show_slug``).
"""

from __future__ import annotations

from typing import Final

from shownotes.links.rules import Platform, platform, rule

__all__ = ["PODCASTS"]

_UUID: Final = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
U: Final = "0f8b4c2e-1a2b-4c3d-8e9f-0123456789ab"
U2: Final = "1a2b3c4d-0000-4c3d-8e9f-0123456789ab"
SP: Final = "4rOoJ6Egrf8K2IrywzwOMk"
_AMAZON_MUSIC: Final = (
    "music.amazon.com music.amazon.co.uk music.amazon.de music.amazon.ca music.amazon.fr "
    "music.amazon.it music.amazon.es music.amazon.co.jp music.amazon.in music.amazon.com.br "
    "music.amazon.com.au music.amazon.com.mx"
)

PODCASTS: Final[tuple[Platform, ...]] = (
    # Apple Podcasts: podcasts.apple.com/<country>/podcast/<slug>/id<show>?i=<episode>,
    # /channel/<slug>/id<id> (Apple Podcasts for Creators, "Apple Podcasts identifiers and
    # links"); the old iTunes store shapes on itunes.apple.com, where albums, apps and music
    # videos belong to Apple Music and the App Store. Apple's ``at`` is an affiliate token
    # (Apple Services Performance Partners).
    platform(
        "apple_podcasts",
        "podcasts.apple.com itunes.apple.com",
        rule(
            "episode.show",
            r"(?:/(?P<country>[a-z]{2}))?/podcast(?:/[^/]+)?/id(?P<show_id>\d+)(?:/.*)?",
            "episode",
            r"i>id~\d+",
            need=True,
            eg={"https://podcasts.apple.com/gb/podcast/tea/id42?i=1000600000001": "1000600000001"},
        ),
        rule(
            "show.path",
            r"(?:/(?P<country>[a-z]{2}))?/podcast(?:/[^/]+)?/id(?P<id>\d+)(?:/.*)?",
            "show",
            eg={
                "https://podcasts.apple.com/us/podcast/tea-talk/id42": "42",
                "https://podcasts.apple.com/podcast/id42": "42",
                "https://itunes.apple.com/us/podcast/tea/id42?mt=2": "42",
            },
        ),
        rule(
            "channel.path",
            r"(?:/(?P<country>[a-z]{2}))?/channel(?:/[^/]+)?/id(?P<id>\d+)",
            "channel",
            eg={"https://podcasts.apple.com/us/channel/tea-network/id6442": "6442"},
        ),
        rule(
            "show.webobjects",
            r"/WebObjects/MZStore\.woa/wa/viewPodcast",
            "show",
            r"id>id~\d+",
            need=True,
            eg={"https://itunes.apple.com/WebObjects/MZStore.woa/wa/viewPodcast?id=42": "42"},
        ),
        rule(
            "product.app",
            r"(?:/[a-z]{2})?/app(?:/[^/]+)?/id(?P<id>\d+)",
            "product",
            other="apple_app_store",
            eg={"https://itunes.apple.com/us/app/tea/id99": "99"},
        ),
        rule(
            "item.music",
            r"(?:/[a-z]{2})?/(?P<kind>album|artist|playlist|music-video)(?:/[^/]+)?/(?:id)?(?P<id>[\w.-]+)",
            "<kind>",
            other="apple_music",
            eg={"https://itunes.apple.com/us/album/tea/id1440": ("album", "1440")},
        ),
        strip="itsct itscg ls mt uo app at ct",
        purposes="at=affiliate",
    ),
    platform(
        "apple_app_store",
        "apps.apple.com",
        rule(
            "product.app",
            r"(?:/[a-z]{2})?/app(?:/[^/]+)?/id(?P<id>\d+)",
            "product",
            eg={"https://apps.apple.com/us/app/tea/id99": "99"},
        ),
    ),
    # Spotify: open.spotify.com/[intl-xx/][embed/]<kind>/<id> (Spotify for Developers, "Spotify
    # URIs and IDs"), the old /user/<name>/playlist/<id>, spotify.link and spoti.fi short links;
    # Spotify for Creators (podcasters./creators.spotify.com, once anchor.fm), the host of many
    # shows, keeps its own name ``anchor``.
    platform(
        "spotify",
        "open.spotify.com play.spotify.com",
        rule(
            "playlist.user",
            r"/user/(?P<user>[^/]+)/playlist/(?P<id>\w+)",
            "playlist",
            canon="https://open.spotify.com/playlist/{id}",
            eg={f"https://open.spotify.com/user/tea/playlist/{SP}": SP},
        ),
        rule(
            "item.open",
            r"(?:/intl-[\w-]+)?(?:/embed(?:-podcast)?)?"
            r"/(?P<kind>show|episode|playlist|album|track|artist|user|audiobook|chapter)"
            r"/(?P<id>\w+)(?:/.*)?",
            "<kind>",
            canon="https://open.spotify.com/{kind}/{id}",
            eg={
                f"https://open.spotify.com/show/{SP}": ("show", SP),
                f"https://open.spotify.com/episode/{SP}?si=abc": ("episode", SP),
                f"https://open.spotify.com/intl-de/episode/{SP}": ("episode", SP),
                f"https://open.spotify.com/embed/episode/{SP}": ("episode", SP),
                f"https://open.spotify.com/artist/{SP}": ("profile", SP),
                f"https://open.spotify.com/audiobook/{SP}": ("audiobook", SP),
            },
        ),
        strip="si nd context",
    ),
    platform(
        "spotify",
        "spotify.link spoti.fi",
        rule(
            "short_link.link",
            r"/(?P<id>\w+)",
            "short_link",
            eg={"https://spotify.link/aBc12": "aBc12"},
        ),
    ),
    platform(
        "anchor",
        "anchor.fm",
        rule(
            "media.play",
            r"/s/(?P<show_id>\w+)/podcast/play/(?P<id>\d+)(?:/.*)?",
            "media",
            eg={"https://anchor.fm/s/1a2b/podcast/play/4242/https%3A%2F%2Fx.org%2Fa.mp3": "4242"},
        ),
        rule(
            "feed.rss",
            r"/s/(?P<id>\w+)/podcast/rss",
            "feed",
            eg={"https://anchor.fm/s/1a2b3c4d/podcast/rss": "1a2b3c4d"},
        ),
        rule(
            "episode.path",
            r"/(?P<show_slug>[\w.-]+)/(?:embed/)?episodes/(?P<id>[^/]+)",
            "episode",
            last_dash=True,
            eg={"https://anchor.fm/myshow/episodes/Tea-Time-e1a2b3c": "e1a2b3c"},
        ),
        rule(
            "other.message",
            r"/(?P<id>[\w.-]+)/message",
            "other",
            purpose="contact",
            eg={"https://anchor.fm/myshow/message": "myshow"},
        ),
        rule(
            "show.path",
            r"/(?P<id>[\w.-]+)(?:/embed)?",
            "show",
            eg={"https://anchor.fm/myshow": "myshow"},
        ),
    ),
    platform(
        "anchor",
        "podcasters.spotify.com creators.spotify.com",
        rule(
            "episode.pod",
            r"/pod/(?:show|profile)/(?P<show_slug>[^/]+)/(?:embed/)?episodes/(?P<id>[^/]+)",
            "episode",
            last_dash=True,
            eg={"https://creators.spotify.com/pod/show/myshow/episodes/Tea-e2x9y8z": "e2x9y8z"},
        ),
        rule(
            "other.voice_message",
            r"/pod/(?:show|profile)/(?P<id>[^/]+)/message",
            "other",
            purpose="contact",
            eg={"https://podcasters.spotify.com/pod/show/myshow/message": "myshow"},
        ),
        rule(
            "other.support",
            r"/pod/(?:show|profile)/(?P<id>[^/]+)/support",
            "other",
            purpose="donation",
            eg={"https://podcasters.spotify.com/pod/show/myshow/support": "myshow"},
        ),
        rule(
            "show.pod",
            r"/pod/(?:show|profile)/(?P<id>[^/]+)(?:/subscribe)?",
            "show",
            eg={"https://creators.spotify.com/pod/profile/myshow/subscribe": "myshow"},
        ),
    ),
    # Amazon Music: music.amazon.<tld>/podcasts/<show uuid>[/<slug>][/episodes/<uuid>]
    # (Amazon Music for Podcasters).
    platform(
        "amazon_music",
        _AMAZON_MUSIC,
        rule(
            "episode.podcast",
            rf"/podcasts/(?P<show_id>{_UUID})(?:/[^/]+)?/episodes/(?P<id>{_UUID})(?:/.*)?",
            "episode",
            eg={f"https://music.amazon.com/podcasts/{U}/episodes/{U2}/tea": U2},
        ),
        rule(
            "show.podcast",
            rf"/podcasts/(?P<id>{_UUID})(?:/.*)?",
            "show",
            eg={f"https://music.amazon.de/podcasts/{U}/tea-talk": U},
        ),
        rule(
            "item.music",
            r"/(?P<kind>album|playlist|artist)s/(?P<id>\w+)(?:/.*)?",
            "<kind>",
            eg={"https://music.amazon.com/albums/B0ABC": ("album", "B0ABC")},
        ),
    ),
    # Overcast: overcast.fm/+<episode>[/<time>] and /itunes<apple id>[/<slug>] (Overcast's
    # "share" links).
    platform(
        "overcast",
        "overcast.fm",
        rule(
            "episode.plus",
            r"/\+(?P<id>[\w-]+)(?:/(?P<time>\d{1,3}(?::\d\d){1,2}))?",
            "episode",
            eg={"https://overcast.fm/+AbCdEf/1:02:03": "AbCdEf"},
        ),
        rule(
            "show.itunes",
            r"/itunes(?P<id>\d+)(?:/.*)?",
            "show",
            eg={"https://overcast.fm/itunes42/tea": "42"},
        ),
    ),
    # Pocket Casts: pca.st/<code>, pca.st/itunes/<id>, pca.st/podcast/<uuid>, pca.st/episode/
    # <uuid>; pocketcasts.com/podcasts/<uuid>/<uuid> (Pocket Casts' share links).
    platform(
        "pocket_casts",
        "pca.st",
        rule("show.itunes", r"/itunes/(?P<id>\d+)", "show", eg={"https://pca.st/itunes/42": "42"}),
        rule(
            "show.uuid",
            rf"/(?:podcast/)?(?P<id>{_UUID})",
            "show",
            eg={f"https://pca.st/podcast/{U}": U},
        ),
        rule(
            "episode.uuid",
            rf"/episode/(?P<id>{_UUID})",
            "episode",
            eg={f"https://pca.st/episode/{U}": U},
        ),
        rule(
            "short_link.code", r"/(?P<id>\w+)", "short_link", eg={"https://pca.st/ab12cd": "ab12cd"}
        ),
    ),
    platform(
        "pocket_casts",
        "pocketcasts.com",
        rule(
            "episode.path",
            rf"/podcasts?/(?:[^/]+/)?(?P<show_id>{_UUID})/(?:[^/]+/)?(?P<id>{_UUID})",
            "episode",
            eg={f"https://play.pocketcasts.com/podcasts/{U}/{U2}": U2},
        ),
        rule(
            "show.path",
            rf"/podcasts?/(?:[^/]+/)?(?P<id>{_UUID})",
            "show",
            eg={f"https://pocketcasts.com/podcast/tea-talk/{U}": U},
        ),
    ),
    # Castbox: castbox.fm/channel/<slug>-id<id>, /episode/<slug>-id<show>-id<episode>, /vd/<id>,
    # and the embed player /app/castbox/player/id<show>[/id<episode>].
    platform(
        "castbox",
        "castbox.fm",
        rule(
            "show.channel",
            r"/channel/(?:[^/]*-)?id(?P<id>\d+)(?:/.*)?",
            "show",
            eg={"https://castbox.fm/channel/Tea-Talk-id4242?country=gb": "4242"},
        ),
        rule(
            "episode.path",
            r"/episode/[^/]*-id(?P<show_id>\d+)-id(?P<id>\d+)",
            "episode",
            eg={"https://castbox.fm/episode/Tea-id4242-id777": "777"},
        ),
        rule(
            "episode.short",
            r"/(?:ep|vd)/(?P<id>\d+)",
            "episode",
            eg={"https://castbox.fm/vd/777": "777"},
        ),
        rule(
            "episode.player",
            r"/app/castbox/player/id(?P<show_id>\d+)/id(?P<id>\d+)",
            "episode",
            eg={"https://castbox.fm/app/castbox/player/id4242/id777": "777"},
        ),
        rule(
            "show.player",
            r"/app/castbox/player/id(?P<id>\d+)",
            "show",
            eg={"https://castbox.fm/app/castbox/player/id4242": "4242"},
        ),
    ),
    platform(
        "castro",
        "castro.fm",
        rule(
            "episode.path",
            r"/episode/(?P<id>\w+)",
            "episode",
            eg={"https://castro.fm/episode/AbC123": "AbC123"},
        ),
        rule(
            "show.path",
            r"/podcast/(?P<id>[\w-]+)",
            "show",
            eg={f"https://castro.fm/podcast/{U}": U},
        ),
        rule(
            "show.itunes",
            r"/itunes/(?P<id>\d+)",
            "show",
            eg={"https://castro.fm/itunes/4242": "4242"},
        ),
    ),
    # Podcast Addict: /podcast/[<slug>/]<id>, /episode/<id>, /<show slug>/episode/<id>; an
    # episode shared from the app may carry its encoded audio URL instead of an id.
    platform(
        "podcast_addict",
        "podcastaddict.com",
        rule(
            "show.path",
            r"/podcast/(?:[^/]+/)?(?P<id>\d+)",
            "show",
            eg={"https://podcastaddict.com/podcast/tea-talk/4242": "4242"},
        ),
        rule(
            "episode.show",
            r"/[^/]+/episode/(?P<id>\d+)",
            "episode",
            eg={"https://podcastaddict.com/tea-talk/episode/777": "777"},
        ),
        rule(
            "episode.id",
            r"/episode/(?P<id>\d+)",
            "episode",
            eg={"https://podcastaddict.com/episode/777": "777"},
        ),
        rule(
            "episode.shared",
            r"/episode/.*",
            "episode",
            eg={"https://podcastaddict.com/episode/https%3A%2F%2Fx.org%2Fa.mp3&podcastId=42": None},
        ),
    ),
    platform(
        "player_fm",
        "player.fm",
        rule(
            "episode.series",
            r"/series/(?P<show_slug>[^/]+)/(?P<id>[^/]+)",
            "episode",
            eg={"https://player.fm/series/tea-talk/ep-1-green": "ep-1-green"},
        ),
        rule(
            "show.series",
            r"/series/(?P<id>[^/]+)",
            "show",
            eg={"https://player.fm/series/tea-talk": "tea-talk"},
        ),
    ),
    platform(
        "podchaser",
        "podchaser.com",
        rule(
            "episode.show",
            r"/podcasts/[^/]*-(?P<show_id>\d+)/episodes/[^/]*-(?P<id>\d+)",
            "episode",
            eg={"https://www.podchaser.com/podcasts/tea-4242/episodes/green-777": "777"},
        ),
        rule(
            "show.path",
            r"/podcasts/[^/]*-(?P<id>\d+)(?:/episodes)?",
            "show",
            eg={"https://www.podchaser.com/podcasts/tea-talk-4242": "4242"},
        ),
        rule(
            "episode.path",
            r"/episodes/[^/]*-(?P<id>\d+)",
            "episode",
            eg={"https://www.podchaser.com/episodes/green-777": "777"},
        ),
        rule(
            "profile.creator",
            r"/creators/[^/]*-(?P<id>\w+)",
            "profile",
            eg={"https://www.podchaser.com/creators/ann-lee-107tZ": "107tZ"},
        ),
    ),
    platform(
        "goodpods",
        "goodpods.com",
        rule(
            "episode.path",
            r"/podcasts/[^/]*-(?P<show_id>\d+)/[^/]*-(?P<id>\d+)",
            "episode",
            eg={"https://goodpods.com/podcasts/tea-talk-4242/green-tea-777": "777"},
        ),
        rule(
            "show.path",
            r"/podcasts/[^/]*-(?P<id>\d+)",
            "show",
            eg={"https://goodpods.com/podcasts/tea-4242": "4242"},
        ),
    ),
    # Podcast Index: podcastindex.org/podcast/<feed id>[?episode=<id>] (podcastindex.org).
    platform(
        "podcast_index",
        "podcastindex.org",
        rule(
            "episode.fragment",
            r"/podcast/(?P<id>\d+)#.+",
            "episode",
            eg={"https://podcastindex.org/podcast/920666#1": "920666"},
        ),
        rule(
            "episode.query",
            r"/podcast/(?P<show_id>\d+)",
            "episode",
            r"episode>id~\d+",
            need=True,
            eg={"https://podcastindex.org/podcast/42?episode=777": "777"},
        ),
        rule(
            "show.path",
            r"/podcast/(?P<id>\d+)",
            "show",
            eg={"https://podcastindex.org/podcast/4242": "4242"},
        ),
    ),
    # iHeartRadio: /podcast/<slug>-<id>/[episode/<slug>-<id>/], /live/<slug>-<id>/.
    platform(
        "iheartradio",
        "iheart.com iheartradio.com iheartradio.ca",
        rule(
            "episode.show",
            r"/podcast/(?:[^/]*-)?(?P<show_id>\d+)/episode/(?:[^/]*-)?(?P<id>\d+)",
            "episode",
            eg={
                "https://www.iheart.com/podcast/269-tea-4242/episode/green-777/": "777",
                "https://www.iheart.com/podcast/269-tea-4242/episode/777/?embed=true": "777",
            },
        ),
        rule(
            "show.path",
            r"/podcast/(?:[^/]*-)?(?P<id>\d+)",
            "show",
            eg={"https://www.iheart.com/podcast/269-tea-talk-4242/": "4242"},
        ),
        rule(
            "station.live",
            r"/live/(?:[^/]*-)?(?P<id>\d+)",
            "station",
            eg={"https://www.iheart.com/live/tea-fm-42/": "42"},
        ),
    ),
    # TuneIn: /podcasts/<category>/<slug>-p<id>/, ?topicId=<episode>, /radio/<slug>-s<id>/,
    # t<id> for an episode, and the embed player.
    platform(
        "tunein",
        "tunein.com",
        rule(
            "episode.topic",
            r"/podcasts/(?:[^/]+/)?[^/]*-(?P<show_id>p\d+)",
            "episode",
            r"topicId>id~\d+",
            need=True,
            eg={"https://tunein.com/podcasts/Food/Tea-p4242/?topicId=777": "777"},
        ),
        rule(
            "show.path",
            r"/(?:podcasts|radio)/(?:[^/]+/)?[^/]*-(?P<id>p\d+)",
            "show",
            eg={"https://tunein.com/podcasts/Food/Tea-Talk-p4242/": "p4242"},
        ),
        rule(
            "station.radio",
            r"/radio/(?:[^/]+/)?[^/]*-(?P<id>s\d+)",
            "station",
            eg={"https://tunein.com/radio/Tea-FM-s4242/": "s4242"},
        ),
        rule(
            "episode.path",
            r"/(?:podcasts|radio)/(?:[^/]+/)?[^/]*-(?P<id>t\d+)",
            "episode",
            eg={"https://tunein.com/radio/Tea-t777/": "t777"},
        ),
        rule(
            "episode.embed",
            r"/embed/player/(?P<id>t\d+)",
            "episode",
            eg={"https://tunein.com/embed/player/t777/": "t777"},
        ),
        rule(
            "show.embed",
            r"/embed/player/(?P<id>p\d+)",
            "show",
            eg={"https://tunein.com/embed/player/p42/": "p42"},
        ),
        rule(
            "station.embed",
            r"/embed/player/(?P<id>s\d+)",
            "station",
            eg={"https://tunein.com/embed/player/s42/": "s42"},
        ),
    ),
    platform(
        "tunein",
        "tun.in",
        rule(
            "short_link.code", r"/(?P<id>\w+)", "short_link", eg={"https://tun.in/sfxab": "sfxab"}
        ),
    ),
    platform(
        "fountain",
        "fountain.fm",
        rule(
            "episode.path",
            r"/episode/(?P<id>\w+)",
            "episode",
            eg={"https://fountain.fm/episode/Ab12": "Ab12"},
        ),
        rule(
            "show.path", r"/show/(?P<id>\w+)", "show", eg={"https://fountain.fm/show/Ab12": "Ab12"}
        ),
    ),
    platform(
        "listen_notes",
        "listennotes.com lnns.co",
        rule(
            "episode.path",
            r"/podcasts/(?P<show_slug>[^/]+)/[^/]*-(?P<id>[\w-]{11})",
            "episode",
            eg={"https://www.listennotes.com/podcasts/tea/green-AbCdEfGhIjK/": "AbCdEfGhIjK"},
        ),
        rule(
            "show.path",
            r"/podcasts/[^/]*-(?P<id>[\w-]{11})",
            "show",
            eg={"https://www.listennotes.com/podcasts/tea-talk-AbCdEfGhIjK/": "AbCdEfGhIjK"},
        ),
        rule("episode.short", r"/e/(?P<id>\w+)", "episode", eg={"https://lnns.co/e/Ab12": "Ab12"}),
        rule(
            "show.short",
            r"/c/(?P<id>\w+)",
            "show",
            eg={"https://www.listennotes.com/c/Ab12/": "Ab12"},
        ),
    ),
    platform(
        "podbay",
        "podbay.fm",
        rule(
            "episode.path",
            r"/p/(?P<show_slug>[^/]+)/e/(?P<id>[^/]+)",
            "episode",
            eg={"https://podbay.fm/p/tea/e/1600000000": "1600000000"},
        ),
        rule("show.path", r"/p/(?P<id>[^/]+)", "show", eg={"https://podbay.fm/p/tea": "tea"}),
    ),
    platform(
        "pod_link",
        "pod.link",
        rule("feed.rss", r"/(?P<id>\d+)\.rss", "feed", eg={"https://pod.link/42.rss": "42"}),
        rule(
            "episode.path",
            r"/(?P<show_id>\d+)/episode/(?P<id>[^/]+)",
            "episode",
            eg={"https://pod.link/42/episode/Ab12": "Ab12"},
        ),
        rule("show.path", r"/(?P<id>\d+)", "show", eg={"https://pod.link/42": "42"}),
    ),
    platform(
        "audioboom",
        "audioboom.com embeds.audioboom.com",
        rule(
            "episode.post",
            r"/(?:posts|boos)/(?P<id>\d+)(?:-[^/]*)?(?:/.*)?",
            "episode",
            eg={
                "https://audioboom.com/posts/777-green-tea": "777",
                "https://embeds.audioboom.com/posts/777/embed/v4": "777",
            },
        ),
        rule(
            "show.channel",
            r"/channels?/(?P<id>\d+)(?:-[^/]*)?(?:/.*)?",
            "show",
            eg={"https://audioboom.com/channels/42-tea": "42"},
        ),
    ),
    platform(
        "ivoox",
        "ivoox.com",
        rule(
            "episode.rf", r"/rf/(?P<id>\d+)", "episode", eg={"https://www.ivoox.com/rf/777": "777"}
        ),
        rule(
            "episode.page",
            r"/[^/]*_rf_(?P<id>\d+)_\d+\.html",
            "episode",
            eg={"https://www.ivoox.com/te-verde-audios-mp3_rf_777_1.html": "777"},
        ),
        rule(
            "show.page",
            r"/[^/]*_sq_f(?P<id>\d+)_\d+\.html",
            "show",
            eg={"https://www.ivoox.com/podcast-te_sq_f142_1.html": "142"},
        ),
    ),
    platform(
        "callin",
        "callin.com",
        rule(
            "episode.path",
            r"/episode/(?P<id>[^/]+)",
            "episode",
            eg={"https://www.callin.com/episode/tea-AbC": "tea-AbC"},
        ),
    ),
    platform(
        "this_american_life",
        "thisamericanlife.org",
        rule(
            "episode.archive",
            r"/radio-archives/episode/(?P<id>\d+)(?:/.*)?",
            "episode",
            eg={"https://www.thisamericanlife.org/radio-archives/episode/487/harper": "487"},
        ),
        rule(
            "episode.number",
            r"/(?P<id>\d+)(?:/.*)?",
            "episode",
            eg={"https://www.thisamericanlife.org/487/harper": "487"},
        ),
        rule(
            "episode.play",
            r"/play_full\.php",
            "episode",
            r"play>id~\d+",
            need=True,
            eg={"https://www.thisamericanlife.org/play_full.php?play=487": "487"},
        ),
    ),
    platform(
        "stitcher",
        "stitcher.com",
        rule(
            "episode.path",
            r"/(?:podcast|show)/(?:[^/]+/){0,3}e/(?:[^/]*-)?(?P<id>\d+)",
            "episode",
            eg={"https://www.stitcher.com/podcast/tea/talk/e/green-777": "777"},
        ),
        rule(
            "show.path",
            r"/(?:podcast|show)/(?:[^/]+/)?(?P<id>[^/]+)",
            "show",
            eg={"https://www.stitcher.com/show/tea-talk": "tea-talk"},
        ),
    ),
    platform(
        "google_podcasts",
        "podcasts.google.com",
        rule(
            "episode.feed",
            r"/feed/(?P<feed>[\w=-]+)/episode/(?P<id>[\w=-]+)",
            "episode",
            eg={"https://podcasts.google.com/feed/aHR0cHM6Ly9/episode/Ab12": "Ab12"},
        ),
        rule(
            "show.feed",
            r"/feed/(?P<id>[\w=-]+)",
            "show",
            eg={"https://podcasts.google.com/feed/aHR0cHM6Ly9": "aHR0cHM6Ly9"},
        ),
    ),
    platform(
        "google_podcasts",
        "google.com",
        rule(
            "show.podcasts",
            r"/podcasts",
            "show",
            r"feed>id~[\w=-]+",
            need=True,
            eg={
                "https://www.google.com/podcasts?feed=aHR0cHM6Ly9leC5vcmc=": "aHR0cHM6Ly9leC5vcmc="
            },
        ),
        strict=True,
    ),
    # NPR: npr.org/[sections/<s>/]YYYY/MM/DD/<id>/<slug>, /podcasts/<id>/<slug>, and the
    # audio on <x>.pod.npr.org.
    platform(
        "npr",
        "npr.org",
        rule(
            "post.story",
            r"(?:/sections/[^/]+)?/\d{4}/\d\d/\d\d/(?P<id>\d+)(?:/.*)?",
            "post",
            eg={"https://www.npr.org/2024/01/02/1222/tea": "1222"},
        ),
        rule(
            "show.podcast",
            r"/podcasts/(?P<id>\d+)(?:/.*)?",
            "show",
            eg={"https://www.npr.org/podcasts/510289/tea": "510289"},
        ),
        rule(
            "media.pod",
            r"(?:[\w-]+\.)?pod/.*",
            "media",
            eg={"https://ondemand.pod.npr.org/a.mp3": None},
        ),
        capture=True,
    ),
)
