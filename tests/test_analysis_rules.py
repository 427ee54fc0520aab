"""Rules of the analysis and the index that mutation testing showed no test pinned."""
