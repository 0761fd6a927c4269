package relations

import (
	"strings"
	"unicode"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

// match is one trigger found in a sentence.
type match struct {
	t          trigger
	start, end int // byte offsets in the article text
}

func (d *doc) sentence(triggers []trigger, s article.Sentence) {
	lower := tokens.LowerASCII(s.Text) // offsets in it hold in s.Text
	ments := d.mentionsIn(s)
	var found []match
	for _, t := range triggers {
		for _, loc := range t.Pattern.FindAllStringIndex(lower, -1) {
			m := match{t: t, start: s.Start + loc[0], end: s.Start + loc[1]}
			// One trigger per kind and place: of two overlapping finds of
			// the same kind, the longer ("condemned the sanctions" over
			// "condemned") says more.
			dup := false
			for i, f := range found {
				if f.t.Kind == t.Kind && f.start < m.end && m.start < f.end {
					dup = true
					if m.end-m.start > f.end-f.start {
						found[i] = m
					}
					break
				}
			}
			if !dup {
				found = append(found, m)
			}
		}
	}
	sortMatches(found)
	found = dropOverlaps(found)
	sawVisit := false
	for _, m := range found {
		if m.t.Kind == "VISITED" {
			sawVisit = true
		}
		if d.blocked(s, m, sawVisit) {
			continue
		}
		d.apply(s, ments, m)
	}
	d.advanceDate(s)
}

// dropOverlaps keeps, of two triggers of different kinds that overlap, the
// one that reaches further right: "are prepared to impose" is a threat, not a
// promise; "welcomed the announcement" is praise, not hosting.
func dropOverlaps(ms []match) []match {
	var out []match
	for i, m := range ms {
		keep := true
		for j, o := range ms {
			if i == j || o.t.Kind == m.t.Kind || !(o.start < m.end && m.start < o.end) {
				continue
			}
			// Further right wins; on the same span, anything over a promise
			// ("we will respond" is a threat before it is a pledge).
			if o.end > m.end || (o.end == m.end && o.start < m.start) ||
				(o.end == m.end && o.start == m.start && m.t.Kind == "PLEDGED") {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, m)
		}
	}
	return out
}

func sortMatches(ms []match) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

var negations = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true, "without": true, "denied": true, "refused": true, "declined": true, "failed": true}

var modals = map[string]bool{"will": true, "would": true, "may": true, "might": true, "could": true, "should": true, "can": true, "shall": true,
	"expected": true, "scheduled": true, "plans": true, "planned": true, "planning": true, "due": true, "hopes": true, "hoped": true, "wants": true, "wanted": true,
	"set": true, "likely": true, "possible": true, "possibly": true, "reportedly": false, "unless": true, "if": true, "whether": true}

// blocked reports whether the words just before the trigger deny it or make
// it hypothetical: "did not meet", "may visit", "is expected to attend".
// Promises and threats are modal by nature; "may" still blocks them.
func (d *doc) blocked(s article.Sentence, m match, sawVisit bool) bool {
	before := strings.ToLower(d.in.Article.Text[s.Start:m.start])
	words := strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if len(words) > 4 {
		words = words[len(words)-4:]
	}
	trig := strings.ToLower(d.in.Article.Text[m.start:m.end])
	for i, w := range words {
		w = strings.ReplaceAll(w, "’", "'")
		if negations[w] || strings.HasSuffix(w, "n't") {
			return true
		}
		if w == "may" || w == "might" || w == "could" {
			return true
		}
		if !m.t.Modal && modals[w] {
			return true
		}
		// "to attend" is an intention, unless the actor arrived to do it.
		if !m.t.Modal && w == "to" && i == len(words)-1 && !sawVisit {
			return true
		}
	}
	// "a Europe threatened by Brexit": a passive, whose roles this stage
	// does not read.
	if d.passive(s, m) && !(len(words) > 0 && auxiliaries[words[len(words)-1]] && m.t.Object == objActor || m.t.Object == objHost) {
		return true
	}
	if m.t.Modal && strings.HasPrefix(trig, "will") || strings.HasPrefix(trig, "would") {
		// "if ... will": a condition, not a promise, unless a threat.
		if strings.HasPrefix(strings.TrimSpace(strings.ToLower(s.Text)), "if ") && m.t.Kind == "PLEDGED" {
			return true
		}
	}
	return false
}

// auxiliaries make a participle passive: "was received by".
var auxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "be": true, "got": true}

// passive reports whether the trigger is a participle followed by "by".
func (d *doc) passive(s article.Sentence, m match) bool {
	trig := strings.ToLower(d.in.Article.Text[m.start:m.end])
	after := strings.ToLower(d.in.Article.Text[m.end:min(s.End, m.end+4)])
	return after == " by " && strings.HasSuffix(trig, "ed")
}
