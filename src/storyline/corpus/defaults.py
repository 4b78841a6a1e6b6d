"""Default clustering thresholds, apart from the numpy code so that the CLI can
show them in ``--help`` without importing it."""

#: similarity for an article to join a story in the incremental pass (`corpus add`)
THRESHOLD = 0.27
#: dated articles only join stories within this many days
WINDOW_DAYS = 30
#: threshold of the incremental pass that refinement starts from: stricter than the online
#: default, since refinement re-assigns the articles it leaves alone
INCREMENTAL_THRESHOLD = 0.3
