// Package ingest turns articles into entities and dated relations with
// provenance. Each step is a small package of its own (reader, sentences,
// ner, coref, phrases, dates, relations) over the plain types of package
// article; Pipeline wires them together.
package ingest

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/coref"
	"github.com/bilatgraph/bilat/ingest/dates"
	"github.com/bilatgraph/bilat/ingest/doc"
	"github.com/bilatgraph/bilat/ingest/frames"
	"github.com/bilatgraph/bilat/ingest/gazetteer"
	"github.com/bilatgraph/bilat/ingest/ner"
	"github.com/bilatgraph/bilat/ingest/phrases"
	"github.com/bilatgraph/bilat/ingest/sentences"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

// Pipeline runs the extraction stages on one article at a time. It holds
// only read-only data after New, so one Pipeline may serve many goroutines.
type Pipeline struct {
	g   *gazetteer.Gazetteer
	ner *ner.Recognizer
	cr  *coref.Resolver
	doc *doc.Model
	rel *frames.Extractor

	// MaxText is how many bytes of an article's text Extract reads; a longer
	// text is cut at a sentence's end and Extraction.Truncated says so.
	MaxText int

	// tokenRoom holds *[]tokens.Token: room for an article's tokens, which
	// nothing keeps past Extract, reused by the next article on the same
	// goroutine.
	tokenRoom sync.Pool
}

// New loads the embedded data and returns a Pipeline.
func New() (*Pipeline, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	rel, err := frames.New()
	if err != nil {
		return nil, err
	}
	dm, err := doc.New()
	if err != nil {
		return nil, err
	}
	return &Pipeline{g: g, ner: ner.New(g), cr: coref.New(g), doc: dm, rel: rel, MaxText: DefaultMaxText}, nil
}

// Gazetteer returns the data the pipeline recognises entities with.
func (p *Pipeline) Gazetteer() *gazetteer.Gazetteer { return p.g }

// Extract reads one article: sentences, entities, references, dates and
// relations.
func (p *Pipeline) Extract(a article.Article) article.Extraction {
	x, d, _ := p.extract(a, false)
	p.doc.Release(d) // nothing of the extraction points into the document model
	return x
}

// extract runs the stages and returns, besides the extraction, the document
// model and, when trace is set, the relation stage's record, for Explain.
func (p *Pipeline) extract(a article.Article, trace bool) (article.Extraction, *doc.Doc, frames.Output) {
	truncated := 0
	if len(a.Text) > p.MaxText {
		// the work per article is bounded: read the first MaxText bytes, to a
		// sentence's end where there is one
		truncated = len(a.Text)
		a.Text = cutText(a.Text, p.MaxText)
	}
	sents := sentences.Split(a.Text)
	// the tokens of each sentence, for every stage that reads tokens, all in
	// one slice (sentence k's capped, so that no append reaches the next)
	room, _ := p.tokenRoom.Get().(*[]tokens.Token)
	if room == nil {
		room = new([]tokens.Token)
	}
	defer p.tokenRoom.Put(room)
	all := (*room)[:0]
	split := make([][]tokens.Token, len(sents))
	for k, s := range sents {
		from := len(all)
		if all = tokens.AppendSplit(all, s.Text); len(all) > from {
			split[k] = all[from:len(all):len(all)]
		}
	}
	*room = all[:0]
	found := p.ner.RecognizeTokens(a, sents, split)
	polEnts, polMents := phrases.Find(a, sents)
	ents := append(append([]article.Entity{}, found.Entities...), polEnts...)
	ments := append(append([]article.Mention{}, found.Mentions...), polMents...)
	sort.SliceStable(ments, func(i, j int) bool { return ments[i].Start < ments[j].Start })
	resolved := p.cr.ResolveTokens(a, sents, split, ents, ments)
	ents = append(ents, resolved.Entities...) // people named only by their title

	var ds []frames.DateSpan
	for _, s := range sents {
		for _, m := range dates.Find(s.Text, a.Published) {
			ds = append(ds, frames.DateSpan{Sentence: s.Index, Start: s.Start + m.Start, End: s.Start + m.End, Date: m.Date, Story: m.Story, Shift: m.Shift})
		}
	}
	var places []frames.Place
	for _, pl := range found.Places {
		places = append(places, frames.Place{Sentence: pl.Sentence, Start: pl.Start, End: pl.End, Country: pl.Country})
	}
	d := p.doc.ParseTokens(a.Text, sents, split)
	p.doc.MarkNames(d, nameSpans(found.Mentions))
	out := p.rel.Extract(frames.Input{
		Article: a, Doc: d, Entities: ents, Mentions: resolved.Mentions,
		Pair: resolved.Pair, Dates: ds, Places: places, Trace: trace,
	})
	ents = append(ents, out.NewEntities...)
	datesOfEvents(ents, out.Relations)
	return article.Extraction{Article: a, Sentences: sents, Entities: ents, Mentions: resolved.Mentions, Relations: out.Relations, Truncated: truncated}, d, out
}

// DefaultMaxText is how much of an article's text a new Pipeline reads:
// every stage is linear in the text (about 0.6 µs a byte on one core), so it
// bounds the work per article at a few seconds; no news article comes near.
const DefaultMaxText = 2 << 20

// cutText cuts text at most max bytes in, after the last full stop, line
// break or space before that point, and on a rune boundary.
func cutText(text string, max int) string {
	cut := text[:max]
	for i := len(cut) - 1; i > max/2; i-- {
		if cut[i] == '.' || cut[i] == '\n' {
			return cut[:i+1]
		}
	}
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		return cut[:i]
	}
	for len(cut) > 0 && !utf8.RuneStart(text[len(cut)]) {
		cut = cut[:len(cut)-1]
	}
	return cut
}

// datesOfEvents gives an event the date of the first relation that reaches
// it, when the event has none.
func datesOfEvents(ents []article.Entity, rels []article.Relation) {
	for i := range ents {
		if ents[i].Type != article.Event || ents[i].Date != "" {
			continue
		}
		for _, r := range rels {
			if r.Object == ents[i].ID && r.Date.Precision == article.Day {
				ents[i].Date = r.Date.Value
				break
			}
		}
	}
}

func keyOf(s string) string { return tokens.KeyOf(s) }

// nameSpans are where the recogniser found names of people, countries and
// organizations, by start.
func nameSpans(ments []article.Mention) []doc.Span {
	var out []doc.Span
	for _, m := range ments {
		switch m.Via {
		case ner.ViaName, ner.ViaTitle, ner.ViaSurname, ner.ViaAcronym:
			out = append(out, doc.Span{Start: m.Start, End: m.End})
		case ner.ViaDemonym, ner.ViaActor, ner.ViaModifier:
			out = append(out, doc.Span{Start: m.Start, End: m.End, Modifier: true})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
