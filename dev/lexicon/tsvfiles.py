"""Reading the tab-separated data files the lexicon generators share."""

import sys

# Words that may follow a verb as its particle ("call on", "hit out at").
PARTICLES = {"about", "against", "along", "around", "at", "away", "back", "between", "by", "down",
             "for", "forth", "from", "in", "into", "of", "off", "on", "out", "over", "through",
             "to", "together", "up", "upon", "with"}


def numbered_rows(path, ncols):
    """The rows of a TSV file (comments and blank lines skipped) with their line numbers."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < ncols:
                sys.exit(f"{path}:{n}: want {ncols} tab-separated fields, got {len(parts)}")
            out.append((n, parts))
    return out


def rows(path, ncols):
    """The rows of a TSV file, without line numbers."""
    return [parts for _, parts in numbered_rows(path, ncols)]
