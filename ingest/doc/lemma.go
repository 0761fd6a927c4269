package doc

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"

	"github.com/bilatgraph/bilat/ingest/datafile"
)

//go:embed data/lemmas.tsv
var lemmasTSV string

// Lemmatizer gives the dictionary form of a word from its part of speech:
// the table of forms that suffix rules get wrong (data/lemmas.tsv, made by
// dev/lexicon/gen-lemmas.py from lemminflect), then the rules, which
// dev/lexicon/RULES.md states and dev/lexicon/lemmarules.py implements as the
// reference.
type Lemmatizer struct {
	verbs, nouns map[string]string
}

// NewLemmatizer reads the embedded exception table.
func NewLemmatizer() (*Lemmatizer, error) {
	l := &Lemmatizer{verbs: map[string]string{}, nouns: map[string]string{}}
	sc := bufio.NewScanner(strings.NewReader(lemmasTSV))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("lemmas.tsv:%d: want form, class, lemma", n)
		}
		switch f[1] {
		case "V":
			l.verbs[f[0]] = f[2]
		case "N":
			l.nouns[f[0]] = f[2]
		default:
			return nil, fmt.Errorf("lemmas.tsv:%d: class %q is not V or N", n, f[1])
		}
	}
	return l, nil
}

// Lemma returns the lemma of a lower-case word with a Penn tag.
func (l *Lemmatizer) Lemma(lower, tag string) string {
	switch tag {
	case "VBD", "VBN", "VBG", "VBZ", "VBP":
		if v, ok := l.verbs[lower]; ok {
			return v
		}
		if tag == "VBP" {
			return lower
		}
		return verbLemma(lower)
	case "NNS", "NNPS":
		if v, ok := l.nouns[lower]; ok {
			return v
		}
		return nounLemma(lower)
	}
	return lower
}

const vowels = "aeiou"

// isVowel reports whether w[i] is a vowel letter; y counts as one after a
// consonant.
func isVowel(w string, i int) bool {
	c := w[i]
	if strings.IndexByte(vowels, c) >= 0 {
		return true
	}
	return c == 'y' && i > 0 && strings.IndexByte(vowels, w[i-1]) < 0
}

// syllables counts the runs of vowels of a stem.
func syllables(stem string) int {
	n, prev := 0, false
	for i := range len(stem) {
		v := isVowel(stem, i)
		if v && !prev {
			n++
		}
		prev = v
	}
	return n
}

// eFinals are the endings after which a stem of two or more syllables that
// ends in one vowel and one consonant takes back a silent e
// (negotiat-ed, decid-ed, compar-ed; not visit-ed, open-ed).
var eFinals = set("at", "id", "ar", "ut", "ud", "ur", "ir", "ib", "ad", "od", "ed",
	"ak", "ok", "uk", "ik", "ap", "in", "um", "ot", "il", "ul", "yp", "yl", "ym")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// restoreE reports whether a stem left by -ed or -ing lost a silent e.
func restoreE(stem string) bool {
	n := len(stem)
	if n < 2 {
		return false
	}
	last := stem[n-1]
	switch {
	case strings.IndexByte("cvsuz", last) >= 0:
		return !strings.HasSuffix(stem, "ss") && !strings.HasSuffix(stem, "zz")
	case last == 'g':
		if stem[n-2] == 'n' {
			return n >= 3 && strings.IndexByte("aeu", stem[n-3]) >= 0
		}
		return true
	case last == 'l' && strings.IndexByte("bcdfgkptz", stem[n-2]) >= 0:
		return true
	}
	if n < 3 || strings.IndexByte("wxy", last) >= 0 || strings.IndexByte(vowels, last) >= 0 || !isVowel(stem, n-2) {
		return false
	}
	before := stem[n-3]
	if before == 'u' && n >= 4 && strings.IndexByte("qg", stem[n-4]) >= 0 {
		before = 'q'
	}
	if strings.IndexByte(vowels, before) >= 0 {
		return stem[n-3:] == "iat" || stem[n-3:] == "uat"
	}
	if syllables(stem) <= 1 {
		return true
	}
	return eFinals[stem[n-2:]]
}

// verbLemma is the lemma of an inflected verb by the suffix rules alone.
func verbLemma(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ies") && n > 4, strings.HasSuffix(w, "ied") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ies"), strings.HasSuffix(w, "ied"):
		return w[:n-1]
	case strings.HasSuffix(w, "ying") && n == 5:
		return w[:1] + "ie"
	}
	if strings.HasSuffix(w, "es") && n > 3 {
		stem := w[:n-2]
		for _, e := range []string{"ss", "zz", "x", "ch", "sh", "o"} {
			if strings.HasSuffix(stem, e) {
				return stem
			}
		}
	}
	switch {
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && n > 2:
		return w[:n-1]
	case strings.HasSuffix(w, "eed") && n > 4:
		return w[:n-1]
	}
	for _, suf := range []string{"ed", "ing"} {
		if strings.HasSuffix(w, suf) && n > len(suf)+1 {
			return stemLemma(w, w[:n-len(suf)])
		}
	}
	return w
}

func stemLemma(w, stem string) string {
	hasVowel := false
	for i := range len(stem) {
		hasVowel = hasVowel || isVowel(stem, i)
	}
	n := len(stem)
	switch {
	case !hasVowel:
		return w
	case n >= 3 && stem[n-1] == stem[n-2] && strings.IndexByte("bdgkmnprtv", stem[n-1]) >= 0:
		return stem[:n-1]
	case strings.HasSuffix(stem, "ll") && undoubleL(stem):
		return stem[:n-1]
	case restoreE(stem):
		return stem + "e"
	}
	return stem
}

// undoubleL: travelled, cancelled -> one l; called, installed -> two.
func undoubleL(stem string) bool {
	base := stem[:len(stem)-1]
	if syllables(base) >= 2 {
		return true
	}
	if len(base) >= 3 {
		two := base[len(base)-3 : len(base)-1]
		return two == "ue" || two == "ia" || two == "ua"
	}
	return false
}

// nounLemma makes a plural singular by the suffix rules alone.
func nounLemma(w string) string {
	n := len(w)
	if strings.HasSuffix(w, "ies") && n > 4 {
		return w[:n-3] + "y"
	}
	if strings.HasSuffix(w, "es") && n > 3 {
		stem := w[:n-2]
		for _, e := range []string{"ss", "zz", "x", "ch", "sh", "o"} {
			if strings.HasSuffix(stem, e) {
				return stem
			}
		}
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && n > 2 {
		return w[:n-1]
	}
	return w
}

//go:embed data/attributive-participles.txt
var attributiveParticiplesTXT string

// attributiveParticiples modify a title and name that follow them like an
// adjective ("visiting Indonesian President X").
var attributiveParticiples = datafile.Set(attributiveParticiplesTXT)

//go:embed data/adjectival-participles.txt
var adjectivalParticiplesTXT string

// adjectivalParticiples are -ing words that modify the noun or name after
// them wherever they stand ("flew to neighbouring Chad").
var adjectivalParticiples = datafile.Set(adjectivalParticiplesTXT)

//go:embed data/complement-verbs.txt
var complementVerbsTXT string

// complementVerbs take an object and a participle that describes it ("keep
// X committed"): data/complement-verbs.txt.
var complementVerbs = datafile.Set(complementVerbsTXT)

//go:embed data/aspectual-verbs.txt
var aspectualVerbsTXT string

// aspectualVerbs keep an -ing complement in their verb group ("kept
// negotiating"); after other verbs an -ing word starts a group of its own.
var aspectualVerbs = datafile.Set(aspectualVerbsTXT)

//go:embed data/adverbs.txt
var adverbsTXT string

// mannerAdverbs are hyphenated compounds that are adverbs after a verb
// ("met one-on-one with X"), also when written apart ("face to face").
var mannerAdverbs = datafile.Set(adverbsTXT)

//go:embed data/prepositions.txt
var prepositionsTXT string

// prepositions are never adjectives or verbs before a noun phrase ("spoke
// alongside X").
var prepositions = datafile.Set(prepositionsTXT)

//go:embed data/name-particles.txt
var nameParticlesTXT string

// nameParticles are the words of data/name-particles.txt.
var nameParticles = datafile.Set(nameParticlesTXT)

// NameParticles returns the lower-case words that may sit inside a person's
// name (data/name-particles.txt), in the file's order.
func NameParticles() []string { return datafile.Lines(nameParticlesTXT) }

//go:embed data/foreign-nouns.txt
var foreignNounsTXT string

// foreignNouns are the phrases of data/foreign-nouns.txt, each as its
// lower-case words, by their first word.
var foreignNouns = func() map[string][][]string {
	out := map[string][][]string{}
	for _, l := range datafile.Lines(foreignNounsTXT) {
		words := strings.Fields(l)
		out[words[0]] = append(out[words[0]], words)
	}
	return out
}()
