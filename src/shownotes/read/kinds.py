"""What a heading says its section holds: :func:`classify` a label into a :data:`Kind`.

Each kind has its words, matched on a folded label (NFKC, case-folded, letters and digits
separated by one space, stretched letters shrunk: "Siiiick Piiicks" reads "sick picks").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

from shownotes.model.sections import KINDS, Kind

__all__ = ["KINDS", "Kind", "classify", "fold"]

_MAX_LEAD_IN_WORDS: Final = 30

# Each kind's words, matched on a folded label (lower case, letters and digits, one space).
# Order matters: a "Sponsor links" heading is about sponsors; "Timestamps & referenced
# resources" holds references (its chapter lines are told apart line by line).
_ENGLISH: Final[tuple[tuple[Kind, re.Pattern[str]], ...]] = (
    ("transcript", re.compile(r"\btranscri(?:pt|pts|ption|ptions|bed)\b")),
    (
        "sponsors",
        re.compile(
            r"\bsponsor(?:s|ed|ship|ships)?\b|\bpartners?\b|\bdiscount codes?\b|\bpromo codes?\b"
            r"|\bbrought to you by\b|\bsupported by\b|\badvertis\w*|\bour supporters\b"
        ),
    ),
    (
        "credits",
        re.compile(
            r"\bcredits?\b|\bproduced by\b|\bproduction\b|\bmusic by\b|\btheme music\b"
            r"|\bartwork\b|\bedit(?:ed|ing) by\b|\bhosted by\b"
        ),
    ),
    (
        "platforms",
        re.compile(
            r"\bsubscrib\w*|\blisten (?:on|to|at|in|everywhere|now|and subscribe)\b"
            r"|\bwhere to (?:listen|watch|find us)\b|\bfollow (?:us|me|the show|the podcast)\b"
            r"|\bfind us\b|\bhit us up\b|\btweet us\b|\breach us\b|\bcontact us\b"
            r"|\bsocials?\b|\bsocial media\b|\bconnect with us\b|\bwatch (?:on|it on|us on)\b"
            r"|\bcontribut\w* to\b"
            r"|\bsupport (?:us|me|the show|the podcast|the channel|this channel|our work|my work)\b"
            r"|\bjoin (?:us|our|the community)\b|\b(?:the|your|our) hosts?\b"
            r"|\babout (?:us|the show)\b"
            r"|\bpatreon\b|\bnewsletter\b|\bapple podcasts\b|\bspotify\b|\brss\b|\bmerch\w*"
            r"|\bforums?\b|\bdiscord\b|\bslack\b|\bmailing list\b|\bavailable (?:on|at|wherever)\b"
            r"|\bread (?:more|the rest|it|the full \w+) (?:on|at)\b"
            # A creator's own kit and shop: "My Coding Gear", "Our podcast gear", "Equipment
            # used" (ForrestKnight, LTT, Louis Rossmann).
            r"|\b(?:my|our)\b(?: \w+){0,3} (?:gear|equipment|setup|shop|store)\b"
            r"|\b(?:gear|equipment) (?:used|i use|we use)\b"
        ),
    ),
    (
        "references",
        re.compile(
            r"\blinks?\b|\breferences?\b|\breferenced\b|\bresources\b|\bmention(?:ed|s)\b"
            r"|\bpicks?\b|\bplugs?\b|\bcheck ?outs?\b|\bfavs?\b|\bfavou?rites\b"
            r"|\bmust listens?\b|\bshout ?outs?\b|\bfurther reading\b|\breading list\b"
            r"|\bbooks?\b|\bsources\b|\bźródła\b|\bbibliography\b|\brecommendations?\b"
            r"|\bconnect with\b|\bwhere to find\b|\blearn more about\b|\bmore (?:about|on)\b"
            r"|\bguests?\b"
            r"|\bfollow\b|\bguests? (?:info|pages?)\b|\bpapers?\b|\btools\b|\bdiscussed\b"
        ),
    ),
    (
        "chapters",
        re.compile(
            r"\bchapters?\b|\btime ?stamps?\b|\btime ?codes?\b|\btimeline\b|\bcontents\b"
            r"|\boutline\b|\bsegments\b|\brozdzia\w*|\bkapitel\b|\bcap[ií]tulos\b"
            r"|\bin this episode\b"
        ),
    ),
)
# The same kinds in the other languages show notes are written in (German, French, Spanish,
# Portuguese, Italian, Dutch, Polish, Japanese, Chinese): each word is one a heading in that
# language uses for the kind, as the corpus's German, Polish and Chinese notes and feeds show
# for some and the languages' podcast conventions for the rest. CJK has no word boundaries.
_WORLD: Final[dict[Kind, str]] = {
    "transcript": r"\btranskript\w*|\btranscri(?:ption|pción|ção|zione)\b|文字起こし|文字稿|逐字稿",
    "sponsors": (
        r"\bwerbung\b|\bunterstützt von\b|\bpartenaires?\b|\bsponsoris\w*|\bpatrocin\w*"
        r"|\bpatroc[ií]nio\b|\bsponsorowan\w*|\bgesponsert\b|スポンサー|提供|赞助|贊助"
    ),
    "credits": (
        r"\bmitwirkende\b|\bmusik von\b|\bschnitt\b|\bcrédits?\b|\bmusique\b|\bmontage\b"
        r"|\bcréditos?\b|\bmúsica\b|\bedición\b|\bcrediti\b|\bmuzyka\b|\bmontaż\b"
        r"|\bzdjęcia\b|音楽|編集|音乐|剪辑|后期"
    ),
    "platforms": (
        r"\babonnier\w*|\bfolgt uns\b|\bfolge uns\b|\bunterstütz\w* (?:uns|den podcast)\b"
        r"|\bhört uns\b|\bkontakt\b|\babonne[rz]\w*|\bsuivez\w*|\bsoutenir\b|\bsoutenez\b"
        r"|\bsuscr[ií]b\w*|\bs[ií]guenos\b|\bap[óo]yanos\b|\binscreva\w*|\bsiga-nos\b"
        r"|\bseguici\b|\biscriviti\b|\bvolg ons\b|\babonneer\b|\bsubskrybuj\w*"
        r"|\bznajdzie(?:sz|cie) (?:nas|mnie)\b|\bwesprzyj\w*|\bobserwuj\w*|\bsłuchaj nas\b"
        r"|フォロー|チャンネル登録|サポート|订阅|關注|关注|支持我们"
    ),
    "references": (
        r"\bverweise\b|\bquellen\b|\bweiterführend\w*|\bliens?\b|\bréférences?\b"
        r"|\bressources\b|\benlaces?\b|\breferencias\b|\brecursos\b|\bfuentes\b"
        r"|\breferências\b|\bfontes\b|\bcollegamenti\b|\briferimenti\b|\bfonti\b"
        r"|\bbronnen\b|\blinki\b|\bodnośniki\b|\bomawiane\b|\bwspomniane\b"
        r"|リンク|参考|関連|链接|鏈接|参考资料|相关|資料"
    ),
    "chapters": (
        r"\bzeitmarken\b|\binhalt\b|\bchapitres?\b|\bsommaire\b|\bhorodatage\b"
        r"|\bmarcas de tiempo\b|\bcapitoli\b|\bhoofdstukken\b|\bspis treści\b"
        r"|\brozkład jazdy\b|チャプター|目次|章节|章節|时间轴|時間軸|时间线"
    ),
}
_RULES: Final = tuple(
    (kind, re.compile(f"{rule.pattern}|{_WORLD[kind]}")) for kind, rule in _ENGLISH
)
_REPEATS: Final = re.compile(r"(\w)\1{2,}")  # "siiiiick piiiicks" -> "sick picks"
_NOT_WORD: Final = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """``text`` as the rules read it: NFKC, case-folded, words joined by one space."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("'s ", "s ")
    text = _NOT_WORD.sub(" ", text).replace("_", " ")
    return _REPEATS.sub(r"\1", text).strip()


def classify(label: str) -> Kind:
    """The kind of section a heading or lead-in names (``"other"`` when none is named).

    >>> [classify(h) for h in ("Episode Links", "~~ Siiiiick ~~ Piiiicks ~~", "Follow us",
    ...                        "Sentry - Sponsor", "Music credit", "Timestamps", "Dave:")]
    ['references', 'references', 'platforms', 'sponsors', 'credits', 'chapters', 'other']
    """
    if not isinstance(label, str):
        raise TypeError(f"classify() takes a str, not {type(label).__name__}")
    return _classify(label)


# Every line of a document is asked for its label's kind, and documents of one show repeat
# their labels; the kind depends on the label alone, so a bounded memo is safe.
@functools.lru_cache(maxsize=4096)
def _classify(label: str) -> Kind:
    if not any(ch.isalpha() for ch in label[:300]):
        return "other"
    folded = fold(label[:2000])
    if not folded or len(folded.split()) > _MAX_LEAD_IN_WORDS:
        return "other"
    for kind, rule in _RULES:
        if rule.search(folded):
            return kind
    return "other"
