package relations

import (
	"regexp"
	"slices"
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
)

// actorObjects returns the actors after the trigger: the first, and with
// many, those listed after it. A promise, request or threat takes its object
// before the next comma.
func (d *doc) actorObjects(s article.Sentence, ments []article.Mention, m match, subj []article.Mention) []article.Mention {
	end := d.clauseEnd(s, m.end)
	if m.t.What && !m.t.Many {
		if i := strings.Index(d.text(m.end, end), ", "); i >= 0 {
			end = m.end + i
		}
	}
	if m.t.Near {
		end = min(end, m.end+12)
	}
	if m.t.Close {
		end = min(end, m.end+50) // "met Ukrainian President Volodymyr Zelensky", not "met ... on the eve of the G20 summit"
	}
	if m.t.Kind == "URGED" {
		// "urged allies to send arms to Ukraine": the one urged comes
		// before the infinitive, the beneficiary after it.
		if i := strings.Index(d.text(m.end, end), " to "); i >= 0 {
			end = m.end + i
		}
	}
	var out []article.Mention
	for _, c := range ments {
		if c.Start < m.end || c.Start >= end {
			continue
		}
		ok := d.isActor(c)
		if !ok && m.t.Demonym && c.Via == viaDemonym {
			ok = true
		}
		if !ok {
			continue
		}
		if w := d.wordBefore(s, c.Start); (w == "in" || w == "at") && c.Via != viaGroup {
			continue // a place
		}
		if sameActor(d, c, subj) || d.standsForGovernment(c) || d.insideNamedThing(c) {
			continue
		}
		if d.insideQuote(s, m.start) && !d.insideQuote(s, c.Start) {
			break // a promise made in a quotation has its object inside it
		}
		if m.t.State && d.entityType(c) == article.Person {
			continue
		}
		if len(out) > 0 {
			if !m.t.Many || c.Via == viaGroup || isPossessive(d, c) || !coordination.MatchString(stripMentions(d, ments, out[len(out)-1].End, c.Start)) {
				break
			}
		}
		out = append(out, c)
		if !m.t.Many {
			break
		}
	}
	return out
}

func sameActor(d *doc, c article.Mention, subj []article.Mention) bool {
	for _, s := range subj {
		if s.EntityID == c.EntityID {
			return true
		}
	}
	return false
}

// placeObject returns the country of the first place after the trigger.
func (d *doc) placeObject(s article.Sentence, ments []article.Mention, m match) string {
	limit := m.end + 60
	for _, p := range d.in.Places {
		if p.Start >= m.end && p.Start < limit {
			// A country named right after the city ("Lublin, Poland") is the same place.
			return d.countryEntity(p.Country)
		}
	}
	for _, c := range ments {
		if c.Start >= m.end && c.Start < limit && d.entityType(c) == article.Country && c.Via != viaModifier {
			return c.EntityID
		}
	}
	return ""
}

// eventObject returns the event after the trigger, or the last one named
// when the text says "the summit".
func (d *doc) eventObject(s article.Sentence, ments []article.Mention, m match) (string, int) {
	end := d.clauseEnd(s, m.end)
	for _, c := range ments {
		if c.Start >= m.end && c.Start < end && d.entityType(c) == article.Event {
			return c.EntityID, c.End
		}
	}
	rest := strings.ToLower(d.text(m.end, end))
	for _, head := range []string{"summit", "meeting", "session", "forum", "conference", "talks"} {
		if strings.HasPrefix(strings.TrimSpace(rest), "the "+head) {
			last := ""
			for _, c := range d.in.Mentions {
				if d.entityType(c) == article.Event && strings.Contains(strings.ToLower(d.byID[c.EntityID].Name), head) {
					last = c.EntityID
					if c.Start > m.start {
						break
					}
				}
			}
			if last != "" {
				return last, m.end
			}
		}
	}
	return "", 0
}

// recentPersons returns the two most recent persons of different countries
// named before pos: who "the two leaders" or "the parties" are.
func (d *doc) recentPersons(pos int, exclude string) []string {
	var out []string
	seenCountry := map[string]bool{}
	for i := len(d.in.Mentions) - 1; i >= 0 && len(out) < 2; i-- {
		c := d.in.Mentions[i]
		if c.Start >= pos || d.entityType(c) != article.Person || c.EntityID == exclude {
			continue
		}
		country := d.countryOf(c.EntityID)
		if slices.Contains(out, c.EntityID) || (country != "" && seenCountry[country]) {
			continue
		}
		seenCountry[country] = true
		out = append(out, c.EntityID)
	}
	return out
}

// targetsBefore finds who a threat or sanction aims at when the trigger
// comes last: "tariffs on goods from Mexico and Canada ... would go into
// effect". It returns the actors after "on", "from" or "against" between
// the subject and the trigger.
func (d *doc) targetsBefore(s article.Sentence, ments []article.Mention, m match, subj []article.Mention) []article.Mention {
	from := s.Start
	if len(subj) > 0 {
		from = subj[len(subj)-1].End
	}
	var out []article.Mention
	for _, c := range ments {
		if c.Start < from || c.End > m.start || !d.isActor(c) || sameActor(d, c, subj) {
			continue
		}
		switch d.wordBefore(s, c.Start) {
		case "on", "from", "against", "and":
			out = append(out, c)
		}
	}
	return out
}

// standsForGovernment reports whether a person's mention only names whose
// government is meant: "the Modi-led government", "Modi's government". The
// government itself has its own mention.
func (d *doc) standsForGovernment(c article.Mention) bool {
	if d.entityType(c) != article.Person {
		return false
	}
	rest := strings.ToLower(d.in.Article.Text[c.End:min(len(d.in.Article.Text), c.End+20)])
	for _, p := range []string{"-led government", "-led administration", "'s government", "’s government", "'s administration", "’s administration"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// personsAfter returns the first two people of different countries named
// after the trigger in its sentence.
func (d *doc) personsAfter(s article.Sentence, ments []article.Mention, m match) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range ments {
		if c.Start < m.end || d.entityType(c) != article.Person || slices.Contains(out, c.EntityID) || isPossessive(d, c) {
			continue
		}
		country := d.countryOf(c.EntityID)
		if country != "" && seen[country] {
			continue
		}
		seen[country] = true
		out = append(out, c.EntityID)
		if len(out) == 2 {
			break
		}
	}
	return out
}

// known reports whether id is an entity of the article, adding the country
// of a person when only the person was named ("Putin said ..." makes Russia
// a party).
func (d *doc) known(id string) bool {
	if _, ok := d.byID[id]; ok {
		return true
	}
	for _, e := range d.byID {
		if e.Country != "" && article.EntityID(article.Country, e.Country) == id {
			d.countryEntity(e.Country)
			return true
		}
	}
	return false
}

// emit0 records a relation between two actors found without a subject
// before the trigger.
func emit0(d *doc, s article.Sentence, m match, subject, object string) {
	if !d.known(subject) || !d.known(object) {
		return
	}
	date, explicit := d.dateFor(s, m, 0)
	d.rels = append(d.rels, article.Relation{Kind: m.t.Kind, Subject: subject, Object: object, Date: date,
		Sentence: s.Index, Start: s.Start, End: s.End, Evidence: s.Text, Rule: m.t.Rule(), Confidence: 0.6})
	d.explicit = append(d.explicit, explicit)
}

// countryEntity returns the id of a country, adding it to the article's
// entities when the text named only one of its cities.
func (d *doc) countryEntity(name string) string {
	id := article.EntityID(article.Country, name)
	if _, ok := d.byID[id]; !ok {
		e := article.Entity{ID: id, Type: article.Country, Name: name}
		d.byID[id] = e
		d.newEntities = append(d.newEntities, e)
	}
	return id
}

// insideNamedThing reports whether an actor's mention is part of the name
// of an event or policy ("G20" in "the G20 summit").
func (d *doc) insideNamedThing(c article.Mention) bool {
	for _, m := range d.in.Mentions {
		if m.Start <= c.Start && c.End <= m.End && m.EntityID != c.EntityID {
			switch d.entityType(m) {
			case article.Event, article.Policy:
				return true
			}
		}
	}
	return false
}

// lastEvent returns the event named last before pos in the article.
func (d *doc) lastEvent(pos int) string {
	last := ""
	for _, m := range d.in.Mentions {
		if m.Start >= pos {
			break
		}
		if d.entityType(m) == article.Event {
			last = m.EntityID
		}
	}
	return last
}

// withBefore ends in "with" and the title words of whoever follows:
// "with German Chancellor ".
var withBefore = regexp.MustCompile(`\bwith\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$`)

// coSigners returns the actors a signing was done "with": "signed a
// security agreement with German Chancellor Olaf Scholz".
func (d *doc) coSigners(s article.Sentence, ments []article.Mention, m match) []string {
	end := d.clauseEnd(s, m.end)
	if i := strings.Index(d.text(m.end, end), ","); i >= 0 {
		end = m.end + i
	}
	var out []string
	for _, c := range ments {
		if c.Start < m.end || c.Start >= end || !d.isActor(c) || d.insideNamedThing(c) {
			continue
		}
		if withBefore.MatchString(d.text(max(m.end, c.Start-60), c.Start)) {
			out = append(out, c.EntityID)
		}
	}
	return out
}
