"""Small synthetic news corpora for the corpus-mode tests: look-alike stories
(two earthquakes, two fires, ...) told by several outlets, plus verbatim and
near copies. Written for these tests; no third-party text."""

from __future__ import annotations

import random

from storyline.corpus.cluster import Item

STORIES = [
    ("quake-aceh", "2024-03-02", "earthquake", {"place": "Aceh", "person": "Rahmat Sutanto",
     "agency": "Meteorology Agency", "number": "6.1", "count": "14"}),
    ("quake-oaxaca", "2024-03-05", "earthquake", {"place": "Oaxaca", "person": "Lucia Herrera",
     "agency": "Seismological Service", "number": "7.2", "count": "3"}),
    ("fire-harwick", "2024-03-03", "fire", {"place": "Harwick", "person": "Dana Kowalski",
     "agency": "Harwick Fire Brigade", "number": "40", "count": "2"}),
    ("fire-lindqvist", "2024-03-04", "fire", {"place": "Lindqvist Bay", "person": "Omar Haddad",
     "agency": "Coastal Rescue Unit", "number": "12", "count": "5"}),
    ("vote-norland", "2024-03-06", "election", {"place": "Norland", "person": "Ingrid Falk",
     "agency": "Electoral Commission", "number": "52", "count": "61"}),
]

TEMPLATES = {
    "earthquake": [
        "A magnitude {number} earthquake struck {place} early on {weekday}, the {agency} said.",
        "At least {count} people were killed when the quake hit {place}, officials said.",
        "{person}, a spokesperson for the {agency}, said aftershocks rattled {place} for hours.",
        "Buildings collapsed across {place} and rescuers searched the rubble for survivors.",
        "The {agency} recorded the tremor at a depth of ten kilometres under {place}.",
        "Residents of {place} slept outdoors, fearing further shaking, {person} told reporters.",
    ],
    "fire": [
        "A fire tore through a warehouse district in {place} on {weekday}, the {agency} said.",
        "{count} firefighters were injured battling the blaze in {place}, according to {person}.",
        "Flames spread across {number} hectares near {place} before crews contained them.",
        "{person} of the {agency} said the cause of the {place} fire was under investigation.",
        "Smoke from the {place} fire could be seen for miles, witnesses said.",
        "The {agency} evacuated homes around {place} as the wind picked up.",
    ],
    "election": [
        "Voters in {place} chose a new parliament on {weekday}, the {agency} said.",
        "{person} claimed victory with {number} percent of the vote in {place}.",
        "Turnout in {place} reached {count} percent, the highest in a decade.",
        "The {agency} said counting in {place} would finish overnight.",
        "{person} promised to form a coalition government in {place} within weeks.",
        "Opposition leaders in {place} conceded defeat late in the evening.",
    ],
}

DETAILS = {
    "quake-aceh": ["Fishing boats in Banda harbour were thrown onto the pier.",
                   "The mosque in Lhokseumawe lost its minaret.", "Schools in Bireuen stayed closed."],
    "quake-oaxaca": ["The colonial cathedral in Juchitan cracked along its nave.",
                     "Mezcal distilleries near Tlacolula halted production.", "Power failed in Salina Cruz."],
    "fire-harwick": ["The blaze began in a paint depot beside the canal locks.",
                     "Harwick United postponed its match at the riverside ground.", "Trams were diverted."],
    "fire-lindqvist": ["Pine forest on the headland burned down to the lighthouse.",
                       "Ferries to Skarholm islands were suspended.", "Campers were moved by boat."],
    "vote-norland": ["The Green Alliance doubled its seats in the northern provinces.",
                     "Postal ballots from fishermen arrived by helicopter.", "Markets rose on the result."],
}

OUTLETS = ["northwire", "daily-ledger", "harwick-courier", "civic-desk", "metro-post", "the-record"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _article(rng: random.Random, story: str, kind: str, slots: dict, weekday: str) -> str:
    sentences = rng.sample(TEMPLATES[kind], 3) + rng.sample(DETAILS[story], 2)
    return " ".join(s.format(weekday=weekday, **slots) for s in sentences)


def synthetic_corpus(seed: int = 7, per_story: int = 5, copies: int = 1, dated: bool = True) -> list[dict]:
    """Records ``{id, text, title, source_domain, date_publish}`` plus ``story`` (the truth)."""
    rng = random.Random(seed)
    records = []
    for story, day, kind, slots in STORIES:
        weekday = WEEKDAYS[int(day[-2:]) % 7]
        for index in range(per_story):
            text = _article(rng, story, kind, slots, weekday)
            outlet = OUTLETS[index % len(OUTLETS)]
            date = f"{day[:-2]}{int(day[-2:]) + index % 2:02d}"
            records.append({"id": f"{story}-{index}", "text": text, "title": f"{kind.title()} in {slots['place']}",
                            "source_domain": f"{outlet}.example", "story": story,
                            **({"date_publish": date} if dated else {})})
        for copy in range(copies):  # a verbatim copy and a lightly edited copy of the first article
            original = records[-per_story]
            edited = original["text"].replace(" said.", " said on " + weekday + ".", 1) + " More to follow."
            for suffix, text in (("copy", original["text"]), ("edit", edited)):
                records.append({**original, "id": f"{story}-{suffix}{copy}", "text": text,
                                "source_domain": f"reprint{copy}-{suffix}.example"})
    return records


def items(records) -> list[Item]:
    """The records as clusterer items."""
    return [Item(r["id"], r["text"], r.get("title"), r.get("date_publish")) for r in records]


def partition(assignment: dict[str, str]) -> set[frozenset[str]]:
    """Story assignment as a set of article groups (story ids do not matter)."""
    groups: dict[str, set[str]] = {}
    for article, story in assignment.items():
        groups.setdefault(story, set()).add(article)
    return {frozenset(g) for g in groups.values()}


def truth(records) -> set[frozenset[str]]:
    """The generated stories as article groups."""
    return partition({r["id"]: r["story"] for r in records})
