#!/usr/bin/env python3
"""Generate bilat's secondary officials and office words from the Phoenix
(PETRARCH2) dictionaries in ../shared/lexicon/petrarch2 (MIT, notice in
ingest/gazetteer/data/LICENSE-phoenix).

usage: dev/gazetteer/gen-phoenix.py [LEXICON_DIR]

Writes
  ingest/gazetteer/data/phoenix-officials.tsv  people in a government or
      military role of a state, with the country and the dates of each role
      (codes such as [RUSGOV >040309]); rebels, opposition, business, media
      and "elites" (former officials, clerics, ...) are left out. A role still
      open in the data ends on the data's date (2014-01-30): the hand-compiled
      officials-*.tsv files are authoritative for later terms and win over
      this file for any name they list. The title is "Government Official"
      or "Military Officer": the data does not tie titles to terms.
  ingest/gazetteer/data/phoenix-offices.tsv  office words of Phoenix.agents.txt
      with a government or military code: titles of people ("defence
      minister", "government spokesman", "ambassador") and bodies that act
      for their state ("defence ministry", "embassy").

The output is deterministic: the same input gives the same bytes.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
LEX = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "lexicon", "petrarch2")
DATA = os.path.join(ROOT, "ingest", "gazetteer", "data")
DATA_DATE = "2014-01-30"  # "Generated at: Thu Jan 30 2014" in the actors file

# The last word of an agent phrase says whether it names a person's office
# or a body. Closed sets of head nouns of the office vocabulary.
PERSON_HEADS = {
    "MINISTER": "minister", "SECRETARY": "minister", "AMBASSADOR": "diplomat", "ENVOY": "diplomat",
    "CONSUL": "diplomat", "ATTACHE": "diplomat", "CHARGE_D'AFFAIRES": "diplomat",
    "SPOKESMAN": "spokesperson", "SPOKESWOMAN": "spokesperson", "SPOKESPERSON": "spokesperson",
    "PRESIDENT": "official", "PREMIER": "head_of_government", "CHANCELLOR": "head_of_government",
    "CHIEF": "military", "COMMANDER": "military", "GENERAL": "military", "ADMIRAL": "military",
    "MARSHAL": "military", "GOVERNOR": "official", "MAYOR": "official", "ADVISER": "official",
    "ADVISOR": "official", "DIRECTOR": "official", "SPEAKER": "official",
}
BODY_HEADS = {"MINISTRY", "EMBASSY", "CONSULATE", "GOVERNMENT", "ADMINISTRATION", "CABINET", "DEPARTMENT", "PRESIDENCY"}
FOREIGN = re.compile(r"^(?:(?:of|for) )?(?:foreign|external) (?:affairs|relations)$|^foreign$")


def lines(name):
    with open(os.path.join(LEX, name), encoding="utf-8", errors="replace") as f:
        for raw in f:
            yield raw.rstrip("\n")


def words_of(entry):
    """PHOENIX_FORM_ -> list of upper-case words."""
    entry = entry.split("#", 1)[0].strip().lstrip("+").strip()
    return [w for w in entry.replace("_", " ").split() if w]


# ---------- office words ----------

def expand(entry, classes):
    """Expand !CLASS! synonym classes into singular forms."""
    m = re.search(r"!([A-Z]+)!", entry)
    if not m:
        return [entry]
    out = []
    for member in classes.get(m.group(1), []):
        if member.endswith("S") or member.endswith("MEN"):
            continue  # plurals: the recogniser sees singular titles
        out += expand(entry[:m.start()] + member + entry[m.end():], classes)
    return out


def offices():
    classes = {}
    rows = set()
    for line in lines("Phoenix.agents.txt"):
        if line.startswith("#") or not line.strip():
            continue
        m = re.match(r"^!([A-Z]+)!\s*=\s*(.+)$", line)
        if m:
            classes[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^(.+?)\s*(\{\})?\s*\[~?((?:GOV|MIL)[A-Z]*)\]", line)
        if not m or line.lstrip().startswith("-"):
            continue
        entry, code = m.group(1).strip(), m.group(3)
        if "," in entry or "(" in entry or not re.fullmatch(r"[A-Z!_ '\-.]+", entry):
            continue
        entry = re.sub(r"\bMINIST\b(?!!)", "!MINIST!", entry.replace("_", " ")).strip()
        for form in expand(entry, classes):
            ws = form.split()
            if not ws or len(ws) > 6 or ws[-1] in ("FOREIGN", "OF", "FOR", "AND", "THE"):
                continue  # a phrase cut short in the source
            head = ws[-1]
            # "minister for agriculture": the head stands first.
            if ws[0] in ("MINISTER", "MINISTRY") and len(ws) > 1 and ws[1] in ("FOR", "OF"):
                head = ws[0]
            phrase = " ".join(ws).lower()
            if head in PERSON_HEADS:
                role = PERSON_HEADS[head]
                if head == "MINISTER":
                    rest = phrase.replace("minister", "").strip()
                    role = "foreign_minister" if FOREIGN.search(rest) else "minister"
                if role == "military" and not code.startswith(("GOVMIL", "MIL")):
                    role = "official"
                rows.add((phrase, "title", title_case(phrase), role, code))
            elif head in BODY_HEADS:
                rows.add((phrase, "body", title_case(phrase), "", code))
    return sorted(rows)


SMALL = {"of", "for", "and", "the", "de", "to", "at", "in"}


def title_case(phrase):
    return " ".join(w if w in SMALL else w[:1].upper() + w[1:] for w in phrase.split())


# ---------- officials ----------

def countries():
    with open(os.path.join(DATA, "countries.json"), encoding="utf-8") as f:
        cs = json.load(f)
    iso = {c["iso3"]: c["name"] for c in cs}
    # CAMEO codes that are not ISO 3166 alpha-3.
    iso.update({"ROM": "Romania", "ZAR": "Democratic Republic of the Congo", "TMP": "Timor-Leste",
                "SER": "Serbia", "KSV": "Kosovo", "MNT": "Montenegro"})
    iso = {k: v for k, v in iso.items() if k}
    words = set()
    for c in cs:
        for n in [c["name"]] + c.get("aliases", []) + c.get("demonyms", []):
            words.add(n.upper())
    return iso, words


def name_words(titles):
    """Words that are not part of a person's name when they lead a variant."""
    out = set()
    for t in titles:
        out.update(t.upper().split())
    out.update({"MR", "MRS", "MS", "DR", "SHEIKH", "PRINCE", "KING", "QUEEN", "EMIR", "SULTAN", "PRESIDENT",
                "PRIME", "PM", "FORMER", "THE", "ACTING", "DEPUTY", "VICE", "SECRETARY-GENERAL", "GEN.", "GEN",
                "LT.", "COL.", "MAJ.", "CAPT.", "ADM.", "SEN.", "REP.", "GOV."})
    return out


def read_titles():
    rows = []
    with open(os.path.join(DATA, "titles.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] != "phrase":
                rows.append((cols[0].lower(), cols[1]))
    return rows


def parse_date(s, start):
    s = s.strip()
    if len(s) == 6 and s.isdigit():
        yy = int(s[:2])
        y = 2000 + yy if yy <= 14 else 1900 + yy
        s = "%04d%s" % (y, s[2:])
    if len(s) != 8 or not s.isdigit():
        return None
    y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return "%04d-%02d-%02d" % (y, m, d)


def term(spec):
    """'>000507', '<900823', '030101-030531', '' -> (start, end) or None."""
    spec = spec.strip()
    if not spec:
        return None  # undated: mostly bodies listed under a person-like name
    if spec.startswith(">"):
        s = parse_date(spec[1:], True)
        return (s, DATA_DATE) if s and s <= DATA_DATE else None
    if spec.startswith("<"):
        e = parse_date(spec[1:], False)
        return ("1900-01-01", e) if e else None
    if "-" in spec:
        a, b = spec.split("-", 1)
        s, e = parse_date(a, True), parse_date(b, False)
        return (s, e) if s and e and s <= e else None
    return None


CASE_KEEP = {"AL": "al", "BIN": "bin", "IBN": "ibn", "EL": "el", "VON": "von", "VAN": "van", "DER": "der",
             "DE": "de", "DA": "da", "DI": "di", "DU": "du", "LA": "la", "LE": "le", "DOS": "dos", "DEL": "del"}


def proper(words):
    out = []
    for i, w in enumerate(words):
        if i > 0 and i < len(words) - 1 and w in CASE_KEEP:
            out.append(CASE_KEEP[w])
            continue
        parts = []
        for p in w.split("-"):
            q = p[:1] + p[1:].lower()
            if q.startswith("Mc") and len(q) > 2:
                q = "Mc" + q[2].upper() + q[3:]
            q = re.sub(r"'([a-z])", lambda m: "'" + m.group(1).upper(), q)
            parts.append(q)
        out.append("-".join(parts))
    return " ".join(out)


def strip_lead(ws, lead, titles):
    """Drop leading country words and titles; return (name words, title)."""
    title = ""
    i = 0
    while i < len(ws):
        matched = False
        for n in range(min(4, len(ws) - i), 0, -1):
            phrase = " ".join(ws[i:i + n]).lower().replace("-", " ")
            if phrase in titles and not title:
                title = titles[phrase]
            if phrase in titles or " ".join(ws[i:i + n]) in lead:
                i += n
                matched = True
                break
        if not matched:
            break
    return ws[i:], title


def officials(office_rows):
    iso, lead = countries()
    titles = {p: t for p, t in read_titles()}
    for phrase, kind, title, role, code in office_rows:
        if kind == "title":
            titles.setdefault(phrase, title)
    lead |= name_words(titles)
    banned = name_words(titles) | BODY_HEADS | set(PERSON_HEADS) | {"OF", "THE", "AND", "FOR", "PARTY", "ARMY", "FORCES"}
    out = []
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        entry = None
        for line in list(lines(fname)) + [""]:
            if line.startswith("#"):
                continue
            if line.startswith("\t") or line.startswith("    ") or (line.strip().startswith("[") and entry):
                if entry is not None:
                    entry["codes"] += re.findall(r"\[([A-Z]+)\s*([^\]]*)\]", line)
                continue
            if line.startswith("+"):
                if entry is not None:
                    entry["variants"].append(words_of(line))
                continue
            if entry is not None:
                out += person(entry, iso, lead, titles, banned)
            entry = None
            if line.strip():
                codes = re.findall(r"\[([A-Z]+)\s*([^\]]*)\]", line)
                entry = {"name": words_of(line.split("[", 1)[0]), "variants": [], "codes": codes}
    return out


def person(entry, iso, lead, titles, banned):
    offices = []
    for code, spec in entry["codes"]:
        c3, rest = code[:3], code[3:]
        if c3 not in iso or not (rest.startswith("GOV") or rest.startswith("MIL")):
            continue
        t = term(spec)
        if t is None:
            continue
        offices.append((iso[c3], rest, t))
    if not offices:
        return []
    names, title = [], ""
    for ws in [entry["name"]] + entry["variants"]:
        n, t = strip_lead(ws, lead, titles)
        title = title or t
        if 2 <= len(n) <= 5 and all(re.fullmatch(r"[A-Z][A-Z'\-.]*", w) and w not in banned for w in n):
            p = proper(n)
            if p not in names:
                names.append(p)
    if not names:
        return []
    rows = []
    for country, rest, (start, end) in offices:
        # A title in a variant ("PRIME_MINISTER_X") does not say which of the
        # person's terms it belongs to: the rows keep the sector only.
        t = "Military Officer" if rest.startswith("MIL") or rest == "GOVMIL" else "Government Official"
        rows.append((names[0], "|".join(names[1:]), country, t, start, end))
    return rows


def main():
    office_rows = offices()
    with open(os.path.join(DATA, "phoenix-offices.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by dev/gazetteer/gen-phoenix.py from Phoenix.agents.txt (PETRARCH2, MIT: LICENSE-phoenix).\n")
        f.write("# kind: title (names a person's office) or body (a state body that acts for its country).\n")
        f.write("phrase\tkind\ttitle\trole\tcode\n")
        for r in office_rows:
            f.write("\t".join(r) + "\n")
    rows = sorted(set(officials(office_rows)))
    with open(os.path.join(DATA, "phoenix-officials.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by dev/gazetteer/gen-phoenix.py from Phoenix.Countries.actors.txt and\n")
        f.write("# Phoenix.International.actors.txt (PETRARCH2, MIT: LICENSE-phoenix). Roles open in the\n")
        f.write("# data end on %s, the data's date; officials-*.tsv win for every name they list.\n" % DATA_DATE)
        f.write("name\taliases\tcountry\ttitle\tstart\tend\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("%d office words, %d office rows for %d people" % (len(office_rows), len(rows), len({r[0] for r in rows})))


if __name__ == "__main__":
    main()
