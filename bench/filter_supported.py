#!/usr/bin/env python3
"""Drop the statements schemadiff does not read yet from a gen_schema.py file.

gen_schema.py writes views, plpgsql functions, triggers and their comments; schemadiff
reads those only from issue 4 on and stops with "file:line:col: CREATE FUNCTION is not
supported". Until then the benchmark measures the rest (schemas, enums, sequences,
tables, constraints, indexes, comments), which is all of the tables and indexes.

Usage: filter_supported.py IN.sql OUT.sql   (prints how many statements of each kind it dropped)
The split is quote-aware ('...', "...", $tag$...$tag$, -- comments), so a ';' inside a
function body or a literal never ends a statement.
"""
import re
import sys

DROPPED = re.compile(
    r"^(CREATE\s+(OR\s+REPLACE\s+)?(FUNCTION|VIEW|TRIGGER)|COMMENT\s+ON\s+(VIEW|FUNCTION))\b",
    re.IGNORECASE)
DOLLAR = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$")


def statements(text):
    """Yield each statement with its trailing ';' (and the text between statements)."""
    i, start, n = 0, 0, len(text)
    while i < n:
        c = text[i]
        if c == "-" and text.startswith("--", i):
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in ("'", '"'):
            j = i + 1
            while j < n:
                if text[j] == c:
                    if j + 1 < n and text[j + 1] == c:  # doubled quote
                        j += 2
                        continue
                    break
                j += 1
            i = j + 1
        elif c == "$" and (m := DOLLAR.match(text, i)):
            j = text.find(m.group(0), m.end())
            i = n if j < 0 else j + len(m.group(0))
        elif c == ";":
            yield text[start:i + 1]
            start = i = i + 1
        else:
            i += 1
    if text[start:].strip():
        yield text[start:]


def first_words(stmt):
    lines = [l for l in stmt.splitlines() if l.strip() and not l.lstrip().startswith("--")]
    return " ".join(lines).strip()


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: filter_supported.py IN.sql OUT.sql")
    with open(sys.argv[1]) as f:
        text = f.read()
    kept, dropped = [], {}
    for s in statements(text):
        head = first_words(s)
        m = DROPPED.match(head)
        if m:
            kind = " ".join(m.group(0).upper().split())
            dropped[kind] = dropped.get(kind, 0) + 1
            continue
        kept.append(s)
    with open(sys.argv[2], "w") as f:
        f.write("".join(kept).rstrip() + "\n")
    print(", ".join(f"{k}: {v}" for k, v in sorted(dropped.items())) or "nothing dropped")


if __name__ == "__main__":
    main()
