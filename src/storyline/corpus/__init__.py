"""Corpus mode: many articles to deduplicated, clustered, briefed stories in a store."""
