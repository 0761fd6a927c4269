package frames

import (
	"slices"
	"sort"
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/dates"
	"github.com/bilatgraph/bilat/ingest/doc"
	"github.com/bilatgraph/bilat/ingest/phrases"
)

// ment is a mention of the sentence with its token span.
type ment struct {
	article.Mention
	from, to int    // tokens [from, to)
	typ      string // entity type, or "group"
	actor    bool   // a country, person, organization or group that can act
}

// sent is one sentence with what the argument finder needs: mentions by
// token, verb groups by token, quotes.
type sent struct {
	*doc.Sentence
	ments   []ment
	mentAt  []int // per token: index in ments, or -1
	groupAt []int // per token: index in Groups, or -1
	quoted  []bool
	scare   []bool // per token: a quotation mark around a short phrase, not speech
	inDate  []bool // per token: part of a date ("Friday", "March 3")
	speech  []bool // per verb group: a reporting verb ("said", "told")
	// describePolicy reads the descriptive policy phrases a list holds at a
	// byte offset and returns their entity ids.
	describePolicy func(at int) []string
	// barePolicy reads a bare policy noun at a byte offset of a sentence
	// ("signed a deal") and returns the id that stands for the policy the
	// article names elsewhere, or "" (one function for all sentences).
	barePolicy func(st *sent, at int) string
	// nearbySpeaker is who speaks in the sentence before or after, for a
	// quotation that runs over sentences.
	nearbySpeaker string
	// verbFrame returns the verb frame of a kind with a lemma, or nil.
	verbFrame func(lemma, kind string) *Frame
	// nounTakes reports a noun with a frame whose slots hold a
	// preposition: "a visit to", "talks with"
	nounTakes func(lemma, prep string) bool
	// addEvent adds an event read from the text and returns its id.
	addEvent func(name, place string, at int) string
	// shortName returns the short name of an entity: an organization's
	// acronym, else its name.
	shortName func(id string) string
	// lastEvent returns the last event named before a byte offset whose name
	// has a word, or "" (with no word, the one this sentence or the one
	// before named).
	lastEvent func(word string, before int) string
	// lastNamed returns the last n people (or countries) named before a
	// byte offset, in this sentence or the three before, other than those
	// of except, or nil.
	lastNamed func(n int, people bool, before int, except []string) []string
	// nextList returns the countries of the first list of exactly n named
	// after a byte offset, in its sentence or the next.
	nextList func(n, after int) []string
}

// perToken returns 2n ints and 2n bools (zero) for a sentence of n tokens,
// cut from the article's room.
func (x *extraction) perToken(n int) ([]int, []bool) {
	if len(x.intRoom) < 2*n || len(x.boolRoom) < 2*n {
		return make([]int, 2*n), make([]bool, 2*n)
	}
	ints, bools := x.intRoom[:2*n:2*n], x.boolRoom[:2*n:2*n]
	x.intRoom, x.boolRoom = x.intRoom[2*n:], x.boolRoom[2*n:]
	return ints, bools
}

// sentRoom returns room for one sentence's sent, cut from the article's.
func (x *extraction) sentRoom() *sent {
	if len(x.sents) == 0 {
		return new(sent)
	}
	st := &x.sents[0]
	x.sents = x.sents[1:]
	return st
}

func (x *extraction) newSent(s *doc.Sentence) *sent {
	n := len(s.Tokens)
	ints, bools := x.perToken(n)
	st := x.sentRoom()
	*st = sent{Sentence: s, barePolicy: x.barePolicyFn, addEvent: x.addEventFn, shortName: x.shortNameFn, lastEvent: x.lastEventFn, lastNamed: x.lastNamedFn, nextList: x.nextListFn, verbFrame: x.verbFrameFn, nounTakes: x.nounTakesFn, mentAt: ints[:n:n], groupAt: ints[n:], quoted: bools[:n:n], inDate: bools[n:]}
	for i := range ints {
		ints[i] = -1
	}
	st.describePolicy = func(at int) []string { return x.describedPolicy(st, at) }
	x.markMentions(st)
	// dates are in text order: find this sentence's by binary search, and
	// each date's tokens likewise
	d := sort.Search(len(x.in.Dates), func(i int) bool { return x.in.Dates[i].End > s.Start })
	for ; d < len(x.in.Dates) && x.in.Dates[d].Start < s.End; d++ {
		ds := x.in.Dates[d]
		for i := sort.Search(len(s.Tokens), func(i int) bool { return s.Tokens[i].Start >= ds.Start }); i < len(s.Tokens) && s.Tokens[i].End <= ds.End; i++ {
			st.inDate[i] = true
		}
	}
	st.speech = make([]bool, len(s.Groups))
	for gi, g := range s.Groups {
		for i := g.Start; i < g.End; i++ {
			st.groupAt[i] = gi
		}
		st.speech[gi] = x.lx.classOf(s.Tokens[g.Head].Lemma, posVerb) == classSpeech
	}
	for gi, g := range s.Groups {
		st.speech[gi] = st.speech[gi] || st.attributes(g)
	}
	st.markQuotes()
	st.markScareQuotes()
	st.markParentheticals()
	return st
}

// markMentions maps the article's mentions in the sentence to its tokens;
// where two overlap, a token belongs to the longer.
func (x *extraction) markMentions(st *sent) {
	ms := x.mentionsIn(st.Start, st.End)
	st.ments = make([]ment, 0, len(ms))
	for _, m := range ms {
		// the tokens inside the mention, found by binary search
		from := sort.Search(len(st.Tokens), func(i int) bool { return st.Tokens[i].Start >= m.Start })
		to := from
		for to < len(st.Tokens) && st.Tokens[to].End <= m.End {
			to++
		}
		if to == from {
			// a mention inside one token ("Chinese" of "Chinese-made") is
			// that token's, unless another mention already holds it
			k := from
			if k == len(st.Tokens) || st.Tokens[k].Start > m.Start {
				k--
			}
			if k < 0 || st.Tokens[k].End < m.End || st.mentAt[k] >= 0 {
				continue
			}
			from, to = k, k+1
		}
		typ := x.entityType(m)
		st.ments = append(st.ments, ment{Mention: m, from: from, to: to, typ: typ, actor: x.isActor(m, typ)})
		for i := from; i < to; i++ {
			// of two as long, the one that resolves the words to whom they
			// stand for ("US" in "the US and Russian presidents": the president)
			if k := st.mentAt[i]; k < 0 || st.ments[k].to-st.ments[k].from < to-from ||
				st.ments[k].to-st.ments[k].from == to-from && (m.Via == viaNominal || m.Via == viaLeader) && st.ments[k].Via != viaNominal && st.ments[k].Via != viaLeader {
				st.mentAt[i] = len(st.ments) - 1
			}
		}
	}
}

// markQuotes marks the tokens inside quotation marks, the closing mark
// included.
func (st *sent) markQuotes() {
	open := false
	for i, t := range st.Tokens {
		switch t.Text {
		case "“":
			open = true
		case "”":
			st.quoted[i] = true
			open = false
			continue
		case "\"":
			open = !open
		}
		st.quoted[i] = open
	}
}

// markScareQuotes marks the quotation marks around a short quoted phrase
// inside a clause ("vowed to take \"decisive countermeasures\" against"):
// they quote words, not speech, so they do not end the clause.
func (st *sent) markScareQuotes() {
	st.scare = make([]bool, len(st.Tokens))
	for i := 1; i < len(st.Tokens); i++ {
		if !isQuote(st.Tokens[i].Text) || st.isBoundaryText(i-1) || st.Tokens[i-1].Text == "," {
			continue
		}
		// one quoted word, a verb too: threatened to "annihilate" X
		if i+2 < len(st.Tokens) && isQuote(st.Tokens[i+2].Text) && !st.isBoundaryText(i+1) && !isQuote(st.Tokens[i+1].Text) {
			st.scare[i], st.scare[i+2] = true, true
			i += 2
			continue
		}
		// a quoted verb with its adverb: it "strongly condemns" X
		if i+3 < len(st.Tokens) && isQuote(st.Tokens[i+3].Text) && st.tag(i+1) == "RB" && st.groupAt[i+2] >= 0 {
			st.scare[i], st.scare[i+3] = true, true
			i += 3
			continue
		}
		for k := i + 1; k < len(st.Tokens) && k <= i+6; k++ {
			t := st.Tokens[k]
			if t.Text == "," || t.Text == "." || st.groupAt[k] >= 0 || (st.isBoundaryText(k) && !isQuote(t.Text)) {
				break
			}
			if isQuote(t.Text) {
				if k > i+1 {
					st.scare[i], st.scare[k] = true, true
				}
				i = k
				break
			}
		}
	}
}

// markParentheticals marks the brackets around a short aside right after a
// name ("The Economic Community of West African States (ECOWAS) imposed
// ..."): an acronym or a gloss, no verb in it, which does not end the
// clause the name is the subject of.
func (st *sent) markParentheticals() {
	for i := 1; i < len(st.Tokens); i++ {
		if st.Tokens[i].Text != "(" || (st.mentAt[i-1] < 0 && st.tag(i-1) != "NNP" && st.tag(i-1) != "NNPS") {
			continue
		}
		for k := i + 1; k < len(st.Tokens) && k <= i+5; k++ {
			t := st.Tokens[k]
			if t.Text == "," || t.Text == "(" || st.groupAt[k] >= 0 || isQuote(t.Text) {
				break
			}
			if t.Text == ")" {
				if k > i+1 {
					st.scare[i], st.scare[k] = true, true
				}
				i = k
				break
			}
		}
	}
}

// attributes reports a finite verb that attributes the quotation before it,
// whatever the verb ("“We laid the groundwork,” the president assessed"):
// the construction reports speech.
func (st *sent) attributes(g doc.VerbGroup) bool {
	if !g.Finite || g.Passive || g.Start == 0 {
		return false
	}
	k := g.Start
	if m := st.mentAt[k-1]; m >= 0 {
		k = st.ments[m].from // "the head of state"
	}
	k = st.npStartLeft(k)
	if k < 2 || k == g.Start {
		return false
	}
	q, before := st.Tokens[k-1].Text, st.Tokens[k-2].Text
	return (q == "”" || q == "\"") && (before == "," || before == "!" || before == "?")
}

// opensQuote reports a sentence that opens a quotation and does not close it.
func (st *sent) opensQuote() bool {
	return len(st.quoted) > 0 && st.quoted[len(st.quoted)-1]
}

func (st *sent) tok(i int) doc.Token { return st.Tokens[i] }

func (st *sent) lower(i int) string {
	if i < 0 || i >= len(st.Tokens) {
		return ""
	}
	return st.Tokens[i].Lower
}

func (st *sent) tag(i int) string {
	if i < 0 || i >= len(st.Tokens) {
		return ""
	}
	return st.Tokens[i].Tag
}

// Closed grammatical classes the clause reader needs.
var (
	subordinators = set("that", "because", "while", "after", "before", "since", "although", "though", "if",
		"when", "as", "whereas", "unless", "whether", "until", "once", "where")
	conditionals  = set("if", "unless", "whether")
	relativeWords = set("who", "which", "that", "whom", "whose")
	firstPersonPl = set("we", "us", "our")
	firstPersonSg = set("i", "me", "my")
	coordinators  = set("and", "or", "but")
	locativePreps = set("in", "at", "near", "outside", "inside")
	quantifiers   = set("each", "all", "both", "either", "any", "some", "several", "most", "many")
	// the prepositions of the event a host's guests came for ("for the summit")
	gatheringPreps = set("for", "at", "during")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// isBoundary reports tokens that end a clause when read leftwards or
// rightwards: semicolons, colons, dashes and quotation marks.
func (st *sent) isBoundary(i int) bool {
	return !st.scare[i] && st.isBoundaryText(i)
}

// isBoundaryText reports punctuation that ends a clause, scare quotes included.
func (st *sent) isBoundaryText(i int) bool {
	switch st.Tokens[i].Text {
	case ";", ":", "—", "–", "“", "”", "\"", "(", ")":
		return true
	case "-":
		// a hyphen set apart by spaces is a dash ("LIMA, Nov. 16 Kyodo -
		// Prime Minister ..."); one inside a word ("Modi-led") is not
		return i == 0 || i+1 == len(st.Tokens) || st.Tokens[i-1].End < st.Tokens[i].Start || st.Tokens[i+1].Start > st.Tokens[i].End
	}
	return false
}

// timeWords are nouns that say when, not what: "today", "last week".
var timeWords = set("today", "yesterday", "tomorrow", "tonight", "week", "weekend", "month", "year",
	"morning", "afternoon", "evening", "night")

// timeWord reports a noun used as an adverb of time: "today", or "this",
// "last" or "next" and a period ("met last week with").
func (st *sent) timeWord(k int) bool {
	switch w := st.lower(k); {
	case w == "today" || w == "yesterday" || w == "tomorrow" || w == "tonight":
		return true
	case w == "this" || w == "last" || w == "next":
		return k+1 < len(st.Tokens) && timeWords[st.lower(k+1)]
	case timeWords[w]:
		return k > 0 && (st.lower(k-1) == "this" || st.lower(k-1) == "last" || st.lower(k-1) == "next")
	}
	return false
}

// npEnd returns the end of the noun phrase that starts at i: determiners,
// adjectives, nouns, numbers, possessives and mentions, with lists of
// mentions joined by commas and "and".
func (st *sent) npEnd(i int) int {
	j := i
	for j < len(st.Tokens) {
		// a personal pronoun after the phrase's first word is the subject of
		// a clause that completes it ("the summit he is hosting")
		if j > i && st.Tokens[j].Tag == "PRP" && (st.mentAt[j] < 0 || st.ments[st.mentAt[j]].to == j+1) {
			break // (not "He" of the name "He Lifeng")
		}
		if m := st.mentAt[j]; m >= 0 {
			j = st.ments[m].to
			continue
		}
		// "addressed the Import Expo the following day", "the summit last
		// week": a phrase of time after a noun ends the phrase (not "the
		// 2022 World Cup", where the date comes first)
		if j > i && st.inDate[j] && !st.inDate[j-1] && strings.HasPrefix(st.tag(j-1), "NN") && st.mentAt[j-1] < 0 {
			break
		}
		switch t := st.Tokens[j].Tag; {
		case t == "DT" || t == "PDT" || t == "PRP$" || t == "$" || t == "CD" || t == "POS" || strings.HasPrefix(t, "JJ") ||
			strings.HasPrefix(t, "NN") || t == "PRP" || t == "HYPH" || (t == "VBN" && j+1 < len(st.Tokens) && strings.HasPrefix(st.tag(j+1), "NN")):
			j++
			continue
		case st.abbreviationDot(j) || st.adjectival(j):
			j++
			continue
		case (st.lower(j) == "and" || st.lower(j) == "or") && j > i && st.tag(j-1) == "CD" && j+1 < len(st.Tokens) && st.tag(j+1) == "CD":
			j++ // "the 44th and 45th summits": two numbers of one phrase
			continue
		case st.lower(j) == "than" && j > i && (st.tag(j-1) == "JJR" || st.tag(j-1) == "RBR") && j+1 < len(st.Tokens) && st.number(j+1):
			j++ // "more than two dozen leaders": a comparative of a number
			continue
		}
		break
	}
	return j
}

// abbreviationDot reports a full stop that ends an abbreviated title inside
// a name ("Mr. Pashinyan", "Dr. Sen"): attached to a short capitalised word
// and followed by a name.
func (st *sent) abbreviationDot(j int) bool {
	if j == 0 || j+1 >= len(st.Tokens) || st.Tokens[j].Text != "." {
		return false
	}
	prev := st.Tokens[j-1]
	return prev.End == st.Tokens[j].Start && st.tag(j-1) == "NNP" && len(prev.Text) <= 4 && st.tag(j+1) == "NNP"
}

// listFrom returns the actor mentions of the noun phrase at i and of the
// phrases joined to it by commas and "and" ("China, Russia and Iran"),
// including members the data does not know as long as the list goes on.
func (st *sent) listFrom(i int, possessors bool) []int { return st.list(i, possessors, false) }

// objectList is listFrom for a list after a verb, which ends where a new
// clause begins ("by the Emir, and the two leaders held").
func (st *sent) objectList(i int, possessors bool) []int { return st.list(i, possessors, true) }

// describes reports whether the phrase [from, to) names no actor but the
// last member of the list so far: "X, China's foreign minister, and Y".
func (st *sent) describes(from, to int, listed []int) bool {
	for _, m := range st.headActors(from, to, false) {
		if len(listed) == 0 || st.ments[m].EntityID != st.ments[listed[len(listed)-1]].EntityID {
			return false
		}
	}
	return true
}

// nameSuffixes end a person's name with a dot that ends no sentence.
var nameSuffixes = map[string]bool{"jr": true, "sr": true}

func (st *sent) list(i int, possessors, object bool) []int {
	var out []int
	closed := false // the last member came after "and"
	j := i
	for j < len(st.Tokens) {
		end := st.npEnd(j)
		if end == j {
			break
		}
		heads := st.headActors(j, end, possessors)
		if len(heads) == 0 && end < len(st.Tokens) && st.lower(end) == "of" {
			// "X and U.S. Secretary of State Marco Rubio": a title with an
			// "of" inside ends with the member's name
			if m := st.personAfterTitleOf(j, end); m >= 0 {
				heads, end = []int{m}, st.ments[m].to
			}
		}
		if len(heads) == 0 && j > i && st.namedInApposition(end) {
			// "X and Burundi's ambassador, Jean N., ...": a later member named
			// in apposition
			m := st.mentAt[end+1]
			heads, end = []int{m}, st.ments[m].to
		}
		// "Ferdinand Marcos Jr. and Xi Jinping": the dot of a name's suffix
		if end+1 < len(st.Tokens) && st.Tokens[end].Text == "." && st.mentAt[end-1] >= 0 && nameSuffixes[st.lower(end-1)] {
			end++
		}
		if out == nil {
			out = heads // the first item's: no copy
		} else {
			out = append(out, heads...)
		}
		// "Putin of Russia and Tokayev of Kazakhstan": an "of" phrase stays with its item,
		// but "the leaders of Kazakhstan, Kyrgyzstan and ..." are the list its phrase names
		if end+1 < len(st.Tokens) && st.lower(end) == "of" && st.mentionAfterArticle(end+1) >= 0 {
			if len(heads) == 0 && st.actsForMembers(end-1) {
				j = st.mentionAfterArticle(end + 1) // "the leaders of (the) A, B and C"
				continue
			}
			end = st.npEnd(end + 1)
		} else if end+1 < len(st.Tokens) && len(heads) == 0 && st.membersAfter(end) && st.mentionAfterArticle(end+1) >= 0 {
			j = st.mentionAfterArticle(end + 1) // "officials from A and B"
			continue
		}
		// go on over ", X" / "and X" / ", and X"; a comma alone goes on only to a name,
		// not to a description of the item before it ("Putin, the Russian leader")
		k := end
		comma := k < len(st.Tokens) && st.Tokens[k].Text == ","
		if comma {
			k++
			// "X, on a visit to Baku, and Y", "X, China's foreign minister,
			// and Y": a phrase set off by commas between two members (a
			// description names no member)
			described := k < len(st.Tokens) && (st.tag(k) == "DT" || st.tag(k) == "PRP$" || st.mentAt[k] >= 0 && st.tag(st.ments[st.mentAt[k]].to) == "POS" ||
				st.mentAt[k] >= 0 && len(out) > 0 && st.ments[st.mentAt[k]].EntityID == st.ments[out[len(out)-1]].EntityID)
			if st.tag(k) == "IN" || described {
				for j := k + 1; j+1 < len(st.Tokens) && j < k+10 && !(st.groupAt[j] >= 0 && st.Groups[st.groupAt[j]].Finite); j++ {
					if st.Tokens[j].Text == "," {
						if coordinators[st.lower(j+1)] && (!described || st.describes(k, j, out)) {
							k = j + 1
						}
						break
					}
				}
			}
		}
		and := k < len(st.Tokens) && (st.lower(k) == "and" || st.lower(k) == "or")
		if and {
			k++
			// "met X and then Y": an adverb after the coordinator
			if k+1 < len(st.Tokens) && st.tag(k) == "RB" && st.lower(k) != "not" && st.lower(k) != "never" && st.mentAt[k+1] >= 0 {
				k++
			}
		} else if n := st.coordinatorPhrase(k); n > 0 {
			and, k = true, k+n // "Morocco, along with Spain,", "X as well as Y"
		}
		if e := st.npEnd(k); and && e > k && e+1 < len(st.Tokens) && st.lower(e) == "of" && st.actsForMembers(e-1) && st.mentionAfterArticle(e+1) >= 0 {
			j = k // "X as well as the governments of A and B"
			continue
		}
		if k == end || k >= len(st.Tokens) || st.npEnd(k) == k || !st.listGoesOn(k) || (!and && !st.namedAt(k) && !st.anotherPersonAt(k, out)) || (object && st.startsClause(st.npEnd(k))) ||
			(comma && !and && st.startsClause(st.pastBracket(st.npEnd(k)))) || (closed && !and && st.tag(k) == "DT") ||
			(object && comma && and && st.startsClause(st.afterDate(st.npEnd(k), len(st.Tokens)))) {
			// (", the Economic Community of West African States said": after
			// a comma alone, a phrase with its verb is the next clause's
			// subject, not a member)
			// (nor, after ", and", one whose verb follows a phrase of time:
			// "summoned X, and Y on Wednesday accused Z")
			// (after a list that "and" closed, a phrase that opens with an
			// article describes the last member: "A and B, the European
			// commissioner")
			break
		}
		closed = and
		j = k
	}
	return out
}

// personAfterTitleOf returns the person named within a few words after
// the "of" at k whose title starts at j ("Secretary of State Marco
// Rubio"), or -1.
func (st *sent) personAfterTitleOf(j, k int) int {
	for p := k + 1; p < len(st.Tokens) && p <= k+3; p++ {
		if m := st.mentAt[p]; m >= 0 {
			if st.ments[m].typ == article.Person && st.titleStartLeft(m) <= j {
				return m
			}
			return -1
		}
		if st.tag(p) != "NNP" {
			return -1
		}
	}
	return -1
}

// membersAfter reports "from" or "for" at k after a noun that acts for the
// members its phrase lists: "officials from A and B", "heads of state from
// A and B", "a spokesman for X".
func (st *sent) membersAfter(k int) bool {
	if k < 1 || st.lower(k) != "from" && st.lower(k) != "for" {
		return false
	}
	n := k - 1
	if n >= 2 && (st.lower(n) == "state" || st.lower(n) == "government") && st.lower(n-1) == "of" {
		n -= 2 // past "of state"
	}
	return st.actsForMembers(n)
}

// actsForMembers reports a plural noun at k whose "of" phrase lists those it
// acts for: "the leaders of", "the governments of".
func (st *sent) actsForMembers(k int) bool {
	return st.mentAt[k] < 0 && (peopleNouns[st.lower(k)] || memberNouns[st.lower(k)])
}

// mentionAfterArticle returns where a mention starts at k, past "the" ("the
// United States"), or -1.
func (st *sent) mentionAfterArticle(k int) int {
	if st.mentAt[k] >= 0 {
		return k
	}
	if k+1 < len(st.Tokens) && st.lower(k) == "the" && st.mentAt[k+1] >= 0 {
		return k + 1
	}
	return -1
}

// coordinatorPhrase returns the length of a phrase at k that joins list
// items like "and": "along with", "together with", "as well as"; else 0.
func (st *sent) coordinatorPhrase(k int) int {
	if k+1 >= len(st.Tokens) {
		return 0
	}
	switch w := st.lower(k); {
	case (w == "along" || w == "together") && st.lower(k+1) == "with":
		return 2
	case w == "as" && st.lower(k+1) == "well" && k+2 < len(st.Tokens) && st.lower(k+2) == "as":
		return 3
	}
	return 0
}

// listGoesOn reports whether the noun phrase at k continues a list of actors:
// it holds a mention, or it is a capitalized name ("the Cook Islands").
func (st *sent) listGoesOn(k int) bool {
	end := st.npEnd(k)
	for i := k; i < end; i++ {
		if st.mentAt[i] >= 0 && st.ments[st.mentAt[i]].actor {
			return true
		}
	}
	if end < len(st.Tokens) && st.lower(end) == "of" && st.personAfterTitleOf(k, end) >= 0 {
		return true // "and U.S. Secretary of State Marco Rubio"
	}
	return st.namedInApposition(end)
}

// namedInApposition reports a person named after a comma at k, in
// apposition to the noun phrase before it: "Burundi's ambassador, Jean N.,".
func (st *sent) namedInApposition(k int) bool {
	return k+1 < len(st.Tokens) && st.Tokens[k].Text == "," && st.mentAt[k+1] >= 0 && st.ments[st.mentAt[k+1]].typ == article.Person
}

// anotherPersonAt reports a noun phrase at k, after a comma, that ends in
// the name of a person not yet in the list: "A, his deputy B and C" lists
// B, where "A, the Russian leader," describes A.
func (st *sent) anotherPersonAt(k int, listed []int) bool {
	end := st.npEnd(k)
	if end == k || st.mentAt[end-1] < 0 {
		return false
	}
	m := st.mentAt[end-1]
	if st.ments[m].typ != article.Person || st.ments[m].from == k {
		return false
	}
	for _, l := range listed {
		if st.ments[l].EntityID == st.ments[m].EntityID {
			return false
		}
	}
	return true
}

// startsClause reports a finite verb group at i: the noun phrase before it
// is a new clause's subject ("... by the Emir, and the two leaders held").
func (st *sent) startsClause(i int) bool {
	for i < len(st.Tokens) && st.tag(i) == "RB" {
		i++
	}
	return i < len(st.Tokens) && st.groupAt[i] >= 0 && st.Groups[st.groupAt[i]].Finite
}

// pastBracket returns where the text goes on after a bracketed phrase that
// starts at i ("(ECOWAS)"), or i.
func (st *sent) pastBracket(i int) int {
	if i >= len(st.Tokens) || st.Tokens[i].Text != "(" {
		return i
	}
	for k := i + 1; k < len(st.Tokens) && k < i+8; k++ {
		if st.Tokens[k].Text == ")" {
			return k + 1
		}
	}
	return i
}

// namedAt reports whether the noun phrase at k starts with a name, not with
// a description ("the Russian leader") or a pronoun.
func (st *sent) namedAt(k int) bool {
	if st.lower(k) == "the" && k+1 < len(st.Tokens) && st.mentAt[k+1] >= 0 && st.ments[st.mentAt[k+1]].Via != viaDemonym {
		k++ // "China, the United States and Japan"
	}
	m := st.mentAt[k]
	if m < 0 || st.ments[m].Via == "nominal" || st.ments[m].Via == "pronoun" || st.tag(k) == "DT" {
		return false
	}
	// "Wang Yi, China's top diplomat, ...": a possessor starts a
	// description of the name before it ("Nigeria's Bola Tinubu" is a name)
	to := st.ments[m].to
	return st.tag(to) != "POS" || (to+1 < len(st.Tokens) && st.mentAt[to+1] >= 0)
}

// headActors returns the actors of the noun phrase [from, to): every actor
// mention that heads it; a possessor ("China's decision") only when asked
// for and when no actor heads the phrase.
func (st *sent) headActors(from, to int, possessors bool) []int {
	var out []int
	var possessed []int
	modifiers := 0
	for i := from; i < to; {
		m := st.mentAt[i]
		if m < 0 {
			i++
			continue
		}
		mm := st.ments[m]
		if mm.actor {
			// "China's decision", "his wife": a possessor, not the phrase's
			// head (but "Georgia's authorities" are Georgia)
			if ((mm.to < len(st.Tokens) && st.tag(mm.to) == "POS") || st.tag(mm.from) == "PRP$") && mm.Via != viaOwner {
				possessed = append(possessed, m)
			} else {
				out = append(out, m)
				if len(possessed) > 0 && mm.to < to && strings.HasPrefix(st.tag(mm.to), "NN") {
					modifiers++ // "Sweden's NATO bid": NATO only says which bid
				}
			}
		}
		i = mm.to
	}
	if possessors && (len(out) == 0 || modifiers == len(out)) {
		if to > from && relationalNouns[st.tok(to-1).Lemma] {
			return out // "Uganda's neighbours" are not Uganda
		}
		return possessed
	}
	if len(out) > 0 && modifiers == len(out) {
		return nil // "to champion Georgia's EU membership bid": not the EU
	}
	// "EU foreign policy chief Kaja Kallas", "U.S. Treasury Secretary Janet
	// Yellen": an actor before a person's title says whose official the
	// person is; the person heads the phrase
	if n := len(out); n > 1 && st.ments[out[n-1]].typ == article.Person {
		for _, m := range out[:n-1] {
			if st.ments[m].typ == article.Person {
				return out
			}
		}
		return out[n-1:]
	}
	return out
}

// demonymIn returns the country a demonym names in the noun phrase at i
// ("a senior Indian diplomat", "European automakers"), or -1.
func (st *sent) demonymIn(i int) int {
	for k := i; k < st.npEnd(i); k++ {
		if m := st.mentAt[k]; m >= 0 && (st.ments[m].Via == viaDemonym || st.ments[m].Via == viaModifier) {
			return m
		}
	}
	return -1
}

// nonstate reports a noun phrase at i whose people act for no state:
// "Kenyan business leaders", "Russian opposition figures".
func (st *sent) nonstate(i int) bool {
	for k := i; k < st.npEnd(i); k++ {
		if nonstateModifiers[st.lower(k)] {
			return true
		}
	}
	return false
}

// lastEvent returns the last event mentioned or described before a byte
// offset whose name holds a word ("summit" for "the BRICS summit"), or "".
// With no word, the last event named in the offset's sentence or the one
// before.
func (x *extraction) lastEvent(word string, before int) string {
	if word == onlyEvent {
		return x.onlyEventBefore(before)
	}
	best, at := x.lastEventNamed(word, before)
	if word == "" && best != "" && x.sentenceAt(at) < x.sentenceAt(before)-1 {
		return "" // any event, but one named close by
	}
	if word == anyCeremony && best != "" && x.sentenceAt(at) < x.sentenceAt(before)-2 {
		return "" // a ceremony of another word, in this sentence or the two before
	}
	return best
}

// nameHolds reports an entity whose name holds the word, or, for
// anyCeremony, a noun of data/ceremony-nouns.txt.
func (x *extraction) nameHolds(id, word string) bool {
	words := strings.Fields(strings.ToLower(x.byID[id].Name))
	if word == anyCeremony {
		return slices.ContainsFunc(words, func(w string) bool { return ceremonyNouns[w] || ceremonyNouns[strings.TrimSuffix(w, "s")] })
	}
	return slices.Contains(words, word)
}

// anyCeremony asks lastEvent for the last event whose name holds a noun of
// data/ceremony-nouns.txt, named in the offset's sentence or the two before.
const anyCeremony = "ceremony:*"

// onlyEvent asks lastEvent for the one event the article has named before
// the offset, at any distance: "the forum's opening dinner" after "the
// Shangri-La Dialogue".
const onlyEvent = "*"

// onlyEventBefore returns the event the article named before a byte offset
// when it named exactly one, else "".
func (x *extraction) onlyEventBefore(before int) string {
	only := ""
	for _, ms := range [][]article.Mention{x.mentions, x.described} {
		for _, m := range ms {
			if m.Start >= before || x.byID[m.EntityID].Type != article.Event {
				continue
			}
			if only != "" && only != m.EntityID {
				return ""
			}
			only = m.EntityID
		}
	}
	return only
}

// lastEventNamed is lastEvent at any distance; it also returns where the
// event was named.
func (x *extraction) lastEventNamed(word string, before int) (string, int) {
	best, at := "", -1
	for _, ms := range [][]article.Mention{x.mentions, x.described} {
		// both lists are in text order: the first match from the back is
		// the list's last before the offset
		for i := len(ms) - 1; i >= 0 && ms[i].Start > at; i-- {
			m := ms[i]
			if m.Start >= before || x.byID[m.EntityID].Type != article.Event {
				continue
			}
			if word == "" || x.nameHolds(m.EntityID, word) {
				best, at = m.EntityID, m.Start
				break
			}
		}
	}
	return best, at
}

// lastNamed returns the last n people named before a byte offset (or
// the last n countries, a person's country counting for it), nearest
// first, in its sentence or the three before, other than the entities of
// except (or their countries); nil when fewer are named: "the three
// leaders", "the three countries".
func (x *extraction) lastNamed(n int, people bool, before int, except []string) []string {
	var out []string
	skip := slices.Clone(except)
	for _, id := range except {
		if c := x.countryOf(id); !people && c != "" {
			skip = append(skip, c)
		}
	}
	first := x.sentenceAt(before) - 3
	for i := len(x.mentions) - 1; i >= 0 && len(out) < n; i-- {
		m := x.mentions[i]
		if m.Start >= before {
			continue
		}
		if x.sentenceAt(m.Start) < first {
			break
		}
		id := m.EntityID
		switch t := x.byID[id].Type; {
		case m.Via == viaPlace || m.Via == viaModifier || m.Via == viaDemonym:
			continue
		case people && t != article.Person:
			continue
		case !people && t == article.Person:
			id = x.countryOf(id)
		case !people && t != article.Country:
			continue
		}
		if id != "" && !slices.Contains(out, id) && !slices.Contains(skip, id) {
			out = append(out, id)
		}
	}
	if len(out) < n {
		return nil
	}
	return out
}

// nextList returns the countries of the first list of exactly n countries
// named after byte offset after, in its sentence or the next: names joined
// only by commas, "and" and "the" ("seven countries ... Argentina, Chile,
// ..., the Dominican Republic and Uruguay"); or nil.
func (x *extraction) nextList(n, after int) []string {
	last := x.sentenceAt(after) + 1
	i := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start >= after })
	var run []string
	end := -1 // where the run's last name ends
	for ; i < len(x.mentions); i++ {
		m := x.mentions[i]
		if x.sentenceAt(m.Start) > last {
			break
		}
		if m.Via == viaPlace || m.Via == viaModifier || m.Via == viaDemonym || x.byID[m.EntityID].Type != article.Country {
			continue
		}
		if end >= 0 && !listJoint(x.in.Article.Text[end:m.Start]) {
			if len(run) == n {
				return run
			}
			run = run[:0]
		}
		if !slices.Contains(run, m.EntityID) {
			run = append(run, m.EntityID)
		}
		end = m.End
	}
	if len(run) == n {
		return run
	}
	return nil
}

// listJoint reports whether the text between two names joins them in a
// list: only commas, "and" and "the".
func listJoint(between string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(between, ",", " ")) {
		if w != "and" && w != "the" {
			return false
		}
	}
	return true
}

// sentenceAt returns the index of the sentence that holds a byte offset.
func (x *extraction) sentenceAt(offset int) int {
	ss := x.in.Doc.Sentences
	return sort.Search(len(ss), func(i int) bool { return ss[i].End > offset })
}

// addEvent adds an event read from a noun phrase at byte offset at to the
// entities.
func (x *extraction) addEvent(name, place string, at int) string {
	id := article.EntityID(article.Event, name)
	x.described = append(x.described, article.Mention{EntityID: id, Start: at})
	if _, known := x.byID[id]; !known {
		e := article.Entity{ID: id, Type: article.Event, Name: name, Place: place}
		x.byID[id] = e
		x.newEntities = append(x.newEntities, e)
	}
	return id
}

// addPolicy adds a policy that a clause names by its action ("announced
// that it would halt the exercises") and returns its id.
func (x *extraction) addPolicy(name string) string {
	id := article.EntityID(article.Policy, name)
	if _, known := x.byID[id]; !known {
		e := article.Entity{ID: id, Type: article.Policy, Name: name}
		x.byID[id] = e
		x.newEntities = append(x.newEntities, e)
	}
	return id
}

// describedPolicy reads a policy described at a byte offset of the
// sentence ("a joint declaration on ...") and the further ones a list joins
// to it ("agreements on A, a memorandum on B"), adds them to the entities
// and returns their ids.
func (x *extraction) describedPolicy(st *sent, at int) []string {
	i := sort.Search(len(st.Tokens), func(k int) bool { return st.Tokens[k].Start >= at })
	var ids []string
	for _, p := range phrases.PoliciesAt(st.Sentence, i, func(k int) bool { return st.inDate[k] }) {
		pid := article.EntityID(article.Policy, p.Name)
		if _, known := x.byID[pid]; !known {
			e := article.Entity{ID: pid, Type: article.Policy, Name: p.Name}
			x.byID[pid] = e
			x.newEntities = append(x.newEntities, e)
		}
		ids = append(ids, pid)
	}
	return ids
}

// barePolicyAt reads a bare policy noun at a byte offset of the sentence
// ("a deal", "the document") and returns an id that stands for the policy
// the article names elsewhere, which policiesNamedElsewhere puts in its
// place; "" when no bare noun is there.
func (x *extraction) barePolicyAt(st *sent, at int) string {
	i := sort.Search(len(st.Tokens), func(k int) bool { return st.Tokens[k].Start >= at })
	end := phrases.BareAt(st.Sentence, i)
	if end == i {
		return ""
	}
	noun := st.tok(end - 1).Lemma
	id := article.EntityID(article.Policy, "bare "+noun)
	if _, known := x.byID[id]; !known {
		x.byID[id] = article.Entity{ID: id, Type: article.Policy, Name: noun}
	}
	if x.bare == nil {
		x.bare = map[string]bool{}
	}
	x.bare[id] = true
	if purpose := st.purposeAfter(end); purpose != "" {
		if x.barePurpose == nil {
			x.barePurpose = map[barePlace]string{}
		}
		x.barePurpose[barePlace{st.Index, id}] = noun + " to " + purpose
	}
	return id
}

// barePlace is a bare policy noun's id in a sentence.
type barePlace struct {
	sentence int
	id       string
}

// purposeAfter returns the action an infinitive of purpose right after
// token k states, past a phrase of time or a place ("signed an agreement
// in Beijing on Friday to restore diplomatic relations"), or "".
func (st *sent) purposeAfter(k int) string {
	for n := 0; n < 4 && k < len(st.Tokens); n++ {
		switch {
		case st.inDate[k]:
			k++
		case st.tag(k) == "IN" && k+1 < len(st.Tokens) && st.inDate[k+1]:
			k++
		case st.tag(k) == "IN" && k+1 < len(st.Tokens) && st.mentAt[k+1] >= 0 && st.ments[st.mentAt[k+1]].Via != viaDemonym && st.placeMention(k+1) >= 0:
			k = st.ments[st.mentAt[k+1]].to // "in Beijing"
		default:
			n = 4
		}
	}
	if k+1 >= len(st.Tokens) || st.tag(k) != "TO" || st.tag(k+1) != "VB" {
		return ""
	}
	// (to a comma: "..., in a deal brokered by X")
	if to := st.trimTail(k+1, st.actionEnd(k+1, len(st.Tokens), true), true); to-k >= 3 {
		return st.unquotedSpan(k+1, to)
	}
	return ""
}

// actionEnd returns where an action that starts at token from ends, before
// limit: where what was promised or asked would end (endsWhat), or at a
// relative clause after a comma, or with anyComma at any comma.
func (st *sent) actionEnd(from, limit int, anyComma bool) int {
	to := from
	for to < limit && !st.endsWhat(to) {
		if st.Tokens[to].Text == "," && (anyComma || to+1 < limit && (st.tag(to+1) == "WDT" || st.tag(to+1) == "WP")) {
			break
		}
		to++
	}
	return to
}

// policiesNamedElsewhere points each relation whose object is a bare policy
// noun at the policy the article names in a relation of the same kind: the
// one whose subjects include this relation's subject or its country ("The
// EU signed a deal with Azerbaijan ... Von der Leyen and Aliyev signed a
// memorandum on energy"), else the article's only one. A bare noun that
// names no policy, or one of several, draws nothing.
func (x *extraction) policiesNamedElsewhere() {
	if len(x.bare) == 0 {
		return
	}
	type kindPolicy struct{ kind, policy string }
	var order []kindPolicy
	signers := map[kindPolicy]map[string]bool{} // subjects and their countries
	for _, r := range x.rels {
		if x.bare[r.Object] || x.byID[r.Object].Type != article.Policy {
			continue
		}
		kp := kindPolicy{r.Kind, r.Object}
		if signers[kp] == nil {
			signers[kp] = map[string]bool{}
			order = append(order, kp)
		}
		signers[kp][r.Subject] = true
		if c := x.countryOf(r.Subject); c != "" {
			signers[kp][c] = true
		}
	}
	keep := 0
	for i, r := range x.rels {
		if x.bare[r.Object] {
			var only, shared []string
			for _, kp := range order {
				if kp.kind != r.Kind {
					continue
				}
				only = append(only, kp.policy)
				if signers[kp][r.Subject] || signers[kp][x.countryOf(r.Subject)] {
					shared = append(shared, kp.policy)
				}
			}
			switch purpose := x.barePurpose[barePlace{r.Sentence, r.Object}]; {
			case len(shared) == 1:
				r.Object = shared[0]
			case len(shared) == 0 && len(only) == 1:
				r.Object = only[0]
			case len(only) == 0 && purpose != "":
				// "signed an agreement on Friday to restore relations", in an
				// article that names no policy of the kind
				r.Object = x.addPolicy(purpose)
				r.Rule += "; named by its purpose"
			default:
				continue
			}
		}
		x.rels[keep], x.explicit[keep] = r, x.explicit[i]
		keep++
	}
	x.rels, x.explicit = x.rels[:keep], x.explicit[:keep]
}

// restatedPolicies points the relations of a described policy at a longer
// one the article describes that starts with its words, when the same
// subjects sign or announce both, or it drew no relation ("sign joint
// declaration" in a headline, "signed a joint declaration on ..." in the
// text), and drops it from the entities. A short name that other subjects
// sign is another policy.
func (x *extraction) restatedPolicies() {
	by := map[string][]int{} // policy id -> its relations
	for i, r := range x.rels {
		if x.byID[r.Object].Type == article.Policy {
			by[r.Object] = append(by[r.Object], i)
		}
	}
	named := map[string]string{} // policy name -> id
	for _, e := range x.newEntities {
		if e.Type == article.Policy {
			named[e.Name] = e.ID
		}
	}
	// each policy's shorter names: the words it starts with
	longer := map[string]string{} // short policy id -> long policy id
	for _, long := range x.newEntities {
		if long.Type != article.Policy {
			continue
		}
		for i := strings.LastIndexByte(long.Name, ' '); i > 0; i = strings.LastIndexByte(long.Name[:i], ' ') {
			short, ok := named[long.Name[:i]]
			if _, done := longer[short]; ok && !done && x.sameParties(by[short], by[long.ID]) {
				longer[short] = long.ID
			}
		}
	}
	if len(longer) == 0 {
		return
	}
	for i, r := range x.rels {
		if l, ok := longer[r.Object]; ok {
			x.rels[i].Object = l
		}
	}
	kept := x.newEntities[:0]
	for _, e := range x.newEntities {
		if _, gone := longer[e.ID]; !gone {
			kept = append(kept, e)
		}
	}
	x.newEntities = kept
}

// sameParties reports whether every relation of a has one of b with the
// same kind and subject.
func (x *extraction) sameParties(a, b []int) bool {
	for _, i := range a {
		found := false
		for _, j := range b {
			if x.rels[i].Kind == x.rels[j].Kind && x.rels[i].Subject == x.rels[j].Subject {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// describedEvent reads an event from the noun phrase at i when an event noun
// heads it ("a military parade in Beijing"), adds it to the entities and
// returns its id, or "".
// sentencePlace returns the first city, capital or country the sentence
// names after "to" or "in", or "".
func (st *sent) sentencePlace() string {
	for _, m := range st.ments {
		if (m.Via == viaPlace || m.Via == viaCapital) && m.from > 0 && (st.lower(m.from-1) == "to" || st.lower(m.from-1) == "in") {
			return m.Text
		}
	}
	return ""
}

// organizationInClause returns the first mention of an organization in the
// clause of token k before it, or -1: the one whose occasion a bare
// occasion noun of the clause is.
func (st *sent) organizationInClause(k int) int {
	from := k
	for from > 0 && st.groupAt[from] < 0 {
		from-- // to the verb the noun's phrase hangs on
	}
	for j := st.clauseStartLeft(from); j < k; j++ {
		if m := st.mentAt[j]; m >= 0 && st.ments[m].typ == article.Organization {
			return m
		}
	}
	return -1
}

// hostedOccasion names the event a bare event noun at i stands for when
// someone hosted it ("the talks were hosted by Qatar", "at talks hosted by
// X in Putrajaya"): hosting says it took place, so it is an event, placed
// where the sentence puts it; "" when no event noun heads the phrase.
func (st *sent) hostedOccasion(i int) string {
	if st.addEvent == nil || i < 0 || !st.eventHeaded(i) {
		return ""
	}
	end := st.npEnd(i)
	from := i
	for from < end-1 && (st.tag(from) == "DT" || st.tag(from) == "PRP$" || genericModifiers[st.lower(from)] || st.inDate[from]) {
		from++
	}
	return st.addEvent(st.span(from, end), st.sentencePlace(), st.tok(from).Start)
}

// eventHead reports an event noun at token k, a name's plural too (the
// model keeps "the 44th and 45th ASEAN Summits" a name, with its lemma).
func (st *sent) eventHead(k int) bool {
	w := st.lower(k)
	return eventNouns[st.tok(k).Lemma] || eventNouns[w] || strings.HasPrefix(st.tag(k), "NNP") && strings.HasSuffix(w, "s") && eventNouns[w[:len(w)-1]]
}

func (st *sent) describedEvent(i int) string {
	end := st.npEnd(i)
	head := end - 1
	if head < i {
		return ""
	}
	// "the forum's opening dinner": a part of the event its possessive
	// names
	if p := i + 2; p < end && st.tag(i) == "DT" && st.tag(p) == "POS" && (eventNouns[st.tok(p-1).Lemma] || eventNouns[st.lower(p-1)]) && st.lastEvent != nil {
		for _, word := range []string{st.lower(p - 1), "", onlyEvent} {
			if id := st.lastEvent(word, st.tok(i).Start); id != "" {
				return id
			}
		}
	}
	// "the opening (session) of the G20 summit": the event that the part is of
	if end+1 < len(st.Tokens) && st.lower(end) == "of" {
		if inner := st.npEnd(end + 1); inner > end+1 && (eventNouns[st.tok(inner-1).Lemma] || eventNouns[st.lower(inner-1)]) {
			return st.describedEvent(end + 1)
		}
	}
	// "at the summit table": a place within the event its modifier names
	if head > i && eventPlaces[st.tok(head).Lemma] && (eventNouns[st.tok(head-1).Lemma] || eventNouns[st.lower(head-1)]) {
		end, head = head, head-1
	}
	if !st.eventHead(head) || head > i && mediaEvents[st.lower(head-1)] {
		return ""
	}
	from := i
	// "their first summit" names no summit, nor does "Thursday's summit"
	for from < end && (st.tag(from) == "DT" || st.tag(from) == "PRP$" || genericModifiers[st.lower(from)] || st.inDate[from] || from > i && st.tag(from) == "POS" && st.inDate[from-1]) {
		from++
	}
	place := ""
	topic := false
	// "talks on peace in Ukraine": a topic names talks that have no name
	if from == head && end+1 < len(st.Tokens) && (st.lower(end) == "on" || st.lower(end) == "over") && !st.inDate[end+1] {
		// (not "talks on behalf of X", "talks on the sidelines of Y")
		if e := st.npEnd(end + 1); e > end+1 && st.mentAt[end+1] < 0 && !phrases.IsAdverbialNoun(st.tok(e-1).Lemma) {
			end, topic = e, true
		}
	}
	// "the inauguration of Prabowo Subianto", "the funeral of Queen
	// Elizabeth": whose event it is belongs to its name
	if end+1 < len(st.Tokens) && st.lower(end) == "of" {
		if m := st.mentAt[end+1]; m >= 0 && st.ments[m].typ == article.Person {
			end = st.ments[m].to
		} else if m >= 0 && st.ments[m].typ == article.Country && st.tag(st.ments[m].to) == "POS" && from == head {
			// "the inauguration of Senegal's new president": an office
			// its country owns
			end = st.npEnd(end + 1)
		} else if n := end + 1 + st.articleAt(end+1); m < 0 && from == head && n < len(st.Tokens) && st.tag(n) == "NNP" && st.mentAt[n] < 0 {
			// a name the data does not know ("the funeral of Pope Francis",
			// "the inauguration of the Grand Renaissance Dam")
			// (with a demonym inside: "the Grand Ethiopian Renaissance Dam")
			for end = n; end < len(st.Tokens) && (st.tag(end) == "NNP" && st.mentAt[end] < 0 || st.demonymInName(end)); end++ {
			}
		} else if ms := st.objectList(end+1, false); from == head && m >= 0 && len(ms) > 1 && st.ments[m].typ == article.Country {
			// "a summit of A, B and C": the countries it gathers name it
			end = st.ments[ms[len(ms)-1]].to
		} else if e := st.npEnd(end + 1); from == head && e > end+1 && st.tag(e-1) == "NNS" && st.mentAt[e-1] < 0 && !st.inDate[e-1] {
			// "a summit of tropical forest nations", "a meeting of Syria's
			// neighbours": whom it gathers names it
			end = e
		}
	}
	if !topic && end+1 < len(st.Tokens) && (st.lower(end) == "in" || st.lower(end) == "at") {
		if m := st.mentAt[end+1]; m >= 0 && (st.ments[m].typ == article.Country || st.ments[m].Via == viaPlace || st.ments[m].Via == "capital") {
			place = st.ments[m].Text
			end = st.ments[m].to
		} else if m < 0 && st.tag(end+1) == "NNP" && !st.inDate[end+1] {
			// "the talks in Argyle": a place the data does not know still
			// names the event, so it is not the last one the article named
			k := end + 1
			for k < len(st.Tokens) && st.tag(k) == "NNP" && st.mentAt[k] < 0 && !st.inDate[k] {
				k++
			}
			if k == len(st.Tokens) || !strings.HasPrefix(st.tag(k), "NN") && st.tag(k) != "POS" {
				end = k
			}
		}
	}
	if from >= end || st.addEvent == nil {
		return ""
	}
	// "the summit": the last event of that kind the article named, else
	// the event this sentence or the one before named; a bare noun with
	// neither names no event ("flew to Beijing for talks")
	if from == head && end == head+1 && st.lastEvent != nil {
		if id := st.lastEvent(st.lower(head), st.tok(head).Start); id != "" {
			return id
		}
		if id := st.lastEvent("", st.tok(head).Start); id != "" {
			return id
		}
		// "attended the parade ... also attended the ceremony": the last
		// ceremony of any kind
		if ceremonyNouns[st.tok(head).Lemma] {
			if id := st.lastEvent(anyCeremony, st.tok(head).Start); id != "" {
				return id
			}
		}
		// "leaders of ASEAN gathered in Kuala Lumpur for a summit": an
		// occasion of the organization its clause names
		if occasionNouns[st.tok(head).Lemma] && st.shortName != nil {
			if m := st.organizationInClause(head); m >= 0 {
				return st.addEvent(st.shortName(st.ments[m].EntityID)+" "+st.lower(head), st.sentencePlace(), st.tok(from).Start)
			}
		}
		// "flew to Havana for the ceremony": an occasion held where the
		// sentence places its subject
		if occasionNouns[st.tok(head).Lemma] && st.lower(i) == "the" {
			if p := st.sentencePlace(); p != "" {
				return st.addEvent(st.span(from, end), p, st.tok(from).Start)
			}
		}
		return ""
	}
	return st.addEvent(st.span(from, end), place, st.tok(from).Start)
}

// demonymInName reports a demonym at token k inside a name the data
// does not know: capitalised words on both sides of it.
func (st *sent) demonymInName(k int) bool {
	m := st.mentAt[k]
	return m >= 0 && st.ments[m].Via == viaDemonym && k > 0 && st.tag(k-1) == "NNP" && st.ments[m].to < len(st.Tokens) && st.tag(st.ments[m].to) == "NNP"
}

// articleAt returns 1 when token k is "the", else 0.
func (st *sent) articleAt(k int) int {
	if k < len(st.Tokens) && st.lower(k) == "the" {
		return 1
	}
	return 0
}

// number reports a number at token k: a cardinal, or a number word the
// tagger took for an adjective ("fewer than ten leaders").
func (st *sent) number(k int) bool {
	if st.tag(k) == "CD" {
		return true
	}
	_, ok := dates.NumberWord(st.lower(k))
	return ok
}
