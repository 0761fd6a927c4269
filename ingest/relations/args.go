package relations

import (
	"regexp"
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/phrases"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

// prepositions before a mention that make it a place or a complement, not
// the subject of what follows.
var prepositions = map[string]bool{"of": true, "with": true, "to": true, "from": true, "against": true, "on": true, "by": true,
	"for": true, "between": true, "at": true, "about": true, "regarding": true, "toward": true, "towards": true, "in": true,
	"into": true, "over": true, "under": true, "among": true, "than": true, "like": true, "via": true}

// coordination between two listed actors: ", ", " and ", ", and ", possibly
// with the second actor's title words in between.
var coordination = regexp.MustCompile(`^\s*(?:,|,?\s*and|&)\s*(?:(?:the|[A-Z][\p{L}.'’-]*|prime|minister|foreign|president|premier|chancellor|secretary|of|state|leader)\s+){0,5}$`)

func (d *doc) text(start, end int) string { return d.in.Article.Text[start:end] }

// wordBefore returns the lower-case word just before offset pos in sentence
// s, looking past articles: for "in the Kremlin" it is "in".
func (d *doc) wordBefore(s article.Sentence, pos int) string {
	w := strings.Fields(strings.ToLower(d.text(s.Start, pos)))
	for len(w) > 0 {
		last := strings.Trim(w[len(w)-1], `"“”'’(`)
		switch last {
		case "the", "a", "an":
			w = w[:len(w)-1]
			continue
		}
		return last
	}
	return ""
}

func isPossessive(d *doc, m article.Mention) bool {
	rest := d.in.Article.Text[m.End:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'") && !strings.HasPrefix(rest, "' ")
}

// insideQuote reports whether offset pos lies inside a quotation in s.
func (d *doc) insideQuote(s article.Sentence, pos int) bool {
	open := false
	for i, r := range d.text(s.Start, pos) {
		switch r {
		case '“':
			open = true
		case '”':
			open = false
		case '"':
			open = !open
		case '«':
			open = true
		case '»':
			open = false
		}
		_ = i
	}
	return open
}

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

// stripMentions returns the text between start and end with modifier
// mentions ("Indian" in "and Indian Prime Minister Narendra Modi") removed.
func stripMentions(d *doc, ments []article.Mention, start, end int) string {
	if end < start {
		return ""
	}
	t := d.text(start, end)
	for _, m := range ments {
		if m.Start >= start && m.End <= end && (m.Via == viaModifier || m.Via == viaDemonym) {
			t = strings.Replace(t, d.text(m.Start, m.End), "X", 1)
		}
	}
	return t
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

// objectWindow is how far, in bytes, an object may follow its trigger.
const objectWindow = 140

// clauseEnd returns where the clause that starts at pos ends within s.
func (d *doc) clauseEnd(s article.Sentence, pos int) int {
	rest := tokens.LowerASCII(d.text(pos, s.End))
	end := len(rest)
	for _, stop := range []string{";", " while ", " but ", " whereas ", " — ", " – "} {
		if i := strings.Index(rest, stop); i >= 0 && i < end {
			end = i
		}
	}
	if end > objectWindow {
		end = objectWindow
	}
	return pos + end
}

// actorObjects returns the actors after the trigger: the first, and with
// many, those listed after it. A promise, request or threat takes its object
// before the next comma.
func (d *doc) actorObjects(s article.Sentence, ments []article.Mention, m match, subj []article.Mention) []article.Mention {
	end := d.clauseEnd(s, m.end)
	if m.t.What && !m.t.Many {
		if i := strings.Index(d.text(m.end, end), ","); i >= 0 {
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

// bareHead is a policy noun with nothing to name it: "a new treaty in ...".
var bareHead = regexp.MustCompile(`^\s*(?:a|an|the|its|their)?\s*(?:new |landmark |historic |bilateral )*(treaty|agreement|pact|accord|deal|memorandum)\b(?:\s+(?:in|at|that|which|,)|[.,;]|$)`)

var genericPolicyWords = map[string]bool{"a": true, "an": true, "the": true, "new": true, "landmark": true, "historic": true, "several": true, "number": true, "of": true, "series": true, "key": true, "major": true, "bilateral": true, "joint": false}

// policyObject returns the policy after the trigger: a named one, a
// descriptive phrase (a new Policy entity), or, for a bare "a new treaty",
// the article's named policy with that head noun.
func (d *doc) policyObject(s article.Sentence, ments []article.Mention, m match) string {
	end := d.clauseEnd(s, m.end)
	for _, c := range ments {
		if c.Start >= m.end && c.Start < m.end+50 && c.Start < end && d.entityType(c) == article.Policy {
			return c.EntityID
		}
	}
	rest := d.text(m.end, s.End)
	if head := bareHead.FindStringSubmatch(strings.ToLower(rest)); head != nil {
		return d.namedPolicyLike(head[1], s.Text) // "signed a new treaty": the one the article names
	}
	phrase, _, ok := phrases.PolicyAt(rest)
	if !ok || isGeneric(phrase) {
		// "signed a number of agreements, including a joint statement on ...":
		// the named one after "including".
		if i := strings.Index(rest, "including "); i >= 0 && i < 60 {
			if p2, _, ok2 := phrases.PolicyAt(rest[i+len("including "):]); ok2 && !isGeneric(p2) {
				return d.policy(p2)
			}
		}
		if ok {
			return d.namedPolicyLike(phrase, s.Text)
		}
		return ""
	}
	return d.policy(phrase)
}

func isGeneric(phrase string) bool {
	words := strings.Fields(strings.ToLower(phrase))
	for _, w := range words[:len(words)-1] {
		if !genericPolicyWords[w] {
			return false
		}
	}
	return true
}

// namedPolicyLike returns the article's named policy whose name contains the
// head noun of a generic phrase ("a new treaty" -> "Treaty of Aachen"),
// preferring one whose other words the sentence shares ("... in Aachen").
func (d *doc) namedPolicyLike(phrase, sentence string) string {
	words := strings.Fields(strings.ToLower(phrase))
	head := strings.TrimSuffix(words[len(words)-1], "s")
	sent := strings.ToLower(sentence)
	best, bestScore := "", -1
	for _, e := range append(append([]article.Entity{}, d.in.Entities...), d.newEntities...) {
		name := strings.ToLower(e.Name)
		if e.Type != article.Policy || !strings.Contains(name, head) {
			continue
		}
		score := 0
		for _, w := range strings.Fields(name) {
			if len(w) > 3 && !strings.Contains(w, head) && strings.Contains(sent, w) {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = e.ID, score
		}
	}
	return best
}

// policy returns the id of the policy named by phrase, adding it as a new
// entity unless the article already has one with the same key.
func (d *doc) policy(phrase string) string {
	key := phrases.Key(phrase)
	for _, e := range append(append([]article.Entity{}, d.in.Entities...), d.newEntities...) {
		if e.Type == article.Policy && phrases.Key(e.Name) == key {
			return e.ID
		}
	}
	e := article.Entity{ID: article.EntityID(article.Policy, phrase), Type: article.Policy, Name: phrase}
	d.newEntities = append(d.newEntities, e)
	d.byID[e.ID] = e
	return e.ID
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
		if contains(out, c.EntityID) || (country != "" && seenCountry[country]) {
			continue
		}
		seenCountry[country] = true
		out = append(out, c.EntityID)
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
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
		if c.Start < m.end || d.entityType(c) != article.Person || contains(out, c.EntityID) || isPossessive(d, c) {
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
