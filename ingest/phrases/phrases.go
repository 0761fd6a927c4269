// Package phrases finds the named policies and events an article talks
// about: agreements, treaties, regimes and initiatives ("Treaty of Aachen",
// "a visa-free regime for Russian citizens"), and summits, meetings and
// sessions ("G7 summit in Hiroshima", "a meeting of the SCO Council of Heads
// of Government"). Descriptive policy phrases are read where a verb of
// signing or announcing introduces them (see PoliciesAt).
package phrases

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/dates"
	"github.com/bilatgraph/bilat/ingest/literal"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

// Mention kinds (article.Mention.Via) that this stage produces.
const (
	ViaNamed     = "named"     // a capitalised name: "Treaty of Aachen"
	ViaDescribed = "described" // a descriptive phrase: "a visa-free regime for Russian citizens"
	ViaReference = "reference" // "the treaty", "the summit": an earlier named one
)

const capWord = `(?:[A-Z0-9][\p{L}\p{N}'’.-]*)`

var (
	// "Treaty of Aachen", "Élysée Treaty", "Belt and Road Initiative", "Aachen treaty",
	// "Vienna Convention on Consular Relations", "'One China' policy"
	namedPolicy = regexp.MustCompile(`(?:` +
		`(?:[Tt]reaty|Agreements?|Accords?|Pact|Convention|Protocol) of (?:the )?` + capWord + `(?: ` + capWord + `){0,3}` +
		`|` + `\p{Lu}[\p{L}'’-]*(?: (?:and|of|the|` + capWord + `)){0,4} (?:Treaty|Agreements?|Accords?|Pact|Initiative|Doctrine|Declaration|Deal|Plan|Act|Protocol|Convention|[Tt]reaty)` +
		`(?: (?:on|for) (?:the )?` + capWord + `(?: (?:and |of (?:the )?)?` + capWord + `){0,4})?` +
		`|` + `['‘"“]` + capWord + `(?: ` + capWord + `){0,3}['’"”] (?:policy|principle|doctrine|formula)` +
		// "the 'one in, one out' agreement": a name in lower case between quotes
		`|` + `['‘"“]\p{Ll}[\p{L} ,-]{0,40}\p{L}['’"”] (?:agreement|deal|scheme|accord|pact)` +
		`)\b`)
	// "G7 summit in Hiroshima" (or "the BRICS summit opened in Kazan": its place), "Victory Day",
	// "SCO Foreign Ministers' Council session"
	// "Shanghai Cooperation Organization (SCO) Foreign Ministers' Council session"
	namedEvent = regexp.MustCompile(`(` + capWord + `(?:['’]s?)?(?: (?:` + capWord + `(?:['’]s?)?|\([A-Z0-9]+\))){0,5}) (summit|Summit|meeting|Meeting|session|Session|forum|Forum|conference|Conference|Day|Games|parade|Parade|exercises|Exercises|Dialogue)\b(?: (?:(opened|began|opens|begins|took place|takes place|was held|is held|is being held|kicked off|got under way|convened) )?(?:in|at) (\p{Lu}[\p{L}'’-]*\p{L}(?: (?:(?:de|da|do|dos|del|di|es|el|la) )?(?:(?:el|al|ad|as)-)?\p{Lu}[\p{L}'’-]*\p{L}){0,2}))?`)
	// "Summit for a New Global Financing Pact", "Tokyo International Conference on African
	// Development", "Forum on China-Africa Cooperation": a capitalised event noun whose title
	// goes on after "on", "for" or "of"
	titledEvent = regexp.MustCompile(`((?:` + capWord + `(?:['’]s?)? ){0,5})(Summit|Conference|Forum|Meeting|Session|Dialogue) (?:on|for|of) (?:(?:the|a|an) )?` +
		capWord + `(?: (?:(?:and|of|for|on) (?:the )?)?` + capWord + `){0,6}`)
	// "a meeting of the Shanghai Cooperation Organization's (SCO) Council of Heads of Government"
	eventOf = regexp.MustCompile(`\b(summit|meeting|session|forum|conference) of (?:the )?((?:` + capWord + `|of|and|['’]s|\([A-Z0-9]+\))(?:[ ]?(?:` + capWord + `|of|and|['’]s|\([A-Z0-9]+\)))*)`)
)

// startsEvent reports text that starts with a space and an event noun: what
// follows a name in "the G20 summit".
func startsEvent(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimPrefix(rest, " "), " ")
	switch strings.ToLower(strings.TrimRight(w, ".,;")) {
	case "summit", "meeting", "session", "forum", "conference":
		return strings.HasPrefix(rest, " ")
	}
	return false
}

// Every match of a pattern above holds one of its words, so a sentence
// without any of them is not searched: most sentences name no policy or
// event, and the searches were a fifth of the time of an extraction.
var (
	namedPolicyWords = literal.New("Treaty", "treaty", "Agreement", "Accord", "Pact", "Convention", "Protocol",
		"Initiative", "Doctrine", "Declaration", "Deal", "Plan", "Act", "' policy", "’ policy", "\" policy", "” policy",
		"' principle", "’ principle", "\" principle", "” principle", "' doctrine", "’ doctrine", "\" doctrine", "” doctrine",
		"' formula", "’ formula", "\" formula", "” formula",
		"' agreement", "’ agreement", "\" agreement", "” agreement", "' deal", "’ deal", "\" deal", "” deal",
		"' scheme", "’ scheme", "\" scheme", "” scheme", "' accord", "’ accord", "\" accord", "” accord",
		"' pact", "’ pact", "\" pact", "” pact")
	namedEventWords = literal.New(" summit", " Summit", " meeting", " Meeting", " session", " Session", " forum", " Forum",
		" conference", " Conference", " Day", " Games", " parade", " Parade", " exercises", " Exercises", " Dialogue")
	titledEventWords = literal.New("Summit ", "Conference ", "Forum ", "Meeting ", "Session ", "Dialogue ")
	eventOfWords     = literal.New("summit of ", "meeting of ", "session of ", "forum of ", "conference of ")
)

// eventStop are capitalised words that do not start an event name.
var eventStop = map[string]bool{"The": true, "A": true, "An": true, "This": true, "That": true, "At": true, "In": true, "On": true, "During": true, "After": true, "Before": true, "Following": true, "His": true, "Her": true, "Their": true, "Its": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"Monday's": true, "Tuesday's": true, "Wednesday's": true, "Thursday's": true, "Friday's": true, "Saturday's": true, "Sunday's": true,
	"Monday’s": true, "Tuesday’s": true, "Wednesday’s": true, "Thursday’s": true, "Friday’s": true, "Saturday’s": true, "Sunday’s": true,
	"Today's": true, "Today’s": true, "Yesterday's": true, "Yesterday’s": true, "Last": true, "Next": true, "First": true, "Second": true}

// policyStop are words that do not start a named policy: "The treaty".
var policyStop = map[string]bool{"The": true, "A": true, "An": true, "This": true, "That": true, "Its": true, "Their": true, "His": true, "Her": true, "Our": true,
	"On": true, "In": true, "At": true, "After": true, "Before": true, "Under": true, "Since": true, "During": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true, "the": true}

// Find returns the named policies and events in the sentences, as entities
// (deduplicated by name) and mentions.
func Find(a article.Article, sents []article.Sentence) ([]article.Entity, []article.Mention) {
	f := &finder{byKey: map[string]int{}}
	for _, s := range sents {
		// before the policies: "Summit for a New Global Financing Pact" is
		// an event whose title names a pact
		if titledEventWords.Any(s.Text) {
			f.titledEvents(s)
		}
		for off := 0; off < len(s.Text) && namedPolicyWords.Any(s.Text[off:]); {
			m := namedPolicy.FindStringIndex(s.Text[off:])
			if m == nil {
				break
			}
			m[0], m[1] = m[0]+off, m[1]+off
			off = m[1]
			if midWord(s.Text, m[0]) {
				continue
			}
			start := m[0]
			words := strings.Fields(s.Text[m[0]:m[1]])
			for len(words) > 1 && policyStop[words[0]] {
				words = words[1:]
				m[0] = m[1] - len(strings.Join(words, " "))
			}
			// "signed a Security Agreement on Thursday": a time is no topic
			for i := 1; i+1 < len(words); i++ {
				if (words[i] == "on" || words[i] == "for") && dates.IsCalendarWord(words[i+1]) {
					words = words[:i]
					m[1] = m[0] + len(strings.Join(words, " "))
					break
				}
			}
			name := strings.Join(words, " ")
			if len(words) < 2 {
				// "The Treaty" in "The Treaty of Aachen": look again from
				// the word after the article.
				off = start + strings.IndexByte(s.Text[start:], ' ') + 1
				continue
			}
			if strings.HasSuffix(name, "Charter") {
				continue
			}
			f.add(article.Policy, name, "", s, m[0], m[1], ViaNamed)
		}
		if eventOfWords.Any(s.Text) {
			for _, m := range eventOf.FindAllStringSubmatchIndex(s.Text, -1) {
				if namedEvent.MatchString(s.Text[m[4]:]) && strings.IndexByte(s.Text[m[4]:m[5]], ' ') < 0 && startsEvent(s.Text[m[5]:]) {
					continue // "the opening session of the G20 summit": the summit is named next
				}
				head := s.Text[m[2]:m[3]]
				body := cleanOrg(s.Text[m[4]:m[5]])
				f.add(article.Event, body+" "+head, "", s, m[0], m[1], ViaNamed)
			}
		}
		if !namedEventWords.Any(s.Text) {
			continue
		}
		for _, m := range namedEvent.FindAllStringSubmatchIndex(s.Text, -1) {
			if midWord(s.Text, m[0]) {
				continue
			}
			words := strings.Fields(s.Text[m[2]:m[3]])
			for len(words) > 0 && (eventStop[words[0]] || measure(words[0])) {
				words = words[1:] // (nor "a 15-minute meeting": how long, not which)
			}
			// "the Group of 20 summit": a name that a capitalised word and
			// "of" open before the match belongs to it
			if before := strings.Fields(s.Text[:m[2]]); len(words) > 0 && len(before) >= 2 && before[len(before)-1] == "of" &&
				len(s.Text[:m[2]]) > 0 && s.Text[m[2]-1] == ' ' && capitalized(before[len(before)-2]) && !eventStop[before[len(before)-2]] {
				words = append([]string{before[len(before)-2], "of"}, words...)
				m[0] = m[2] - len(before[len(before)-2]) - len(" of ")
			}
			if len(words) == 0 || ownedEvent(words[len(words)-1], s.Text[m[4]:m[5]]) {
				continue
			}
			name := strings.Join(words, " ")
			if strings.Contains(name, "(") {
				name = cleanOrg(name) // "... Organization (SCO) Council": "SCO Council"
			}
			name += " " + s.Text[m[4]:m[5]]
			if len(words) == 1 && f.refersBack(words[0]) {
				continue // "the SCO meeting" after a named SCO event: the same one
			}
			place := ""
			if m[8] >= 0 {
				// "G20 summit in Osaka": the place is part of the name
				// ("the summit opened in Kazan": its place, not its name)
				place = s.Text[m[8]:m[9]]
				// "in San Francisco on Monday", not "in Kazan Monday"
				for w := strings.Fields(place); len(w) > 1 && policyStop[w[len(w)-1]]; w = w[:len(w)-1] {
					place = strings.Join(w[:len(w)-1], " ")
				}
				if m[6] < 0 {
					name += " in " + place
				}
			}
			// the mention ends at the event's noun: the place is a mention
			// of its own (a visit to its country)
			f.add(article.Event, name, place, s, m[0], m[5], ViaNamed)
		}
	}
	return f.entities, f.mentions
}

// ownedEvent reports a common event noun after a possessive that is not an
// acronym: "Kishida's meeting with Yoon" is his meeting, not an event of that
// name (where "NATO's summit" is NATO's summit).
func ownedEvent(last, noun string) bool {
	owner, ok := strings.CutSuffix(last, "'s")
	if !ok {
		owner, ok = strings.CutSuffix(last, "’s")
	}
	return ok && noun == strings.ToLower(noun) && !tokens.IsAcronym(owner)
}

// titledEvents adds the events of sentence s whose title goes on after
// their noun ("Conference on African Development"); a weekday or month after
// the noun is a date, not a title ("the Summit on Monday").
func (f *finder) titledEvents(s article.Sentence) {
	for _, m := range titledEvent.FindAllStringSubmatchIndex(s.Text, -1) {
		if midWord(s.Text, m[0]) {
			continue
		}
		start := m[0]
		words := strings.Fields(s.Text[m[2]:m[3]])
		for len(words) > 0 && eventStop[words[0]] {
			start += strings.Index(s.Text[start:], words[0]) + len(words[0]) + 1
			words = words[1:]
		}
		tail := strings.Fields(s.Text[m[5]:m[1]])
		if len(tail) < 2 || dates.IsCalendarWord(strings.Trim(tail[len(tail)-1], ".,")) || dates.IsCalendarWord(tail[1]) {
			continue
		}
		f.add(article.Event, s.Text[start:m[1]], "", s, start, m[1], ViaNamed)
	}
}

type finder struct {
	entities []article.Entity
	mentions []article.Mention
	byKey    map[string]int
}

func (f *finder) add(typ, name, place string, s article.Sentence, start, end int, via string) {
	name = strings.TrimRight(strings.TrimSpace(name), ".,;:")
	for end > start && strings.ContainsRune(".,;:", rune(s.Text[end-1])) {
		end-- // a span ends at its last word, not at the full stop
	}
	for _, m := range f.mentions {
		if m.Sentence == s.Index && m.Start < s.Start+end && s.Start+start < m.End {
			return // overlaps a phrase already found
		}
	}
	// "G7 summit" and "G7 summit in Hiroshima" are one event
	k := Key(strings.TrimSuffix(name, " in "+place))
	idx, ok := f.byKey[k]
	if !ok {
		idx = len(f.entities)
		f.byKey[k] = idx
		f.entities = append(f.entities, article.Entity{ID: article.EntityID(typ, name), Type: typ, Name: name, Place: place})
	} else if place != "" && f.entities[idx].Place == "" {
		f.entities[idx].Place = place
	}
	f.mentions = append(f.mentions, article.Mention{EntityID: f.entities[idx].ID, Sentence: s.Index, Start: s.Start + start, End: s.Start + end, Text: s.Text[start:end], Via: via})
}

// measure reports a number joined by a hyphen to a word in lower case: "15-minute",
// "2-hour", "3-day" say how long an event was, not which.
func measure(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(w) && w[i] == '-' && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// midWord reports whether offset i of s is inside a word. (Go's \b knows
// only ASCII letters, so "Élysée" needs this check instead.)
func midWord(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// refersBack reports whether an event of a single-word name ("SCO meeting")
// refers to an event already found that starts with the same word.
func (f *finder) refersBack(word string) bool {
	for _, e := range f.entities {
		name := strings.TrimSuffix(e.Name, " in "+e.Place)
		if e.Type == article.Event && strings.HasPrefix(name, word+" ") && strings.Count(name, " ") > 1 {
			return true
		}
	}
	return false
}

// cleanOrg turns "Shanghai Cooperation Organization's (SCO) Council of Heads
// of Government" into "SCO Council of Heads of Government" when an acronym
// is given, and drops possessives.
func cleanOrg(s string) string {
	if i := strings.Index(s, "("); i > 0 {
		if j := strings.Index(s[i:], ")"); j > 0 {
			acr := s[i+1 : i+j]
			s = acr + s[i+j+1:]
		}
	}
	s = dropPossessives.Replace(s)
	return strings.TrimRight(strings.Join(strings.Fields(s), " "), ".,;:")
}

// dropPossessives is built once: building a Replacer costs more than using it.
var dropPossessives = strings.NewReplacer("'s", "", "’s", "")

// Key is the identity of a policy or event name within an article: its
// lower-case content words, sorted, so "Treaty of Aachen" and "Aachen
// treaty" are one.
func Key(name string) string {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(tokens.Fold(name))) {
		w = strings.Trim(w, ".,;:'’\"()")
		switch w {
		case "", "a", "an", "the", "of", "and", "on", "in", "for", "to", "with", "by":
			continue
		}
		words = append(words, w)
	}
	sort.Strings(words)
	return strings.Join(words, " ")
}
