"""Code hosting, papers, reference works and books: GitHub, GitLab, Codeberg, arXiv, DOI,
Wikipedia, Wikimedia Commons, Amazon, Goodreads, Bookshop, Open Library, Audible, Google Play
(in the language of :mod:`shownotes.links.rules`).
"""

from __future__ import annotations

from typing import Final

from shownotes.links.rules import Platform, Rule, platform, rule

__all__ = ["CODE_PAPERS_BOOKS"]

_AMAZON: Final = (
    "amazon.com amazon.co.uk amazon.de amazon.fr amazon.it amazon.es amazon.ca amazon.in "
    "amazon.co.jp amazon.com.au amazon.com.br amazon.com.mx amazon.nl amazon.se amazon.pl "
    "amazon.sg amazon.ae amazon.sa amazon.com.tr amazon.eg amazon.com.be amazon.cn"
)
_AUDIBLE: Final = (
    "audible.com audible.co.uk audible.ca audible.de audible.fr audible.it audible.es "
    "audible.in audible.com.au audible.co.jp audible.com.br"
)
# An Amazon product page: /[slug/]dp/<ASIN> and the older /gp/product/, /exec/obidos/ASIN/.
_ASIN_PATH: Final = r"(?:/[^/]+)?/(?:dp|gp/product|gp/aw/d|exec/obidos/ASIN|o/ASIN)/"
_ASIN: Final = r"[A-Z0-9]{10}"
# First path segments of github.com and codeberg.org that are pages, not users.
_FORGE_PAGES: Final = (
    "about|apps|codespaces|collections|customer-stories|enterprise|events|explore|features|"
    "issues|join|login|marketplace|new|notifications|organizations|pricing|pulls|readme|search|"
    "security|settings|site|team|topics|trending"
)


def _forge(host: str) -> tuple[Rule, ...]:
    """The rows of a GitHub-like forge (GitHub Docs, "About repositories"; Forgejo's routes)."""
    return (
        rule(
            "profile.sponsors",
            r"/sponsors/(?P<id>[\w-]+)",
            "profile",
            purpose="donation",
            eg={f"https://{host}/sponsors/tea": "tea"},
        ),
        rule(
            "profile.org",
            r"/orgs/(?P<id>[\w-]+)(?:/.*)?",
            "profile",
            eg={f"https://{host}/orgs/tea/people": "tea"},
        ),
        rule(
            "other.pages",
            rf"/(?:{_FORGE_PAGES})(?:/.*)?",
            "other",
            eg={f"https://{host}/explore": None},
        ),
        rule(
            "file.blob",
            r"/(?P<id>[\w.-]+/[\w.-]+)/(?:blob|raw)/(?P<ref>[^/]+)/(?P<path>.+)",
            "file",
            eg={f"https://{host}/tea/talk/blob/main/README.md": "tea/talk"},
        ),
        rule(
            "repo.git",
            r"/(?P<id>[\w.-]+/[\w.-]+)\.git",
            "repo",
            eg={f"https://{host}/tea/talk.git": "tea/talk"},
        ),
        rule(
            "repo.path",
            r"/(?P<id>[\w.-]+/[\w.-]+)(?:/.*)?",
            "repo",
            eg={
                f"https://{host}/tea/talk": "tea/talk",
                f"https://{host}/tea/talk/issues/42": "tea/talk",
            },
        ),
        rule("profile.user", r"/(?P<id>[\w.-]+)", "profile", eg={f"https://{host}/tea": "tea"}),
    )


CODE_PAPERS_BOOKS: Final[tuple[Platform, ...]] = (
    platform("github", "github.com", *_forge("github.com")),
    platform(
        "github",
        "gist.github.com",
        rule(
            "gist.owner",
            r"/(?P<owner>[\w-]+)/(?P<id>[0-9a-f]+)(?:/.*)?",
            "gist",
            eg={"https://gist.github.com/tea/0123456789abcdef": "0123456789abcdef"},
        ),
        rule(
            "gist.id",
            r"/(?P<id>[0-9a-f]{20,})",
            "gist",
            eg={"https://gist.github.com/0123456789abcdef0123": "0123456789abcdef0123"},
        ),
        rule(
            "profile.gist", r"/(?P<id>[\w-]+)", "profile", eg={"https://gist.github.com/tea": "tea"}
        ),
    ),
    platform(
        "github",
        "raw.githubusercontent.com",
        rule(
            "file.raw",
            r"/(?P<id>[\w.-]+/[\w.-]+)/(?P<ref>[^/]+)/(?P<path>.+)",
            "file",
            eg={"https://raw.githubusercontent.com/tea/talk/main/a.md": "tea/talk"},
        ),
    ),
    # GitLab: groups nest, and /-/ separates the project path from its pages (GitLab Docs,
    # "Namespaces").
    platform(
        "gitlab",
        "gitlab.com",
        rule(
            "other.pages",
            r"/(?:explore|help|dashboard|users/sign_in|search)(?:/.*)?",
            "other",
            eg={"https://gitlab.com/explore": None},
        ),
        rule(
            "file.blob",
            r"/(?P<id>[\w.-]+(?:/[\w.-]+){1,5})/-/(?:blob|raw)/(?P<ref>[^/]+)/(?P<path>.+)",
            "file",
            eg={"https://gitlab.com/tea/talk/-/blob/main/a.md": "tea/talk"},
        ),
        rule(
            "repo.pages",
            r"/(?P<id>[\w.-]+(?:/[\w.-]+){1,5})/-/.*",
            "repo",
            eg={"https://gitlab.com/tea/sub/talk/-/issues/1": "tea/sub/talk"},
        ),
        rule(
            "repo.path",
            r"/(?P<id>[\w.-]+(?:/[\w.-]+){1,5}?)(?:\.git)?",
            "repo",
            eg={"https://gitlab.com/tea/talk": "tea/talk"},
        ),
        rule("profile.user", r"/(?P<id>[\w.-]+)", "profile", eg={"https://gitlab.com/tea": "tea"}),
    ),
    platform("codeberg", "codeberg.org", *_forge("codeberg.org")),
    # arXiv: /abs|pdf|html/<id>[v<n>] for new (YYMM.NNNNN) and old (archive/NNNNNNN) ids (arXiv
    # help, "Understanding the arXiv identifier").
    platform(
        "arxiv",
        "arxiv.org export.arxiv.org",
        rule(
            "paper.new",
            r"/(?:abs|pdf|html|format)/(?P<id>\d{4}\.\d{4,5}(?:v\d+)?)(?:\.pdf)?",
            "paper",
            canon="https://arxiv.org/abs/{id}",
            eg={
                "https://arxiv.org/abs/2301.01234": "2301.01234",
                "https://arxiv.org/pdf/2301.01234v2.pdf": "2301.01234v2",
            },
        ),
        rule(
            "paper.old",
            r"/(?:abs|pdf|html|format)/(?P<id>[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)(?:\.pdf)?",
            "paper",
            eg={"https://arxiv.org/abs/hep-th/9901001": "hep-th/9901001"},
        ),
        rule(
            "paper.ftp",
            r"/ftp/arxiv/papers/\d{4}/(?P<id>\d{4}\.\d{4,5}(?:v\d+)?)\.pdf",
            "paper",
            eg={"https://arxiv.org/ftp/arxiv/papers/2301/2301.01234.pdf": "2301.01234"},
        ),
        rule(
            "profile.author",
            r"/a/(?P<id>[\w.-]+)(?:\.html)?",
            "profile",
            eg={"https://arxiv.org/a/lee_a_1": "lee_a_1"},
        ),
    ),
    # DOI: doi.org/<prefix>/<suffix> (DOI Handbook, "DOI name syntax").
    platform(
        "doi",
        "doi.org dx.doi.org",
        rule(
            "paper.doi",
            r"/(?P<id>10\.\d{4,9}/.+)",
            "paper",
            decode=True,
            canon="https://doi.org/{id}",
            eg={
                "https://doi.org/10.1234/abc.def-5": "10.1234/abc.def-5",
                "http://dx.doi.org/10.1234/Tea%205": "10.1234/Tea 5",
            },
        ),
    ),
    platform(
        "wikipedia",
        "wikipedia.org",
        rule(
            "article.wiki",
            r"(?P<lang>[\w-]+)(?:\.m)?/wiki/(?P<id>[^/].*)",
            "article",
            decode=True,
            eg={"https://de.m.wikipedia.org/wiki/Gr%C3%BCner_Tee": "Grüner_Tee"},
        ),
        rule(
            "article.index",
            r"(?P<lang>[\w-]+)(?:\.m)?/w/index\.php",
            "article",
            "title>id",
            need=True,
            eg={"https://en.wikipedia.org/w/index.php?title=Green_tea&oldid=1": "Green_tea"},
        ),
        capture=True,
    ),
    platform(
        "wikimedia_commons",
        "commons.wikimedia.org",
        rule(
            "other.file",
            r"/wiki/File:(?P<id>.+)",
            "other",
            eg={"https://commons.wikimedia.org/wiki/File:Tea.jpg": "Tea.jpg"},
        ),
        rule(
            "other.page",
            r"/wiki/(?P<id>.+)",
            "other",
            eg={"https://commons.wikimedia.org/wiki/Tea": "Tea"},
        ),
    ),
    # Amazon: a product's ASIN after /dp/ (an ISBN-10 ASIN is a printed book), author pages
    # /e/<id>, influencer storefronts /shop/<name> (Amazon Influencer Program); an Associates
    # ``tag`` makes any Amazon link an affiliate link (Amazon Associates Help, "link formats").
    platform(
        "amazon",
        _AMAZON,
        rule(
            "book.dp",
            _ASIN_PATH + r"(?P<id>\d{9}[\dX])(?:/.*)?",
            "book",
            eg={
                "https://www.amazon.com/Tea-Book/dp/0123456789": "0123456789",
                "https://www.amazon.co.uk/gp/product/012345678X": "012345678X",
            },
        ),
        rule(
            "product.dp",
            _ASIN_PATH + rf"(?P<id>{_ASIN})(?:/.*)?",
            "product",
            eg={"https://www.amazon.de/dp/B0ABCDEF12?tag=tea-21": "B0ABCDEF12"},
        ),
        rule(
            "other.review",
            r"/gp/customer-reviews/(?P<id>\w+)(?:/.*)?",
            "other",
            eg={"https://www.amazon.com/gp/customer-reviews/R1AB/": "R1AB"},
        ),
        rule(
            "profile.author",
            r"(?:/[^/]+)?/e/(?P<id>B\w{9})(?:/.*)?",
            "profile",
            purpose="",
            eg={"https://www.amazon.com/Ann-Lee/e/B001ABCDEF": "B001ABCDEF"},
        ),
        rule(
            "profile.shop",
            r"/shop/(?P<id>[\w.-]+)(?:/.*)?",
            "profile",
            purpose="affiliate",
            eg={"https://www.amazon.com/shop/teatalk": "teatalk"},
        ),
        strip="ref ref_ tag linkcode linkid camp creative creativeasin psc th",
        strict=True,
        purposes="tag=affiliate",
    ),
    # amzn.to and amzn.eu are the Associates SiteStripe short links; a.co is Amazon's share link.
    platform(
        "amazon",
        "amzn.to amzn.eu",
        rule(
            "short_link.associates",
            r"/(?:d/)?(?P<id>\w+)",
            "short_link",
            purpose="affiliate",
            eg={"https://amzn.to/3AbCdEf": "3AbCdEf"},
        ),
    ),
    platform(
        "amazon",
        "a.co",
        rule(
            "short_link.share",
            r"/(?:d/)?(?P<id>\w+)",
            "short_link",
            eg={"https://a.co/d/AbC12": "AbC12"},
        ),
    ),
    # Audible: /pd/[<slug>/]<ASIN>, /podcast/<slug>/<ASIN>, /webplayer?asin=, /author/<n>/<ASIN>.
    platform(
        "audible",
        _AUDIBLE,
        rule(
            "book.pd",
            rf"/pd/(?:[^/]+/){{0,4}}(?P<id>{_ASIN})(?:/.*)?",
            "book",
            eg={"https://www.audible.com/pd/Tea-Audiobook/B0ABCDEF12": "B0ABCDEF12"},
        ),
        rule(
            "show.podcast",
            rf"/podcast/(?:[^/]+/)?(?P<id>{_ASIN})(?:/.*)?",
            "show",
            eg={"https://www.audible.com/podcast/Tea-Talk/B08ABCDEF1": "B08ABCDEF1"},
        ),
        rule(
            "book.asin",
            r"/ep/title|/webplayer|/pd",
            "book",
            rf"asin>id~{_ASIN}",
            need=True,
            eg={"https://www.audible.co.uk/webplayer?asin=B0ABCDEF12": "B0ABCDEF12"},
        ),
        rule(
            "profile.author",
            rf"/author/[^/]+/(?P<id>{_ASIN})",
            "profile",
            purpose="",
            eg={"https://www.audible.com/author/Ann-Lee/B001ABCDEF": "B001ABCDEF"},
        ),
        strip="ref_pageloadid plink",
    ),
    # Goodreads: [/<lang>]/book/show/<id>[-slug|.slug], /author/show/<id>, /user/show/<id>.
    platform(
        "goodreads",
        "goodreads.com",
        rule(
            "book.show",
            r"(?:/[a-z]{2})?/book/show/(?P<id>\d+)(?:[-._][^/]*)?",
            "book",
            eg={
                "https://www.goodreads.com/book/show/4242-green-tea": "4242",
                "https://www.goodreads.com/en/book/show/4242.Green_Tea": "4242",
            },
        ),
        rule(
            "profile.author",
            r"(?:/[a-z]{2})?/author/show/(?P<id>\d+)(?:[-._][^/]*)?",
            "profile",
            purpose="",
            eg={"https://www.goodreads.com/author/show/42.Ann_Lee": "42"},
        ),
        rule(
            "profile.user",
            r"/user/show/(?P<id>\d+)(?:-[^/]*)?",
            "profile",
            eg={"https://www.goodreads.com/user/show/42-ann": "42"},
        ),
        rule(
            "post.review",
            r"/review/show/(?P<id>\d+)",
            "post",
            eg={"https://www.goodreads.com/review/show/42": "42"},
        ),
        rule(
            "other.series",
            r"/(?:series|work/\w+)/(?P<id>\d+)(?:[-.][^/]*)?",
            "other",
            eg={"https://www.goodreads.com/series/42-tea": "42"},
        ),
    ),
    # Bookshop.org: /p/books/<slug>/<isbn13>, and an affiliate's /a/<id>/<isbn13> and /shop/<name>.
    platform(
        "bookshop",
        "bookshop.org",
        rule(
            "book.affiliate",
            r"/a/\d+/(?P<id>97[89]\d{10})(?:/.*)?",
            "book",
            purpose="affiliate",
            eg={"https://bookshop.org/a/42/9780000000002": "9780000000002"},
        ),
        rule(
            "book.page",
            r"/(?:books|p/books)/(?:[^/]+/)?(?P<id>97[89]\d{10})(?:/.*)?",
            "book",
            eg={"https://bookshop.org/p/books/green-tea/9780000000002": "9780000000002"},
        ),
        rule(
            "profile.shop",
            r"/shop/(?P<id>[^/]+)",
            "profile",
            purpose="affiliate",
            eg={"https://bookshop.org/shop/teatalk": "teatalk"},
        ),
    ),
    # Open Library: /works/OL…W, /books/OL…M, /isbn/<isbn>, /authors/OL…A
    # (openlibrary.org/developers).
    platform(
        "open_library",
        "openlibrary.org",
        rule(
            "book.id",
            r"/(?:works|books)/(?P<id>OL\d+[WM])(?:/.*)?",
            "book",
            eg={"https://openlibrary.org/works/OL42W/Green_Tea": "OL42W"},
        ),
        rule(
            "book.isbn",
            r"/isbn/(?P<id>\d{9}[\dX]|97[89]\d{10})",
            "book",
            eg={"https://openlibrary.org/isbn/9780000000002": "9780000000002"},
        ),
        rule(
            "profile.author",
            r"/authors/(?P<id>OL\d+A)(?:/.*)?",
            "profile",
            purpose="",
            eg={"https://openlibrary.org/authors/OL42A": "OL42A"},
        ),
    ),
    platform(
        "google_play",
        "play.google.com",
        rule(
            "product.app",
            r"/store/apps/details",
            "product",
            r"id>id~[\w.]+",
            need=True,
            eg={"https://play.google.com/store/apps/details?id=com.tea.app": "com.tea.app"},
        ),
        rule(
            "profile.developer",
            r"/store/apps/dev(?:eloper)?",
            "profile",
            r"id>id",
            need=True,
            purpose="",
            eg={"https://play.google.com/store/apps/developer?id=Tea+Inc": "Tea Inc"},
        ),
        strict=True,
    ),
)
