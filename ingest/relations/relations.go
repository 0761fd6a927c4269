// Package relations reads dated, typed relations between actors out of an
// article's sentences: a trigger phrase from data/triggers.tsv (met with,
// is willing to, urged, imposed sanctions on ...), its subject before it,
// its object after it, checks for negation and hypotheticals, and a date
// from the sentence or the story's running date.
package relations

import (
	"sort"
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
)

// Mention kinds (article.Mention.Via) with special meaning here. They are
// the names other stages give them; this stage does not import those stages.
const (
	viaDemonym  = "demonym"
	viaModifier = "modifier"
	viaGroup    = "group"
	viaCapital  = "capital"
	viaMetonym  = "metonym"
	viaPlace    = "place"
	groupID     = "group:pair"
)

// DateSpan is a resolved date expression in the text.
type DateSpan struct {
	Sentence   int
	Start, End int // byte offsets in the article text
	Date       article.Date
}

// Place is a city or other place that lies in a country, found in the text.
type Place struct {
	Sentence   int
	Start, End int
	Country    string // canonical country name
}

// Input is what the stage reads.
type Input struct {
	Article   article.Article
	Sentences []article.Sentence
	Entities  []article.Entity
	Mentions  []article.Mention // every stage's mentions
	Pair      [2]string         // the two countries the article is mostly about
	Dates     []DateSpan
	Places    []Place
}

// Output is what the stage found: relations, and the policies it read from
// descriptive phrases, which the entity list did not have yet.
type Output struct {
	Relations   []article.Relation
	NewEntities []article.Entity
}

// Extractor extracts relations with the embedded triggers.
type Extractor struct {
	triggers []trigger
}

// New returns an Extractor, or an error if the embedded triggers are malformed.
func New() (*Extractor, error) {
	t, err := loadTriggers(triggersTSV)
	if err != nil {
		return nil, err
	}
	return &Extractor{triggers: t}, nil
}

// Extract reads the relations of one article.
func (x *Extractor) Extract(in Input) Output {
	doc := newDoc(in)
	for _, s := range in.Sentences {
		doc.sentence(x.triggers, s)
	}
	return Output{Relations: merge(doc.rels, doc.explicit), NewEntities: doc.newEntities}
}

// merge keeps one relation per (kind, subject, object) in an article: the
// first, with the other statements' actions added to what, and the date of
// the first statement that gives one explicitly.
func merge(rels []article.Relation, explicit []bool) []article.Relation {
	var out []article.Relation
	var outExplicit []bool
	idx := map[[3]string]int{}
	for n, r := range rels {
		k := [3]string{r.Kind, r.Subject, r.Object}
		if r.Kind == "MET_WITH" && r.Object < r.Subject {
			k = [3]string{r.Kind, r.Object, r.Subject}
		}
		if i, ok := idx[k]; ok {
			if r.What != "" && !strings.Contains(out[i].What, r.What) {
				if out[i].What != "" {
					out[i].What += "; "
				}
				out[i].What += r.What
			}
			if out[i].Date.Value == "" || (!outExplicit[i] && explicit[n]) {
				out[i].Date = r.Date
				outExplicit[i] = explicit[n]
			}
			continue
		}
		idx[k] = len(out)
		out = append(out, r)
		outExplicit = append(outExplicit, explicit[n])
	}
	return out
}

// doc is one article being read.
type doc struct {
	in          Input
	byID        map[string]article.Entity
	rels        []article.Relation
	explicit    []bool // per relation: its date was stated in its sentence
	newEntities []article.Entity
	running     article.Date // the story's running date
	announcers  []string     // subjects of ANNOUNCED so far
}

func newDoc(in Input) *doc {
	d := &doc{in: in, byID: map[string]article.Entity{}}
	for _, e := range in.Entities {
		d.byID[e.ID] = e
	}
	sort.SliceStable(d.in.Mentions, func(i, j int) bool { return d.in.Mentions[i].Start < d.in.Mentions[j].Start })
	return d
}

// mentionsIn returns the mentions of sentence s.
func (d *doc) mentionsIn(s article.Sentence) []article.Mention {
	var out []article.Mention
	for _, m := range d.in.Mentions {
		if m.Start >= s.Start && m.End <= s.End {
			out = append(out, m)
		}
	}
	return out
}

// entityType returns the type of the entity a mention points at.
func (d *doc) entityType(m article.Mention) string {
	if m.EntityID == groupID {
		return viaGroup
	}
	return d.byID[m.EntityID].Type
}

// isActor reports whether a mention can act: a country, person or
// organization named as such (not a demonym before a noun).
func (d *doc) isActor(m article.Mention) bool {
	switch m.Via {
	case viaDemonym, viaModifier:
		return false
	case viaGroup:
		return true
	}
	switch d.entityType(m) {
	case article.Country, article.Person, article.Organization:
		return true
	}
	return false
}

// countryOf returns the country entity id an actor stands for.
func (d *doc) countryOf(id string) string {
	e, ok := d.byID[id]
	if !ok {
		return ""
	}
	switch e.Type {
	case article.Country:
		return e.ID
	case article.Person, article.Organization:
		if e.Country != "" {
			return article.EntityID(article.Country, e.Country)
		}
	}
	return ""
}

// other returns the party of the article's pair that is not id's country.
func (d *doc) other(id string) string {
	c := d.countryOf(id)
	if c == "" {
		return ""
	}
	switch c {
	case d.in.Pair[0]:
		return d.in.Pair[1]
	case d.in.Pair[1]:
		return d.in.Pair[0]
	}
	// A third party's promise goes to the story's main party.
	return d.in.Pair[0]
}
