"""Where a clustering goes wrong, topic by topic (``storyline eval cluster --errors``).

For every topic: the gold events that share a predicted story with another event
(*merged*: articles in a story whose largest gold event is not theirs) and the events
spread over several stories of their own (*split*: articles in a story their event
dominates, other than the biggest such story). Counting articles, not pairs, keeps the table
readable; the topic's BCubed F1 says how much each error costs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from .clustering_metrics import bcubed


@dataclass(frozen=True, slots=True)
class TopicErrors:
    """Errors of one topic; ``stories``: gold-event counts of each predicted story, biggest first."""

    topic: str
    f1: float
    merged: int
    split: int
    stories: list[dict[str, int]]


def _largest(counts: Counter) -> Hashable:
    """The most frequent key; ties go to the smallest key as text, so the choice is repeatable."""
    return min(counts, key=lambda key: (-counts[key], str(key)))


def topic_errors(topics: Sequence, gold: Sequence, predicted: Sequence) -> list[TopicErrors]:
    """Merged and split articles per topic, worst topic (lowest F1) first."""
    events_of_story: dict[Hashable, Counter] = defaultdict(Counter)
    stories_of_event: dict[Hashable, Counter] = defaultdict(Counter)
    for event, story in zip(gold, predicted, strict=True):
        events_of_story[story][event] += 1
        stories_of_event[event][story] += 1
    majority = {story: _largest(events) for story, events in events_of_story.items()}
    main = {}  # the biggest story an event dominates
    for event, stories in stories_of_event.items():
        own = Counter({story: count for story, count in stories.items() if majority[story] == event})
        if own:
            main[event] = _largest(own)
    members: dict[Hashable, list[int]] = defaultdict(list)
    for index, topic in enumerate(topics):
        members[topic].append(index)
    found = []
    for topic, indices in members.items():
        merged = sum(majority[predicted[i]] != gold[i] for i in indices)
        split = sum(majority[predicted[i]] == gold[i] and main[gold[i]] != predicted[i] for i in indices)
        own = Counter(predicted[i] for i in indices)
        stories = [{str(event): count for event, count in sorted(
            Counter(gold[i] for i in indices if predicted[i] == story).items(), key=lambda item: -item[1])}
                   for story in sorted(own, key=lambda story: (-own[story], str(story)))]
        f1 = bcubed([predicted[i] for i in indices], [gold[i] for i in indices])[2]
        found.append(TopicErrors(str(topic), round(f1, 4), merged, split, stories))
    return sorted(found, key=lambda errors: (errors.f1, errors.topic))


def describe(name: str, errors: list[TopicErrors]) -> list[str]:
    """Lines of the ``--errors`` table: a total, then one line per topic with an error."""
    merged, split = sum(e.merged for e in errors), sum(e.split for e in errors)
    lines = [f"errors of {name} on held-out topics: {merged} article(s) in another event's story, "
             f"{split} split from their event's main story",
             f"  {'topic':>6s} {'F1':>6s} {'merged':>6s} {'split':>6s}  stories (gold event: articles)"]
    for entry in errors:
        if entry.merged or entry.split:
            stories = " ".join("{" + ", ".join(f"{event}: {count}" for event, count in story.items()) + "}"
                               for story in entry.stories)
            lines.append(f"  {entry.topic:>6s} {entry.f1:6.3f} {entry.merged:6d} {entry.split:6d}  {stories}")
    return lines
