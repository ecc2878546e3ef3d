"""A synthetic news corpus in the seed format, made deterministically from a seed number.

Each article is a file with YAML front matter (title, excerpt, publishedDateTime, webUrl,
provider {name, domain}, topics, related items) and a 500-1,000 word body dense with nations,
institutions, agreements, people, publishers and dates, in the sentence shapes news uses
("China co-sponsored the resolution ...", "the G20 adopted ..."). Article `i` depends only on
(seed, i), so a corpus of 2,020 articles is the corpus of 2,000 plus 20 new files.

    python benchmarks/corpus.py --articles 2000 --seed 1 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import hashlib
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

NATIONS = [
    ("United States", ["US", "U.S.", "America", "Washington"], "American"),
    ("China", ["PRC", "Beijing"], "Chinese"),
    ("Russia", ["Russian Federation", "Moscow"], "Russian"),
    ("United Kingdom", ["UK", "Britain", "London"], "British"),
    ("France", ["Paris"], "French"),
    ("Germany", ["Berlin"], "German"),
    ("Japan", ["Tokyo"], "Japanese"),
    ("India", ["New Delhi"], "Indian"),
    ("Brazil", ["Brasília"], "Brazilian"),
    ("South Africa", ["Pretoria"], "South African"),
    ("Nigeria", ["Abuja"], "Nigerian"),
    ("Kenya", ["Nairobi"], "Kenyan"),
    ("Egypt", ["Cairo"], "Egyptian"),
    ("Saudi Arabia", ["Riyadh"], "Saudi"),
    ("Iran", ["Tehran"], "Iranian"),
    ("Israel", ["Jerusalem"], "Israeli"),
    ("Turkey", ["Türkiye", "Ankara"], "Turkish"),
    ("Ukraine", ["Kyiv"], "Ukrainian"),
    ("Poland", ["Warsaw"], "Polish"),
    ("Italy", ["Rome"], "Italian"),
    ("Spain", ["Madrid"], "Spanish"),
    ("Canada", ["Ottawa"], "Canadian"),
    ("Mexico", ["Mexico City"], "Mexican"),
    ("Argentina", ["Buenos Aires"], "Argentine"),
    ("Chile", ["Santiago"], "Chilean"),
    ("Colombia", ["Bogotá"], "Colombian"),
    ("Australia", ["Canberra"], "Australian"),
    ("Indonesia", ["Jakarta"], "Indonesian"),
    ("South Korea", ["Republic of Korea", "Seoul"], "South Korean"),
    ("North Korea", ["DPRK", "Pyongyang"], "North Korean"),
    ("Vietnam", ["Hanoi"], "Vietnamese"),
    ("Philippines", ["Manila"], "Filipino"),
    ("Pakistan", ["Islamabad"], "Pakistani"),
    ("Bangladesh", ["Dhaka"], "Bangladeshi"),
    ("Ethiopia", ["Addis Ababa"], "Ethiopian"),
    ("Morocco", ["Rabat"], "Moroccan"),
    ("Singapore", [], "Singaporean"),
    ("Switzerland", ["Bern"], "Swiss"),
    ("Norway", ["Oslo"], "Norwegian"),
    ("Sweden", ["Stockholm"], "Swedish"),
    ("Cuba", ["Havana"], "Cuban"),
    ("Venezuela", ["Caracas"], "Venezuelan"),
    ("Qatar", ["Doha"], "Qatari"),
    ("United Arab Emirates", ["UAE", "Abu Dhabi"], "Emirati"),
    ("New Zealand", ["Wellington"], "New Zealand"),
    ("Ghana", ["Accra"], "Ghanaian"),
    ("Netherlands", ["The Hague"], "Dutch"),
    ("Thailand", ["Bangkok"], "Thai"),
]
INSTITUTIONS = [
    ("United Nations General Assembly", ["UN General Assembly", "General Assembly", "UNGA"]),
    ("United Nations Security Council", ["UN Security Council", "Security Council"]),
    ("World Health Organization", ["WHO"]),
    ("World Trade Organization", ["WTO"]),
    ("International Monetary Fund", ["IMF"]),
    ("World Bank", []),
    ("European Commission", []),
    ("European Parliament", []),
    ("European Union", ["EU"]),
    ("NATO", ["North Atlantic Treaty Organization"]),
    ("African Union", ["AU"]),
    ("ASEAN", ["Association of Southeast Asian Nations"]),
    ("Group of Seven", ["G7"]),
    ("Group of Twenty", ["G20"]),
    ("OECD", ["Organisation for Economic Co-operation and Development"]),
    ("International Atomic Energy Agency", ["IAEA"]),
    ("UNESCO", []),
    ("International Criminal Court", ["ICC"]),
    ("Human Rights Council", ["UN Human Rights Council"]),
    ("International Telecommunication Union", ["ITU"]),
    ("Organization of American States", ["OAS"]),
    ("US Congress", ["Congress"]),
    ("White House", []),
    ("State Department", []),
]
AGREEMENTS = [
    "Paris Agreement",
    "Global Digital Compact",
    "resolution on artificial intelligence",
    "Treaty on the Non-Proliferation of Nuclear Weapons",
    "Kunming-Montreal Global Biodiversity Framework",
    "Pandemic Agreement",
    "High Seas Treaty",
    "Black Sea Grain Initiative",
    "Comprehensive Nuclear-Test-Ban Treaty",
    "Convention on Cybercrime",
    "Regional Comprehensive Economic Partnership",
    "Bletchley Declaration",
    "Global Plastics Treaty",
    "Sendai Framework",
    "Minamata Convention on Mercury",
    "Arms Trade Treaty",
    "Hiroshima AI Process",
    "Code of Conduct for AI Developers",
    "Loss and Damage Fund agreement",
    "Global Minimum Tax deal",
]
ROLES = [
    "foreign minister",
    "ambassador to the United Nations",
    "trade minister",
    "prime minister",
    "president",
    "secretary of state",
    "envoy",
    "spokesperson for the foreign ministry",
    "deputy permanent representative",
    "finance minister",
]
FIRST = [
    "Linda",
    "Maria",
    "Ahmed",
    "Chen",
    "Olga",
    "Kwame",
    "Priya",
    "Jean",
    "Akira",
    "Fatima",
    "Hans",
    "Sofia",
    "Diego",
    "Amara",
    "Ivan",
    "Leila",
    "Tomas",
    "Mei",
    "Rafael",
    "Nadia",
]
LAST = [
    "Thomas-Greenfield",
    "Fernandez",
    "Okafor",
    "Zhang",
    "Petrova",
    "Mensah",
    "Sharma",
    "Dupont",
    "Tanaka",
    "Haddad",
    "Müller",
    "Rossi",
    "Garcia",
    "Diallo",
    "Ivanov",
    "Karimi",
    "Novak",
    "Wong",
    "Silva",
    "Rahman",
]
PUBLISHERS = [
    ("Reuters", "reuters.com"),
    ("Associated Press", "apnews.com"),
    ("BBC News", "bbc.co.uk"),
    ("Al Jazeera", "aljazeera.com"),
    ("The Guardian", "theguardian.com"),
    ("The New York Times", "nytimes.com"),
    ("Le Monde", "lemonde.fr"),
    ("Deutsche Welle", "dw.com"),
    ("NHK World", "nhk.or.jp"),
    ("The Hindu", "thehindu.com"),
    ("South China Morning Post", "scmp.com"),
    ("Nikkei Asia", "asia.nikkei.com"),
    ("Folha de S.Paulo", "folha.uol.com.br"),
    ("Daily Maverick", "dailymaverick.co.za"),
    ("The East African", "theeastafrican.co.ke"),
    ("Politico", "politico.com"),
    ("Devex", "devex.com"),
    ("SecurityWeek", "securityweek.com"),
    ("Euronews", "euronews.com"),
    ("Agence France-Presse", "afp.com"),
    ("Kyodo News", "kyodonews.net"),
    ("ABC News", "abc.net.au"),
    ("CBC News", "cbc.ca"),
    ("El País", "elpais.com"),
    ("Arab News", "arabnews.com"),
    ("The Straits Times", "straitstimes.com"),
    ("Premium Times", "premiumtimesng.com"),
    ("TwinCities.com", "twincities.com"),
    ("UN News", "news.un.org"),
    ("Foreign Policy", "foreignpolicy.com"),
]
TOPICS = [
    "AI",
    "Climate",
    "Trade",
    "Security",
    "Health",
    "Human Rights",
    "Nuclear",
    "Diplomacy",
    "Cybersecurity",
    "Oceans",
    "Food Security",
    "Development",
]
SUBJECTS = [
    "artificial intelligence",
    "climate finance",
    "nuclear safety",
    "pandemic preparedness",
    "ocean protection",
    "digital trade",
    "food security",
    "cyber norms",
    "debt relief",
    "refugee protection",
]
# Sentence shapes: {n} nation, {n2} another nation, {i} institution, {a} agreement, {p} person,
# {r} role, {d} date, {k} a number, {s} subject, {adj} a nationality.
TEMPLATES = [
    "{n} co-sponsored the {a}, which the {i} adopted on {d} without a vote.",
    "The {i} adopted the {a} on {d}, after {n} and {n2} dropped their objections.",
    "{n} proposed the {a} at the {i} in {month}, and {k} countries signed on as co-sponsors.",
    "On {d}, {n} and {n2} signed the {a} in {city}.",
    "{p}, the {r} of {n}, said the {a} would shape how governments handle {s} for years.",
    '"This is a turning point for {s}," {p}, {n}\'s {r}, told reporters in {city} on {d}.',
    "The {i} issued a statement on {d} welcoming the {a} and urging {n2} to ratify it.",
    "Delegates from {k} member states met at the {i} to negotiate the {a}.",
    "{n} abstained, while {n2} voted against the measure at the {i}.",
    "{adj} officials said the {a} leaves room for national rules on {s}.",
    "Critics in {n2} argued that the {a} does too little on {s} and lacks enforcement.",
    "The vote at the {i} came after months of talks led by {n} and backed by {n2}.",
    "{p} of {n} called on the {i} to monitor how the {a} is put into practice.",
    "According to the {i}, more than {k} countries have ratified the {a} since {year}.",
    "The {a} builds on commitments made at the {i} summit in {city} in {year}.",
    "{n} pledged ${k} million to support {s} programmes under the {a}.",
    "In a joint statement issued on {d}, {n} and {n2} said they would work through the {i} on {s}.",
    "The text, negotiated over {k} rounds, was approved by the {i} on {d}.",
    "Observers noted that {n} and {n2} rarely agree at the {i}, but both supported the {a}.",
    "{p}, who chaired the talks, said the {a} shows that the {i} can still deliver on {s}.",
]
FILLER = [
    "Analysts said the agreement marks a shift in how governments approach the issue.",
    "The measure is not legally binding, but it sets expectations for national policy.",
    "Negotiators worked late into the night to resolve the final points of disagreement.",
    "Civil society groups welcomed the outcome but warned that implementation will be slow.",
    "The decision follows a series of high-level meetings held earlier in the year.",
    "Several smaller states said their concerns about financing had not been fully addressed.",
    "Business groups said they would study the text before commenting on its likely effects.",
    "The debate reflected deep divisions over technology, sovereignty and development.",
    "Diplomats described the atmosphere in the room as tense but constructive.",
    "A follow-up review is scheduled for next year, when progress will be assessed.",
]
CITIES = ["New York", "Geneva", "Brussels", "Nairobi", "Vienna", "Paris", "Tokyo", "Bangkok", "Addis Ababa", "Lima"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _date(rng: random.Random) -> datetime:
    return datetime(2021, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(4 * 365 * 24 * 60))


def _say_date(rng: random.Random, when: datetime) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"{MONTHS[when.month - 1]} {when.day}, {when.year}"
    if style == 1:
        return f"{when.day} {MONTHS[when.month - 1]} {when.year}"
    return when.strftime("%A")


def _nation_name(rng: random.Random, nation: tuple[str, list[str], str]) -> str:
    name, aliases, _ = nation
    return rng.choice([name, name, *aliases]) if aliases else name


def _sentence(rng: random.Random, cast: dict[str, list]) -> str:
    template = rng.choice(TEMPLATES)
    n, n2 = rng.sample(cast["nations"], 2)
    institution = rng.choice(cast["institutions"])
    when = _date(rng)
    text = template.format(
        n=_nation_name(rng, n),
        n2=_nation_name(rng, n2),
        adj=n[2],
        i=rng.choice([institution[0], *institution[1]]),
        a=rng.choice(cast["agreements"]),
        p=rng.choice(cast["people"]),
        r=rng.choice(ROLES),
        d=_say_date(rng, when),
        month=MONTHS[when.month - 1],
        year=when.year,
        city=rng.choice(CITIES),
        k=rng.randrange(2, 190),
        s=rng.choice(SUBJECTS),
    )
    return text[0].upper() + text[1:]


def _url(domain: str, title: str, when: datetime) -> str:
    words = "-".join(title.lower().replace(",", "").replace("'", "").split()[:8])
    return f"https://www.{domain}/{when:%Y/%m/%d}/{words}/"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def article_text(seed: int, index: int) -> str:
    """The file text of article `index` of the corpus made from `seed` (front matter and body)."""
    rng = random.Random(f"{seed}:{index}")
    cast = {
        "nations": rng.sample(NATIONS, 6),
        "institutions": rng.sample(INSTITUTIONS, 3),
        "agreements": rng.sample(AGREEMENTS, 2),
        "people": [_person(rng) for _ in range(3)],
    }
    lead = cast["nations"][0][0]
    agreement = cast["agreements"][0]
    institution = cast["institutions"][0][0]
    title = rng.choice(
        [
            f"{lead} leads push for {agreement} at {institution}",
            f"{institution} adopts {agreement} backed by {cast['nations'][1][0]}",
            f"{lead} and {cast['nations'][1][0]} sign {agreement}",
            f"What the {agreement} means for {rng.choice(SUBJECTS)}",
        ]
    )
    excerpt = _sentence(rng, cast)
    when = _date(rng)
    publisher = rng.choice(PUBLISHERS)
    paragraphs: list[str] = []
    words = 0
    target = rng.randrange(500, 1000)
    while words < target:
        sentences = [
            _sentence(rng, cast) if rng.random() < 0.7 else rng.choice(FILLER) for _ in range(rng.randrange(2, 6))
        ]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    lines = [
        "---",
        "category: news",
        f"title: {_quote(title)}",
        f"excerpt: {_quote(excerpt)}",
        f"publishedDateTime: {when:%Y-%m-%dT%H:%M:%SZ}",
        f"webUrl: {_quote(_url(publisher[1], title, when) + str(index))}",
        "type: article",
        "",
        "provider:",
        f"  name: {_quote(publisher[0])}",
        f"  domain: {publisher[1]}",
        "",
        "topics:",
        *(f"  - {topic}" for topic in rng.sample(TOPICS, rng.randrange(1, 4))),
        "",
        "related:",
    ]
    for _ in range(rng.randrange(1, 5)):
        other = rng.choice(PUBLISHERS)
        related_when = when - timedelta(hours=rng.randrange(1, 96))
        related_title = f"{_nation_name(rng, rng.choice(cast['nations']))} and the {rng.choice(cast['agreements'])}"
        lines += [
            f"  - title: {_quote(related_title)}",
            f"    excerpt: {_quote(_sentence(rng, cast) + ' ' + _sentence(rng, cast))}",
            f"    publishedDateTime: {related_when:%Y-%m-%dT%H:%M:%SZ}",
            f"    webUrl: {_quote(_url(other[1], related_title, related_when))}",
            "    type: article",
            "    provider:",
            f"      name: {_quote(other[0])}",
            f"      domain: {other[1]}",
        ]
    lines += ["---", "", f"# {title}", "", *(p + "\n" for p in paragraphs)]
    return "\n".join(lines)


def file_name(seed: int, index: int) -> str:
    """Files sort in the order they were made: a six-digit index and a short hash of the seed."""
    return f"{index:06d}_{hashlib.sha256(f'{seed}:{index}'.encode()).hexdigest()[:12]}.txt"


def write_corpus(out: str | Path, articles: int, *, seed: int = 1, start: int = 0) -> list[Path]:
    """Write articles `start` .. `articles - 1` of the corpus made from `seed` into `out`; return their paths."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, articles):
        path = folder / file_name(seed, index)
        path.write_text(article_text(seed, index), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Command line: write a corpus of N articles."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="how many articles (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="the seed number (default 1)")
    parser.add_argument("--out", required=True, help="folder to write the articles into")
    args = parser.parse_args()
    paths = write_corpus(args.out, args.articles, seed=args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
