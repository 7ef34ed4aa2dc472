"""URIs of apps' own schemes, in the language of :mod:`shownotes.links.rules`: ``spotify:``
(Spotify for Developers, "Spotify URIs and IDs"), ``at://`` (AT Protocol, "AT URI Scheme"),
``doi:`` (DOI Handbook), ``arxiv:`` (arXiv's identifier scheme), ``instagram://`` (Instagram's
iOS URL scheme) and ``vnd.youtube:`` (YouTube's Android intent).

A row with ``to`` stands for that web URL and is read as it, by the web URL's own platform
table (a hop in :func:`shownotes.links.explain`): Spotify's kinds and ids live in one place.
A row without it is classified here.
"""

from __future__ import annotations

from typing import Final

from shownotes.links.rules import Uri, uri

__all__ = ["URIS"]

SP: Final = "4rOoJ6Egrf8K2IrywzwOMk"

URIS: Final[tuple[Uri, ...]] = (
    uri(
        "spotify.uri",
        r"spotify:(?P<kind>show|episode|playlist|album|track|artist|user|audiobook|chapter)"
        r":(?P<id>[0-9A-Za-z]{1,64})",
        to="https://open.spotify.com/{kind}/{id}",
        eg={f"spotify:episode:{SP}": f"https://open.spotify.com/episode/{SP}"},
    ),
    uri(
        "spotify.user_playlist",
        r"spotify:user:(?P<user>[^:\s]{1,64}):playlist:(?P<id>[0-9A-Za-z]{1,64})",
        to="https://open.spotify.com/playlist/{id}",
        eg={f"spotify:user:tea:playlist:{SP}": f"https://open.spotify.com/playlist/{SP}"},
    ),
    uri(
        "bluesky.at_post",
        r"at://(?P<handle>[^/\s]{1,256})/app\.bsky\.feed\.post/(?P<id>\w{1,64})",
        to="https://bsky.app/profile/{handle}/post/{id}",
        eg={
            "at://did:plc:abc/app.bsky.feed.post/3kabc": "https://bsky.app/profile/did:plc:abc/post/3kabc"
        },
    ),
    uri(
        "bluesky.at_profile",
        r"at://(?P<handle>[^/\s]{1,256})/?",
        to="https://bsky.app/profile/{handle}",
        eg={"at://tea.example": "https://bsky.app/profile/tea.example"},
    ),
    uri(
        "doi.uri",
        r"doi:\s?(?P<id>10\.\d{4,9}/\S{1,500})",
        to="https://doi.org/{id}",
        eg={"doi:10.1234/xyz": "https://doi.org/10.1234/xyz"},
    ),
    uri(
        "arxiv.uri",
        r"arxiv:\s?(?P<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)",
        to="https://arxiv.org/abs/{id}",
        eg={"arXiv:2301.01234v2": "https://arxiv.org/abs/2301.01234v2"},
    ),
    uri(
        "instagram.user",
        r"instagram://user\?username=(?P<user>[\w.]{1,30})",
        to="https://www.instagram.com/{user}/",
        eg={"instagram://user?username=teatalk": "https://www.instagram.com/teatalk/"},
    ),
    uri(
        "instagram.media",
        r"instagram://media\?id=(?P<id>\d{1,30})(?:_\d{1,30})?",
        platform="instagram",
        kind="post",
        eg={"instagram://media?id=4242": "4242"},
    ),
    uri(
        "youtube.vnd",
        r"vnd\.youtube:(?://)?(?P<id>[\w-]{11})",
        to="https://www.youtube.com/watch?v={id}",
        eg={"vnd.youtube:dQw4w9WgXcQ": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
    ),
)
