"""Feeds: NITF, NewsML-G2, NewsML 1.2, ANPA-1312 and IPTC 7901 read into text and metadata."""

from __future__ import annotations

import csv
import datetime as dt
import json
import textwrap
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirenews import cli, feeds, parse_article

from shared_corpus import CORPUS, SCORE_PY, feed_fixture, gold_pages, load_score, read_jsonl, score_html_pages
from strategies import CITIES, sentences

SUPERDESK = CORPUS / "raw" / "superdesk"
needs_fixtures = pytest.mark.skipif(not SUPERDESK.exists(), reason="the shared corpus is not beside this checkout")


def _utc(year: int, month: int, day: int, hour: int, minute: int, second: int) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.timezone.utc)


# What each file says, read by eye from the file itself (and, where superdesk's own feed parser
# tests state a field of the same file, as they state it).
FACTS: dict[str, dict[str, Any]] = {
    "core__ap-nitf.xml": {
        "format": "nitf",
        "headline": "Can trading pollution like stocks help fight climate change?",
        "byline": "By BERNARD CONDON",
        "dateline": "NEW YORK",
        "published": _utc(2015, 12, 10, 19, 10, 44),
        "agency": "AP",
    },
    "core__pa4.xml": {
        "format": "nitf",
        "slug": "PA-HHH-SHOWBIZ-BakeOff",
        "keywords": ("BakeOff",),
        "priority": 4,
        "byline": "By Ian Jones, Press Association",
        "agency": "PA Media",
    },
    "core__pa5.xml": {  # ISO-8859-1, as its declaration says: superdesk's PA test reads the pound sign so
        "format": "nitf",
        "headline": "HARD BREXIT TO COST UK UP TO £66BN A YEAR, SAYS TREASURY",
        "agency": "PA Media",
    },
    "core__tag_reuters.com_2014_newsml_KBN0FL0ZP_version_2": {
        "format": "newsml-g2",
        "id": "tag_reuters.com_2014_newsml_KBN0FL0ZP",
        "headline": "Syria's Assad says foreign states will pay for supporting 'terrorism'",
        "published": _utc(2014, 7, 16, 10, 35, 57),
        "version_created": _utc(2014, 7, 16, 13, 0, 3),
        "priority": 4,
        "language": "en-US",
        "agency": "Reuters",
    },
    "core__ansa-newsmlg2-text.xml": {
        "format": "newsml-g2",
        "headline": "Catalan independence declaration unacceptable - Alfano",
        "dateline": "Rome",
        "agency": "ANSA",
    },
    "core__afp.xml": {
        "format": "newsml",
        "id": "urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86:1",
        "headline": "Sweden court accepts receivership for Saab carmaker",
        "slug": "Sweden-SAAB",
        "dateline": "STOCKHOLM, Aug 29, 2014 (AFP) -",
        "published": _utc(2014, 8, 29, 13, 49, 51),
        "priority": 4,
        "language": "en",
        "agency": "AFP",
    },
    "core__ap_anpa-1.tst": {
        "format": "anpa",
        "slug": "BC-BKN--Heat-Hawks",
        "keywords": ("1stLd-Writethru",),
        "headline": "Deng has 30 points, short-handed Heat beat Hawks 115-111",
        "byline": "By CHARLES ODUM",
        "published": None,  # ANPA headers print month and day, never the year
        "agency": "AP",
    },
    "belga__kyodo.txt": {
        "format": "iptc7901",
        "slug": "BC-Soccer-Emperor's-Cup",
        "headline": "Soccer: Urawa Reds claim 7th Emperor's Cup by beating Vegalta Sendai",
        "agency": "Kyodo",
    },
    "ntb__afp.xml": {
        "format": "newsml",
        "id": "urn:newsml:afp.com:20171220T134757Z:TX-PAR-NBK16:1",
        "headline": "Burkina Faso bans imports from North Korea",
        "slug": "Burkina-Faso",
        "dateline": "Ouagadougou, Dec 20, 2017 (AFP) -",
        "published": _utc(2017, 12, 20, 13, 47, 57),
        "language": "en",
        "agency": "AFP",
    },
    "belga__afp_belga.xml": {
        "format": "newsml",
        "headline": "France: deux ex-policiers aux frontières devant la justice pour trafic de cocaïne",
        "dateline": "Paris, 21 jan 2019 (AFP) -",
        "published": _utc(2019, 1, 21, 10, 42, 33),
        "version_created": _utc(2019, 1, 21, 10, 42, 34),
        "language": "fr",
        "agency": "AFP",
    },
    "belga__ansa_belga.xml": {  # superdesk-belga's ANSA test: its guid, times, city and subtitle (as byline)
        "format": "nitf",
        "id": "XAM22192010243_AMZ_X083",
        "published": dt.datetime(2022, 7, 11, 18, 33),
        "dateline": "ROME",
        "byline": "Situation serious, ready for all scenarios says EC",
        "agency": "ANSA",
    },
    "belga__kyodo_newsml_1_2_belga.xml": {  # superdesk-belga's Kyodo test: headline, priority, first created
        "format": "newsml",
        "headline": "Ex-Chinese Premier Li Peng dies aged 90: Xinhua",
        "priority": 9,
        "published": dt.datetime(2019, 7, 23, 20, 21, 19, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        "language": "en",
    },
    "belga__efe_belga.xml": {
        "format": "newsml",
        "headline": "Leones matan a un joven que se coló en un zoológico de la India",
        "published": _utc(2019, 1, 21, 10, 36, 0),
        "language": "es-ES",
        "priority": 5,
        "agency": "EFE",
    },
    "core__tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838": {
        "format": "newsml-g2",
        "id": "tag:reuters.com,0000:newsml_L1N14N0FF",
        "headline": "CORRECTED-S. Illinois battles flooding as Mississippi River builds downstream",
        "published": _utc(2016, 1, 4, 15, 43, 34),
        "priority": 3,
        "agency": "Reuters",
    },
    "core__tag_reuters.com_0000_newsml_L4N1FL0N0_1132689232": {  # superdesk's NewsML-G2 test: headline, uri, time
        "format": "newsml-g2",
        "id": "tag:reuters.com,0000:newsml_L4N1FL0N0",
        "headline": "PRECIOUS-Gold rises as Trump policy fuels safe haven demand",
        "published": _utc(2017, 1, 31, 3, 47, 29),
        "agency": "Reuters",
    },
    "aap__reuters_byline_in_body.xml": {
        "format": "newsml-g2",
        "id": "tag:reuters.com,2018:newsml_L2N1PG091",
        "headline": "UPDATE 1-Statue of Liberty to reopen; shutdown keeps other parks, monuments closed",
        "published": _utc(2018, 1, 21, 20, 23, 15),
        "agency": "Reuters",
    },
    "aap__reuters_no_byline.xml": {
        "format": "newsml-g2",
        "id": "tag:reuters.com,2018:newsml_L3N1X604Z",
        "headline": "GLOBAL MARKETS-Asian shares struggle to shake off rout despite Wall St bounce",
        "byline": None,
        "published": _utc(2018, 10, 26, 1, 13, 30),
        "agency": "Reuters",
    },
    "aap__reuters_newsml.xml": {
        "format": "newsml-g2",
        "id": "tag:reuters.com,2018:newsml_L2N1PH00M",
        "headline": "Pope Francis leaves Peru at end of Latin American trip",
        "published": _utc(2018, 1, 22, 0, 21, 43),
        "agency": "Reuters",
    },
    "core__ana1.xml": {  # superdesk's ANA test: the headline
        "format": "newsml",
        "id": "urn:newsml:ana-mpe.gr:20180404:19336333:1",
        "headline": "Wage employment balance positive in Jan-March",
        "published": dt.datetime(2018, 4, 4, 17, 58, 59, tzinfo=dt.timezone(dt.timedelta(hours=3))),
    },
    "core__ap_anpa-4.tst": {
        "format": "anpa",
        "slug": "BC-AS--China-DaringEscap",
        "headline": "AP Exclusive: China lawyer's family says US helped them flee",
        "byline": "By GERRY SHIH",
        "agency": "AP",
    },
    "core__anpa-1.tst": {  # superdesk's ANPA test: headline and byline
        "format": "anpa",
        "headline": "For Argentine chemo patients, mirrors can hurt",
        "byline": "By PAUL BYRNE and ALMUDENA CALATRAVA",
        "published": None,
        "agency": "AP",
    },
    "core__anpa-2.tst": {
        "format": "anpa",
        "headline": "Prairies vanish in the US push for green energy",
        "byline": "By CHET BROKAW and JACK GILLUM",
        "keywords": ("1stLd-Writethru",),
        "agency": "AP",
    },
    "aap__yonhap_format_test.body_html.txt": {  # a bare body: no headline, no date but what its text says
        "format": "html",
        "published": None,
    },
    "belga__dpa.txt": {
        "format": "iptc7901",
        "id": "eca00075",
        "headline": "Top EU court: Britain can unilaterally reverse Brexit decision",
        "byline": "By Helen Maguire, dpa",
        "keywords": ("politics", "Britain", "EU", "Brexit", "justice"),
        "priority": 3,
        "agency": "dpa",
    },
}


@needs_fixtures
@pytest.mark.parametrize("name", sorted(FACTS))
def test_each_fixture_reads_into_the_fields_its_file_states(name: str) -> None:
    (story,) = feeds.read(feed_fixture(SUPERDESK / name))
    assert {field: getattr(story.meta, field) for field in FACTS[name]} == FACTS[name]
    assert story.text.startswith(story.meta.headline or "")
    opening = BODY_OPENS.get(name)
    if opening is not None:
        assert any(block.startswith(opening) for block in story.text.split("\n\n")), opening


def test_every_fixture_has_its_facts() -> None:
    assert {name for name, _ in _manifest()} <= set(FACTS)


# How each story's body opens, where superdesk's parser tests say so of the same file.
BODY_OPENS = {
    "core__anpa-1.tst": "BUENOS",
    "core__pa5.xml": "Treasury coffers will take a £66 billion annual hit",
    "core__tag_reuters.com_0000_newsml_L4N1FL0N0_1132689232": "(Adds comments, detail)",
    "core__ana1.xml": "Wage employment",
    "belga__ansa_belga.xml": "(ANSA) - ROME, JUL 11 - Russian energy giant Gazprom",
    "belga__kyodo_newsml_1_2_belga.xml": "Former Chinese Premier Li Peng, who led a military crackdown",
}


@needs_fixtures
def test_a_latin_1_feed_reads_its_characters_as_declared() -> None:
    (story,) = feeds.read(SUPERDESK / "core__pa5.xml")
    body = story.text.split("\n\n")[2]  # after the headline and the byline
    assert body.startswith("Treasury coffers will take a £66 billion annual hit if Britain goes for a so-called hard")


@needs_fixtures
def test_dpas_notes_for_the_desk_go_to_the_note_not_the_text() -> None:
    (story,) = feeds.read(SUPERDESK / "belga__dpa.txt")
    assert story.meta.note is not None
    assert "Editorial contacts" in story.meta.note
    assert "Editorial contacts" not in story.text
    assert "not intended for publication" not in story.text


@needs_fixtures
def test_anpa_furniture_goes_to_the_metadata() -> None:
    (story,) = feeds.read(SUPERDESK / "core__ap_anpa-1.tst")
    assert story.meta.photos[:2] == ("GATK105", "GATK106")
    assert story.meta.note is not None
    assert story.meta.note.startswith("Heat 115, Hawks 111.")
    assert "AP Photo" not in story.text
    (second,) = feeds.read(SUPERDESK / "core__anpa-2.tst")
    assert second.meta.note is not None
    assert (
        "This is part of an Associated Press investigation into the hidden costs of green energy." in second.meta.note
    )


def _manifest() -> list[tuple[str, str]]:
    if not SUPERDESK.exists():
        return []
    with (SUPERDESK / "MANIFEST.tsv").open(encoding="utf-8") as lines:
        rows = list(csv.reader(lines, delimiter="\t"))[1:]
    return [(row[0], row[1]) for row in rows]


def _gold() -> dict[str, dict[str, Any]]:
    path = CORPUS / "gold" / "wires.jsonl"
    return {g["id"]: g["gold"] for g in read_jsonl(path)} if path.exists() else {}


GOLD = _gold()


@needs_fixtures
@pytest.mark.parametrize(("name", "story_id"), [(n, i) for n, i in _manifest() if i in GOLD])
def test_a_feed_story_parses_as_its_plain_copy_is_hand_checked(name: str, story_id: str) -> None:
    (story,) = feeds.parse(SUPERDESK / name)
    gold = GOLD[story_id]
    article = story.article
    assert article.headline is not None
    assert article.headline.text == gold["headline"]
    if gold.get("dateline"):
        assert article.dateline is not None
        assert article.dateline.raw == gold["dateline"]["raw"]
    plain = next(r for p in (CORPUS / "articles").glob("*.jsonl") for r in read_jsonl(p) if r["id"] == story_id)
    copy = parse_article(plain["text"])
    assert [(q.text, q.speaker.label if q.speaker else None) for q in article.quotes] == [
        (q.text, q.speaker.label if q.speaker else None) for q in copy.quotes
    ]
    assert story.diagnostics == ()


@needs_fixtures
@pytest.mark.parametrize(("name", "story_id"), _manifest())
def test_every_fixture_is_read_and_parses_as_its_plain_copy(name: str, story_id: str) -> None:
    pytest.importorskip("trafilatura")  # Yonhap's fixture is HTML
    stories = feeds.parse(feed_fixture(SUPERDESK / name))
    assert stories
    assert all(story.text.strip() for story in stories)
    assert all(story.meta.headline for story in stories if story.meta.format != "html")  # a bare body has none
    plain = next((r for p in (CORPUS / "articles").glob("*.jsonl") for r in read_jsonl(p) if r["id"] == story_id), None)
    if plain is None:
        return
    copy, article = parse_article(plain["text"]), stories[0].article
    if copy.headline is not None:  # where the copy's headline is read, the feed's is the same one
        assert article.headline is not None
        assert article.headline.title == copy.headline.title
    if copy.dateline is not None:
        assert article.dateline is not None
        assert article.dateline.raw == copy.dateline.raw


# --- our own writers: generated stories written in each format read back to their parts ---


@st.composite
def stories(draw: st.DrawFn) -> dict[str, Any]:
    city = draw(st.sampled_from(CITIES)).upper()
    return {
        "headline": draw(sentences(3, 9, period=False)),
        "byline": "By " + draw(st.sampled_from(["Jane Roe", "JOHN DOE", "Ana Ruiz and Li Wei"])),
        "paragraphs": [f"{city} (AP) — " + draw(sentences(8, 20)), *draw(st.lists(sentences(5, 18), max_size=4))],
        "published": draw(st.datetimes(min_value=dt.datetime(1995, 1, 1), max_value=dt.datetime(2035, 1, 1))),
        "city": city,
    }


def write_nitf(story: dict[str, Any]) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in story["paragraphs"])
    return (
        '<?xml version="1.0" encoding="utf-8"?><nitf><head><docdata>'
        f'<date.issue norm="{story["published"]:%Y%m%dT%H%M%S}Z"/><doc.copyright holder="AP"/></docdata></head>'
        f"<body><body.head><hedline><hl1>{escape(story['headline'])}</hl1></hedline>"
        f"<byline>{escape(story['byline'])}</byline></body.head><body.content>{body}</body.content></body></nitf>"
    ).encode()


def write_newsml_g2(story: dict[str, Any]) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in story["paragraphs"])
    return (
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet><newsItem guid="x1">'
        f'<itemMeta><itemClass qcode="ninat:text"/><provider literal="AP"/>'
        f"<firstCreated>{story['published']:%Y-%m-%dT%H:%M:%S}Z</firstCreated></itemMeta>"
        f"<contentMeta><headline>{escape(story['headline'])}</headline><by>{escape(story['byline'])}</by></contentMeta>"
        '<contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>'
        f"{body}</body></html></inlineXML></contentSet></newsItem></itemSet></newsMessage>"
    ).encode()


def write_newsml_g2_text(story: dict[str, Any]) -> bytes:
    """NewsML-G2 with the body as text (ANSA's): one CDATA <p> of the wire's lines, each paragraph's first indented."""
    body = "\n".join(
        "   " + "\n".join(textwrap.wrap(p, _WIRE_WIDTH, break_on_hyphens=False, break_long_words=False))
        for p in story["paragraphs"]
    )
    return (
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet><newsItem guid="x1">'
        f'<itemMeta><itemClass qcode="ninat:text"/><provider literal="ANSA"/>'
        f"<firstCreated>{story['published']:%Y-%m-%dT%H:%M:%S}Z</firstCreated></itemMeta>"
        f"<contentMeta><headline>{escape(story['headline'])}</headline><by>{escape(story['byline'])}</by></contentMeta>"
        '<contentSet><inlineData contenttype="text/plain"><![CDATA[\n<p>\n'
        f"{body}\n</p>]]></inlineData></contentSet></newsItem></itemSet></newsMessage>"
    ).encode()


_WIRE_WIDTH = 16  # narrow, so that every paragraph runs over lines


def write_anpa(story: dict[str, Any]) -> bytes:
    paragraphs = "".join(f"\t   {p.replace(' — ', ' _ ')}\r\n" for p in story["paragraphs"])
    return (
        f"\x16\x16\x01a1234\x1f-----\r\nr a\x13\x11 BC-Test-Story   {story['published']:%m-%d} 0400\r\n"
        f"\x02^BC-Test-Story,400<\r\n^{story['headline']}<\r\n^{story['byline']}=\r\n^AP Writer=\r\n"
        f"{paragraphs}\x03AP-NY-{story['published']:%m-%d-%y} 0400GMT<\r\n"
    ).encode()


@given(stories(), st.sampled_from([write_nitf, write_newsml_g2, write_newsml_g2_text, write_anpa]))
def test_a_story_written_in_each_format_reads_back_to_its_parts(story: dict[str, Any], write: Any) -> None:
    (item,) = feeds.read(write(story))
    assert item.meta.headline == story["headline"]
    assert item.meta.byline == story["byline"]
    blocks = item.text.rstrip("\n").split("\n\n")
    expected = [story["headline"], story["byline"], *story["paragraphs"]]
    if write is write_anpa:
        expected = [block.replace(" — ", " _ ") for block in expected]
        assert item.meta.published is None
    else:
        assert item.meta.published is not None
        assert item.meta.published.replace(tzinfo=None) == story["published"].replace(microsecond=0)
    assert blocks == expected
    article = feeds.parse(write(story))[0].article
    assert article.headline is not None
    assert article.headline.text == story["headline"]
    assert article.dateline is not None
    assert article.dateline.location == story["city"]


# --- hostile and broken input ---

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<nitf><body><body.head><hedline><hl1>&d;</hl1></hedline></body.head></body></nitf>"""


def _external_entity(target: Path) -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY leak SYSTEM "file://{target}">]>'
        "<nitf><body><body.head><hedline><hl1>&leak;</hl1></hedline></body.head></body></nitf>"
    ).encode()


def test_entities_are_never_expanded_nor_files_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the secret", encoding="utf-8")
    for data in (BILLION_LAUGHS, _external_entity(secret)):
        with pytest.raises(feeds.FeedError):
            feeds.read(data)
    with pytest.raises(feeds.FeedError):
        feeds.read(BILLION_LAUGHS.replace(b"<!DOCTYPE nitf [", b"<!DOCTYPE nitf SYSTEM 'x.dtd' ["))


@pytest.mark.parametrize(
    "data",
    [
        b"<nitf><body><body.head><hedline><hl1>Cut short",  # truncated
        b"<nitf><body></nitf>",  # malformed
        '<?xml version="1.0" encoding="utf-8"?><nitf><head><title>Caf\xe9</title></head></nitf>'.encode("latin-1"),
        b"<rss><channel/></rss>",  # XML, but no feed format read here
        b"\x01no start of text",  # a teleprinter header that never starts its text
        b"plain words, no feed",
    ],
)
def test_broken_or_unknown_data_raises_a_feed_error(data: bytes) -> None:
    with pytest.raises(feeds.FeedError):
        feeds.read(data)


def test_a_format_named_wrongly_is_refused() -> None:
    with pytest.raises(feeds.FeedError, match="root element"):
        feeds.read(b"<nitf/>", format="newsml")
    with pytest.raises(feeds.FeedError, match="no feed format 'rss'"):
        feeds.read(b"<nitf/>", format="rss")
    with pytest.raises(TypeError, match="bytes, str"):
        feeds.read(42)  # type: ignore[arg-type]


def test_the_command_line_reads_feeds_by_their_content(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = {
        "headline": "Port strike ends",
        "byline": "By Jane Roe",
        "paragraphs": ["ODESSA (AP) — Dock workers returned on Friday."],
        "published": dt.datetime(2024, 5, 5, 10, 0),
        "city": "ODESSA",
    }
    (tmp_path / "a.xml").write_bytes(write_nitf(story))
    (tmp_path / "b.tst").write_bytes(write_anpa(story))
    (tmp_path / "c.xml").write_bytes(BILLION_LAUGHS)
    (tmp_path / "d.txt").write_text("Plain story\n\nMOSCOW, May 5. /TASS/. Text.", encoding="utf-8")
    status = cli.main(["parse", str(tmp_path), "--format", "jsonl"])
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 1  # the hostile file is an error record
    assert [r.get("metadata", {}).get("format") if "error" not in r else "error" for r in out] == [
        "nitf",
        "anpa",
        "error",
        None,
    ]
    assert out[0]["metadata"]["published"] == "2024-05-05T10:00:00+00:00"
    assert out[0]["article"]["headline"]["text"] == "Port strike ends"
    assert out[3]["article"]["dateline"]["agency"] == "TASS"
    status = cli.main(["parse", str(tmp_path / "a.xml"), "--input-format", "text"])
    record = json.loads(capsys.readouterr().out)
    assert record["article"]["headline"]["text"].startswith("<?xml")  # read as the text it is


# --- HTML pages ---

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Port strike ends | Example News</title>
<meta name="author" content="Jane Roe"><meta property="article:published_time" content="2024-05-05T10:00:00Z">
</head><body><nav><a href="/">Home</a></nav><article><h1>Port strike ends after talks</h1>
<figure><img src="dock.jpg">
<figcaption>Dock workers return to the port of Odessa on Friday. (AP Photo/Ivan Petrov)</figcaption></figure>
<p>ODESSA, Ukraine (AP) — Dock workers returned on Friday after a week-long strike over pay, the union said.</p>
<p>"We are back," union leader Ivan Petrenko told reporters at the gates of the port on Friday morning.</p>
<h2>What comes next</h2>
<p>Talks on a new contract will resume next month, both sides said in a joint statement on Friday.</p>
<p>The port handles a third of the country's grain exports, and the strike had stopped every ship.</p>
<figure><img src="gate.jpg"><figcaption>The port's gates on Friday.<span class="photo-credit">Ivan Petrov, AP</span>
</figcaption></figure><figure><img src="x.jpg"><figcaption>A photo credited to no one</figcaption></figure>
<h2>Most viewed</h2><ul><li>Storm closes ports</li><li>Talks resume</li></ul>
</article><aside><figure><figcaption>Another story's photo</figcaption></figure></aside></body></html>"""


def test_an_html_page_is_read_with_its_photo_heading_and_date() -> None:
    pytest.importorskip("trafilatura")
    (story,) = feeds.parse(PAGE.encode("utf-8"))
    assert story.meta.format == "html"
    assert story.meta.headline == "Port strike ends after talks"  # the page's <h1>, not its <title>
    assert story.meta.published is not None
    assert story.meta.published.date() == dt.date(2024, 5, 5)
    article = story.article
    assert article.headline is not None
    assert article.headline.text == "Port strike ends after talks"
    assert [(p.caption, p.credit) for p in article.photo_credits] == [
        ("Dock workers return to the port of Odessa on Friday.", "AP Photo/Ivan Petrov"),
        ("The port's gates on Friday.", "Ivan Petrov, AP"),  # the credit printed apart in its figure
    ]
    assert "Another story's photo" not in story.text  # in an aside: another story's
    assert "credited to no one" not in story.text  # with no credit it would read as the standfirst
    assert "Most viewed" not in story.text  # the page's furniture after the story
    assert article.dateline is not None
    assert article.dateline.city == "ODESSA"
    assert [section.heading for section in article.sections] == ["What comes next"]
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Ivan Petrenko"]


# Where the HTML path must read a page as well as its plain-text copy does (the fields).
HTML_PARITY_FIELDS = ("headline", "dateline_all", "lead", "photo_credit", "photo_caption", "section_heading")


@pytest.mark.corpus
def test_the_gold_pages_read_through_the_html_path_as_well_as_their_plain_copies() -> None:
    pytest.importorskip("trafilatura")
    if not gold_pages() or not SCORE_PY.exists():
        pytest.skip("the shared corpus and score.py are not beside this checkout")
    html, copies, unread = score_html_pages(load_score())
    assert unread == []
    through_html, as_copies = html.figures(), copies.figures()
    for field in HTML_PARITY_FIELDS:
        value, floor = (
            figures[field].get("accuracy", figures[field].get("f1")) for figures in (through_html, as_copies)
        )
        assert value >= floor - 1e-9, f"HTML {field} {value:.3f} below the plain copies' {floor:.3f}"


def test_without_trafilatura_a_page_is_refused_with_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys  # noqa: PLC0415

    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(feeds.FeedError, match=r"wirenews\[html\]"):
        feeds.read(PAGE.encode("utf-8"))
    (story,) = feeds.read(write_nitf({**_PORT, "published": dt.datetime(2024, 5, 5)}))  # feeds need no extra
    assert story.meta.headline == "Port strike ends"


_PORT = {
    "headline": "Port strike ends",
    "byline": "By Jane Roe",
    "paragraphs": ["ODESSA (AP) — Dock workers returned on Friday."],
    "city": "ODESSA",
}


def test_the_plain_text_path_needs_no_extra(tmp_path: Path) -> None:
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    story = tmp_path / "story.txt"
    story.write_text("Talks resume\n\nMOSCOW, May 5. /TASS/. Talks resumed, the ministry said.", encoding="utf-8")
    hidden = "; ".join(f"sys.modules[{name!r}] = None" for name in ("trafilatura", "lxml", "pandas", "pyarrow"))
    program = f"import sys; {hidden}; from wirenews import cli; sys.exit(cli.main(['parse', '-q', {str(story)!r}]))"
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["article"]["dateline"]["agency"] == "TASS"


_STORY = (
    "<p>ODESSA, Ukraine (AP) — Dock workers returned on Friday after a week-long strike, the union said.</p>"
    "<p>Talks on a new contract will resume next month, both sides said in a joint statement on Friday.</p>"
    "<p>The port handles a third of the country's grain exports, and the strike had stopped every ship.</p>"
)


# The same story without its dateline, as sites that print the agency and place apart carry it.
_UNDATED_STORY = _STORY.replace("ODESSA, Ukraine (AP) — ", "")


def _page(photo: str) -> bytes:
    return f"<html><body><article><h1>Port strike ends</h1>{photo}{_STORY}</article></body></html>".encode()


@pytest.mark.parametrize(
    ("photo", "caption", "credit"),
    [
        (  # a caption box with its credit set apart, labelled
            '<div class="wp-caption"><p class="wp-caption-text">Dock workers at the gates.</p>'
            '<div class="image_source">Image Credit: Ivan Petrov</div></div>',
            "Dock workers at the gates.",
            "Ivan Petrov",
        ),
        (  # the caption printed again as a paragraph, without its credit: one photo, no standfirst
            '<figure><img src="a.jpg"><figcaption>Dock workers at the gates of the port on Friday.'
            '<span class="credit">Ivan Petrov, AP</span></figcaption></figure>'
            "<p>Dock workers at the gates of the port on Friday.</p>",
            "Dock workers at the gates of the port on Friday.",
            "Ivan Petrov, AP",
        ),
        (  # no caption printed: the lead photo's alt text, ending in its credit
            '<img src="a.jpg" alt="Dock workers at the gates on Friday. (AP Photo/Ivan Petrov)">',
            "Dock workers at the gates on Friday.",
            "AP Photo/Ivan Petrov",
        ),
        (  # the credit in the figure's <cite>, HTML's element for whose work it is
            '<figure><img src="a.jpg"><figcaption>Dock workers at the gates on Friday.</figcaption>'
            "<cite>Ivan Petrov/AP</cite></figure>",
            "Dock workers at the gates on Friday.",
            "Ivan Petrov/AP",
        ),
        (  # a caption box printing the caption in full and cut short, each with its toggle link
            '<figure><img src="a.jpg"><div class="caption">'
            '<div class="caption-full">Dock workers at the gates of the port on Friday. (AP Photo/Ivan Petrov)'
            '<a class="more-caption"> less</a></div><div class="caption-truncated">Dock workers at the gates of'
            '<a class="more-caption"> ... more</a></div><span class="credit">Photo: Ivan Petrov, AP</span>'
            "</div></figure>",
            "Dock workers at the gates of the port on Friday.",
            "AP Photo/Ivan Petrov",
        ),
        (  # a caption link that says "more >" after the credit
            '<figure><img src="a.jpg"><figcaption class="source">Dock workers at the gates on Friday. '
            '(AP Photo/Ivan Petrov) <a href="/photos/1">more &gt;</a></figcaption></figure>',
            "Dock workers at the gates on Friday.",
            "AP Photo/Ivan Petrov",
        ),
    ],
)
def test_a_pages_photo_captions_are_read_as_pages_print_them(photo: str, caption: str, credit: str) -> None:
    pytest.importorskip("trafilatura")
    (story,) = feeds.parse(_page(photo))
    assert [(p.caption, p.credit) for p in story.article.photo_credits] == [(caption, credit)]
    assert story.article.standfirst is None
    assert story.article.lead is not None
    assert story.article.lead.text.startswith("Dock workers returned on Friday")


def _site(head: str, body: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>Port strike ends - Example News</title>{head}</head>"
        f"<body><nav><a href='/'>Example News</a></nav>{body}</body></html>"
    ).encode()


def test_a_lead_photo_printed_above_the_story_article_is_its_photo() -> None:
    pytest.importorskip("trafilatura")
    page = _site(
        "",
        '<div class="masthead"><h1>Port strike ends</h1><div class="wp-caption">'
        '<p class="wp-caption-text">Dock workers at the gates.</p><div class="image-source">Image Credit: Ivan Petrov'
        f"</div></div></div><article>{_STORY}</article>",
    )
    (story,) = feeds.parse(page)
    assert [(p.caption, p.credit) for p in story.article.photo_credits] == [
        ("Dock workers at the gates.", "Ivan Petrov")
    ]
    assert story.article.headline is not None
    assert story.article.headline.text == "Port strike ends"


def test_a_gallerys_photos_may_share_a_caption_but_a_photo_is_captioned_once() -> None:
    pytest.importorskip("trafilatura")
    caption = "Dock workers at the gates on Friday. (AP Photo/Ivan Petrov)"
    gallery = "".join(
        f'<figure><img src="{name}.jpg"><figcaption>{caption}</figcaption></figure>' for name in ("a", "b")
    )
    lightbox = f'<div class="lightbox"><img src="a.jpg"><div class="caption-remote">{caption}</div></div>'
    (story,) = feeds.parse(_site("", f"<article><h1>Port strike ends</h1>{gallery}{lightbox}{_STORY}</article>"))
    assert [p.credit for p in story.article.photo_credits] == ["AP Photo/Ivan Petrov"] * 2  # a.jpg, b.jpg


def test_a_caption_beside_its_photo_in_a_box_is_read_where_none_is_marked() -> None:
    pytest.importorskip("trafilatura")
    box = (
        '<div class="image top"><img src="a.jpg" alt="Port">'
        "<p>Dock workers at the gates on Friday. (AP Photo/Ivan Petrov)</p></div>"
    )
    (story,) = feeds.parse(_site("", f"<h1>Port strike ends</h1>{box}<article>{_STORY}</article>"))
    assert [(p.caption, p.credit) for p in story.article.photo_credits] == [
        ("Dock workers at the gates on Friday.", "AP Photo/Ivan Petrov")
    ]


def test_the_headline_in_the_storys_header_is_the_one_the_title_repeats() -> None:
    pytest.importorskip("trafilatura")
    page = _site("", f"<header><h1>Port strike ends</h1></header><div class='post'>{_STORY}</div>")
    (story,) = feeds.read(page)
    assert story.meta.headline == "Port strike ends"  # not the <title> with the site's name
    banner = _site("", f"<header><h1>Example News</h1></header><div><h1>Port strike ends</h1>{_STORY}</div>")
    (story,) = feeds.read(banner)
    assert story.meta.headline == "Port strike ends"  # the site's banner is no headline


def test_the_sites_promotions_and_links_to_other_stories_are_left_out() -> None:
    pytest.importorskip("trafilatura")
    body = (
        f"<article><h1>Port strike ends</h1>{_STORY}<p>Listen to the Example News podcast</p>"
        "<p>Read also: Storm closes ports on the coast</p>"
        "<p>Dock workers will vote on the contract next month, the union said in a statement on Friday.</p>"
        "</article>"
    )
    (story,) = feeds.parse(_site('<meta property="og:site_name" content="Example News">', body))
    assert "podcast" not in story.text
    assert [block.text for block in story.article.boilerplate] == ["Read also: Storm closes ports on the coast"]
    assert story.article.sections == ()


def test_a_page_that_prints_its_description_first_has_it_as_the_standfirst_above_the_photo() -> None:
    pytest.importorskip("trafilatura")
    summary = "Dock workers end a week-long strike over pay after talks with the port."
    body = (
        f"<article><h1>Port strike ends</h1><p>{summary}</p><figure><img src='a.jpg'>"
        f"<figcaption>Dock workers at the gates. (AP Photo/Ivan Petrov)</figcaption></figure>{_STORY}</article>"
    )
    (story,) = feeds.parse(_site(f'<meta name="description" content="{summary}">', body))
    assert story.article.standfirst is not None
    assert story.article.standfirst.text == summary
    assert [p.credit for p in story.article.photo_credits] == ["AP Photo/Ivan Petrov"]
    assert story.article.lead is not None
    assert story.article.lead.text.startswith("Dock workers returned on Friday")


def test_a_year_in_the_prose_is_no_publication_date() -> None:
    pytest.importorskip("trafilatura")
    (story,) = feeds.read(
        _site("", f"<article><h1>Port strike ends</h1>{_STORY}<p>The port opened in 2016.</p></article>")
    )
    assert story.meta.published is None  # the page's markup gives no date
    dated = _site(
        '<meta property="article:published_time" content="2024-05-05T10:00:00Z">', f"<article>{_STORY}</article>"
    )
    (story,) = feeds.read(dated)
    assert story.meta.published is not None
    assert story.meta.published.date() == dt.date(2024, 5, 5)


def test_a_linked_thumbnails_alt_text_is_no_caption() -> None:
    pytest.importorskip("trafilatura")
    teaser = (
        '<div class="gallery-teaser"><a href="/gallery/1"><img src="t.jpg" '
        'alt="Dock workers at the gates on Friday. (AP Photo/Ivan Petrov)"></a></div>'
    )
    (story,) = feeds.parse(_site("", f"<article><h1>Port strike ends</h1>{teaser}{_STORY}</article>"))
    assert story.article.photo_credits == ()


@pytest.mark.parametrize(
    ("box", "location", "agency"),
    [
        (  # Indian papers' byline box: the agency and the place, apart from the text
            '<ul class="article-bnow"><li><strong><a href="/agency/pti">PTI</a></strong> '
            '<strong class="rtext">Mumbai</strong></li><li><strong>Last Updated:</strong> May 4, 2024</li></ul>',
            "Mumbai",
            "PTI",
        ),
        (  # the writer's box naming the agency, with the times in a list of their own
            '<div class="article-author__time"><a href="/author/reuters">Reuters, </a><span> Washington, </span>'
            "<ul><li>May 4 2024, 11:06am ist</li><li>updated: May 4 2024, 15:24pm ist</li></ul></div>",
            "Washington",
            "Reuters",
        ),
    ],
)
def test_a_source_line_in_the_byline_box_stands_for_the_dateline_the_text_lacks(
    box: str, location: str, agency: str
) -> None:
    pytest.importorskip("trafilatura")
    (story,) = feeds.parse(_site("", f"<h1>Port strike ends</h1>{box}<article>{_UNDATED_STORY}</article>"))
    assert story.article.dateline is not None
    assert (story.article.dateline.location, story.article.dateline.agency) == (location, agency)
    assert story.article.lead is not None
    assert story.article.lead.text.startswith("Dock workers returned")
    (story,) = feeds.parse(_site("", f"<h1>Port strike ends</h1>{box}<article>{_STORY}</article>"))
    assert story.article.dateline is not None
    assert story.article.dateline.location == "ODESSA, Ukraine"  # the text's own dateline stands


def test_the_byline_box_in_the_storys_own_header_is_the_storys() -> None:
    pytest.importorskip("trafilatura")
    box = '<div class="byline"><a href="/agency/pti">PTI</a> <span>Mumbai</span></div>'
    page = _site("", f"<header><h1>Port strike ends</h1>{box}</header><article>{_UNDATED_STORY}</article>")
    (story,) = feeds.parse(page)
    assert story.article.dateline is not None
    assert (story.article.dateline.location, story.article.dateline.agency) == ("Mumbai", "PTI")
    banner = _site("", f"<header>{box}</header><h1>Port strike ends</h1><article>{_UNDATED_STORY}</article>")
    (story,) = feeds.parse(banner)
    assert story.article.dateline is None  # the page's banner above the headline is not the story's head


def test_a_sentence_in_a_h2_under_the_headline_is_the_standfirst() -> None:
    pytest.importorskip("trafilatura")
    dek = "The union says the new contract will raise pay by a tenth over the next two years."
    page = _site("", f"<h1>Port strike ends</h1><div class='dek'><h2>{dek}</h2></div><article>{_STORY}</article>")
    (story,) = feeds.parse(page)
    assert story.article.standfirst is not None
    assert story.article.standfirst.text == dek
    assert story.article.lead is not None
    assert story.article.lead.text.startswith("Dock workers returned")
    (story,) = feeds.parse(_site("", f"<h1>Port strike ends</h1><h2>Talks</h2><article>{_STORY}</article>"))
    assert story.article.standfirst is None  # a heading, not a sentence


def test_a_bare_html_body_laid_out_with_line_breaks_is_read_line_by_line() -> None:
    pytest.importorskip("trafilatura")
    fragment = (
        "<div><body>Port strike ends after talks<br/>\n"
        "\u00a0\u00a0 ODESSA, May 4 (Yonhap) -- Dock workers ended their strike<br/>\n"
        "on Friday, the union said.<br/>\n"
        "\u00a0\u00a0 Talks on a new contract will resume<br/>\nnext month.<br/>\n(END)</body></div>"
    )
    (story,) = feeds.parse(fragment.encode("utf-8"))
    assert story.text.rstrip("\n").split("\n\n")[:3] == [
        "Port strike ends after talks",
        "ODESSA, May 4 (Yonhap) -- Dock workers ended their strike on Friday, the union said.",
        "Talks on a new contract will resume next month. (END)",
    ]
    assert story.article.dateline is not None
    assert story.article.dateline.agency == "Yonhap"
