"""Baselines for the summary evaluation: Lead, sumy's LexRank, TextRank and
LSA (fed Storyline's own sentence splitter), and a greedy ROUGE-2 oracle."""

from __future__ import annotations

import re
from collections import Counter

from ..model import Article
from ..summarize.candidates import article_sentences

_WORD = re.compile(r"\w+(?:[-']\w+)*")


def sentences(articles: tuple[Article, ...]) -> list[str]:
    """Every sentence of the story, article by article."""
    return [a.text[s:e] for a in articles for s, e in article_sentences(a)]


def lead(articles: tuple[Article, ...], words: int) -> list[str]:
    """The opening sentences of the first article, up to the budget."""
    out, total = [], 0
    for start, end in article_sentences(articles[0]) if articles else []:
        out.append(articles[0].text[start:end])
        total += len(out[-1].split())
        if total >= words:
            break
    return out


class _Tokenizer:
    """sumy's tokenizer interface over plain regex words (no nltk data needed)."""

    language = "english"

    @staticmethod
    def to_words(text: str) -> list[str]:
        return _WORD.findall(text)


def sumy_summary(name: str, articles: tuple[Article, ...], count: int = 12) -> list[str]:
    """The top ``count`` sentences of a sumy summarizer, in document order."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = _Tokenizer()
    paragraphs = [
        Paragraph([Sentence(a.text[s:e], tokenizer) for s, e in article_sentences(a)])
        for a in articles
    ]
    summarizer = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer,
                  "lsa": LsaSummarizer}[name](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return [str(s) for s in summarizer(ObjectDocumentModel(paragraphs), count)]


def oracle(articles: tuple[Article, ...], references: list[list[str]], words: int) -> list[str]:
    """Greedy extractive oracle: add the sentence that most raises ROUGE-2
    recall (stemmed bigram hits summed over references) until the budget."""
    from nltk.stem import porter
    from rouge_score import tokenize
    from rouge_score.rouge_scorer import _create_ngrams

    stemmer = porter.PorterStemmer()
    pool = sentences(articles)
    grams = [_create_ngrams(tokenize.tokenize(s, stemmer), 2) for s in pool]
    targets = [_create_ngrams(r, 2) for r in references]
    chosen: list[int] = []
    covered: Counter = Counter()
    total = 0

    def hits(counts: Counter) -> int:
        return sum(sum(min(n, target[g]) for g, n in counts.items()) for target in targets)

    current = 0
    while total < words:
        best, best_gain = None, 0
        for i, gram in enumerate(grams):
            if i in chosen:
                continue
            gain = hits(covered + gram) - current
            if gain > best_gain:
                best, best_gain = i, gain
        if best is None:
            break
        chosen.append(best)
        covered += grams[best]
        current += best_gain
        total += len(pool[best].split())
    return [pool[i] for i in sorted(chosen)]
