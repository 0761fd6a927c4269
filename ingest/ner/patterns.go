package ner

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/gazetteer"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

// closedNotNames are words of closed classes (articles, pronouns,
// conjunctions, days, months) that never start or continue a person's name
// after a title; the domain words are not-name rows of
// gazetteer/data/name-variants.tsv.
var closedNotNames = map[string]bool{
	"The": true, "A": true, "An": true, "On": true, "In": true, "At": true, "And": true, "But": true, "He": true, "She": true,
	"It": true, "They": true, "We": true, "I": true, "This": true, "That": true, "His": true, "Her": true, "Their": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

// notName reports whether a capitalised word never starts or continues a
// person's name.
func (st *state) notName(w string) bool { return closedNotNames[w] || st.r.g.IsNotName(w) }

// nameEnd returns the end of a run of capitalised name tokens at toks[j]
// (particles such as "bin" or "von" allowed inside, data/name-variants.tsv),
// at most four name words.
func (st *state) nameEnd(toks []tokens.Token, j int) int {
	k := j
	words := 0
	for k < len(toks) && words < 4 {
		t := toks[k]
		var buf [32]byte
		particle := st.r.g.IsParticle(string(tokens.AppendLower(buf[:0], t.Text)))
		// (a capitalised particle with no name word after it is the last
		// name word: "Jiang Bin said")
		inner := particle && k > j && k+1 < len(toks) && toks[k+1].IsCapitalized()
		if t.IsWord() && t.IsCapitalized() && !st.notName(t.Text) && len(t.Text) > 1 && !inner {
			k++
			words++
			continue
		}
		// "Vice Premier He Lifeng": a surname spelt as a pronoun starts a
		// name when a given name follows it
		if k == j && t.Text == "He" && k+1 < len(toks) && toks[k+1].IsWord() && toks[k+1].IsCapitalized() && !st.notName(toks[k+1].Text) {
			k++
			words++
			continue
		}
		// "J. Randall Hoskerman", "Kofi A. Bentumah": an initial and its
		// dot, before another name word.
		if initial(toks, k) && k+2 < len(toks) && toks[k+2].IsCapitalized() && !st.notName(toks[k+2].Text) {
			k += 2
			words++
			continue
		}
		// "Tarek el-Mahrousy": a particle joined to the name word after it.
		if k > j && st.joinedParticle(t.Text) {
			k++
			words++
			continue
		}
		// "bin", "von", also capitalised inside a name ("Mohamed Bin Zayed
		// Al Nahyan"), and runs of them ("Juan Ramon de la Fuente"): they
		// do not count as name words.
		if particle && k > j {
			m := k + 1
			for m < len(toks) && m <= k+2 && st.r.g.IsParticle(string(tokens.AppendLower(buf[:0], toks[m].Text))) && !toks[m].IsCapitalized() {
				m++
			}
			if m < len(toks) && toks[m].IsWord() && toks[m].IsCapitalized() {
				k = m
				continue
			}
		}
		break
	}
	return k
}

// initial reports whether toks[k] is a capital letter standing for a name,
// with its dot: "J." in "J. Randall Hoskerman".
func initial(toks []tokens.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Text != "." || utf8.RuneCountInString(toks[k].Text) != 1 {
		return false
	}
	return toks[k].IsCapitalized()
}

// joinedParticle reports whether a word is a particle joined by a hyphen to
// a capitalised name: "el-Mahrousy", "al-Sadiq".
func (st *state) joinedParticle(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" || !st.r.g.IsParticle(p) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// withoutParticle returns a family name without the particle joined to its
// front ("al-Aiban": "Aiban", as the article may call him later), or "".
func (st *state) withoutParticle(family string) string {
	if !st.joinedParticle(family) {
		return ""
	}
	_, rest, _ := strings.Cut(family, "-")
	return rest
}

// nameText writes name tokens as a name: words apart, an initial's dot
// kept with its letter ("J. Randall Hoskerman").
func nameText(toks []tokens.Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.Text != "." {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// skipHonorific steps over words of address at toks[j]: "Sir", "Mr.",
// "His Highness Sheikh" (data/name-variants.tsv).
func (st *state) skipHonorific(toks []tokens.Token, j int) int {
	for j < len(toks) {
		n := st.r.g.Honorific(toks, j)
		if n == 0 {
			break
		}
		j += n
	}
	return j
}

// titleAt returns the longest title phrase at toks[j].
func (st *state) titleAt(toks []tokens.Token, j int) (int, gazetteer.Title) {
	if j >= len(toks) {
		return 0, gazetteer.Title{}
	}
	for n := min(st.r.g.MaxTitleTokensFrom(toks[j]), len(toks)-j); n >= 1; n-- {
		ok := true
		for k := 0; k < n; k++ {
			if !toks[j+k].IsWord() && toks[j+k].Text != "-" {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if t, found := st.r.g.TitleOf(toks[j : j+n]); found {
			return n, t
		}
	}
	// "a senior Kenyan defence official": a field of government before the
	// title of an official, a diplomat or a spokesperson
	if n := st.r.g.TitleFieldAt(toks, j); n > 0 {
		if tn, t := st.titleAt(toks, j+n); tn > 0 && (t.Role == "official" || t.Role == "diplomat" || t.Role == "spokesperson") {
			return n + tn, t
		}
	}
	// "deputy secretary of state", "interim president": a prefix before a
	// title the data has.
	if role, ok := st.r.g.TitlePrefix(toks[j].Text); ok {
		if n, t := st.titleAt(toks, j+1); n > 0 {
			prefix := strings.ToLower(toks[j].Text)
			t.Phrase = prefix + " " + t.Phrase
			t.Title = strings.ToUpper(prefix[:1]) + prefix[1:] + " " + t.Title
			if role != "" {
				t.Role = role
			}
			return n + 1, t
		}
	}
	return 0, gazetteer.Title{}
}

type modifier struct {
	country    string // canonical country, when the modifier names one
	org        string // canonical organization, when it names one
	start, end int    // token range
	form       gazetteer.Form
}

// modifiers reads the words before a title that say whom the office
// belongs to: "Chinese", "China's", "US", "Kyiv", "European Commission".
func (st *state) modifiers(toks []tokens.Token, i int) (int, []modifier) {
	var room [2]modifier
	j, mods := st.modifiersIn(toks, i, &room)
	if len(mods) == 0 {
		return j, nil
	}
	return j, append([]modifier(nil), mods...)
}

// modifiersIn is modifiers with the modifiers in the caller's room (there
// are two at most), for the recognisers that run at every token.
func (st *state) modifiersIn(toks []tokens.Token, i int, room *[2]modifier) (int, []modifier) {
	mods := room[:0]
	j := i
	for len(mods) < 2 && j < len(toks) {
		if j+1 < len(toks) && strings.EqualFold(toks[j].Text, "foreign") && strings.HasPrefix(strings.ToLower(toks[j+1].Text), "ministr") {
			j += 2
			if j < len(toks) && isPossessive(toks[j]) {
				j++
			}
			continue
		}
		n, forms := st.match(toks, j)
		if n == 0 {
			break
		}
		f := st.pick(forms)
		m := modifier{start: j, end: j + n, form: f}
		switch f.Kind {
		case gazetteer.PersonName:
			return i, nil
		case gazetteer.OrgName, gazetteer.OrgAcronym:
			m.org = f.Ref
			if o, ok := st.r.g.Organization(f.Ref); ok {
				m.country = o.Country
			}
			if c := st.bodyCountry(f.Ref, toks[j:j+n]); c != "" {
				// "Foreign Office Spokesperson X" in an article from Islamabad.
				m.country, m.org = c, ""
			}
		default:
			m.country = f.Ref
		}
		mods = append(mods, m)
		j += n
		if j < len(toks) && isPossessive(toks[j]) {
			j++
		}
	}
	return j, mods
}

func isPossessive(t tokens.Token) bool {
	switch t.Text {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

// titled recognises "[modifiers] Title [in Place] [Sir] Name" at toks[i] and
// returns how many tokens it took, or 0.
func (st *state) titled(s article.Sentence, toks []tokens.Token, i int) int {
	var room [2]modifier
	j, mods := st.modifiersIn(toks, i, &room)
	tn, title := st.titleAt(toks, j)
	if tn == 0 && len(mods) == 0 {
		// "Trade ministers X and Y": a title in the plural before a list
		if n := st.pluralTitled(s, toks, i); n > 0 {
			return n
		}
	}
	// "US House Speaker Nancy Pelosi": an institution's name before the title.
	for skip := 1; tn == 0 && len(mods) > 0 && skip <= 2 && j+skip < len(toks); skip++ {
		if t := toks[j+skip-1]; !t.IsWord() || !t.IsCapitalized() {
			break
		}
		if n, _ := st.match(toks, j+skip-1); n > 0 {
			break
		}
		if tn, title = st.titleAt(toks, j+skip); tn > 0 {
			j += skip
		}
	}
	if tn == 0 {
		return 0
	}
	titleToks := toks[i : j+tn] // with the modifiers: "foreign ministry spokesperson"
	j += tn
	// "Ambassador in Beijing Patricia Flor", "Ambassador to China X"
	posted := false
	if j+1 < len(toks) && (toks[j].Text == "in" || toks[j].Text == "to") {
		// ("envoy to the UN": past the article of a body's name)
		k := j + 1
		if k+1 < len(toks) && toks[k].Text == "the" {
			k++
		}
		if n, _ := st.match(toks, k); n > 0 {
			j = k + n
			posted = true
		}
	}
	sideless := false // the office's words say nothing of whose it is
	// "the deputy foreign minister of Peru, X", "the spokesman for the
	// Turkish foreign ministry, X": whose office it is, after the title.
	if !posted && j+1 < len(toks) && (toks[j].Text == "of" || toks[j].Text == "for") {
		if k, m, ok := st.officeOf(toks, j+1); ok && len(mods) == 0 {
			mods = append(mods, m)
			j = k
		} else if k, ms := st.institution(toks, j+1); k > 0 && len(mods) == 0 {
			mods = append(mods, ms...)
			j = k
		} else if k := st.portfolio(toks, j+1); k > j+1 {
			j, sideless = k, len(mods) == 0
		} else if k := describedCharge(toks, j+1); k > j+1 {
			j, sideless = k, len(mods) == 0
		}
	}
	j = st.skipHonorific(toks, j)
	// "junta leader Captain Ibrahim Traore": a rank after the office
	if n2, _ := st.titleAt(toks, j); n2 > 0 && st.nameEnd(toks, j+n2) > j+n2 {
		j = st.skipHonorific(toks, j+n2)
	}
	end := st.nameEnd(toks, j)
	if end == j {
		j, end = st.apposedName(toks, j)
	}
	if end == j {
		return 0
	}
	country, org := "", ""
	for _, m := range mods {
		if m.country != "" && country == "" {
			country = m.country
		}
		if m.org != "" {
			org = m.org
		}
	}
	if country == "" && org == "" && end-j == 1 {
		country = st.countryAfter(toks, end) // "King Abdullah of Jordan"
	}
	name, nameEndTok := st.resolveName(toks, j, end, country, title)
	if name == "" {
		return 0
	}
	_, known := st.r.g.Official(name)
	if !known && country == "" && org == "" {
		country = st.countryAfter(toks, nameEndTok)
	}
	if !known && country == "" && org == "" {
		country = st.listCountry(s, toks[i].Start)
	}
	if !known && country == "" && org == "" {
		// "foreign ministry spokesperson X": the ministry named before.
		country = st.bodyInTitle(titleToks)
	}
	if !known && country == "" && org == "" && !posted && actsAtHome(title.Role) {
		// A minister or spokesperson with no country named serves the
		// country the text speaks from: for a body the title names, the
		// place the sentence opens with ("In Moscow, foreign ministry
		// spokeswoman X"; not "In Moscow, National Security Adviser X
		// met ...", who may be visiting), else the article's dateline.
		if st.titleNamesBody(titleToks) {
			country = st.frontedPlace(toks, i)
		}
		if country == "" {
			country = st.dateline
		}
	}
	if sideless && !known && country == "" && org == "" {
		// "Minister of State for Foreign Affairs X" of no country the text
		// tells: whom X acts for is unknown, and X's relations would be
		// wrong at the country level (the tokens go to the other
		// recognisers).
		return 0
	}
	for _, m := range mods {
		if m.country != "" && m.org == "" {
			st.add(st.country(m.country), s, toks[m.start].Start, toks[m.end-1].End, ViaModifier)
		} else if m.org != "" {
			st.add(st.org(m.org), s, toks[m.start].Start, toks[m.end-1].End, ViaModifier)
		}
	}
	stated := title.Title
	if org != "" && country == "" {
		stated = org + " " + title.Title
	}
	st.add(st.person(name, country, stated), s, toks[j].Start, toks[nameEndTok-1].End, ViaTitle)
	return nameEndTok - i
}

// pluralTitled reads a title in the plural before a list of names it
// stands before: "Trade ministers X and Y", "foreign ministers A, B and C"
// (each a person with the title). It returns how many tokens it took, or 0.
func (st *state) pluralTitled(s article.Sentence, toks []tokens.Token, i int) int {
	tn, title := st.pluralTitleAt(toks, i)
	if tn == 0 {
		return 0
	}
	type named struct{ from, to int }
	var names []named
	k := i + tn
	if toks[k].Text == "," {
		k++ // "the two foreign ministers, X and Y": the names in apposition
	}
	for {
		end := st.nameEnd(toks, k)
		if end-k < 2 {
			break
		}
		names = append(names, named{k, end})
		k = end
		if k+1 < len(toks) && (toks[k].Text == "," || toks[k].Text == "and") {
			k++
			if toks[k].Text == "and" && k+1 < len(toks) {
				k++
			}
			continue
		}
		break
	}
	if len(names) < 2 {
		return 0 // a plural title names more than one
	}
	last := i
	for _, n := range names {
		name, nameEnd := st.resolveName(toks, n.from, n.to, "", title)
		if name == "" {
			return 0
		}
		country := ""
		if _, known := st.r.g.Official(name); !known {
			country = st.countryAfter(toks, nameEnd) // "X of Greece and Y of Macedonia"
		}
		st.add(st.person(name, country, title.Title), s, toks[n.from].Start, toks[nameEnd-1].End, ViaTitle)
		last = nameEnd
	}
	return last - i
}

// pluralTitleAt reads a title whose last word is in the plural ("trade
// ministers") before a name, or a comma and a name: the title of its
// singular, and how many tokens it takes; 0 for none.
func (st *state) pluralTitleAt(toks []tokens.Token, j int) (int, gazetteer.Title) {
	for n := 1; n <= 3 && j+n <= len(toks); n++ {
		last := toks[j+n-1].Text
		// (a name must follow: most plurals of office words stand before none)
		next := j + n
		if next+1 < len(toks) && toks[next].Text == "," {
			next++ // "the two foreign ministers, X and Y"
		}
		if len(last) < 4 || last[len(last)-1] != 's' || next >= len(toks) || !toks[next].IsCapitalized() || !st.r.g.IsOfficeWord(last[:len(last)-1]) {
			continue
		}
		words := append([]tokens.Token(nil), toks[j:j+n]...)
		words[n-1].Text = last[:len(last)-1]
		if t, ok := st.r.g.TitleOf(words); ok {
			return n, t
		}
	}
	return 0, gazetteer.Title{}
}

// countryAfter returns the country in "of Egypt" at toks[k], after a
// titled name ("Finance Minister Tarek Mahrousy of Egypt"), or "".
func (st *state) countryAfter(toks []tokens.Token, k int) string {
	if k+1 >= len(toks) || toks[k].Text != "of" {
		return ""
	}
	if n, forms := st.match(toks, k+1); n > 0 {
		switch f := st.pick(forms); f.Kind {
		case gazetteer.CountryName, gazetteer.CountryAlias:
			return f.Ref
		}
	}
	return ""
}

// maxBodyTokens bounds how far the name of a body or portfolio after a
// title is read, so that a long run of capitals costs linear time.
const maxBodyTokens = 12

// portfolio steps over the capitalised office words of a minister's
// portfolio at toks[k], after "for" or "of": "Minister of State for Foreign
// Affairs Joao Brevas"; or over a region the portfolio covers when a comma
// sets the name after it: "Minister for the Pacific, X". It returns where
// they end (k if there are none).
func (st *state) portfolio(toks []tokens.Token, k int) int {
	if j := st.regionPortfolio(toks, k); j > k {
		return j
	}
	if j := st.countryPortfolio(toks, k); j > k {
		return j
	}
	j := k
	for j < len(toks) && j-k < maxBodyTokens {
		t := toks[j]
		switch {
		case t.IsWord() && t.IsCapitalized() && st.r.g.IsOfficeWord(t.Text):
			j++
		case j > k && (t.Text == "and" || t.Text == "&") && j+1 < len(toks) && st.r.g.IsOfficeWord(toks[j+1].Text):
			j++
		default:
			return j
		}
	}
	return j
}

// royal reports whether a known official ever held a royal office: the
// one a royal title and a given name may name ("Prince William" is not
// "William Lai").
func (st *state) royal(name string) bool {
	p, ok := st.r.g.Official(name)
	if !ok {
		return false
	}
	for _, o := range p.Offices {
		if t, ok := st.r.g.Title(o.Title); ok && t.Role == "royal" {
			return true
		}
	}
	return false
}

// describedCharge steps over what an office is in charge of, described in
// lower-case words up to the comma before the name in apposition: "the
// commander of the eastern-based forces, X", "the head of the ruling
// party, X". It returns where the comma is, or k.
func describedCharge(toks []tokens.Token, k int) int {
	for j := k; j < len(toks) && j-k < 6; j++ {
		t := toks[j]
		if t.Text == "," {
			if j > k {
				return j
			}
			return k
		}
		if !(t.IsWord() || t.Text == "-") || t.IsCapitalized() {
			return k
		}
	}
	return k
}

// countryPortfolio steps over a country an office deals with, at toks[k]
// after "for", when a name or a comma follows it: "Special Envoy for Ukraine
// Keith Kellogg", "the special representative for Libya, X". The country is
// the office's subject, not whom the person serves. It returns where the
// country ends, or k.
func (st *state) countryPortfolio(toks []tokens.Token, k int) int {
	if k == 0 || toks[k-1].Text != "for" {
		return k
	}
	n, forms := st.match(toks, k)
	if n == 0 {
		return k
	}
	if f := st.pick(forms); f.Kind != gazetteer.CountryName && f.Kind != gazetteer.CountryAlias {
		return k
	}
	j := k + n
	if j < len(toks) && (toks[j].Text == "," || st.nameEnd(toks, j) > j) {
		return j
	}
	return k
}

// regionPortfolio steps over "the Pacific" or "Southeast Asia" at toks[k],
// at most three capitalised words that name no one the data knows, when a
// comma follows them. It returns where they end, or k.
func (st *state) regionPortfolio(toks []tokens.Token, k int) int {
	j := k
	if j < len(toks) && toks[j].Text == "the" {
		j++
	}
	start := j
	for j < len(toks) && j-start < 3 && toks[j].IsWord() && toks[j].IsCapitalized() {
		if n, _ := st.match(toks, j); n > 0 {
			return k
		}
		j++
	}
	if j == start || j >= len(toks) || toks[j].Text != "," {
		return k
	}
	return j
}

// institution reads the body an office belongs to, after "of" at toks[k],
// when a name follows it: "Speaker of Parliament Anita Among", "Secretary
// of the Security Council of Belarus, X", "Director General of the
// Department of European Affairs, X". The body's run of capitalised words
// ends at a comma, else at its last organization noun or known name, before
// at least two name words. The body must name a country or an organization
// the data knows, which says whom the person serves: a person of no known
// side is better left to the other recognisers. It returns where the name
// starts (0 if no body is read) and the countries and organizations named
// inside the body.
func (st *state) institution(toks []tokens.Token, k int) (int, []modifier) {
	if k < len(toks) && strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	run, lastHead := k, -1
	var mods []modifier
	for run < len(toks) && run-k < maxBodyTokens {
		t := toks[run]
		if t.IsWord() && t.IsCapitalized() {
			if n, forms := st.match(toks, run); n > 0 {
				f := st.pick(forms)
				if f.Kind == gazetteer.PersonName {
					break
				}
				m := modifier{start: run, end: run + n, form: f}
				switch f.Kind {
				case gazetteer.OrgName, gazetteer.OrgAcronym:
					m.org = f.Ref
				case gazetteer.CityName:
				default:
					m.country = f.Ref
				}
				mods = append(mods, m)
				run += n
				lastHead = run
				continue
			}
			if st.r.g.IsOrgHead(t.Text) {
				lastHead = run + 1
			}
			run++
			continue
		}
		if orgConnectors[t.Text] && run > k && run+1 < len(toks) && toks[run+1].IsCapitalized() {
			run++
			continue
		}
		break
	}
	if run == k {
		return 0, nil
	}
	if run < len(toks) && toks[run].Text == "," && len(mods) > 0 {
		return run, mods // the name follows in apposition
	}
	if lastHead < 0 || st.nameEnd(toks, lastHead)-lastHead < 2 {
		return 0, nil
	}
	var inside []modifier
	for _, m := range mods {
		if m.end <= lastHead {
			inside = append(inside, m)
		}
	}
	if len(inside) == 0 {
		return 0, nil
	}
	return lastHead, inside
}

// officeOf reads whose an office is after "of" or "for" at toks[k]: a
// country ("of Peru"), or a state body with its country ("for the Turkish
// foreign ministry", "of Ghana's foreign ministry", "of Turkey's National
// Intelligence Organization"). It returns where that ends and the country
// as a modifier.
func (st *state) officeOf(toks []tokens.Token, k int) (int, modifier, bool) {
	if k < len(toks) && strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	end, mods := st.modifiers(toks, k)
	if len(mods) == 2 && mods[0].country != "" && mods[0].org == "" && mods[1].org != "" && mods[1].start > mods[0].end {
		// a country's own body named after its possessive
		return end, mods[0], true
	}
	if len(mods) != 1 || mods[0].country == "" || mods[0].org != "" {
		return k, modifier{}, false
	}
	m := mods[0]
	switch m.form.Kind {
	case gazetteer.CountryName, gazetteer.CountryAlias:
		if end == m.end { // "of Peru", not "of Peru's"
			if b := st.r.g.BodyAt(toks, end); b > 0 {
				return end + b, m, true // "of Peru foreign ministry"
			}
			return end, m, true
		}
	case gazetteer.OrgName, gazetteer.OrgAcronym:
		return end, m, true // a body the data knows, that acts for its state
	}
	body := m.end
	if body < len(toks) && isPossessive(toks[body]) {
		body++
	}
	if b := st.r.g.BodyAt(toks, body); b > 0 {
		return body + b, m, true
	}
	if e := st.namedBodyEnd(toks, body); e > body {
		return e, m, true // "of Turkey's National Intelligence Organization (MIT)"
	}
	return k, modifier{}, false
}

// namedBodyEnd reads a body's name in capitals at toks[k] that ends in an
// organization noun ("National Intelligence Organization"), with the
// acronym in brackets after it, and returns where it ends, or k.
func (st *state) namedBodyEnd(toks []tokens.Token, k int) int {
	end := k
	for run := k; run < len(toks) && run-k < maxBodyTokens; run++ {
		t := toks[run]
		if t.IsWord() && t.IsCapitalized() {
			if st.r.g.IsOrgHead(t.Text) {
				end = run + 1
			}
			continue
		}
		if orgConnectors[t.Text] && run > k && run+1 < len(toks) && toks[run+1].IsCapitalized() {
			continue
		}
		break
	}
	if end > k && end+2 < len(toks) && toks[end].Text == "(" && isAcronym(toks[end+1].Text) && toks[end+2].Text == ")" {
		end += 3
	}
	return end
}

// apposedName reads a name set off by a comma after a title: "the US
// ambassador to Manila, MaryKay Carlson", "Japan's defence minister, Gen
// Nakatani", "the Minister of Foreign Affairs, Ambassador X Y". The name must
// end the apposition (a comma, the end, or a word in lower case follows), and
// must not hold an office word. It returns the name's token range, or j, j.
func (st *state) apposedName(toks []tokens.Token, j int) (int, int) {
	if j+1 >= len(toks) || toks[j].Text != "," {
		return j, j
	}
	k := j + 1
	if n, _ := st.titleAt(toks, k); n > 0 {
		k += n
	}
	k = st.skipHonorific(toks, k)
	end := st.nameEnd(toks, k)
	if end == k || (end < len(toks) && toks[end].IsWord() && toks[end].IsCapitalized()) {
		return j, j
	}
	for x := k; x < end; x++ {
		if st.r.g.IsOfficeWord(toks[x].Text) {
			return j, j
		}
	}
	return k, end
}

// frontedPlace returns the country of a place that opens the sentence
// before token i as a phrase of its own ("In Moscow, ...", "In Beijing,
// ..."), or "".
func (st *state) frontedPlace(toks []tokens.Token, i int) string {
	if len(toks) < 3 || !strings.EqualFold(toks[0].Text, "in") {
		return ""
	}
	n, forms := st.match(toks, 1)
	if n == 0 || 1+n >= i || toks[1+n].Text != "," {
		return ""
	}
	switch f := st.pick(forms); f.Kind {
	case gazetteer.CountryName, gazetteer.CountryAlias, gazetteer.Capital, gazetteer.CityName:
		return f.Ref // a city's form refers to its country
	}
	return ""
}

// titleNamesBody reports a title that names a state body: "foreign
// ministry spokesperson".
func (st *state) titleNamesBody(title []tokens.Token) bool {
	for k := range title {
		if st.r.g.BodyAt(title, k) > 0 {
			return true
		}
	}
	return false
}

// bodyInTitle returns the country of the body a title names ("foreign
// ministry spokesperson") when the article named such a body before, or "".
func (st *state) bodyInTitle(title []tokens.Token) string {
	for k := range title {
		if n := st.r.g.BodyAt(title, k); n > 0 {
			return st.lastBody[headOf(title[k:k+n])]
		}
	}
	return ""
}

// actsAtHome reports whether holders of an office with this role serve the
// country they speak from: ministers, spokespersons, heads of state; not
// envoys, nor a "leader" of a party or movement.
func actsAtHome(role string) bool {
	switch role {
	case "diplomat", "leader", "org_head", "":
		return false
	}
	return true
}

// resolveName turns the name tokens toks[j:end] into a person's canonical
// name: a known official (full name, alias or, with a title, a surname of
// someone holding such an office then), or, for two words or more, a new
// person. It returns the name and the token where it ends.
func (st *state) resolveName(toks []tokens.Token, j, end int, country string, title gazetteer.Title) (string, int) {
	// One given name after a country's title: the holder of that office
	// then who bears it ("Jordan's King Abdullah", "Saudi Crown Prince
	// Mohammed"), before anyone else the name alone would find.
	if end-j == 1 && country != "" && title.Title != "" {
		for _, h := range st.r.g.HoldersAt(country, title.Title, st.date) {
			if slices.ContainsFunc(strings.Fields(h), func(w string) bool { return strings.EqualFold(tokens.Fold(w), tokens.Fold(toks[j].Text)) }) {
				return h, j + 1
			}
		}
	}
	// The longest known person inside the run, also in another case or
	// spelling; not a first name alone before an unknown surname ("army
	// chief Charles Kahariri" is not King Charles III).
	for n := end - j; n >= 1 && (n > 1 || end-j == 1); n-- {
		forms := st.r.g.LookupTokens(toks[j : j+n])
		if len(forms) == 0 {
			forms = st.r.g.LookupLoose(toks[j : j+n])
		}
		for _, f := range forms {
			if f.Kind == gazetteer.PersonName && !(end-j == 1 && title.Role == "royal" && !st.royal(f.Ref)) {
				return f.Ref, j + n
			}
		}
	}
	if st.headline {
		// In a headline in title case, capitals do not mark names: a
		// surname of someone known, or nobody ("PM Holds Talks").
		end = j + 1
	}
	// A person already named in the article by surname, or after a title
	// by given name, as Arabic usage has it ("Prince Mohammed", "Sheikh
	// Tamim" after "Mohammed bin Salman", "Tamim bin Hamad Al Thani").
	for _, id := range st.order {
		if end-j > 1 {
			break
		}
		e := st.entities[id]
		if e.Type != article.Person {
			continue
		}
		given, _, several := strings.Cut(e.Name, " ")
		if gazetteer.FamilyName(e.Name, e.Country) == toks[j].Text || (title.Title != "" && several && given == toks[j].Text) {
			return e.Name, j + 1
		}
	}
	// A surname alone after a title: "President Trump", "Premier Li" (not
	// "spokesperson Wang Wenbin", whose name goes on).
	if cands := st.r.g.BySurname(toks[j].Text); len(cands) > 0 && end-j == 1 {
		var inOffice []string
		for _, c := range cands {
			o, ok := st.r.g.OfficeAt(c, st.date)
			if ok && (country == "" || o.Country == country) && (title.Role != "royal" || st.royal(c)) {
				inOffice = append(inOffice, c)
			}
		}
		if len(inOffice) == 1 {
			return inOffice[0], j + 1
		}
	}
	if end-j == 1 && title.Role == "royal" && !st.headline {
		// "Prince William": a royal is called by title and given name; when
		// the data knows the two together ("Queen Elizabeth"), the name's
		// look-up takes them; else he is new (not after "of": "the funeral
		// of Queen Elizabeth" names an event)
		for k := 1; k <= 2 && j-k >= 0; k++ {
			for _, f := range st.r.g.LookupTokens(toks[j-k : j+1]) {
				if f.Kind == gazetteer.PersonName {
					return "", j
				}
			}
			if j-k-1 >= 0 && toks[j-k-1].Text == "of" {
				return "", j
			}
		}
		return title.Title + " " + toks[j].Text, j + 1
	}
	if end-j < 2 {
		return "", j
	}
	// The same first and last name as one official the data knows, with
	// other middle names: "Tamim bin Hamed Al Thani" is the emir Tamim bin
	// Hamad Al Thani.
	if end-j >= 3 {
		if name := st.sameEnds(toks[j].Text, toks[end-1].Text); name != "" {
			return name, end
		}
	}
	// A new person: stop before a country or organization form that follows
	// the name ("... Janet Yellen Russia", "... Mark Rutte NATO"), keeping
	// at least two words; an organization's one plain word is a surname
	// too ("Therese Kayikwamba Wagner").
	k := j + 2
	for k < end {
		if n, forms := st.match(toks, k); n > 0 {
			if f := st.pick(forms); f.Kind != gazetteer.PersonName && !(f.Kind == gazetteer.OrgName && n == 1 && !tokens.IsAcronym(toks[k].Text)) {
				break
			}
		}
		k++
	}
	if shouted(toks[j:k]) {
		return "", j // a headline in capitals: words, not a name
	}
	return nameText(toks[j:k]), k
}

// titleCase reports whether a sentence is a headline in title case: three
// capitalised words of four letters or more, and no word in lower case but
// those title case leaves so (title-lower in gazetteer/data/name-variants.tsv):
// "Foreign Minister Meets Envoys from Chile", where capitals do not mark names.
func (st *state) titleCase(toks []tokens.Token) bool {
	long := 0
	for _, t := range toks {
		switch {
		case !t.IsWord():
		case !t.IsCapitalized():
			if !st.r.g.IsTitleLower(t.Text) {
				return false
			}
		case utf8.RuneCountInString(t.Text) >= 4:
			long++
		}
	}
	return long >= 3
}

// shouted reports whether every token is written in capitals (two letters
// or more): a headline, where capitalised words are not names. Known names
// in capitals are found by the loose look-up instead.
func shouted(toks []tokens.Token) bool {
	for _, t := range toks {
		if len(t.Text) < 2 || t.Text != strings.ToUpper(t.Text) {
			return false
		}
	}
	return len(toks) > 0
}

// sameEnds returns the one official whose name has the given first and last
// words (compared without regard to case or diacritics), or "".
func (st *state) sameEnds(first, last string) string {
	found := ""
	for _, c := range st.r.g.BySurname(last) {
		f := strings.Fields(c)
		if len(f) < 3 || !strings.EqualFold(tokens.Fold(f[0]), tokens.Fold(first)) {
			continue
		}
		if found != "" {
			return ""
		}
		found = c
	}
	return found
}

// listCountry returns the country of the nearest person earlier in the
// same sentence whose list this one goes on, so that in "Russian President
// Vladimir Putin, Foreign Minister Sergei Lavrov" both are Russian, as are
// "his deputy Soe Win and acting President Myint Swe".
func (st *state) listCountry(s article.Sentence, before int) string {
	country := ""
	for _, m := range st.mentions {
		if m.Sentence != s.Index || m.End > before {
			continue
		}
		gap := s.Text[m.End-s.Start : before-s.Start]
		if e := st.entities[m.EntityID]; e != nil && e.Type == article.Person && e.Country != "" && listGap.MatchString(gap) {
			country = e.Country
		}
	}
	return country
}

// articles may open an apposition: "X, the", "X, a spokesman".
var articles = map[string]bool{"the": true, "a": true, "an": true}

// listGap is what separates two titled people in a list.
var listGap = regexp.MustCompile(`^\s*(?:,|,?\s*and)\s*$`)

// appositive recognises "Name Name, [the] [Country's|Demonym] title" for
// people the data does not know: "Ignazio Cassis, Switzerland's foreign
// minister". It returns how many tokens the name took, or 0.
func (st *state) appositive(s article.Sentence, toks []tokens.Token, i int) int {
	if i > 0 && toks[i-1].IsWord() && toks[i-1].IsCapitalized() && !st.afterHonorific(toks, i) {
		return 0
	}
	if i > 0 && toks[i-1].Text == "of" {
		return 0 // "the Minister of Foreign Affairs, ...": a complement, not a name
	}
	if st.headline {
		return 0
	}
	end := st.nameEnd(toks, i)
	if end-i < 2 || end >= len(toks) || toks[end].Text != "," {
		return 0
	}
	if shouted(toks[i:end]) {
		return 0
	}
	for k := i; k < end; k++ {
		if n, _ := st.match(toks, k); n > 0 || st.r.g.IsOfficeWord(toks[k].Text) {
			return 0 // a known form or an office word inside: not a new person
		}
	}
	j := end + 1
	// "X, who heads Kenya's foreign ministry,": the country of what X heads
	if j+2 < len(toks) && toks[j].Text == "who" && headVerbs[strings.ToLower(toks[j+1].Text)] {
		if _, mods := st.modifiers(toks, j+2); len(mods) > 0 && mods[0].country != "" {
			st.add(st.person(nameText(toks[i:end]), mods[0].country, ""), s, toks[i].Start, toks[end-1].End, ViaTitle)
			return end - i
		}
		// "X, who heads the rival administration in eastern Libya,": the
		// country of the place what X heads is in
		if c := st.headedIn(toks, j+2); c != "" {
			st.add(st.person(nameText(toks[i:end]), c, ""), s, toks[i].Start, toks[end-1].End, ViaTitle)
			return end - i
		}
	}
	if j < len(toks) && articles[strings.ToLower(toks[j].Text)] {
		j++
	}
	// "a senior Kenyan diplomat": a word that makes another office of the
	// title may come before the office's country
	if j+2 < len(toks) {
		if _, ok := st.r.g.TitlePrefix(toks[j].Text); ok {
			if k, mods := st.modifiers(toks, j+1); len(mods) > 0 {
				if tn, _ := st.titleAt(toks, k); tn > 0 {
					j++
				}
			}
		}
	}
	j, mods := st.modifiers(toks, j) // rare here: after a name and a comma
	tn, title := st.titleAt(toks, j)
	if tn == 0 {
		return 0
	}
	// "X, a spokesman for the Dutch foreign ministry"
	if k := j + tn; len(mods) == 0 && k+1 < len(toks) && (toks[k].Text == "of" || toks[k].Text == "for") {
		if _, m, ok := st.officeOf(toks, k+1); ok {
			mods = append(mods, m)
		}
	}
	country := ""
	for _, m := range mods {
		if m.country != "" {
			country = m.country
			break
		}
	}
	// The country in "X, Switzerland's foreign minister" says whom X
	// serves; it does not act itself.
	for _, m := range mods {
		if m.country != "" && m.org == "" {
			st.add(st.country(m.country), s, toks[m.start].Start, toks[m.end-1].End, ViaModifier)
		}
	}
	st.add(st.person(nameText(toks[i:end]), country, title.Title), s, toks[i].Start, toks[end-1].End, ViaTitle)
	return end - i
}

// possessedName recognises a person the data does not know after a
// country's possessive: "Rwanda's Olivier Nduhungirehe and Congo's ...".
// The name must start with a word that starts officials' names as a given
// name (gazetteer.IsGivenName), hold at least two words, no office word and
// no form the data knows but, after its first word, a body's, a city's or a
// person's: "Russia's Black Sea Fleet" names no one. The
// country says whom the person serves; it does not act itself.
func (st *state) possessedName(s article.Sentence, toks []tokens.Token, i int) int {
	if st.headline || !toks[i].IsCapitalized() {
		return 0
	}
	n, forms := st.match(toks, i)
	if n == 0 || i+n+1 >= len(toks) || !isPossessive(toks[i+n]) {
		return 0
	}
	f := st.pick(forms)
	if f.Kind != gazetteer.CountryName && f.Kind != gazetteer.CountryAlias {
		return 0
	}
	j := i + n + 1
	end := st.nameEnd(toks, j)
	if end-j < 2 || !st.r.g.IsGivenName(toks[j].Text) || shouted(toks[j:end]) {
		return 0
	}
	for k := j; k < end; k++ {
		if st.r.g.IsOfficeWord(toks[k].Text) || st.r.g.Honorific(toks, k) > 0 {
			return 0
		}
		// a form the data knows, but for a later word that only names a
		// body, a city or a person ("Therese Kayikwamba Wagner")
		if m, forms := st.match(toks, k); m > 0 {
			switch st.pick(forms).Kind {
			case gazetteer.OrgName, gazetteer.OrgAcronym, gazetteer.CityName, gazetteer.PersonName:
				if k > j && k+m <= end {
					continue
				}
			}
			return 0
		}
	}
	st.add(st.country(f.Ref), s, toks[i].Start, toks[i+n-1].End, ViaModifier)
	st.add(st.person(nameText(toks[j:end]), f.Ref, ""), s, toks[j].Start, toks[end-1].End, ViaTitle)
	return end - i
}

// headedIn returns the country after "in" (and a word in lower case, such
// as "eastern") in the phrase at toks[k] that a comma or the sentence ends,
// at most eight words on: "the rival administration in eastern Libya".
func (st *state) headedIn(toks []tokens.Token, k int) string {
	for j := k; j < len(toks) && j < k+8 && toks[j].Text != ","; j++ {
		if toks[j].Text != "in" || j+1 >= len(toks) {
			continue
		}
		at := j + 1
		if !toks[at].IsCapitalized() {
			at++
		}
		if at < len(toks) {
			if _, mods := st.modifiers(toks, at); len(mods) > 0 && mods[0].start == at && mods[0].country != "" && mods[0].org == "" {
				return mods[0].country
			}
		}
	}
	return ""
}

// headVerbs say that their subject leads what their object names: "X, who
// heads Kenya's foreign ministry".
var headVerbs = map[string]bool{"heads": true, "leads": true, "chairs": true, "runs": true, "headed": true, "led": true}

// afterHonorific reports whether a word of address ends just before
// toks[i]: "Mr", "Sheikh", "Dr." before a name.
func (st *state) afterHonorific(toks []tokens.Token, i int) bool {
	for j := max(i-3, 0); j < i; j++ {
		if n := st.r.g.Honorific(toks, j); n > 0 && j+n == i {
			return true
		}
	}
	return false
}

// addressed recognises a person named after a word of address, whom the
// data may not know: "Sheikh Hamdan bin Rashid Al Qasimi", "Ms Ilse
// Vandeborre, the Belgian envoy". A new person needs two name words; a
// surname alone is left to the other recognisers. It returns how many
// tokens it took, or 0.
func (st *state) addressed(s article.Sentence, toks []tokens.Token, i int) int {
	j := st.skipHonorific(toks, i)
	if j == i {
		return 0
	}
	if n, _ := st.match(toks, j); n > 0 {
		return 0 // a name the data knows: the look-up reads it
	}
	if n := st.appositive(s, toks, j); n > 0 {
		return j - i + n
	}
	end := st.nameEnd(toks, j)
	if end-j == 1 {
		// "Sheikh Mohamed" after "Sheikh Mohamed bin Zayed Al Nahyan": a
		// person the article named, by the given name
		if name := st.articleGivenName(toks[j].Text); name != "" {
			st.add(*st.entities[st.id(article.Person, name)], s, toks[j].Start, toks[j].End, ViaSurname)
			return end - i
		}
	}
	if end-j < 2 {
		return 0
	}
	name, nameEndTok := st.resolveName(toks, j, end, "", gazetteer.Title{})
	if name == "" {
		return 0
	}
	st.add(st.person(name, "", ""), s, toks[j].Start, toks[nameEndTok-1].End, ViaName)
	return nameEndTok - i
}

// surnames adds mentions for a person's family name used alone, for people
// named in full somewhere in the article, and for leaders in office on the
// article's date whose family name is unambiguous.
func (st *state) surnames(s article.Sentence, toks []tokens.Token) {
	for k := range toks {
		t := toks[k]
		// "Yellen and He agreed": a capitalised "He" after a word, inside
		// the sentence, is the surname of a person the article names
		midHe := t.Text == "He" && k > 0 && toks[k-1].IsWord() && st.articlePerson(t.Text) != ""
		// ("met al-Sharaa": a family name that starts with a joined
		// particle is a name in lower case too)
		if !t.IsWord() || !(t.IsCapitalized() || st.joinedParticle(t.Text)) || (st.notName(t.Text) && !midHe) || len(t.Text) < 2 {
			continue
		}
		start, end := t.Start+s.Start, t.End+s.Start
		if st.covered(start, end) {
			continue
		}
		// Part of a longer capitalised name that is not this person, or the
		// end of a name after a particle ("... bin Abdulaziz").
		if k+1 < len(toks) && toks[k+1].IsWord() && toks[k+1].IsCapitalized() && !st.notName(toks[k+1].Text) {
			// "Hassan Sheikh" after "Hassan Sheikh Mohamud": the first two
			// of a longer name the article gave in full, where news calls
			// someone so
			if k+2 >= len(toks) || !(toks[k+2].IsWord() && toks[k+2].IsCapitalized()) {
				if name := st.articleLeadingNames(t.Text, toks[k+1].Text); name != "" && !st.covered(start, s.Start+toks[k+1].End) {
					st.add(*st.entities[st.id(article.Person, name)], s, start, s.Start+toks[k+1].End, ViaSurname)
				}
			}
			continue
		}
		if k+1 < len(toks) && st.joinedParticle(toks[k+1].Text) {
			continue // "Hussein al-Ezzi" is not Fuad Hussein
		}
		if st.patronymic(toks, k) {
			continue
		}
		// The end of another person's name: "Rima Kallas" is not Kaja
		// Kallas.
		if k > 1 && st.givenNameBefore(toks, k) {
			continue
		}
		if name := st.articlePerson(t.Text); name != "" {
			st.add(*st.entities[st.id(article.Person, name)], s, start, end, ViaSurname)
			continue
		}
		// "Samia" after "Samia Suluhu Hassan", "Anwar" after "Anwar
		// Ibrahim": a person the article named, by the given name, where
		// news calls someone so
		if name := st.articleGivenName(t.Text); name != "" {
			st.add(*st.entities[st.id(article.Person, name)], s, start, end, ViaSurname)
			continue
		}
		var inOffice []string
		for _, c := range st.r.g.BySurname(t.Text) {
			if _, ok := st.r.g.OfficeAt(c, st.date); ok {
				inOffice = append(inOffice, c)
			}
		}
		if len(inOffice) == 1 && st.r.g.IsLeader(inOffice[0], st.date) {
			st.add(st.person(inOffice[0], "", ""), s, start, end, ViaSurname)
		}
	}
}

// givenNameBefore reports whether toks[k-1] is a capitalised word that may
// be a given name: not a word of address, an office word, a word that is
// never a name, or a form the data knows. A sentence's first word is not
// asked about (it is capitalised anyway).
func (st *state) givenNameBefore(toks []tokens.Token, k int) bool {
	t := toks[k-1]
	if !t.IsWord() || !t.IsCapitalized() || st.notName(t.Text) || st.r.g.IsOfficeWord(t.Text) || st.r.g.Honorific(toks, k-1) > 0 {
		return false
	}
	if n, _ := st.match(toks, k-1); n > 0 {
		return false
	}
	// "López Obrador" after "Andrés Manuel López Obrador": both words are
	// the person's name.
	for _, id := range st.order {
		if e := st.entities[id]; e.Type == article.Person && hasWord(e.Name, t.Text) {
			return false
		}
	}
	return !shouted(toks[k-1 : k])
}

// hasWord reports whether a name holds a word, compared without regard to
// case or diacritics.
func hasWord(name, w string) bool {
	w = tokens.Fold(w)
	for _, f := range strings.Fields(name) {
		if strings.EqualFold(tokens.Fold(f), w) {
			return true
		}
	}
	return false
}

// patronymic reports whether toks[k] ends a chain of names joined by
// particles ("Salman bin Abdulaziz"): particles before it, and a name word
// (not a word of address, as in "Ms von der Leyen") before them.
func (st *state) patronymic(toks []tokens.Token, k int) bool {
	j := k
	for j > 0 && st.r.g.IsParticle(toks[j-1].Text) {
		j--
	}
	if j == k || j == 0 {
		return false
	}
	t := toks[j-1]
	return t.IsWord() && t.IsCapitalized() && st.r.g.Honorific(toks, j-1) == 0
}

// articlePerson returns the person of the article whose family name is w.
func (st *state) articlePerson(w string) string {
	found := ""
	for _, id := range st.order {
		e := st.entities[id]
		if e.Type != article.Person {
			continue
		}
		family := gazetteer.FamilyName(e.Name, e.Country)
		if sameSurname(family, w) || sameSurname(gazetteer.Surname(e.Name), w) || sameSurname(st.withoutParticle(family), w) {
			if found != "" && found != e.Name {
				return "" // ambiguous
			}
			found = e.Name
		}
	}
	return found
}

// articleGivenName returns the one person the article named so far whose
// name has more than one word and starts with w (or has w before a regnal
// number: "Leo" of "Pope Leo XIV"), or "".
func (st *state) articleGivenName(w string) string {
	found := ""
	for _, id := range st.order {
		e := st.entities[id]
		if given, _, several := strings.Cut(e.Name, " "); e.Type == article.Person && several && (given == w || regnalName(e.Name) == w) {
			if found != "" && found != e.Name {
				return ""
			}
			found = e.Name
		}
	}
	return found
}

// regnalName returns the name before a regnal number that ends a name
// ("Leo" of "Pope Leo XIV"), or "".
func regnalName(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || strings.Trim(name[i+1:], "IVXL") != "" {
		return ""
	}
	before := name[:i]
	return before[strings.LastIndexByte(before, ' ')+1:]
}

// articleLeadingNames returns the one person the article named so far
// whose name has more than two words and starts with the words first and
// second, or "".
func (st *state) articleLeadingNames(first, second string) string {
	found := ""
	for _, id := range st.order {
		e := st.entities[id]
		if e.Type != article.Person {
			continue
		}
		// (cut, not split: no allocation for each person and pair of words)
		given, rest, _ := strings.Cut(e.Name, " ")
		next, _, more := strings.Cut(rest, " ")
		if more && given == first && next == second {
			if found != "" && found != e.Name {
				return ""
			}
			found = e.Name
		}
	}
	return found
}

func (st *state) covered(start, end int) bool {
	for i := max(start, 0); i < end && i < len(st.cov); i++ {
		if st.cov[i] {
			return true
		}
	}
	return false
}

// sameSurname compares a known family name with a word of the text, allowing
// for transliteration endings: "Zelenskyy", "Zelensky" and "Zelenskyj".
func sameSurname(known, w string) bool {
	var bufA, bufB [32]byte
	a, b := tokens.AppendLowerFold(bufA[:0], known), tokens.AppendLowerFold(bufB[:0], w)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if bytes.Equal(a, b) {
		return true
	}
	if len(a) < 6 || len(b) < 6 {
		return false
	}
	n := min(len(a), len(b))
	d := len(a) - len(b)
	if d < 0 {
		d = -d
	}
	return d <= 2 && bytes.Equal(a[:n-1], b[:n-1])
}

// afterName are words that may follow a person's name in a sentence.
var afterName = map[string]bool{"in": true, "on": true, "at": true, "and": true, "for": true, "to": true, "during": true,
	"after": true, "before": true, "who": true, "last": true, "this": true, "earlier": true, "later": true, "about": true,
	"over": true, "from": true, "said": true, "says": true, "by": true, "via": true, "while": true, "as": true}

// meetingPartner recognises an unknown person met "with" someone: "spoke
// with Chen Jining, secretary of ...". The name must be two or three
// capitalised words that the data does not know; the person's country is
// that of a place named in the sentence, if any.
func (st *state) meetingPartner(s article.Sentence, toks []tokens.Token, i int) int {
	if st.headline || i < 2 || toks[i-1].Text != "with" || !st.r.g.IsMeetingWord(toks[i-2].Text) {
		return 0
	}
	end := st.nameEnd(toks, i)
	if n := end - i; n < 2 || n > 3 || shouted(toks[i:end]) {
		return 0
	}
	for k := i; k < end; k++ {
		if n, forms := st.match(toks, k); n > 0 && st.pick(forms).Kind != gazetteer.CityName {
			return 0 // a known name (a city's name may also be a given name)
		}
	}
	if end < len(toks) && toks[end].IsWord() && !afterName[strings.ToLower(toks[end].Text)] {
		return 0 // "with Foreign Ministry officials": not a name
	}
	st.add(st.person(nameText(toks[i:end]), st.placeCountry(toks), ""), s, toks[i].Start, toks[end-1].End, ViaName)
	return end - i
}

// counterpartName recognises a person named after "counterpart": "his
// Tanzanian counterpart, Halima Mwajuma", "her counterpart Ivo Kral". The
// demonym or country before the word gives the person's country. It
// returns how many tokens it took, or 0.
func (st *state) counterpartName(s article.Sentence, toks []tokens.Token, i int) int {
	if st.headline || !strings.EqualFold(toks[i].Text, "counterpart") {
		return 0
	}
	j := i + 1
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	j = st.skipHonorific(toks, j)
	// "his Malian counterpart, General X": the title before the name is
	// not part of it
	tn, title := st.titleAt(toks, j)
	j += tn
	end := st.nameEnd(toks, j)
	if end == j {
		return 0
	}
	country := ""
	if i > 0 {
		for k := max(i-3, 0); k < i; k++ {
			if n, forms := st.match(toks, k); n > 0 && k+n == i {
				switch f := st.pick(forms); f.Kind {
				case gazetteer.Demonym, gazetteer.CountryName, gazetteer.CountryAlias:
					country = f.Ref
				}
			}
		}
	}
	// "After talks with his Japanese counterpart, South Korean Foreign
	// Minister X said": a phrase after the comma that another country's
	// demonym opens is the clause's subject, not the counterpart's name
	if n, forms := st.match(toks, j); n > 0 {
		switch f := st.pick(forms); f.Kind {
		case gazetteer.Demonym, gazetteer.CountryName, gazetteer.CountryAlias:
			if f.Ref != country {
				return 0
			}
		}
	}
	name, nameEndTok := st.resolveName(toks, j, end, country, title)
	if name == "" {
		return 0
	}
	st.add(st.person(name, country, ""), s, toks[j].Start, toks[nameEndTok-1].End, ViaName)
	return nameEndTok - i
}

// placeCountry returns the country of a city or capital named in the
// sentence of toks: the best guess for a local official's country.
func (st *state) placeCountry(toks []tokens.Token) string {
	for k := range toks {
		if n, forms := st.match(toks, k); n > 0 {
			f := st.pick(forms)
			if f.Kind == gazetteer.CityName || f.Kind == gazetteer.Capital {
				return f.Ref
			}
		}
	}
	return ""
}
