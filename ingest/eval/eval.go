// Package eval scores predicted annotations against gold ones, as the
// corpus guideline's Scoring section and its reference scorer define:
// relations matched one to one, exactly and at country level, per kind;
// entities by type and equivalent name; dates on exact matches whose gold
// date is known.
package eval

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/bilatgraph/bilat/ingest/annotation"
)

// PRF is precision, recall and F1 with the counts behind them.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        int     `json:"tp"`
	Pred      int     `json:"pred"`
	Gold      int     `json:"gold"`
}

// Report is the outcome of scoring.
type Report struct {
	Articles         int            `json:"articles"`
	MissingArticles  []string       `json:"missing_articles"`
	RelationsExact   PRF            `json:"relations_exact"`
	RelationsCountry PRF            `json:"relations_country"`
	Entities         PRF            `json:"entities"`
	DateAccuracy     *float64       `json:"date_accuracy"`
	PerKind          map[string]PRF `json:"per_kind"`
}

var aliases = map[string]string{
	"us": "united states", "usa": "united states", "u s": "united states", "america": "united states",
	"united states of america": "united states", "the united states": "united states",
	"uk": "united kingdom", "u k": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
	"prc": "china", "peoples republic of china": "china", "mainland china": "china",
	"russian federation": "russia", "republic of korea": "south korea", "rok": "south korea", "korea": "south korea",
	"dprk": "north korea", "democratic peoples republic of korea": "north korea",
	"eu": "european union", "european union": "european union", "uae": "united arab emirates",
	"sco": "shanghai cooperation organization", "shanghai cooperation organisation": "shanghai cooperation organization",
	"nato": "north atlantic treaty organization", "un": "united nations", "iran islamic republic of": "iran",
	"turkiye": "turkey", "eu council": "council of the european union", "czechia": "czech republic", "holland": "netherlands", "the netherlands": "netherlands",
}

var (
	titles  = regexp.MustCompile(`^(sir|dr|mr|mrs|ms|president|premier|prime minister|pm|king|queen|prince|chancellor|minister|foreign minister|secretary|general)\s+`)
	nonWord = regexp.MustCompile(`[^a-z0-9]+`)
)

// Norm normalises a name as the reference scorer does: accents folded
// (compatibility decomposition, combining marks dropped), lower case, no
// possessive, no punctuation, no leading "the" or title, common aliases.
// Like the reference, letters that stay outside ASCII become separators.
func Norm(name string) string {
	s := strings.ToLower(foldAccents(name))
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.ReplaceAll(s, "'s", "")
	s = strings.ReplaceAll(s, "'", "")
	s = strings.TrimSpace(nonWord.ReplaceAllString(s, " "))
	s = strings.TrimPrefix(s, "the ")
	for i := 0; i < 2; i++ {
		s = titles.ReplaceAllString(s, "")
	}
	if a, ok := aliases[s]; ok {
		return a
	}
	return s
}

// foldAccents is the reference's NFKD followed by dropping every rune with a
// non-zero canonical combining class ("Inácio" = "Inacio", "İ" = "I").
func foldAccents(s string) string {
	d := norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if norm.NFKD.PropertiesString(string(r)).CCC() != 0 {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var stop = map[string]bool{"of": true, "the": true, "and": true, "a": true, "in": true, "on": true, "for": true, "to": true, "with": true}

func tokenSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range strings.Fields(s) {
		if !stop[t] {
			out[t] = true
		}
	}
	return out
}

// Same reports whether two names are equivalent for an entity kind ("" for
// unknown): equal after Norm; persons also by surname with the same first
// initial; events, policies and organizations by half their words.
func Same(a, b, kind string) bool {
	a, b = Norm(a), Norm(b)
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	ta, tb := strings.Fields(a), strings.Fields(b)
	if (kind == "" || kind == "Person") && len(ta) <= 4 && len(tb) <= 4 {
		if ta[len(ta)-1] == tb[len(tb)-1] && (len(ta) == 1 || len(tb) == 1 || ta[0][0] == tb[0][0]) {
			return true
		}
	}
	sa, sb := tokenSet(a), tokenSet(b)
	if (kind == "Event" || kind == "Policy" || kind == "Organization") && len(sa) > 0 && len(sb) > 0 {
		inter, union := 0, len(sb)
		for t := range sa {
			if sb[t] {
				inter++
			} else {
				union++
			}
		}
		return float64(inter)/float64(union) >= 0.5
	}
	return false
}

// index maps normalised names to entities, keeping the last of equal names
// as the reference does, and remembers insertion order for fuzzy look-ups.
type index struct {
	keys []string
	ents map[string]annotation.Entity
}

func newIndex(ents []annotation.Entity) index {
	ix := index{ents: map[string]annotation.Entity{}}
	for _, e := range ents {
		k := Norm(e.Name)
		if _, ok := ix.ents[k]; !ok {
			ix.keys = append(ix.keys, k)
		}
		ix.ents[k] = e
	}
	return ix
}

func (ix index) lookup(name string) (annotation.Entity, bool) {
	n := Norm(name)
	if e, ok := ix.ents[n]; ok {
		return e, true
	}
	for _, k := range ix.keys {
		e := ix.ents[k]
		if Same(k, n, e.Type) {
			return e, true
		}
	}
	return annotation.Entity{}, false
}

type rolled struct{ kind, name string }

func (ix index) rollUp(name string) rolled {
	e, ok := ix.lookup(name)
	if !ok {
		return rolled{"name", Norm(name)}
	}
	switch e.Type {
	case "Person":
		if e.Country != nil && *e.Country != "" {
			return rolled{"Country", Norm(*e.Country)}
		}
		return rolled{"Person", Norm(e.Name)}
	case "Event", "Policy":
		return rolled{e.Type, "*"}
	}
	return rolled{e.Type, Norm(e.Name)}
}

// round3 rounds as Python's round(x, 3) does: to the nearest of the exact
// binary value, ties to even (strconv does the same), not half away from zero.
func round3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}

func prf(tp, pred, gold int) PRF {
	var p, r float64
	switch {
	case pred > 0:
		p = float64(tp) / float64(pred)
	case gold == 0:
		p = 1
	}
	r = 1
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{Precision: round3(p), Recall: round3(r), F1: round3(f), TP: tp, Pred: pred, Gold: gold}
}

// Score compares predictions with gold annotations, article by article (by id).
func Score(gold, pred []annotation.Document) Report {
	byID := map[string]annotation.Document{}
	for _, p := range pred {
		byID[p.ID] = p
	}
	var exactTP, nPred, nGold, dateKnown, dateOK, cTP, cPred, cGold, eTP, ePred, eGold int
	kinds := map[string]*[3]int{} // tp, pred, gold
	kind := func(k string) *[3]int {
		if kinds[k] == nil {
			kinds[k] = &[3]int{}
		}
		return kinds[k]
	}
	rep := Report{Articles: len(gold), MissingArticles: []string{}}
	for _, g := range gold {
		p, ok := byID[g.ID]
		if !ok {
			rep.MissingArticles = append(rep.MissingArticles, g.ID)
		}
		gi, pi := newIndex(g.Entities), newIndex(p.Entities)
		kindOf := func(name string) string {
			if e, ok := gi.lookup(name); ok {
				return e.Type
			}
			return ""
		}
		used := map[int]bool{}
		for _, gr := range g.Relations {
			kind(gr.Relation)[2]++
			for j, pr := range p.Relations {
				if used[j] {
					continue
				}
				if gr.Relation == pr.Relation && Same(gr.Subject, pr.Subject, kindOf(gr.Subject)) && Same(gr.Object, pr.Object, kindOf(gr.Object)) {
					used[j] = true
					exactTP++
					kind(gr.Relation)[0]++
					if gr.Date != nil && *gr.Date != "" {
						dateKnown++
						if pr.Date != nil && *pr.Date == *gr.Date {
							dateOK++
						}
					}
					break
				}
			}
		}
		for _, pr := range p.Relations {
			kind(pr.Relation)[1]++
		}
		nPred += len(p.Relations)
		nGold += len(g.Relations)
		type triple struct {
			s    rolled
			kind string
			o    rolled
		}
		set := func(ix index, rels []annotation.Relation) map[triple]bool {
			out := map[triple]bool{}
			for _, r := range rels {
				t := triple{ix.rollUp(r.Subject), r.Relation, ix.rollUp(r.Object)}
				if t.s != t.o {
					out[t] = true
				}
			}
			return out
		}
		gs, ps := set(gi, g.Relations), set(pi, p.Relations)
		for t := range gs {
			if ps[t] {
				cTP++
			}
		}
		cPred += len(ps)
		cGold += len(gs)
		usedE := map[int]bool{}
		for _, ge := range g.Entities {
			for j, pe := range p.Entities {
				if !usedE[j] && ge.Type == pe.Type && Same(ge.Name, pe.Name, ge.Type) {
					usedE[j] = true
					eTP++
					break
				}
			}
		}
		ePred += len(p.Entities)
		eGold += len(g.Entities)
	}
	rep.RelationsExact = prf(exactTP, nPred, nGold)
	rep.RelationsCountry = prf(cTP, cPred, cGold)
	rep.Entities = prf(eTP, ePred, eGold)
	if dateKnown > 0 {
		acc := round3(float64(dateOK) / float64(dateKnown))
		rep.DateAccuracy = &acc
	}
	rep.PerKind = map[string]PRF{}
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		c := kinds[k]
		rep.PerKind[k] = prf(c[0], c[1], c[2])
	}
	return rep
}
