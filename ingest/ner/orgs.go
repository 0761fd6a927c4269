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
	if !toks[i].IsWord() || !toks[i].IsCapitalized() || (st.notName(toks[i].Text) && toks[i].Text != "Ministry" && toks[i].Text != "Department") {
		return 0
	}
	last, run := -1, i
	for k := i; k < len(toks) && k-i < 8; k++ {
		t := toks[k]
		run = k
		if t.IsWord() && t.IsCapitalized() && (!st.notName(t.Text) || t.Text == "Ministry" || t.Text == "Department") {
			if st.r.g.IsOrgHead(t.Text) && k > i {
				last = k + 1
			}
			run = k + 1
			continue
		}
		if orgConnectors[t.Text] && k > i && k+1 < len(toks) && toks[k+1].IsCapitalized() {
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
	if n, forms := st.match(toks, i); n > 0 && n < end-i {
		f := st.pick(forms)
		switch f.Kind {
		case gazetteer.Demonym, gazetteer.CountryName, gazetteer.CountryAlias:
			country = f.Ref
			bodyStart = i + n
		case gazetteer.OrgName, gazetteer.OrgAcronym, gazetteer.PersonName:
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
		if country == "" && end+1 < len(toks) && toks[end].Text == "of" {
			// "the Ministry of Foreign Affairs of Ghana"
			if n, forms := st.match(toks, end+1); n > 0 {
				switch f := st.pick(forms); f.Kind {
				case gazetteer.CountryName, gazetteer.CountryAlias:
					country, end = f.Ref, end+1+n
				}
			}
		}
		if country == "" && (i == 0 || !isPossessive(toks[i-1])) {
			country = st.dateline
		}
		if country != "" {
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

// namedOrg is an organization the data does not know, named by the tokens.
func (st *state) namedOrg(toks []tokens.Token, country string) article.Entity {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.Text)
	}
	name := strings.Join(words, " ")
	return article.Entity{ID: article.EntityID(article.Organization, name), Type: article.Organization, Name: name, Country: country}
}
