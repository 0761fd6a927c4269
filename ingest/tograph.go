package ingest

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/gazetteer"
	"github.com/bilatgraph/bilat/schema"
)

// Batch turns one article's extraction into what the store writes: the
// article, its entities, a REPRESENTS edge for each person with a country,
// MEMBER_OF for member states of organizations it names, HELD_IN and
// PART_OF for its events, MENTIONS, and one event edge per relation with its
// evidence. Ids are deterministic, so the same article always gives the same
// batch, and the same fact from two articles gives the same edge key.
func (p *Pipeline) Batch(x article.Extraction) graph.Batch {
	b := &batcher{g: p.g, s: schema.Current(), nodes: map[string]int{}, ids: map[string]string{}}
	a := x.Article
	b.node("Article", a.ID, map[string]any{"title": articleTitle(a), "url": a.URL, "source": a.Source, "published": a.Published})
	ents := map[string]article.Entity{}
	for _, e := range x.Entities {
		ents[e.ID] = e
		b.entity(e)
	}
	mentions := map[string]int64{}
	for _, m := range x.Mentions {
		if _, ok := ents[m.EntityID]; ok {
			mentions[b.id(m.EntityID)]++
		}
	}
	for _, e := range x.Entities {
		id := b.id(e.ID)
		n := mentions[id]
		if n == 0 {
			n = 1
		}
		b.edge("MENTIONS", "Article", a.ID, e.Type, id, graph.StructuralKey("MENTIONS", a.ID, id, ""), map[string]any{"count": n}, nil)
		switch e.Type {
		case article.Person:
			if e.Body != "" {
				oid := article.EntityID(article.Organization, e.Body)
				b.entity(article.Entity{ID: oid, Type: article.Organization, Name: e.Body})
				b.edge("REPRESENTS", "Person", id, "Organization", oid, graph.StructuralKey("REPRESENTS", id, oid, e.Start),
					map[string]any{"title": e.Title, "term_start": e.Start, "term_end": e.End}, []graph.Evidence{{Article: a.ID}})
			}
			if e.Country != "" {
				c := b.country(e.Country)
				b.edge("REPRESENTS", "Person", id, "Country", c, graph.StructuralKey("REPRESENTS", id, c, e.Start),
					map[string]any{"title": e.Title, "term_start": e.Start, "term_end": e.End}, []graph.Evidence{{Article: a.ID}})
			}
		case article.Organization:
			if o, ok := p.g.Organization(e.Name); ok {
				for _, m := range o.Members {
					if _, named := ents[article.EntityID(article.Country, m)]; named {
						c := b.country(m)
						b.edge("MEMBER_OF", "Country", c, "Organization", id, graph.StructuralKey("MEMBER_OF", c, id, ""), nil, []graph.Evidence{{Article: a.ID}})
					}
				}
			}
		case article.Event:
			if e.Place != "" {
				if c := p.placeCountry(e.Place); c != "" {
					cid := b.country(c)
					b.edge("HELD_IN", "Event", id, "Country", cid, graph.StructuralKey("HELD_IN", id, cid, ""), map[string]any{"place": e.Place}, []graph.Evidence{{Article: a.ID}})
				}
			}
			if org := p.eventOrganization(e.Name); org != "" {
				oid := article.EntityID(article.Organization, org)
				b.entity(article.Entity{ID: oid, Type: article.Organization, Name: org})
				b.edge("PART_OF", "Event", id, "Organization", oid, graph.StructuralKey("PART_OF", id, oid, ""), nil, []graph.Evidence{{Article: a.ID}})
			}
		}
	}
	for _, r := range x.Relations {
		b.relation(a, r, ents)
	}
	return b.out
}

// placeCountry returns the country a place name lies in: a city or capital.
func (p *Pipeline) placeCountry(place string) string {
	for _, f := range p.g.Lookup(keyOf(place)) {
		switch f.Kind {
		case gazetteer.CityName, gazetteer.Capital, gazetteer.CountryName, gazetteer.CountryAlias:
			return f.Ref
		}
	}
	return ""
}

// eventOrganization returns the organization whose name or acronym starts
// an event's name ("SCO Council of Heads of Government meeting", "G7 summit").
func (p *Pipeline) eventOrganization(name string) string {
	words := strings.Fields(name)
	for n := min(len(words)-1, 6); n >= 1; n-- {
		for _, f := range p.g.Lookup(keyOf(strings.Join(words[:n], " "))) {
			if f.Kind == gazetteer.OrgName || f.Kind == gazetteer.OrgAcronym {
				return f.Ref
			}
		}
	}
	return ""
}

type batcher struct {
	g     *gazetteer.Gazetteer
	s     *schema.Schema
	out   graph.Batch
	nodes map[string]int    // label|id -> index in out.Nodes
	ids   map[string]string // entity id -> node id, where they differ
}

// id returns the node id of an entity id: events are told apart by year.
func (b *batcher) id(entityID string) string {
	if v, ok := b.ids[entityID]; ok {
		return v
	}
	return entityID
}

func (b *batcher) node(label, id string, props map[string]any) {
	k := label + "|" + id
	if i, ok := b.nodes[k]; ok {
		for key, v := range props {
			if s, isStr := v.(string); !isStr || s != "" {
				b.out.Nodes[i].Props[key] = v
			}
		}
		return
	}
	if props == nil {
		props = map[string]any{}
	}
	b.nodes[k] = len(b.out.Nodes)
	b.out.Nodes = append(b.out.Nodes, graph.Node{Label: label, ID: id, Props: props})
}

func (b *batcher) country(name string) string {
	id := article.EntityID(article.Country, name)
	props := map[string]any{"name": name}
	if c, ok := b.g.Country(name); ok {
		props["iso2"], props["iso3"] = c.ISO2, c.ISO3
	}
	b.node("Country", id, props)
	return id
}

func (b *batcher) entity(e article.Entity) {
	switch e.Type {
	case article.Country:
		b.country(e.Name)
	case article.Person:
		b.node("Person", e.ID, map[string]any{"name": e.Name, "title": e.Title, "country": e.Country})
	case article.Organization:
		cat := ""
		if o, ok := b.g.Organization(e.Name); ok {
			cat = o.Kind
		}
		b.node("Organization", e.ID, map[string]any{"name": e.Name, "acronym": e.Acronym, "category": cat})
	case article.Policy:
		b.node("Policy", e.ID, map[string]any{"name": e.Name})
	case article.Event:
		id := e.ID
		if len(e.Date) >= 4 {
			id = e.ID + "-" + e.Date[:4]
			b.ids[e.ID] = id
		}
		b.node("Event", id, map[string]any{"name": e.Name, "date": e.Date, "place": e.Place})
	}
}

func (b *batcher) edge(kind, fromLabel, from, toLabel, to, key string, props map[string]any, ev []graph.Evidence) {
	def, ok := b.s.Edge(kind)
	if !ok || !def.Allows(fromLabel, toLabel) {
		return // the schema does not allow it: nothing to store
	}
	if props == nil {
		props = map[string]any{}
	}
	b.out.Edges = append(b.out.Edges, graph.Edge{Kind: kind, Key: key, FromLabel: fromLabel, From: from, ToLabel: toLabel, To: to, Props: props, Evidence: ev})
}

func (b *batcher) relation(a article.Article, r article.Relation, ents map[string]article.Entity) {
	subj, obj := ents[r.Subject], ents[r.Object]
	if subj.ID == "" || obj.ID == "" {
		return
	}
	def, ok := b.s.Edge(r.Kind)
	if !ok {
		return
	}
	from, to := b.id(subj.ID), b.id(obj.ID)
	fromLabel, toLabel := subj.Type, obj.Type
	subjCountry, objCountry := countryID(subj), countryID(obj)
	if def.Symmetric && to < from {
		from, to = to, from
		fromLabel, toLabel = toLabel, fromLabel
		subjCountry, objCountry = objCountry, subjCountry
	}
	year := int64(0)
	if len(r.Date.Value) >= 4 {
		fmt.Sscanf(r.Date.Value[:4], "%d", &year)
	}
	props := map[string]any{
		"date": r.Date.Value, "precision": r.Date.Precision, "year": year, "what": r.What,
		"subject_country": subjCountry, "object_country": objCountry,
		"cameo": def.CAMEO, "plover": def.PLOVER, "tone": def.Tone,
	}
	ev := []graph.Evidence{{
		Article: a.ID, Sentence: r.Evidence, Span: fmt.Sprintf("s%d:%d-%d", r.Sentence, r.Start, r.End),
		Rule: r.Rule, Confidence: r.Confidence,
	}}
	// every sentence of the article that states the fact
	for _, s := range r.Also {
		ev = append(ev, graph.Evidence{Article: a.ID, Sentence: s.Evidence, Span: fmt.Sprintf("s%d:%d-%d", s.Sentence, s.Start, s.End),
			Rule: s.Rule, Confidence: s.Confidence})
	}
	b.edge(r.Kind, fromLabel, from, toLabel, to, graph.EdgeKey(r.Kind, from, to, r.Date.Value, def.Symmetric), props, ev)
}

// countryID is the country an actor stands for: itself, or a person's or
// organization's country.
func countryID(e article.Entity) string {
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

// articleTitle is an article's title, or for an article that has none the
// file it was read from ("2025-09-03-beijing-parade.txt", "news.jsonl:12"),
// so that answers show people more than an id.
func articleTitle(a article.Article) string {
	if a.Title != "" || a.Origin.File == "" || a.Origin.File == "-" {
		return a.Title
	}
	base := filepath.Base(a.Origin.File)
	if a.Origin.Line > 0 {
		return fmt.Sprintf("%s:%d", base, a.Origin.Line)
	}
	return base
}
