package relations

import (
	"regexp"
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
)

// coordination between two listed actors: ", ", " and ", ", and ", possibly
// with the second actor's title words in between.
var coordination = regexp.MustCompile(`^\s*(?:,|,?\s*and|&)\s*(?:(?:the|[A-Z][\p{L}.'’-]*|prime|minister|foreign|president|premier|chancellor|secretary|of|state|leader)\s+){0,5}$`)

// subjects finds who acts: the nearest actor before the trigger that is not a
// place or complement, with any actors listed before it ("Germany and France
// signed"). group is true when the subject is "both sides"-like.
func (d *doc) subjects(s article.Sentence, ments []article.Mention, m match) (subj []article.Mention, group bool) {
	quoted := d.insideQuote(s, m.start)
	for pick := len(ments) - 1; pick >= 0; pick-- {
		c := ments[pick]
		if c.End > m.start || !d.isActor(c) {
			continue
		}
		// Inside a quotation, only a subject inside the same quotation counts.
		if quoted != d.insideQuote(s, c.Start) {
			continue
		}
		possessive := isPossessive(d, c)
		governs := possessive && len(strings.Fields(d.text(c.End, m.start))) <= 3
		if possessive && !governs {
			continue
		}
		if w := d.wordBefore(s, c.Start); prepositions[w] && !governs && !(c.Via == viaGroup && w == "of") {
			continue
		}
		// "would supply Ukraine with ... and would continue": an object of
		// an earlier verb, when another actor stands before it.
		if !governs && prepositions[d.wordAfter(c.End, s.End)] && d.earlierActor(ments, pick, s) {
			continue
		}
		chain := d.listBefore(s, ments, pick)
		// A list that is the complement of a preposition ("tariffs on goods
		// from Mexico and Canada") is not the subject: look further left.
		if len(chain) > 1 && prepositions[d.wordBefore(s, chain[0].Start)] && chain[0].Via != viaGroup {
			for pick > 0 && ments[pick].Start > chain[0].Start {
				pick--
			}
			continue
		}
		return chain, c.Via == viaGroup
	}
	return nil, false
}

// listBefore returns the actor at ments[pick] with the actors listed before
// it: "A and B", "A, B and C". The gap nearest it must hold "and", so that
// "According to A, B is ready" is not a list.
func (d *doc) listBefore(s article.Sentence, ments []article.Mention, pick int) []article.Mention {
	subj := []article.Mention{ments[pick]}
	for j := pick - 1; j >= 0; j-- {
		prev := ments[j]
		if !d.isActor(prev) {
			continue
		}
		gap := stripMentions(d, ments, prev.End, subj[0].Start)
		if coordination.MatchString(gap) && (len(subj) > 1 || strings.Contains(gap, "and") || strings.Contains(gap, "&")) {
			subj = append([]article.Mention{prev}, subj...)
			continue
		}
		break
	}
	return subj
}

// wordAfter returns the lower-case word right after offset pos.
func (d *doc) wordAfter(pos, limit int) string {
	w := strings.Fields(strings.ToLower(d.text(pos, limit)))
	if len(w) == 0 {
		return ""
	}
	return strings.Trim(w[0], `"“”'’,.()`)
}

// earlierActor reports whether an actor that could be a subject stands
// before ments[pick] in sentence s.
func (d *doc) earlierActor(ments []article.Mention, pick int, s article.Sentence) bool {
	for j := pick - 1; j >= 0; j-- {
		if ments[j].Start >= s.Start && d.isActor(ments[j]) && !prepositions[d.wordBefore(s, ments[j].Start)] {
			return true
		}
	}
	return false
}

// speaker finds who says a quotation that contains the trigger: the actor
// named right after the closing quote ("...," Modi said) or before the
// opening one (She said, "...").
func (d *doc) speaker(s article.Sentence, ments []article.Mention, m match) (article.Mention, bool) {
	for _, c := range ments {
		if c.Start >= m.end && !d.insideQuote(s, c.Start) && d.entityType(c) == article.Person {
			return c, true
		}
	}
	for i := len(ments) - 1; i >= 0; i-- {
		c := ments[i]
		if c.End <= m.start && !d.insideQuote(s, c.Start) && d.entityType(c) == article.Person {
			return c, true
		}
	}
	return article.Mention{}, false
}

// firstPersonPlural reports whether "we" or "our" stands between from and the trigger.
func (d *doc) firstPersonPlural(from, to int) bool {
	for _, w := range strings.Fields(strings.ToLower(d.text(from, to))) {
		w = strings.Trim(w, `"“”'’,.`)
		if w == "we" || w == "our" || w == "us" {
			return true
		}
	}
	return false
}

// speaksForCountry reports whether a person's office speaks for the state
// ("we" means the country): heads of state and government, foreign ministers.
func speaksForCountry(title string) bool {
	switch strings.ToLower(title) {
	case "president", "prime minister", "premier", "chancellor", "leader", "king", "queen", "foreign minister", "foreign secretary", "secretary of state", "emir", "crown prince", "supreme leader":
		return true
	}
	return false
}

// saidAfter finds the speaker of reported speech named after the trigger:
// "Higher tariffs will start on June 10, he said."
func (d *doc) saidAfter(s article.Sentence, ments []article.Mention, m match) (article.Mention, bool) {
	for _, c := range ments {
		if c.Start < m.end || d.entityType(c) != article.Person {
			continue
		}
		rest := strings.ToLower(strings.TrimSpace(d.text(c.End, s.End)))
		for _, v := range []string{"said", "says", "added", "stated", "told", "warned", "wrote", "announced"} {
			if strings.HasPrefix(rest, v) {
				return c, true
			}
		}
	}
	return article.Mention{}, false
}

// groupWe reports whether "we" in a quotation refers to a group named just
// before it: "the two countries, which had affirmed that “we will ...”".
func (d *doc) groupWe(s article.Sentence, ments []article.Mention, m match) bool {
	if !d.insideQuote(s, m.start) || !d.firstPersonPlural(s.Start, m.end) {
		return false
	}
	for _, c := range ments {
		if c.Via == viaGroup && c.End <= m.start && !d.insideQuote(s, c.Start) {
			return true
		}
	}
	return false
}
