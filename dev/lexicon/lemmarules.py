"""The suffix rules that bilat's lemmatizer applies to inflected forms.

RULES.md states them in words; ingest/doc ports them to Go. gen-lemmas.py
writes every form these rules get wrong to ingest/doc/data/lemmas.tsv, so the
Go side looks a form up in that table first and applies these rules only when
the form is not there. Keep the three in step: a change here changes the table.

Input is a lower-case word that the tagger marked as an inflected verb
(VBD, VBN, VBG, VBZ) or a plural noun (NNS).
"""

VOWELS = set("aeiou")
# Doubled final consonants that a suffix doubled (stopped, planned, preferred).
UNDOUBLE = set("bdgkmnprtv")


def is_vowel(word, i):
    """Whether word[i] is a vowel letter; y counts as a vowel after a consonant."""
    c = word[i]
    if c in VOWELS:
        return True
    return c == "y" and i > 0 and word[i - 1] not in VOWELS


def syllables(stem):
    """Number of vowel groups in stem (a rough syllable count)."""
    n, prev = 0, False
    for i in range(len(stem)):
        v = is_vowel(stem, i)
        if v and not prev:
            n += 1
        prev = v
    return n


def restore_e(stem, multi_finals):
    """Whether a stem left by removing -ed or -ing lost a silent final e."""
    if len(stem) < 2:
        return False
    last = stem[-1]
    if last in "cvsuz":
        # No English verb ends in c, v, single s, u or single z without an e
        # (forced, moved, raised, argued, seized); ss and zz are kept above.
        return not stem.endswith(("ss", "zz"))
    if last == "g":
        # urged, pledged, changed, challenged, plunged; belonged, longed keep none.
        if stem[-2] == "n":
            return len(stem) >= 3 and stem[-3] in "aeu"
        return True
    if last == "l" and stem[-2] in "bcdfgkptz":
        return True  # handled, settled, tackled, struggled
    # stem ends in one vowel + one consonant (not w, x, y); a u after q or g
    # is not a vowel here (quot-ed, guid-ed, requir-ed)
    if len(stem) < 3 or last in "wxy" or last in VOWELS or not is_vowel(stem, len(stem) - 2):
        return False
    before = stem[-3]
    if before == "u" and len(stem) >= 4 and stem[-4] in "qg":
        before = "q"
    if before in VOWELS:
        # two vowels: no e (obtain, avoid, treat), except -iate, -uate verbs
        return stem[-3:] in ("iat", "uat")
    if syllables(stem) <= 1:
        return True  # a one-syllable CVC stem would have doubled: hop-ed -> hope
    return stem[-2:] in multi_finals


def verb_lemma(w):
    """Lemma of an inflected verb form by the suffix rules alone."""
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ies"):
        return w[:-1]  # dies, ties, lies
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ied"):
        return w[:-1]  # died, tied
    if w.endswith("ying") and len(w) == 5:
        return w[0] + "ie"  # dying, lying, tying
    if w.endswith("es") and len(w) > 3:
        stem = w[:-2]
        if stem.endswith(("ss", "zz", "x", "ch", "sh")):
            return stem
        if stem.endswith("o"):
            return stem  # goes, vetoes, echoes
    if w.endswith("s") and not w.endswith("ss") and len(w) > 2:
        return w[:-1]
    if w.endswith("eed") and len(w) > 4:
        return w[:-1]  # agreed, freed, guaranteed
    for suf in ("ed", "ing"):
        if w.endswith(suf) and len(w) > len(suf) + 1:
            stem = w[: -len(suf)]
            if not any(is_vowel(stem, i) for i in range(len(stem))):
                return w
            if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in UNDOUBLE:
                return stem[:-1]
            if stem.endswith("ll") and undouble_l(stem):
                return stem[:-1]
            if restore_e(stem, V_E_FINALS):
                return stem + "e"
            return stem
    return w


def undouble_l(stem):
    """travelled, cancelled, controlled -> one l; called, installed -> two."""
    base = stem[:-1]
    return syllables(base) >= 2 or base[-3:-1] in ("ue", "ia", "ua")


# Multi-syllable stems ending in one vowel + one consonant take a silent e back
# when they end in one of these (negotiat-ed, decid-ed, compar-ed, includ-ed,
# combin-ed, attribut-ed, assum-ed, promot-ed, compil-ed, schedul-ed, stereotyp-ed);
# others do not (visit-ed, open-ed, consider-ed, develop-ed, threaten-ed, budget-ed).
# Chosen by counting exceptions with gen-lemmas.py --report.
V_E_FINALS = {"at", "id", "ar", "ut", "ud", "ur", "ir", "ib", "ad", "od", "ed",
              "ak", "ok", "uk", "ik", "ap", "in", "um", "ot", "il", "ul", "yp", "yl", "ym"}


def noun_lemma(w):
    """Lemma of a plural noun by the suffix rules alone."""
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("es") and len(w) > 3:
        stem = w[:-2]
        if stem.endswith(("ss", "zz", "x", "ch", "sh", "o")):
            return stem  # classes, quizzes, taxes, speeches, wishes, heroes
    if w.endswith("s") and not w.endswith("ss") and len(w) > 2:
        return w[:-1]
    return w
