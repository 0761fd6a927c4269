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

// holder returns who a bare title ("the Emir") refers to: the one person
// who held the office on the article's date in one of the article's
// countries (ceremonial heads of state aside), or else, when the data knows
// who led each of those countries, in the country that
// data/usual-titles.tsv gives for it. Only a leader's title (head of state
// or government, monarch) or an organization's office says who on its own:
// the data lists the ministers of too few countries for "the foreign
// minister" to be the one it knows. When the article names the holder the
// reference is to that person; when it does not, to the state or
// organization the holder acts for, as the corpus guideline asks of an
// actor the text does not name. It returns "" when the title says nobody.
func (nt *newTitled) holder(title gazetteer.Title, capitalized bool) string {
	if nt.date == "" {
		return ""
	}
	found := nt.holders(nt.articleCountries(), title)
	if len(found) == 0 && capitalized && nt.leadersKnown() {
		if c, ok := usualTitles[strings.ToLower(title.Title)]; ok {
			found = nt.holders([]string{c}, title)
		}
	}
	if len(found) != 1 {
		return "" // nobody, or more than one: the title does not say who
	}
	o := found[0]
	if id := article.EntityID(article.Person, o.Person); nt.byID[id].ID != "" {
		return id
	}
	e := article.Entity{Type: article.Organization, Name: o.Country}
	if _, isCountry := nt.r.g.Country(o.Country); isCountry {
		e.Type = article.Country
	} else if org, ok := nt.r.g.Organization(o.Country); ok {
		e.Acronym = org.Acronym
	}
	e.ID = article.EntityID(e.Type, e.Name)
	if nt.byID[e.ID].ID == "" {
		nt.byID[e.ID] = e
		nt.added = append(nt.added, e)
	}
	return e.ID
}

// unnamed returns the country's id for "the Chinese president" when the
// title is a leader's or foreign minister's and the article names nobody
// of that country with a fitting office (same reports whether a title
// fits), or "": the guideline makes an actor the text does not name the
// state it acts for.
func (nt *newTitled) unnamed(country string, title gazetteer.Title, same func(string, gazetteer.Title) bool) string {
	if !leaderRoles[title.Role] && title.Role != "leader" && title.Role != "foreign_minister" {
		return ""
	}
	for _, e := range nt.ents {
		if e.Type == article.Person && e.Country == country && same(e.Title, title) {
			return "" // named later: a title before the name is not taken as the state
		}
	}
	e := article.Entity{ID: article.EntityID(article.Country, country), Type: article.Country, Name: country}
	if nt.byID[e.ID].ID == "" {
		nt.byID[e.ID] = e
		nt.added = append(nt.added, e)
	}
	return e.ID
}

// leadersKnown reports whether the data knows who led each of the
// article's countries on its date: only then does a title none of them
// has say that none of them is meant.
func (nt *newTitled) leadersKnown() bool {
	for _, c := range nt.articleCountries() {
		if _, isCountry := nt.r.g.Country(c); !isCountry {
			continue
		}
		known := false
		for _, o := range nt.r.leaders[strings.ToLower(c)] {
			known = known || o.Covers(nt.date)
		}
		if !known {
			return false
		}
	}
	return true
}

// holders returns the offices with the title held on the article's date in
// the countries or organizations named, one for each person.
func (nt *newTitled) holders(places []string, title gazetteer.Title) []gazetteer.Office {
	leader := leaderRoles[title.Role]
	var found []gazetteer.Office
	for _, c := range places {
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
	return found
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
