package ner

import (
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/gazetteer"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

var orgConnectors = map[string]bool{"of": true, "for": true, "and": true, "&": true}

// unknownOrg recognises a capitalised name that ends in an organization noun
// at toks[i] and returns how many tokens it took, or 0. A demonym or country
// at its start gives the organization its country.
func (st *state) unknownOrg(s article.Sentence, toks []tokens.Token, i int) int {
	if st.headline {
		return 0 // every word is capitalised: no telling where a name ends
	}
	if !toks[i].IsWord() || !toks[i].IsCapitalized() || (st.notName(toks[i].Text) && !st.r.g.IsOrgHead(toks[i].Text)) {
		return 0
	}
	last, run := -1, i
	for k := i; k < len(toks) && k-i < 8; k++ {
		t := toks[k]
		run = k
		// an organization noun goes on the name even where it never names a
		// person ("Ministry", "Council")
		if t.IsWord() && t.IsCapitalized() && (!st.notName(t.Text) || st.r.g.IsOrgHead(t.Text)) {
			if st.r.g.IsOrgHead(t.Text) && k > i {
				last = k + 1
			}
			run = k + 1
			continue
		}
		// "the Tigray People's Liberation Front": a possessive inside the name
		// (not after a name the data knows: "Lithuania's Foreign Ministry")
		if (t.Text == "'s" || t.Text == "’s") && k > i && k+1 < len(toks) && toks[k+1].IsWord() && toks[k+1].IsCapitalized() && !st.knownBefore(toks, i, k) {
			continue
		}
		if orgConnectors[t.Text] && k > i && k+1 < len(toks) && toks[k+1].IsCapitalized() {
			if (t.Text == "and" || t.Text == "&") && last == k {
				break // "the X Standard and Y Television": two names
			}
			continue
		}
		break
	}
	if last < 0 {
		// "Ministry of Foreign Affairs ...": a body whose head comes first.
		for k := run; k > i+1 && last < 0; k-- {
			if st.r.g.IsBody(tokens.Key(toks[i:k])) {
				last = k
			}
		}
		if last < 0 {
			return 0
		}
	}
	// The name ends at its last organization noun ("Chamber of Commerce"
	// ends in Commerce).
	end := last
	key := tokens.Key(toks[i:end])
	for _, f := range st.r.g.Lookup(key) {
		if f.Kind == gazetteer.OrgName || f.Kind == gazetteer.OrgAcronym {
			return 0 // known: the gazetteer match handles it
		}
	}
	country := ""
	bodyStart := i
	if n, forms := st.match(toks, i); n > 0 {
		f := st.pick(forms)
		switch {
		case n >= end-i && (f.Kind == gazetteer.OrgName || f.Kind == gazetteer.OrgAcronym):
			// "the International Court of Justice": a known name that runs
			// past the organization noun is that name
			return 0
		case n >= end-i:
		case f.Kind == gazetteer.Demonym || f.Kind == gazetteer.CountryName || f.Kind == gazetteer.CountryAlias:
			country = f.Ref
			bodyStart = i + n
		case f.Kind == gazetteer.OrgName || f.Kind == gazetteer.OrgAcronym || f.Kind == gazetteer.PersonName:
			return 0
		}
	}
	// A state body whose name goes on after its head: "Department of
	// Foreign Affairs".
	for k := run; k > end; k-- {
		if st.r.g.IsBody(tokens.Key(toks[bodyStart:k])) {
			end = k
			break
		}
	}
	if body := tokens.Key(toks[bodyStart:end]); st.r.g.IsBody(body) && st.r.g.ActsFor(body) {
		// A state body in common words acts for its state: "the Lithuanian
		// Foreign Ministry", "Lithuania's Foreign Ministry" (the country
		// before the possessive stands for it), "the Foreign Ministry" under
		// a dateline.
		head := headOf(toks[bodyStart:end])
		if country == "" && (i == 0 || !isPossessive(toks[i-1])) {
			country, end = st.whoseBody(toks, end, body, head)
		}
		if country != "" {
			st.lastBody[head] = country
			st.add(st.country(country), s, toks[i].Start, toks[end-1].End, ViaMetonym)
			return end - i
		}
		if bodyStart == i && i > 0 && isPossessive(toks[i-1]) {
			return end - i
		}
		// No telling whose: the body under its own name, as before.
	}
	st.add(st.namedOrg(toks[i:end], country), s, toks[i].Start, toks[end-1].End, ViaName)
	return end - i
}

// definedAcronym recognises an organization the data does not know that
// the article names with its acronym in brackets ("the Tigray People's
// Liberation Front (TPLF)"): the capitalised words whose initials the
// acronym spells. It takes the name and the bracketed acronym, and later the
// acronym alone. It returns how many tokens it took, or 0.
func (st *state) definedAcronym(s article.Sentence, toks []tokens.Token, i int) int {
	t := toks[i]
	if id, ok := st.acronyms[t.Text]; ok {
		st.add(*st.entities[id], s, t.Start, t.End, ViaName)
		return 1
	}
	if st.headline || !t.IsWord() || !t.IsCapitalized() || t.Text == "The" {
		return 0
	}
	// "the TPLF" after "the Tigray People's Liberation Front": an acronym of
	// an organization the article named before
	if isAcronym(t.Text) {
		if n, _ := st.match(toks, i); n > 0 {
			return 0
		}
		for _, id := range st.order {
			if e := st.entities[id]; e.Type == article.Organization && initials(strings.Fields(e.Name)) == t.Text {
				st.acronyms[t.Text] = id
				st.add(*e, s, t.Start, t.End, ViaName)
				return 1
			}
		}
		return 0
	}
	// the run of capitalised words, connectors and possessives before "("
	end := i
	for end < len(toks) && end-i < 10 && toks[end].Text != "(" {
		w := toks[end]
		if !(w.IsWord() && w.IsCapitalized()) && !orgConnectors[w.Text] && !isPossessive(w) {
			return 0
		}
		end++
	}
	if end == i || end+2 >= len(toks) || toks[end].Text != "(" || toks[end+2].Text != ")" {
		return 0
	}
	acr := toks[end+1].Text
	words := make([]string, 0, end-i)
	for _, w := range toks[i:end] {
		words = append(words, w.Text)
	}
	if !isAcronym(acr) || initials(words) != acr {
		return 0
	}
	if n, _ := st.match(toks, i); n > 0 {
		return 0 // the data knows it: the gazetteer match handles it
	}
	e := st.namedOrg(toks[i:end], "")
	st.add(e, s, toks[i].Start, toks[end-1].End, ViaName)
	st.acronyms[acr] = e.ID
	st.add(*st.entities[e.ID], s, toks[end+1].Start, toks[end+1].End, ViaName)
	return end + 3 - i
}

// knownBefore reports a name the data knows that ends at toks[k], starting
// in toks[i:k].
func (st *state) knownBefore(toks []tokens.Token, i, k int) bool {
	for j := i; j < k; j++ {
		if n, _ := st.match(toks, j); n > 0 && j+n == k {
			return true
		}
	}
	return false
}

// isAcronym reports a word of two to six capital letters: an
// organization's initials.
func isAcronym(w string) bool { return len(w) <= 6 && tokens.IsAcronym(w) }

// initials returns the first letters of the capitalised words of a name
// ("Tigray People's Liberation Front": "TPLF").
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if r := w[0]; r >= 'A' && r <= 'Z' {
			b.WriteByte(r)
		}
	}
	return b.String()
}

// namedOrg is an organization the data does not know, named by the tokens.
func (st *state) namedOrg(toks []tokens.Token, country string) article.Entity {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if isPossessive(t) && len(words) > 0 {
			words[len(words)-1] += t.Text // "People's"
			continue
		}
		words = append(words, t.Text)
	}
	name := strings.Join(words, " ")
	return article.Entity{ID: article.EntityID(article.Organization, name), Type: article.Organization, Name: name, Country: country}
}

// whoseBody finds the country of a state body named in common words without
// a country before it, the body ending at toks[end]: "the Ministry of
// Foreign Affairs of Ghana", "the Foreign Ministry in Moscow" (not for bodies
// based abroad: "the embassy in Manila"), else the country of the body the
// article last named ("the ministry said"), else the dateline's. It returns
// the country, or "", and where the body's name ends.
func (st *state) whoseBody(toks []tokens.Token, end int, body, head string) (string, int) {
	if end+1 < len(toks) && (toks[end].Text == "of" || (toks[end].Text == "in" && !st.r.g.BasedAbroad(body))) {
		if n, forms := st.match(toks, end+1); n > 0 {
			switch f := st.pick(forms); f.Kind {
			case gazetteer.CountryName, gazetteer.CountryAlias, gazetteer.Capital:
				return f.Ref, end + 1 + n
			}
		}
	}
	// "In Moscow, the foreign ministry said": the place the sentence opens with
	if c := st.frontedPlace(toks, end); c != "" {
		return c, end
	}
	if c := st.lastBody[head]; c != "" {
		return c, end
	}
	return st.dateline, end
}

// headOf returns the head noun of a body's name, in lower case: the word
// before "of" ("Ministry of Foreign Affairs"), else the last word.
func headOf(toks []tokens.Token) string {
	for k, t := range toks {
		if t.Text == "of" && k > 0 {
			return strings.ToLower(toks[k-1].Text)
		}
	}
	if len(toks) == 0 {
		return ""
	}
	return strings.ToLower(toks[len(toks)-1].Text)
}

// bodyRef recognises a state body in lower case after "the" ("the ministry
// said", "the foreign ministry"): a mention of the country whoseBody finds.
func (st *state) bodyRef(s article.Sentence, toks []tokens.Token, i int) int {
	if !strings.EqualFold(toks[i].Text, "the") || i+1 >= len(toks) || toks[i+1].IsCapitalized() {
		return 0
	}
	n := st.r.g.BodyAt(toks, i+1)
	if n == 0 {
		return 0
	}
	body := tokens.Key(toks[i+1 : i+1+n])
	if st.r.g.IsActorNoun(toks[i+n].Text) {
		return 0 // "the government": whose is for coreference to tell
	}
	// "the foreign ministry"; "the ministry" once a foreign ministry was named.
	if !st.r.g.ActsFor(body) && !(n == 1 && st.lastBody[headOf(toks[i+1:i+2])] != "") {
		return 0
	}
	head := headOf(toks[i+1 : i+1+n])
	country, end := st.whoseBody(toks, i+1+n, body, head)
	if country == "" {
		return 0
	}
	st.lastBody[head] = country
	st.add(st.country(country), s, toks[i+1].Start, toks[end-1].End, ViaMetonym)
	return end - i
}
