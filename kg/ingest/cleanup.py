"""Text repair and scraped-page clean-up: mojibake, boilerplate lines, bylines, header dates."""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from datetime import date, datetime

import ftfy

from kg.ingest.dates import parse_date
from kg.resources import load_yaml

# Characters XML 1.0 forbids, and other controls that only ever come from broken input.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\ufffe\uffff]")
# Zero-width characters with no letter to join on one side ("((es)) \u200dPuerto Rico", a word joiner
# pasted from a web page): they split a name in two for the tokenizer. Between two letters (Persian's
# non-joiner, Indic conjuncts) they are the spelling and stay.
_STRAY_ZERO_WIDTH = re.compile(r"[\u200b\u2060]|(?<!\w)[\u200c\u200d]|[\u200c\u200d](?!\w)")
# Bounded repeats: on hostile text ("[[[[..." a megabyte long) an unbounded scan from every
# bracket would take quadratic time.
# Link text may wrap over lines in hard-wrapped Markdown; the URL may too, after a line end.
_MD_LINK = re.compile(r"!?\[([^\[\]]{0,500})\]\(\s*[^()\s]{0,2000}(?:\s+\"[^\"\n]{0,500}\")?\)")
_MD_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)([^*_\n]{1,1000}?)(?<=\S)\1(?![\w*])")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
_BULLET = re.compile(r"^\s*(?:[-*+•·▪●◦]|\d{1,3}[.)])\s+")
# A closing quote ends a sentence only after a full stop ("… he said.”"): a headline may end in one
# ("Leaders reject ‘Plan B’") and is still a headline, not the start of the first paragraph.
# "... between the U.S." at a line's end: an initialism, not the end of a sentence.
_INITIALISM_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")
_SENTENCE_END = re.compile(r"(?:[.!?:;)]|[.!?,…][\"'”’»])$")
# A block-level HTML element: a body built of these is an HTML body (a WordPress export), one with
# only inline ones (`10<sup>26</sup>`, `<u>`) is Markdown or text with a little markup in it.
_BLOCK_MARKUP = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|table|tr|td|blockquote|article|section|html|body|header|footer)(?:\s[^<>]{0,2000})?/?>",
    re.IGNORECASE,
)
# Any tag or comment left in text. `[^<>]` stops each try at the next bracket: linear on any input.
_TAG = re.compile(r"<!--[^<>]{0,2000}?-->|</?[A-Za-z][^<>]{0,2000}>")
# A power's exponent (`10<sup>26</sup>`) keeps its meaning as `^`; an ordinal's (`21<sup>st</sup>`) needs none.
_SUPERSCRIPT = re.compile(r"<sup>\s*(?=[-+−]?\d)", re.IGNORECASE)
# Struck-out words (a transcript's correction: "<s>innovention</s> [innovation]") were not said.
_STRUCK = re.compile(r"<(s|del|strike)>[^<>]{0,500}</\1>", re.IGNORECASE)
HEADER_LINES = 12
SHORT_LINE = 50
# Page furniture (bylines, "See more" lines, site lines) is short: longer lines are article text,
# and are not run through the patterns (some of which would scan a long line many times).
FURNITURE_LINE = 300
MAX_AUTHORS = 50
TITLE_CHARS = 300
DATE_LINE = 40
MAX_DATE_PROBES = 100
_HAS_DIGIT = re.compile(r"\d")


def normalize_text(text: str) -> str:
    """Unify line ends and drop control characters and stray zero-width ones: what a file needs before
    its front matter is parsed."""
    return _STRAY_ZERO_WIDTH.sub("", _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))


def repair_text(text: str) -> str:
    """Fix mojibake ("worldâ€™s" -> "world’s"), drop control characters and stray zero-width ones,
    unify line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _STRAY_ZERO_WIDTH.sub("", _CONTROL.sub("", _fix_text(text)))


# Curly quotes stay: straightening them would break quoted YAML strings around them.
_FTFY = ftfy.TextFixerConfig(normalization="NFC", uncurl_quotes=False, explain=False)
# What ftfy could change in ASCII text: HTML entities, terminal escapes and control characters.
_FTFY_ASCII = re.compile(r"[&\x00-\x08\x0b-\x1f\x7f]")


def _fix_text(text: str) -> str:
    """`ftfy.fix_text(text, _FTFY)`, line by line as ftfy goes, with the lines it leaves as they are
    (ASCII with no `&` and no control character: no mojibake, entity or width to fix) not run through it.

    >>> _fix_text("worldâ€™s\\nplain line\\n&amp; more") == ftfy.fix_text("worldâ€™s\\nplain line\\n&amp; more", _FTFY)
    True
    """
    config = _FTFY
    out = []
    position = 0
    while position < len(text):
        end = text.find("\n", position) + 1 or len(text)
        end = min(end, position + config.max_decode_length)
        segment = text[position:end]
        # As ftfy does: once a line holds markup, entities are left as they are from there on.
        if config.unescape_html == "auto" and "<" in segment:
            config = config._replace(unescape_html=False)
        if segment.isascii() and not _FTFY_ASCII.search(segment):
            out.append(segment)
        else:
            out.append(ftfy.fix_and_explain(segment, config).text)
        position = end
    return "".join(out)


def looks_like_html(text: str) -> bool:
    """True when `text` is built of HTML blocks (two block tags), not text with some inline markup.

    >>> looks_like_html("<p>UNITED <span>NATIONS</span> (Reuters)</p>"), looks_like_html("10<sup>26</sup> FLOPs")
    (True, False)
    """
    return len(_BLOCK_MARKUP.findall(text[:200_000])) >= 2


def strip_tags(text: str) -> str:
    """Text without the inline markup left in it (a superscript keeps its meaning as `^`).

    >>> strip_tags("more than 10<sup>26</sup> operations in the 21<sup>st</sup> century, <u>today</u><!-- x -->")
    'more than 10^26 operations in the 21st century, today'
    >>> strip_tags("responsible AI <s>innovention</s> [innovation]")
    'responsible AI  [innovation]'
    """
    if "<" not in text:
        return text
    return _TAG.sub("", _SUPERSCRIPT.sub("^", _STRUCK.sub("", text)))


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(text: str) -> str:
    """Decode HTML entities ("&#039;", "&amp;") left in plain text; text without any is returned as it is.
    What they decode to is normalized as the text was (`normalize_text`): "&#13;" or "&#12;" bring back
    no carriage return or control character the repair had taken out.

    >>> unescape_entities("Xi&#039;s visit &amp; AT&T")
    "Xi's visit & AT&T"
    >>> unescape_entities("a&#13;b&#12;c")
    'a\\nbc'
    """
    return normalize_text(html.unescape(text)) if _ENTITY.search(text) else text


def strip_markdown(text: str) -> str:
    """Markdown to plain text: links keep their words, emphasis and heading marks go."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return _MD_ESCAPE.sub(r"\1", text)


@dataclass(frozen=True)
class PageFacts:
    """What a scraped page says about itself in its text, and its text without the page furniture."""

    body: str
    title: str | None
    authors: tuple[str, ...]
    published: datetime | date | None
    publisher: str | None
    stories: tuple[PageFacts, ...] = ()
    """Further stories the page holds, each under its own headline and date line ("Related" items)."""


@functools.cache
def _patterns(kind: str) -> tuple[re.Pattern[str], ...]:
    flags = re.IGNORECASE if kind == "boilerplate_lines" else 0
    return tuple(re.compile(p, flags) for p in load_yaml("ingest.yaml")[kind])


@functools.cache
def _date_prefix() -> re.Pattern[str]:
    words = "|".join(
        re.escape(w) for w in sorted(load_yaml("ingest.yaml")["date_line_prefixes"], key=len, reverse=True)
    )
    return re.compile(rf"^(?:{words})(?:\s+(?:on|at))?\s*:?\s+", re.IGNORECASE)


def date_line(line: str) -> datetime | date | None:
    """The date a short line states, with or without a lead-in ("Published: June 3, 2018").

    >>> date_line("Posted on 4 June 2018"), date_line("Published by the UN")
    (datetime.date(2018, 6, 4), None)
    """
    return parse_date(_date_prefix().sub("", line, count=1))


def _match(kind: str, line: str, group: str) -> str | None:
    for pattern in _patterns(kind):
        found = pattern.match(line)
        if found:
            return found.group(group)
    return None


def read_page(body: str, *, has_title: bool, split_stories: bool = True) -> PageFacts:
    """Separate article text from page furniture and read the page's own metadata.

    Boilerplate lines are dropped by the patterns in `ontology/ingest.yaml`; a closing byline
    ("Written by ...") ends the article, so the footer after it goes too. Only an untitled page
    takes its title from a short first line, and its date from a date line in the header. A
    headline followed by a date line after the first story's text starts another story (a page
    listing "Related" stories from other days): each is read on its own, with its own date.
    """
    lines = [line.strip() for line in body.split("\n")]
    starts = _story_starts(lines) if split_stories else []
    stories = tuple(
        read_page("\n".join(lines[start:end]), has_title=False, split_stories=False)
        for start, end in zip(starts, [*starts[1:], len(lines)][: len(starts)], strict=True)
    )
    if starts:
        lines = lines[: starts[0]]
    # Running totals keep this linear in the length of the page, whatever its shape.
    total = sum(len(line) for line in lines)
    seen = 0
    kept: list[str] = []
    kept_text_lines = 0
    long_line_kept = False
    authors: dict[str, None] = {}
    publisher: str | None = None
    published: datetime | date | None = None
    title: str | None = None
    for line in lines:
        seen += len(line)
        if not line:
            kept.append("")
            continue
        if len(line) <= FURNITURE_LINE:
            named_publisher = _match("publisher_lines", line, "publisher")
            if named_publisher:
                publisher = publisher or named_publisher
                continue
            author = _match("author_lines", line, "author")
            if author:
                if len(authors) < MAX_AUTHORS:
                    authors.setdefault(author)
                # A byline in the last part of the page closes the article (what follows is footer).
                if total - seen < (seen - len(line)) / 2:
                    break
                continue
            if any(p.match(line) for p in _patterns("boilerplate_lines")):
                continue
        in_header = kept_text_lines < HEADER_LINES and not long_line_kept
        if in_header and _is_short_line(line):
            if published is None and (found := date_line(line)) is not None:
                published = found
                continue
            if not has_title and title is None:
                title = line
                continue
        kept.append(line)
        kept_text_lines += 1
        long_line_kept = long_line_kept or len(line) > 200
    return PageFacts(join_paragraphs(kept), title, tuple(authors), published, publisher, stories)


def _story_starts(lines: list[str]) -> list[int]:
    """Where further stories start, once the first story's text has begun: a headline line whose
    next line (blank lines aside) states a date, or a date line whose next line is a headline.

    A headline or date line opens a block (it follows a blank line or a short heading such as
    "Related"), so a hard-wrapped sentence that ends in a date starts nothing.
    """
    starts: list[int] = []
    text_begun = False
    headline: int | None = None
    dated: int | None = None
    previous = ""
    probes = 0

    def is_date_line(line: str) -> bool:
        # Reading a date costs milliseconds: a page gets MAX_DATE_PROBES tries, so any page is read in linear time.
        nonlocal probes
        probes += 1
        return probes <= MAX_DATE_PROBES and date_line(line) is not None

    for index, line in enumerate(lines):
        opens_block = len(previous) < SHORT_LINE
        previous = line
        if not line:
            continue
        if headline is not None and len(line) <= SHORT_LINE * 2 and is_date_line(line):
            # "More on this topic / 11 March 2020 / Ministers sign ...": the headline after the date is the story's.
            starts.append(index if _headline_follows(lines, index) else headline)
            headline = None
            continue
        if dated is not None and _is_headline(line):
            starts.append(dated)
            dated = None
            continue
        headline = dated = None
        if not _is_short_line(line) and len(line) > SHORT_LINE:
            text_begun = True
        elif text_begun and opens_block and len(line) <= DATE_LINE and _HAS_DIGIT.search(line) and is_date_line(line):
            dated = index
        elif text_begun and opens_block and _is_headline(line):
            headline = index
    # A story has text of its own after its date line (a signature "THE WHITE HOUSE, / October 30, 2023." has not).
    ends = [*starts[1:], len(lines)][: len(starts)]
    return [start for start, end in zip(starts, ends, strict=True) if _has_text(lines[start:end])]


def _headline_follows(lines: list[str], index: int) -> bool:
    """True when the line after `index` (blank lines aside) is a headline, not hard-wrapped text:
    short, or alone in its paragraph."""
    for later in range(index + 1, min(index + 4, len(lines))):
        if lines[later]:
            alone = later + 1 >= len(lines) or not lines[later + 1]
            return _is_headline(lines[later]) and (len(lines[later]) < SHORT_LINE or alone)
    return False


def _is_headline(line: str) -> bool:
    return _is_short_line(line) and len(line.split()) >= 3 and line[-1] not in ",;:"


def _has_text(story: list[str]) -> bool:
    """True when a story holds a line of text after its first two (its headline and date line)."""
    after_header = [line for line in story if line][2:]
    return any(len(line) > SHORT_LINE or _SENTENCE_END.search(line) for line in after_header)


def _is_short_line(line: str) -> bool:
    return len(line) <= TITLE_CHARS and len(line.split()) <= 16 and not _SENTENCE_END.search(line)


def join_paragraphs(lines: list[str]) -> str:
    """Join hard-wrapped lines into paragraphs (blank-line separated); each list item is one line,
    with the lines it was wrapped onto ("• Ami Fields-Meyer, Senior Policy Advisor, Office of the
    Vice" + "President") unless it ends a sentence."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line or _BULLET.match(line):
            if current:
                paragraphs.append(" ".join(current))
                current = []
            if line:
                item = _BULLET.sub("• ", line)
                if len(line) < SHORT_LINE or (_SENTENCE_END.search(line) and not _INITIALISM_END.search(line)):
                    paragraphs.append(item)
                else:
                    current.append(item)  # hard-wrapped: the item goes on on the next line
            continue
        current.append(line)
        # Hard-wrapped text fills the line; a short line is a heading or a paragraph's last line.
        if len(line) < SHORT_LINE:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(strip_dateline(re.sub(r"[ \t\u00a0]+", " ", p).strip()) for p in paragraphs if p.strip())


# A wire dateline opening a paragraph: "UNITED NATIONS (AP) — ", "WASHINGTON — ".
_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'’-]+,?\s+){0,4}[A-Z][A-Z.'’-]+\s*(?:\([A-Za-z .&-]{1,40}\)\s*)?(?:—|–|--)\s*")


def strip_dateline(text: str) -> str:
    """Drop a wire dateline ("UNITED NATIONS (AP) — ") that would read as the sentence's subject.

    >>> strip_dateline("UNITED NATIONS (AP) — The United States is leading")
    'The United States is leading'
    >>> strip_dateline("US launches an initiative — officials say")
    'US launches an initiative — officials say'
    """
    found = _DATELINE.match(text)
    return text[found.end() :] if found else text
