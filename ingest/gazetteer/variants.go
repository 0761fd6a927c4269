package gazetteer

import (
	"strings"
	"unicode"

	"github.com/bilatgraph/bilat/ingest/tokens"
)

// Name-variant rules, loaded from data/name-variants.tsv.
type variants struct {
	equiv      map[string]string // word -> the form it is read as
	honorifics map[string]bool   // lower-case phrases
	maxHonor   int               // longest honorific, in words
	honorFirst map[string]bool   // first words of honorifics
	particles  map[string]bool
	actsFor    []string // lower-case token keys of bodies that speak for their state
	actorNouns map[string]bool
	bodies     []string // extra state bodies ("foreign office")
}

func (g *Gazetteer) loadVariants() error {
	v := &variants{equiv: map[string]string{}, honorifics: map[string]bool{}, honorFirst: map[string]bool{}, particles: map[string]bool{},
		actorNouns: map[string]bool{}}
	const file = "data/name-variants.tsv"
	err := readTSV(file, func(line int, c map[string]string) error {
		form := strings.ToLower(strings.TrimSpace(c["form"]))
		if form == "" {
			return lineErr(file, line, "no form")
		}
		switch c["rule"] {
		case "equiv":
			if c["value"] == "" {
				return lineErr(file, line, "equiv needs a value")
			}
			v.equiv[form] = strings.ToLower(c["value"])
		case "honorific":
			form = strings.TrimSuffix(form, ".")
			v.honorifics[form] = true
			words := strings.Fields(form)
			v.maxHonor = max(v.maxHonor, len(words))
			v.honorFirst[words[0]] = true
		case "particle":
			v.particles[form] = true
		case "acts-for":
			v.actsFor = append(v.actsFor, strings.ToLower(tokens.KeyOf(form)))
		case "actor-noun":
			v.actorNouns[form] = true
		case "body":
			v.bodies = append(v.bodies, form)
		default:
			return lineErr(file, line, "unknown rule %q", c["rule"])
		}
		return nil
	})
	g.variants = v
	return err
}

// Honorific returns how many of the tokens at toks[j] are a word of address
// that is not part of the name after it ("Mr", "Sheikh", "His Highness",
// "H.E."), with any dot after it; 0 if none.
func (g *Gazetteer) Honorific(toks []tokens.Token, j int) int {
	if j >= len(toks) || !g.variants.honorFirst[strings.TrimSuffix(strings.ToLower(tokens.Fold(toks[j].Text)), ".")] {
		return 0
	}
	for n := min(g.variants.maxHonor, len(toks)-j); n >= 1; n-- {
		words := make([]string, 0, n)
		for _, t := range toks[j : j+n] {
			words = append(words, strings.TrimSuffix(strings.ToLower(tokens.Fold(t.Text)), "."))
		}
		if g.variants.honorifics[strings.Join(words, " ")] {
			k := j + n
			if k < len(toks) && toks[k].Text == "." {
				k++
			}
			return k - j
		}
	}
	return 0
}

// IsParticle reports whether a lower-case word may sit inside a name: "von",
// "bin", "al".
func (g *Gazetteer) IsParticle(w string) bool { return g.variants.particles[w] }

// ActsForCountry reports whether the organization with this canonical name
// speaks for the country it belongs to ("the Chinese Foreign Ministry
// said"): its name or an alias holds an acts-for phrase.
func (g *Gazetteer) ActsForCountry(org string) bool {
	o, ok := g.orgs[org]
	if !ok || o.Country == "" {
		return false
	}
	for _, n := range append([]string{o.Name}, o.Aliases...) {
		if g.ActsFor(n) {
			return true
		}
	}
	return false
}

// ActsFor reports whether a phrase names a body that speaks for its state:
// it holds an acts-for phrase as whole words ("Lithuanian Foreign Ministry",
// "the embassy").
func (g *Gazetteer) ActsFor(phrase string) bool {
	key := " " + strings.ToLower(tokens.KeyOf(phrase)) + " "
	for _, a := range g.variants.actsFor {
		if strings.Contains(key, " "+a+" ") {
			return true
		}
	}
	return false
}

// IsActorNoun reports whether a noun after a demonym makes the demonym the
// state that acts: "the Chinese government", "the Russian side".
func (g *Gazetteer) IsActorNoun(w string) bool { return g.variants.actorNouns[strings.ToLower(w)] }

func (g *Gazetteer) addBody(phrase string) {
	key := strings.ToLower(tokens.KeyOf(phrase))
	g.bodies[key] = true
	g.maxBody = max(g.maxBody, len(strings.Fields(key)))
}

// BodyAt returns how many tokens at toks[j] name a state body in common
// words, such as "foreign ministry", "defence ministry", "embassy",
// "government" (matched without regard to case); 0 if none.
func (g *Gazetteer) BodyAt(toks []tokens.Token, j int) int {
	for n := min(g.maxBody, len(toks)-j); n >= 1; n-- {
		if g.bodies[strings.ToLower(tokens.Key(toks[j:j+n]))] {
			return n
		}
	}
	return 0
}

// IsBody reports whether a phrase names a state body in common words
// ("Foreign Office", "the defence ministry" without "the").
func (g *Gazetteer) IsBody(phrase string) bool {
	return g.bodies[strings.ToLower(tokens.KeyOf(phrase))]
}

// LooseKey is the key of a token sequence for the loose look-up: lower case,
// diacritics folded, hyphens read as spaces, dots and leading honorifics
// dropped, equivalent particles unified ("el" = "al", "ibn" = "bin"), and
// middle initials dropped when two other words remain ("George W. Bush" =
// "George Bush").
func (g *Gazetteer) LooseKey(toks []tokens.Token) string {
	toks = toks[g.Honorific(toks, 0):]
	words := make([]string, 0, len(toks)+2)
	long := 0
	for _, t := range toks {
		w := strings.ToLower(tokens.Fold(t.Text))
		if strings.ContainsAny(w, "-.") {
			for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '.' }) {
				words, long = g.looseWord(words, long, p)
			}
			continue
		}
		words, long = g.looseWord(words, long, w)
	}
	if long >= 2 && long < len(words) {
		kept := words[:0]
		for i, w := range words {
			if len(w) > 1 || i == 0 {
				kept = append(kept, w)
			}
		}
		words = kept
	}
	return strings.Join(words, " ")
}

func (g *Gazetteer) looseWord(words []string, long int, w string) ([]string, int) {
	if e, ok := g.variants.equiv[w]; ok {
		w = e
	}
	if len(w) > 1 {
		long++
	}
	return append(words, w), long
}

// LookupLoose returns the meanings of a surface form under the loose key
// (see LooseKey): for names written in another case or variant spelling.
func (g *Gazetteer) LookupLoose(toks []tokens.Token) []Form {
	return g.loose[g.LooseKey(toks)]
}

// hasUpper reports whether s has an upper-case letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// LooseCandidate reports whether a span may be looked up loosely: it must
// look like a name in the text, with an upper-case letter in its first
// token ("el-Sisi", "Mohammed Bin Salman", "AL-SISI"), so that common words
// ("turkey", "china") are never read as names.
func LooseCandidate(toks []tokens.Token) bool {
	return len(toks) > 0 && hasUpper(toks[0].Text)
}

// IsOfficeWord reports whether a word belongs to the vocabulary of offices
// and state bodies ("minister", "affairs", "ministry", "embassy"): such a
// word is not part of a new person's name ("the Minister of Foreign
// Affairs, ..." names no person "Foreign Affairs").
func (g *Gazetteer) IsOfficeWord(w string) bool {
	return g.officeWords[strings.ToLower(tokens.Fold(w))]
}

// indexOfficeWords collects the words of titles and bodies, leaving out
// words of three letters or fewer ("of", "the", "for").
func (g *Gazetteer) indexOfficeWords() {
	g.officeWords = map[string]bool{}
	add := func(phrase string) {
		for _, w := range strings.Fields(phrase) {
			if len(w) > 3 {
				g.officeWords[w] = true
			}
		}
	}
	for _, t := range g.Titles {
		add(t.Phrase)
	}
	for b := range g.bodies {
		add(b)
	}
}
