package doc

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/lemmas.tsv
var lemmasTSV string

// Lemmatizer gives the dictionary form of a word from its part of speech:
// a table of the forms that suffix rules get wrong (data/lemmas.tsv), then
// the rules.
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
	switch {
	case strings.HasPrefix(tag, "VB") || tag == "MD":
		if v, ok := l.verbs[lower]; ok {
			return v
		}
		return verbRule(lower, tag)
	case tag == "NNS" || tag == "NNPS":
		if v, ok := l.nouns[lower]; ok {
			return v
		}
		return nounRule(lower)
	}
	return lower
}

// verbRule strips an inflection: -ies/-ied to -y, -es after a sibilant,
// -s, -ed and -ing (a doubled final consonant undoubled, a silent e restored
// after a consonant cluster that needs it).
func verbRule(w, tag string) string {
	switch tag {
	case "VBZ":
		switch {
		case strings.HasSuffix(w, "ies") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"),
			strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"), strings.HasSuffix(w, "oes"):
			return w[:len(w)-2]
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
			return w[:len(w)-1]
		}
	case "VBD", "VBN":
		switch {
		case strings.HasSuffix(w, "ied") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "eed"):
			return w[:len(w)-1]
		case strings.HasSuffix(w, "ed") && len(w) > 3:
			return restoreStem(w[:len(w)-2])
		}
	case "VBG":
		if strings.HasSuffix(w, "ing") && len(w) > 4 {
			return restoreStem(w[:len(w)-3])
		}
	}
	return w
}

// restoreStem turns the stem left by -ed or -ing into a lemma: "plann" ->
// "plan", "vot" -> "vote", "visit" -> "visit".
func restoreStem(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && !isVowel(s[n-1]) && !strings.ContainsRune("lsz", rune(s[n-1])) {
		return s[:n-1]
	}
	if n >= 2 && needsE(s) {
		return s + "e"
	}
	return s
}

// needsE reports stems that end in what English spells with a final silent
// e: a single vowel and one of c, g, s, v, z, u ("announc", "urg", "us",
// "serv", "issu"), or a consonant cluster such as "bl", "dl" ("enabl").
func needsE(s string) bool {
	n := len(s)
	last := s[n-1]
	switch last {
	case 'c', 'g', 'v', 'z', 'u':
		return !(last == 'g' && n >= 2 && s[n-2] == 'n') // "sing", "bring"
	case 's':
		return n >= 2 && isVowel(s[n-2]) && !(n >= 3 && isVowel(s[n-3])) && s[n-2] != 'u'
	case 'l':
		return n >= 2 && strings.ContainsRune("bdgkpt", rune(s[n-2]))
	}
	// one vowel between consonants at the end of a short stem: "vot", "hop", "cit"
	return n >= 3 && n <= 4 && !isVowel(last) && isVowel(s[n-2]) && !isVowel(s[n-3]) && !strings.ContainsRune("wxy", rune(last))
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// nounRule makes a plural singular.
func nounRule(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
