"""Hostile and broken input: every file is read or skipped with a one-line reason, and nothing crashes.

Each class of bad input in issue 7 has a case here, by name; the table in README ("Bad input")
says what kg does with each and names these tests.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from kg.builder import build_graph
from kg.cli import main
from kg.errors import InputError
from kg.ingest import Article, read_article
from kg.ingest.reader import MAX_FILE_BYTES

BODY = "The delegates of France and Germany met in Geneva on Monday to discuss the new treaty on climate.\n"

RUSSIAN = "Генеральная Ассамблея ООН в четверг единогласно приняла первую резолюцию по искусственному интеллекту.\n"
JAPANESE = (
    "国連総会は木曜日、人工知能に関する初の決議を全会一致で採択した。米国が提案し、多くの国が共同提案国となった。\n"
)
KOREAN = "유엔 총회는 목요일 인공지능에 관한 첫 번째 결의안을 만장일치로 채택했습니다. 미국이 제안했습니다.\n"

# A nine-level "billion laughs": 10^9 strings if the aliases were expanded.
LAUGHS = "".join(
    f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10 if prev else ["lol"] * 10) + "]\n"
    for prev, name in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
)


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail (rather than hang CI) if the block runs far longer than any linear-time reader would."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds}s: quadratic (or worse) time on hostile input")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# (case, file content, words the one-line reason must contain)
SKIPPED = [
    ("empty", b"", "empty file"),
    ("whitespace_only", b"  \n\t\n  ", "empty file"),
    ("front_matter_never_closed", "---\ntitle: Open\n\nBody text.\n", "never closed"),
    ("yaml_syntax_error", "---\ntitle: [unclosed\nurl: x\n---\n" + BODY, "not valid YAML"),
    ("yaml_bad_indent", "---\ntitle: A\n  bad: indent\n---\n" + BODY, "not valid YAML"),
    ("yaml_alias_bomb_over_limit", "---\n" + LAUGHS + "j: [" + ", ".join(["*i"] * 30) + "]\n---\n" + BODY, "alias"),
    ("yaml_deep_flow_nesting", "---\ntitle: " + "[" * 100_000 + "]" * 100_000 + "\n---\n" + BODY, "nested deeper"),
    (
        "yaml_deep_block_nesting",
        "---\n" + "".join(" " * i + "a:\n" for i in range(200)) + "---\n" + BODY,
        "nested deeper",
    ),
    ("yaml_unhashable_key", "---\n[1, 2]: pair\ntitle: A\n---\n" + BODY, "unhashable key (line 2, column 1)"),
    ("front_matter_too_long", "---\n" + ("k: " + "x" * 100 + "\n") * 11_000 + "---\n" + BODY, "longer than 1,000,000"),
    ("yaml_custom_tag", "---\ntitle: !shout hello\n---\n" + BODY, "YAML tag '!shout'"),
    ("top_level_yaml_list", "---\n- title: A\n- title: B\n---\n" + BODY, "YAML list, not a mapping"),
    ("top_level_yaml_string", "---\njust a sentence\n---\n" + BODY, "single string, not a mapping"),
    ("no_article_in_it", "---\ntags: [a]\n---\n\n\n", "no article in it"),
    ("binary_png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file"),
    ("binary_control_bytes", bytes([1, 2, 3, 4, 5, 6, 7, 8, 65]) * 200, "binary file"),
    ("utf16_bom_but_invalid", b"\xff\xfe" + b"\x00\xd8" + b"a\x00", "not valid UTF-16"),
]


@pytest.mark.parametrize(("case", "content", "reason"), SKIPPED, ids=[c[0] for c in SKIPPED])
def test_unreadable_file_is_skipped_with_a_plain_reason(tmp_path: Path, case: str, content: str, reason: str) -> None:
    path = _write(tmp_path, f"{case}.md", content)
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert caught.value.path == str(path)
    assert reason in caught.value.reason
    assert "\n" not in str(caught.value) and "Traceback" not in str(caught.value)


def test_unsafe_yaml_tag_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f"---\ntitle: !!python/object/apply:os.mkdir [{str(marker)!r}]\n---\n{BODY}"
    with pytest.raises(InputError, match=r"python/object/apply:os.mkdir.*never executed"):
        read_article(_write(tmp_path, "unsafe.md", text))
    assert not marker.exists()


def test_alias_bomb_under_the_limit_is_read_without_expanding_it(tmp_path: Path) -> None:
    text = "---\n" + LAUGHS + "title: *i\nauthors: *i\ntopics: *i\nrelated: *i\nprovider: *i\n---\n" + BODY
    path = _write(tmp_path, "laughs.md", text)
    read_article(path)  # the first read also loads lazily imported modules and data
    tracemalloc.start()
    try:
        article = read_article(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024  # expanded, the nine levels would be 10^9 strings
    # Lists of lists are not text: no title, authors, topics, related items or publisher from them.
    assert (article.title, article.authors, article.topics, article.related) == (None, (), (), ())
    assert article.publisher is None and "Geneva" in article.body


def test_self_referencing_yaml_is_read(tmp_path: Path) -> None:
    text = "---\ntitle: Loop\nrelated: &r [*r]\nauthors: &a {name: *a}\n---\n" + BODY
    article = read_article(_write(tmp_path, "loop.md", text))
    assert article.title == "Loop" and article.related == () and article.authors == ()


@pytest.mark.parametrize(
    "name", ["pipe.txt", "pipe.html", "pipe.csv", "pipe.json", "pipe.jsonl", "pipe.rss", "pipe.warc.gz"]
)
def test_a_fifo_given_by_name_is_skipped_not_waited_on(tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    with deadline(10), pytest.raises(InputError, match="not a regular file"):
        read_article(fifo)


def test_missing_file_and_folder_given_as_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "missing.md")
    with pytest.raises(InputError, match="is a folder"):
        read_article(tmp_path)


def test_file_larger_than_the_limit_is_skipped_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(InputError, match="larger than 50 MB"):
        read_article(path)


# (case, file content, what the Article must hold)
ENCODINGS = [
    ("utf8_bom_and_crlf", ("\ufeff---\r\ntitle: Café talks\r\n---\r\n" + BODY.replace("\n", "\r\n")).encode(), "Café"),
    ("cr_only_line_ends", ("---\rtitle: Café talks\r---\r" + BODY).encode(), "Café"),
    ("cp1252", ("---\ntitle: The world’s “first” café\n---\n" + BODY).encode("cp1252"), "world’s “first” café"),
    ("latin1", ("---\ntitle: Les délégués à Genève\n---\n" + BODY).encode("latin-1"), "délégués à Genève"),
    ("cp1251", ("---\ntitle: Генеральная Ассамблея ООН\n---\n" + RUSSIAN + BODY).encode("cp1251"), "Ассамблея"),
    ("koi8_r", ("---\ntitle: Генеральная Ассамблея ООН\n---\n" + RUSSIAN + BODY).encode("koi8-r"), "Ассамблея"),
    ("shift_jis", ("---\ntitle: 国連総会は決議を採択した\n---\n" + JAPANESE + BODY).encode("shift_jis"), "国連総会"),
    ("euc_kr", ("---\ntitle: 유엔 총회\n---\n" + KOREAN + BODY).encode("euc-kr"), "유엔 총회"),
    ("utf16_with_bom", ("---\ntitle: Café talks\n---\n" + BODY).encode("utf-16"), "Café"),
    ("utf16_without_bom", ("---\ntitle: Cafe talks\n---\n" + BODY).encode("utf-16-le"), "Cafe"),
    ("utf32_with_bom", ("---\ntitle: Café talks\n---\n" + BODY).encode("utf-32"), "Café"),
    ("mojibake_utf8", ("---\ntitle: The worldâ€™s first\n---\n" + BODY).encode(), "world’s first"),
    ("control_chars_and_nul_in_text", ("---\ntitle: A\x07B\x1b\n---\n" + BODY + "\x00end\x0c").encode(), "AB"),
    ("c1_controls_in_cp1252", ("---\ntitle: Caf\xe9 \x81\x8d\n---\n" + BODY).encode("latin-1"), "Café"),
]


@pytest.mark.parametrize(("case", "content", "title"), ENCODINGS, ids=[c[0] for c in ENCODINGS])
def test_text_in_other_encodings_and_line_ends_is_decoded(
    tmp_path: Path, case: str, content: bytes, title: str
) -> None:
    article = read_article(_write(tmp_path, f"{case}.md", content))
    assert article.title is not None and title in article.title
    assert "Geneva" in article.body
    assert not any(ch in article.body + article.title for ch in "\r\x00\x07\x0c\x1b\ufeff")


# (case, front matter, check on the Article)
WRONG_TYPES = [
    ("title_as_list", "title: [a, b]\nurl: https://example.com/a", lambda a: a.title is None),
    ("title_as_mapping", "title: {x: 1}", lambda a: a.title is None),
    ("title_null", "title: null\nheadline: Backup", lambda a: a.title == "Backup"),
    ("title_as_number", "title: 1984", lambda a: a.title == "1984"),
    ("title_as_bool", "title: yes", lambda a: a.title is None),
    ("title_as_binary", "title: !!binary aGVsbG8=", lambda a: a.title is None),
    ("provider_as_string", "provider: Reuters", lambda a: a.publisher and a.publisher.name == "Reuters"),
    ("provider_as_list", "provider: [a, b]", lambda a: a.publisher is None),
    ("provider_domain_junk", "provider: {name: X, domain: '<script>'}", lambda a: a.publisher.domain is None),
    ("related_as_string", "related: https://example.com/x", lambda a: a.related == ()),
    ("related_items_junk", "related: [1, null, [x], {title: [1]}, {url: 5}]", lambda a: a.related == ()),
    ("date_not_a_date", "date: soon", lambda a: a.published is None),
    ("date_impossible", "date: 2024-13-45", lambda a: a.published is None),
    ("datetime_impossible", "date: 2024-02-30T25:61:00Z", lambda a: a.published is None),
    ("date_as_number", "date: 20240321", lambda a: a.published is None),
    ("date_as_bool", "published: false\ndate: 2024-03-21", lambda a: a.published == date(2024, 3, 21)),
    ("date_as_list", "date: [2024-03-21]", lambda a: a.published is None),
    ("huge_integer", "title: T\nviews: " + "9" * 5000, lambda a: a.title == "T"),
    ("url_javascript", "url: 'javascript:alert(1)'", lambda a: a.url is None),
    ("url_as_list", "url: [https://example.com/a]", lambda a: a.url is None),
    ("url_malformed", "url: 'http://[::1'", lambda a: a.url is None),
    (
        "authors_mixed",
        "authors: [Ann Lee, 7, null, {name: Bo Chen}, [x]]",
        lambda a: a.authors == ("Ann Lee", "Bo Chen"),  # a number is no person's byline
    ),
    ("tags_as_string", "tags: AI, UN", lambda a: a.topics == ("AI", "UN")),
    ("non_string_keys", "1: one\nnull: nothing\n2024-01-01: day\ntitle: Keys", lambda a: a.title == "Keys"),
    ("no_fields", "", lambda a: a.title is None and "Geneva" in a.body),
]


@pytest.mark.parametrize(("case", "meta", "check"), WRONG_TYPES, ids=[c[0] for c in WRONG_TYPES])
def test_fields_of_the_wrong_type_are_ignored_not_fatal(tmp_path: Path, case: str, meta: str, check: object) -> None:
    article = read_article(_write(tmp_path, f"{case}.md", f"---\n{meta}\n---\n{BODY}"))
    assert isinstance(article, Article) and "Geneva" in article.body
    assert check(article)  # type: ignore[operator]


@pytest.mark.parametrize(
    "body",
    [
        "[" * 200_000,
        "[a](" * 50_000,
        "*a _b " * 50_000,
        "newsletter " * 50_000,
        "Written by John Smith\n" * 50_000,
        "A short line\n" * 100_000,
        ("A paragraph of ordinary words, long enough to be text and not a heading at all.\n\n" * 15_000),
        "The story begins with a line of text long enough to be text.\n\n"
        + "Leaders meet again\nMarch 3, 2019\n\n" * 20_000,
        "<p>" * 100_000 + "<span>x</span>" * 50_000 + "<!--" * 50_000,
    ],
    ids=[
        "brackets",
        "unclosed_links",
        "emphasis",
        "furniture_words",
        "bylines",
        "short_lines",
        "many_paragraphs",
        "dated_headlines",
        "html_tags",
    ],
)
def test_hostile_bodies_are_read_in_linear_time(tmp_path: Path, body: str) -> None:
    with deadline(30):
        try:
            article = read_article(_write(tmp_path, "hostile.txt", body))
        except InputError as error:  # a page of nothing but bylines has no article in it
            assert error.reason.startswith("no article in it")
        else:
            assert len(article.body) + len(article.title or "") > 0


def test_long_body_is_kept_whole_by_ingest(tmp_path: Path) -> None:
    body = "".join(f"Paragraph {i} says the delegates met again to talk about the treaty.\n\n" for i in range(17_000))
    assert len(body) > 1_200_000
    article = read_article(_write(tmp_path, "long.txt", body))
    assert article.body.count("Paragraph") == 17_000


@pytest.mark.slow
def test_body_longer_than_spacy_max_length_builds_and_keeps_its_end(tmp_path: Path) -> None:
    filler = "The committee met again on Tuesday and talked about the budget for roads and schools.\n\n"
    body = filler * (1_200_000 // len(filler) + 1) + "In the end, Japan signed the Paris Agreement.\n"
    assert len(body) > 1_200_000
    _write(tmp_path, "long.txt", "---\ntitle: A long report\n---\n" + body)
    result = build_graph([tmp_path])
    assert result.articles == 1 and not result.skipped
    # Japan is named only in the last sentence: it is found only if no text was dropped.
    assert "nation:JPN" in result.graph.nx


@pytest.mark.parametrize("same_url", [True, False], ids=["same_url", "same_text_no_url"])
def test_same_article_under_two_file_names_is_one_node(tmp_path: Path, same_url: bool) -> None:
    meta = "title: Treaty signed\n" + ("url: https://example.com/treaty?utm_source=x\n" if same_url else "")
    _write(tmp_path, "a.md", f"---\n{meta}---\n{BODY}")
    copy_meta = meta.replace("?utm_source=x", "#top") if same_url else meta
    _write(tmp_path, "copy-of-a.md", f"---\n{copy_meta}---\n{BODY}")
    result = build_graph([tmp_path])
    nodes, _ = result.graph.counts()
    assert result.articles == 2 and nodes["Article"] == 1


# ---------------------------------------------------------------- the `kg build` command


def _kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=600, check=False
    )


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two good articles and one file of each kind kg must skip, one with a newline in its name."""
    folder = tmp_path_factory.mktemp("mixed")
    _write(folder, "good1.md", f"---\ntitle: Good one\nurl: https://example.com/1\n---\n{BODY}")
    _write(folder, "good2.txt", "Another article.\n\nChina and Brazil discussed trade in Beijing on Friday.\n")
    for case, content, _ in SKIPPED[:4]:
        _write(folder, f"{case}.md", content)
    _write(folder, "bad\nname.md", b"")
    return folder


def test_build_reports_each_skipped_file_on_one_line_and_goes_on(mixed_corpus: Path, tmp_path: Path) -> None:
    run = _kg("build", str(mixed_corpus), "--out", str(tmp_path), "--quiet")
    assert run.returncode == 1, run.stderr
    skipped = [line for line in run.stderr.splitlines() if line.startswith("kg: skipped ")]
    assert len(skipped) == 5, run.stderr
    assert any("bad\\nname.md: empty file" in line for line in skipped)
    assert any(
        "front_matter_never_closed.md: front matter opened with '---' but never closed" in line for line in skipped
    )
    assert "Traceback" not in run.stderr
    assert "read 2 article file(s), skipped 5" in run.stdout
    assert (tmp_path / "graph.ttl").stat().st_size > 0


def test_report_json_lists_what_was_skipped_and_why(mixed_corpus: Path, tmp_path: Path) -> None:
    assert main(["build", str(mixed_corpus), "--out", str(tmp_path), "--quiet"]) == 1
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["exit_status"] == 1 and report["status"] == "skipped"
    assert report["articles"] == 2
    reasons = {Path(item["path"]).name: item["reason"] for item in report["skipped"]}
    assert reasons["empty.md"] == "empty file"
    assert reasons["bad\nname.md"] == "empty file"
    assert "not valid YAML" in reasons["yaml_syntax_error.md"]
    assert set(report["exports"]) >= {"turtle", "graphml"}
    assert report["nodes"]["Article"] >= 2
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_strict_build_fails_and_writes_no_exports(mixed_corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").write_text("# the previous export\n")
    assert main(["build", str(mixed_corpus), "--out", str(tmp_path), "--strict", "--quiet"]) == 1
    assert (tmp_path / "graph.ttl").read_text() == "# the previous export\n"
    assert not (tmp_path / "graph.graphml").exists()
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["status"] == "failed" and report["strict"] and report["exports"] == {}
    assert len(report["skipped"]) == 5


def test_strict_build_of_clean_input_succeeds(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "a.md", f"---\ntitle: Fine\n---\n{BODY}")
    assert main(["build", str(folder), "--out", str(tmp_path / "out"), "--strict", "--quiet"]) == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert (report["status"], report["exit_status"], report["skipped"]) == ("ok", 0, [])


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert _kg("build", str(tmp_path)).returncode == 2  # no --out
    assert _kg("frobnicate").returncode == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    run = _kg("build", str(empty), "--out", str(tmp_path / "out"))
    assert run.returncode == 2 and "no article files" in run.stderr
    assert not (tmp_path / "out" / "graph.ttl").exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    _write(empty, "a.md", BODY)
    run = _kg("build", str(empty), "--out", str(blocker), "--quiet")
    assert run.returncode == 2 and run.stderr.startswith("kg: error: ") and "Traceback" not in run.stderr


def test_every_file_skipped_writes_no_exports(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "empty.md", b"")
    assert main(["build", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    assert not (tmp_path / "out" / "graph.ttl").exists()
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["status"] == "failed" and report["articles"] == 0


def _warc(pages: list[tuple[str, str, bytes]]) -> bytes:
    """A gzipped WARC holding a warcinfo record and one response per (url, content type, payload)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=True)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "kg tests"}))
    for url, content_type, payload in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)
        writer.write_record(record)
    return stream.getvalue()


PAGE = "<html><head><title>Geneva talks on the climate treaty</title></head><body><article>" + "".join(
    f"<p>{BODY.strip()} Talks went on for a {day} day.</p>" for day in ("first", "second", "third")
)
ARCHIVE = _warc([("https://example.org/a", "text/html", PAGE.encode() + b"</article></body></html>")])

# (case, file name, content, {where in the file: words of the reason}, titles of the articles read)
OTHER_KINDS = [
    ("truncated_html", "page.html", PAGE + "<p>The delegates of Fr", {}, ["Geneva talks on the climate treaty"]),
    (
        "broken_csv_quoting",
        "data.csv",
        f'title,text\nOne,{BODY}Two,"{BODY.strip()} never closed\nThree,{BODY}',
        {":row 2": "broken quoting"},
        ["One", "Three"],
    ),
    (
        "json_record_without_text",
        "data.json",
        json.dumps([{"title": "One", "text": BODY}, {"url": "https://example.org/2", "date": "2024-01-02"}]),
        {":record 2": "no title and no text"},
        ["One"],
    ),
    (
        "warc_without_html",
        "crawl.warc.gz",
        _warc([("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(32))]),
        {"": "no HTML page in it (2 records, none an HTML response with status 200)"},
        [],
    ),
    (
        "warc_cut_short",
        "crawl.warc.gz",
        ARCHIVE + ARCHIVE[: len(ARCHIVE) // 2],
        {"": "not a readable WARC archive after record 3"},
        ["Geneva talks on the climate treaty"],
    ),
    (
        "feed_without_entries",
        "news.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>',
        {"": "a feed with no entries"},
        [],
    ),
    ("xml_not_a_feed", "sitemap.xml", '<?xml version="1.0"?><urlset><url>x</url></urlset>', {"": "not an RSS"}, []),
    ("empty_csv", "data.csv", "", {"": "empty file"}, []),
    (
        "csv_of_other_data",
        "prices.csv",
        "day,open,close\n2024-01-02,10,11\n",
        {"": "no title or text column, so no articles (columns: day, open, close)"},
        [],
    ),
    (
        "json_of_other_data",
        "package.json",
        '{"items": [{"name_x": 1}, {"version": "2"}]}',
        {"": "no record with a title or text field, so no articles (2 records)"},
        [],
    ),
    ("empty_jsonl", "data.jsonl", "\n\n", {"": "empty file"}, []),
    ("json_syntax_error", "data.json", '[{"title": "One",]', {"": "not valid JSON (Expecting"}, []),
    ("json_nested_too_deep", "data.json", "[" * 100_000 + "]" * 100_000, {"": "not valid JSON (maximum recursion"}, []),
]


@pytest.mark.parametrize(
    ("case", "name", "content", "skipped", "titles"), OTHER_KINDS, ids=[case[0] for case in OTHER_KINDS]
)
def test_bad_tables_feeds_archives_and_pages_are_reported_on_one_line(
    tmp_path: Path, case: str, name: str, content: str | bytes, skipped: dict[str, str], titles: list[str]
) -> None:
    from kg.ingest import read_articles

    path = _write(tmp_path, name, content)
    items = list(read_articles([path]))
    articles = [item for item in items if isinstance(item, Article)]
    errors = {error.path[len(str(path)) :]: error.reason for error in items if isinstance(error, InputError)}
    assert [article.title for article in articles] == titles
    assert errors.keys() == skipped.keys()
    for where, reason in errors.items():
        assert skipped[where] in reason and "\n" not in reason
    for article in articles:
        assert "<" not in article.body and "&#" not in article.body
