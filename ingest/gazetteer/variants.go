package gazetteer

import (
	"bytes"
	"slices"
	"strings"
	"sync"
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
	notNames   map[string]bool
	orgHeads   map[string]bool
	meeting    map[string]bool
	abroad     []string          // token keys of bodies based abroad ("embassy")
	prefixes   map[string]string // title prefix ("deputy") -> the role it makes, or ""
	fields     map[string]bool   // fields of government before a title ("defence official"), lower-case words joined by spaces
	maxField   int               // the longest field, in words
	fieldFirst map[string]bool   // the first words of fields
	ownBodies  map[string]bool   // bodies named after a demonym that are organizations too
	titleLower map[string]bool   // words a headline in title case leaves in lower case
	regions    map[string]bool   // lower-case names of world regions ("latin america")
	maxRegion  int               // longest region name, in words
	regionHead map[string]bool   // their first words
}

func (g *Gazetteer) loadVariants() error {
	v := &variants{equiv: map[string]string{}, honorifics: map[string]bool{}, honorFirst: map[string]bool{}, particles: map[string]bool{},
		notNames: map[string]bool{}, orgHeads: map[string]bool{}, meeting: map[string]bool{},
		actorNouns: map[string]bool{}, prefixes: map[string]string{}, fields: map[string]bool{}, fieldFirst: map[string]bool{}, ownBodies: map[string]bool{},
		titleLower: map[string]bool{}, regions: map[string]bool{}, regionHead: map[string]bool{}}
	const file = "data/name-variants.tsv"
	err := readTSV(file, func(line int, c map[string]string) error {
		written := strings.TrimSpace(c["form"])
		form := strings.ToLower(written)
		if form == "" {
			return lineErr(file, line, "no form")
		}
		switch c["rule"] {
		case "not-name":
			v.notNames[written] = true
		case "org-head":
			v.orgHeads[written] = true
		case "meeting-word":
			v.meeting[form] = true
		case "based-abroad":
			v.abroad = append(v.abroad, strings.ToLower(tokens.KeyOf(form)))
		case "family-first", "given-first":
			// read by FamilyName, see familyFirstCountries
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
		case "title-lower":
			v.titleLower[written] = true
		case "own-body":
			v.ownBodies[form] = true
		case "title-prefix":
			v.prefixes[form] = c["value"]
		case "title-field":
			words := strings.Fields(form)
			v.fields[strings.Join(words, " ")] = true
			v.fieldFirst[words[0]] = true
			v.maxField = max(v.maxField, len(words))
		case "region":
			v.regions[form] = true
			v.maxRegion = max(v.maxRegion, len(strings.Fields(form)))
			v.regionHead[strings.Fields(form)[0]] = true
		default:
			return lineErr(file, line, "unknown rule %q", c["rule"])
		}
		return nil
	})
	g.variants = v
	return err
}

// BasedAbroad reports whether a body sits in other states' capitals ("the
// embassy in Manila" is not the Philippines').
func (g *Gazetteer) BasedAbroad(phrase string) bool { return holdsWords(phrase, g.variants.abroad) }

// holdsWords reports whether phrase holds one of the word sequences as whole
// words, whatever their case.
func holdsWords(phrase string, seqs []string) bool {
	key := " " + strings.ToLower(tokens.KeyOf(phrase)) + " "
	for _, a := range seqs {
		if strings.Contains(key, " "+a+" ") {
			return true
		}
	}
	return false
}

// Region returns how many of the tokens at toks[j] name a world region
// that holds a country's name or alias ("Latin America", "South America"):
// no country is named there. 0 if none.
func (g *Gazetteer) Region(toks []tokens.Token, j int) int {
	// most tokens start no region: ask before building a phrase
	var buf [32]byte
	if !g.variants.regionHead[string(tokens.AppendLowerFold(buf[:0], toks[j].Text))] {
		return 0
	}
	for n := min(g.variants.maxRegion, len(toks)-j); n >= 2; n-- {
		words := make([]string, 0, n)
		for _, t := range toks[j : j+n] {
			words = append(words, strings.ToLower(t.Text))
		}
		if g.variants.regions[strings.Join(words, " ")] {
			return n
		}
	}
	return 0
}

// IsNotName reports whether a capitalised word (as written) never starts or
// continues a person's name: "Reuters", "Ministry".
func (g *Gazetteer) IsNotName(w string) bool { return g.variants.notNames[w] }

// IsOrgHead reports whether a noun (as written) ends the name of an
// organization: "Fund", "Institute".
func (g *Gazetteer) IsOrgHead(w string) bool { return g.variants.orgHeads[w] }

// IsMeetingWord reports whether a word before "with" introduces the person
// met: "met with", "spoke with".
func (g *Gazetteer) IsMeetingWord(w string) bool { return g.variants.meeting[strings.ToLower(w)] }

// Honorific returns how many of the tokens at toks[j] are a word of address
// that is not part of the name after it ("Mr", "Sheikh", "His Highness",
// "H.E."), with any dot after it; 0 if none.
func (g *Gazetteer) Honorific(toks []tokens.Token, j int) int {
	if j >= len(toks) {
		return 0
	}
	var buf [64]byte
	if first := bytes.TrimSuffix(tokens.AppendLowerFold(buf[:0], toks[j].Text), []byte(".")); !g.variants.honorFirst[string(first)] {
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

// IsTitleLower reports whether a headline in title case leaves a word in
// lower case: "of", "from", "the" (as written).
func (g *Gazetteer) IsTitleLower(w string) bool { return g.variants.titleLower[w] }

// IsOwnBody reports whether a state body named after its demonym is also
// an organization of its own: "the Thai cabinet", "the Kenyan parliament".
func (g *Gazetteer) IsOwnBody(w string) bool { return g.variants.ownBodies[strings.ToLower(w)] }

// TitlePrefix reports whether a word before a title makes another office
// of it ("deputy", "acting"), and the role of that office: value, or the
// title's own role when value is "".
func (g *Gazetteer) TitlePrefix(w string) (role string, ok bool) {
	role, ok = g.variants.prefixes[strings.ToLower(w)]
	return role, ok
}

// TitleFieldAt returns how many tokens from k name a field of government
// that may stand before a title of an official, a diplomat or a
// spokesperson ("a senior Iranian foreign affairs official", "a Kenyan
// defence official"), or 0.
func (g *Gazetteer) TitleFieldAt(toks []tokens.Token, k int) int {
	// (most words start no field: asked first, without building a key)
	if k >= len(toks) || len(toks[k].Text) > 16 {
		return 0
	}
	var buf [16]byte
	low := buf[:0]
	for i := 0; i < len(toks[k].Text); i++ {
		c := toks[k].Text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	if !g.variants.fieldFirst[string(low)] { // (the conversion allocates nothing)
		return 0
	}
	for n := min(g.variants.maxField, len(toks)-k); n >= 1; n-- {
		words := make([]string, n)
		for i := range n {
			words[i] = strings.ToLower(toks[k+i].Text)
		}
		if g.variants.fields[strings.Join(words, " ")] {
			return n
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
func (g *Gazetteer) ActsFor(phrase string) bool { return holdsWords(phrase, g.variants.actsFor) }

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
		var buf [128]byte
		if g.bodies[string(appendLowerKey(buf[:0], toks[j:j+n]))] {
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
	var words []string
	for _, t := range toks {
		words = g.looseWords(words, t.Text)
	}
	return looseJoin(words)
}

// looseWords appends the loose words of one token.
func (g *Gazetteer) looseWords(words []string, text string) []string {
	return g.looseWordsOf(words, strings.ToLower(tokens.Fold(text)))
}

// looseWordsOf is looseWords given the token's text in lower case with
// diacritics folded: its parts between hyphens and dots, each replaced by
// its equivalent.
func (g *Gazetteer) looseWordsOf(words []string, w string) []string {
	if !strings.ContainsAny(w, "-.") {
		return append(words, g.equivOf(w)) // also an empty text: one empty word
	}
	for w != "" {
		i := strings.IndexAny(w, "-.")
		if i < 0 {
			return append(words, g.equivOf(w))
		}
		if i > 0 {
			words = append(words, g.equivOf(w[:i]))
		}
		w = w[i+1:]
	}
	return words
}

func (g *Gazetteer) equivOf(w string) string {
	if e, ok := g.variants.equiv[w]; ok {
		return e
	}
	return w
}

// looseJoin joins loose words into a key, dropping middle initials when two
// longer words remain.
func looseJoin(words []string) string {
	long := 0
	for _, w := range words {
		if len(w) > 1 {
			long++
		}
	}
	if long >= 2 && long < len(words) {
		kept := make([]string, 0, long+1)
		for i, w := range words {
			if len(w) > 1 || i == 0 {
				kept = append(kept, w)
			}
		}
		words = kept
	}
	return strings.Join(words, " ")
}

// LongestLoose returns the longest span of at most max tokens at the start
// of toks whose loose key has a meaning, and its meanings; spans that end
// in punctuation are skipped. The tokens' loose words are computed once, and
// only for spans whose key may be as short as the longest key that starts
// with the same word.
func (g *Gazetteer) LongestLoose(toks []tokens.Token, max int) (int, []Form) {
	h := g.Honorific(toks, 0)
	if h > 0 || len(toks) == 0 {
		return 0, nil // the name starts after the word of address
	}
	starts, limit := g.startsLoose(toks[0].Text)
	if !starts {
		return 0, nil // most capitalised words: decided without a copy
	}
	// The tokens' texts in lower case, folded, in one string: lowEnd[k] is
	// where token k's ends. Only as many tokens as the loop below can read:
	// it stops once it has more words of two letters or more than limit,
	// and here a token counts as one such word only when it surely is one.
	var lowBuf [256]byte
	var lowEndBuf [16]int
	lowBytes, lowEnd := lowBuf[:0], lowEndBuf[:0]
	n, long := 0, 0
	for n < min(max, len(toks)) {
		from := len(lowBytes)
		lowBytes = tokens.AppendLowerFold(lowBytes, toks[n].Text)
		lowEnd = append(lowEnd, len(lowBytes))
		n++
		if g.surelyLong(lowBytes[from:]) {
			if long++; long > limit {
				break
			}
		}
	}
	low := string(lowBytes)
	var wordsBuf [16]string // room for the words of most spans, on the stack
	first := g.looseWordsOf(wordsBuf[:0], low[:lowEnd[0]])
	if len(first) == 0 || !g.looseFirst[first[0]] {
		return 0, nil
	}
	// A key has at least as many words as its span has words of two letters
	// or more (looseJoin keeps those), and no key is longer than limit.
	firstWord, _, _ := strings.Cut(first[0], " ")
	limit = g.looseMax[firstWord] // as startsLoose found
	var endsBuf [16]int
	ends := endsBuf[:0] // ends[k]: number of words up to token k
	words := first
	long = 0
	for k := 0; k < n; k++ {
		from := len(words)
		if k == 0 {
			from = 0
		} else {
			words = g.looseWordsOf(words, low[lowEnd[k-1]:lowEnd[k]])
		}
		for _, w := range words[from:] {
			if len(w) > 1 {
				long++
			}
		}
		if long > limit {
			break // this span and every longer one have longer keys than any
		}
		ends = append(ends, len(words))
	}
	var buf [128]byte
	for k := len(ends) - 1; k >= 0; k-- {
		if !toks[k].IsWord() || looseKeyWords(words[:ends[k]]) > limit {
			continue
		}
		// ("Addis Ababa, a city": a lower-case letter the key leaves out
		// does not end a name)
		if k > 0 && len(toks[k].Text) == 1 && !toks[k].IsCapitalized() {
			continue
		}
		if forms := g.loose[string(appendLooseJoin(buf[:0], words[:ends[k]]))]; len(forms) > 0 {
			return k + 1, forms
		}
	}
	return 0, nil
}

// startsLoose reports whether the first loose word of a token's text (see
// looseWords) starts a loose key, and the most words of such a key.
func (g *Gazetteer) startsLoose(text string) (bool, int) {
	var buf [64]byte
	w := tokens.AppendLowerFold(buf[:0], text)
	i := 0
	for i < len(w) && (w[i] == '-' || w[i] == '.') {
		i++
	}
	j := i
	for j < len(w) && w[j] != '-' && w[j] != '.' {
		j++
	}
	if i == j {
		return false, 0
	}
	if e, ok := g.variants.equiv[string(w[i:j])]; ok {
		first, _, _ := strings.Cut(e, " ")
		return g.looseFirst[e], g.looseMax[first]
	}
	return g.looseFirst[string(w[i:j])], g.looseMax[string(w[i:j])]
}

// surelyLong reports whether a token's text in lower case, folded, is one
// loose word of two bytes or more (with neither hyphen nor dot to split it
// at); false when it may not be.
func (g *Gazetteer) surelyLong(w []byte) bool {
	if bytes.IndexByte(w, '-') >= 0 || bytes.IndexByte(w, '.') >= 0 {
		return false
	}
	if e, ok := g.variants.equiv[string(w)]; ok {
		return len(e) > 1
	}
	return len(w) > 1
}

// appendLooseJoin appends looseJoin(words) to dst.
func appendLooseJoin(dst []byte, words []string) []byte {
	long := 0
	for _, w := range words {
		if len(w) > 1 {
			long++
		}
	}
	drop := long >= 2 && long < len(words)
	n := 0
	for i, w := range words {
		if drop && len(w) <= 1 && i != 0 {
			continue
		}
		if n > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
		n++
	}
	return dst
}

// looseKeyWords is strings.Count(looseJoin(words), " ")+1 without building
// the key.
func looseKeyWords(words []string) int {
	long := 0
	for _, w := range words {
		if len(w) > 1 {
			long++
		}
	}
	drop := long >= 2 && long < len(words)
	n := 0
	for i, w := range words {
		if !drop || len(w) > 1 || i == 0 {
			n += 1 + strings.Count(w, " ")
		}
	}
	if n == 0 {
		return 1 // the empty key is one (empty) word
	}
	return n
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
	var buf [64]byte
	return g.officeWords[string(tokens.AppendLowerFold(buf[:0], w))]
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

var (
	familyFirstOnce sync.Once
	familyFirst     map[string]bool
	givenFirst      map[string]bool
)

// familyFirstCountries returns the countries whose leaders' names are
// written family name first in English news (family-first rows of
// data/name-variants.tsv): "Xi Jinping" is President Xi.
func familyFirstCountries() map[string]bool {
	loadNameOrder()
	return familyFirst
}

// givenFirstCountries returns the countries whose leaders news calls by the
// first word of their name, having no family name (given-first rows of
// data/name-variants.tsv): "Anwar Ibrahim" is Anwar, "Abiy Ahmed" is Abiy.
func givenFirstCountries() map[string]bool {
	loadNameOrder()
	return givenFirst
}

func loadNameOrder() {
	familyFirstOnce.Do(func() {
		familyFirst, givenFirst = map[string]bool{}, map[string]bool{}
		err := readTSV("data/name-variants.tsv", func(_ int, c map[string]string) error {
			switch c["rule"] {
			case "family-first":
				familyFirst[strings.TrimSpace(c["form"])] = true
			case "given-first":
				givenFirst[strings.TrimSpace(c["form"])] = true
			}
			return nil
		})
		if err != nil {
			panic("gazetteer: " + err.Error())
		}
	})
}

// particleTail returns the part of a name from its first lower-case
// particle on ("Ursula von der Leyen" -> "von der Leyen", "Abdel Fattah
// el-Sisi" -> "el-Sisi"), or "" when the name has none after its first word.
func (g *Gazetteer) particleTail(name string) string {
	f := strings.Fields(name)
	for i := 1; i < len(f)-1 || (i == len(f)-1 && strings.Contains(f[i], "-")); i++ {
		w := f[i]
		head, _, hyph := strings.Cut(w, "-")
		if g.variants.particles[w] && w == strings.ToLower(w) || hyph && g.variants.particles[head] && head == strings.ToLower(head) {
			return strings.Join(f[i:], " ")
		}
	}
	return ""
}

// indexParticleTails adds "von der Leyen" and "el-Sisi" as names of the
// hand-compiled officials they belong to, when one person alone has the tail
// ("bin Abdulaziz" ends the names of several kings: none gets it).
func (g *Gazetteer) indexParticleTails() {
	owners := map[string][]string{}
	var order []string
	for _, p := range g.Officials {
		if p.Secondary {
			continue
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			t := g.particleTail(n)
			if t == "" {
				continue
			}
			k := g.LooseKey(tokens.Split(t))
			if len(owners[k]) == 0 {
				order = append(order, t)
			}
			if !slices.Contains(owners[k], p.Name) {
				owners[k] = append(owners[k], p.Name)
			}
		}
	}
	for _, t := range order {
		k := g.LooseKey(tokens.Split(t))
		if len(owners[k]) == 1 && !g.taken(t) {
			g.addForm(t, Form{PersonName, owners[k][0]})
		}
	}
}
