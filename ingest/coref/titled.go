package coref

import (
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/gazetteer"
)

// newTitled finds the holder of an office that an article names only by
// its title ("the Emir", "the Chancellor"), and keeps the people it adds.
type newTitled struct {
	r         *Resolver
	date      string // the article's publication date
	ents      []article.Entity
	byID      map[string]article.Entity // the article's entities; holder adds to it
	countries []string                  // the article's countries and bodies, once asked
	added     []article.Entity
}

// holder returns the one person who held the office with the title on
// the article's date in one of the article's countries (ceremonial heads of
// state aside), or "". Only a leader's title (head of state or government,
// monarch) or an organization's office says who on its own: the data lists
// the ministers of too few countries for "the foreign minister" to be the
// one it knows.
func (nt *newTitled) holder(title gazetteer.Title) string {
	if nt.date == "" {
		return ""
	}
	leader := leaderRoles[title.Role]
	var found []gazetteer.Office
	for _, c := range nt.articleCountries() {
		if figureheads[strings.ToLower(c+"\t"+title.Title)] {
			continue
		}
		if _, isCountry := nt.r.g.Country(c); isCountry && !leader {
			continue
		}
		for _, o := range nt.r.terms[termKey(c, title.Title)] {
			if o.Covers(nt.date) && (len(found) == 0 || found[0].Person != o.Person) {
				found = append(found, o)
			}
		}
	}
	if len(found) != 1 {
		return "" // nobody, or more than one: the title does not say who
	}
	o := found[0]
	id := article.EntityID(article.Person, o.Person)
	if _, ok := nt.byID[id]; ok {
		return id
	}
	e := article.Entity{ID: id, Type: article.Person, Name: o.Person, Title: o.Title, Start: o.Start, End: o.End}
	if _, isCountry := nt.r.g.Country(o.Country); isCountry {
		e.Country = o.Country
	} else {
		e.Body = o.Country // an organization's office
	}
	nt.byID[id] = e
	nt.added = append(nt.added, e)
	return id
}

// leaderRoles are the roles of the titles that name a state's leader.
var leaderRoles = map[string]bool{"head_of_state": true, "head_of_government": true, "royal": true}

// articleCountries returns the countries the article's entities name or
// represent, and the organizations it names, each once.
func (nt *newTitled) articleCountries() []string {
	if nt.countries != nil {
		return nt.countries
	}
	seen := map[string]bool{}
	nt.countries = []string{}
	for _, e := range nt.ents {
		name := ""
		switch e.Type {
		case article.Country, article.Organization:
			name = e.Name
		case article.Person:
			name = e.Country
		}
		if name != "" && !seen[name] {
			seen[name] = true
			nt.countries = append(nt.countries, name)
		}
	}
	return nt.countries
}
