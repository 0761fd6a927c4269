package coref

import (
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
)

// seen is what the article has named so far, kept up to date as Resolve
// walks the mentions in text order, so that a nominal asks it in time
// bounded by the number of distinct people, not of mentions.
type seen struct {
	text string
	byID map[string]article.Entity
	next int // index in the sorted mentions of the first one not yet seen

	org string // the organization named last
	// bloc is the organization of member states named last, as isBloc
	// tells
	bloc   string
	isBloc func(name string) bool
	// kingdoms are the article's countries whose official name holds
	// "Kingdom"; lastKingdom the one named last ("the kingdom")
	kingdoms    map[string]bool
	lastKingdom string
	orgHead     map[string]string // the last word of an organization's name, lower case -> the one named last with it
	country     string            // the country named last in full (not as a modifier)
	// the sentence of that mention, and the first country named in full in it
	countrySent    int
	countrySubject string
	// the people named so far, each with the order of their last mention
	people []personSeen
	person map[string]int // id -> index in people
	order  int
	// the person named last, the sentence of that mention, and the first
	// person named in that sentence other than as a possessor ("Trump's
	// threat"): who a pronoun refers to
	last, subjectOfLast string
	lastSent            int
	// the first person named in the sentence before lastSent that named one
	subjectBefore string
	groupIn       map[int]bool // sentences with a group mention, or two people joined by "and"
	lastPersonEnd int          // where the last person's mention ends
	// the country of the official named last by a demonym and a title
	// ("the Kenyan president"), and the sentence of that mention: who "he"
	// refers to when no person was named since
	official     string
	officialSent int
	isTitle      func(word string) bool
}

type personSeen struct {
	id   string
	last int // order of the last mention
}

func newSeen(text string, byID map[string]article.Entity) *seen {
	return &seen{text: text, byID: byID, person: map[string]int{}, countrySent: -1, lastSent: -1, officialSent: -1, groupIn: map[int]bool{}, orgHead: map[string]string{}}
}

// advance takes in the mentions of ments[s.next:sorted] that start before
// pos; ments[:sorted] is in text order.
func (s *seen) advance(ments []article.Mention, sorted, pos int) {
	for ; s.next < sorted && ments[s.next].Start < pos; s.next++ {
		s.add(ments[s.next])
	}
}

// add takes in one mention.
func (s *seen) add(m article.Mention) {
	if m.EntityID == GroupID {
		s.groupIn[m.Sentence] = true
		return
	}
	e, ok := s.byID[m.EntityID]
	if !ok {
		return
	}
	switch e.Type {
	case article.Organization:
		s.org = e.ID
		if s.isBloc != nil && s.isBloc(e.Name) {
			s.bloc = e.ID
		}
		if e.Country != "" && m.Sentence != s.countrySent {
			// "Russia's Defence Ministry said ..., and it thanked X": a
			// state's body opens the sentence as the state would
			s.countrySent, s.countrySubject = m.Sentence, e.ID
		}
		if i := strings.LastIndexByte(e.Name, ' '); i > 0 {
			s.orgHead[strings.ToLower(e.Name[i+1:])] = e.ID // "the tribunal": the Special Tribunal
		}
		if of := headEnd(e.Name); of > 0 {
			// "the court": the International Court of Justice, whose head
			// comes before its "of" phrase ("the agency": the UN Relief and
			// Works Agency for Palestine Refugees, before its "for" phrase)
			head := e.Name[:of]
			s.orgHead[strings.ToLower(head[strings.LastIndexByte(head, ' ')+1:])] = e.ID
		}
	case article.Country:
		if m.Via != "demonym" && m.Via != "modifier" && m.Via != "demonym-actor" {
			if m.Sentence != s.countrySent {
				s.countrySent, s.countrySubject = m.Sentence, e.ID
			}
			s.country = e.ID
		}
		if s.isTitle != nil && (m.Via == ViaNominal && s.isTitle(lastWord(m.Text)) || m.Via == "demonym-actor" && s.isTitle(nextWord(s.text, m.End))) {
			s.official, s.officialSent = e.ID, m.Sentence
		}
		// "the Saudi decision ... the kingdom": a demonym names a kingdom
		// as well as its name does
		if s.kingdoms[e.ID] {
			s.lastKingdom = e.ID
		}
	case article.Person:
		// "King Abdullah": a kingdom's leader names it for "the kingdom"
		if c := article.EntityID(article.Country, e.Country); e.Country != "" && s.kingdoms[c] {
			s.lastKingdom = c
		}
		// "Biden and Putin arrived": two people joined by "and" are a
		// group that "them" can refer to next
		if s.lastPersonEnd > 0 && s.lastPersonEnd <= m.Start && m.Sentence == s.lastSent && joinedByAnd(s.text[s.lastPersonEnd:m.Start]) {
			s.groupIn[m.Sentence] = true
		}
		s.lastPersonEnd = m.End
		if m.Sentence != s.lastSent {
			s.subjectBefore = s.subjectOfLast
			s.lastSent, s.subjectOfLast = m.Sentence, ""
		}
		// A possessor ("Trump's recent threat ... , said Arreaza") modifies
		// a noun; it is rarely the person the next sentence is about.
		if s.subjectOfLast == "" && !possessive(s.text, m.End) {
			s.subjectOfLast = e.ID
		}
		s.last = e.ID
		s.order++
		if k, ok := s.person[e.ID]; ok {
			s.people[k].last = s.order
			return
		}
		s.person[e.ID] = len(s.people)
		s.people = append(s.people, personSeen{id: e.ID, last: s.order})
	}
}

// lastPerson returns the person named last of those for whom keep holds,
// or "".
func (s *seen) lastPerson(keep func(article.Entity) bool) string {
	best, at := "", 0
	for _, p := range s.people {
		if p.last > at && keep(s.byID[p.id]) {
			best, at = p.id, p.last
		}
	}
	return best
}

// countryAntecedent returns the state "its" refers to in sentence sent: the
// country named last in that sentence, else the first one (the subject)
// named in the last sentence that named one; or "".
func (s *seen) countryAntecedent(sent int) string {
	if s.countrySent == sent {
		return s.country
	}
	return s.countrySubject
}

// joinedByAnd reports the text between two names that joins them: "and",
// and at most a title of the second ("and Russian President").
func joinedByAnd(between string) bool {
	words := strings.Fields(between)
	if len(words) == 0 || words[0] != "and" || len(words) > 4 || strings.ContainsAny(between, ",;") {
		return false
	}
	for _, w := range words[1:] {
		if w == strings.ToLower(w) {
			return false // "and met", "and his wife"
		}
	}
	return true
}

// nextWord returns the word that starts after the spaces at offset i of
// text, or "".
func nextWord(text string, i int) string {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	j := i
	for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z' || text[j] == '-') {
		j++
	}
	return text[i:j]
}

// lastWord returns the text after the last space of s.
func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// headEnd returns the offset in an organization's name where the phrase
// after its head noun starts (its first " of " or " for "), or -1.
func headEnd(name string) int {
	end := -1
	for _, p := range []string{" of ", " for "} {
		if i := strings.Index(name, p); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
	return end
}
