package frames

import (
	"slices"
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/doc"
	"github.com/bilatgraph/bilat/ingest/phrases"
)

// joinVerbs take as object someone whose deed their subject shares: "X
// joined Y in condemning Z", "X followed Y in imposing sanctions".
var joinVerbs = map[string]bool{"join": true, "follow": true}

// subject is who performs a predicate, with the strategy that found it.
type subject struct {
	ments    []int    // mentions of the sentence
	strategy string   // clause, relative, coordinated-verb, governing-clause, possessor, speaker, ...
	speaker  string   // for "we" and "I": the speaker's entity id
	plural   bool     // "we": the speaker's country acts
	parties  bool     // "they", "the leaders": the article's two parties
	visitor  bool     // "the visiting leader": who visited last
	people   bool     // "the two leaders": the two people who last met, however long ago
	owners   bool     // "their ministers": the countries of the parties, not the parties
	named    []string // "the three leaders" (with parties): the people named last
	nobody   bool     // the clause's subject names no actor ("guests who gathered"): no other is sought
}

// subjectOf finds the subject of verb group gi: a relative pronoun's
// antecedent, the clause's own subject (an actor, a plural that names no one,
// a pronoun of reported speech, "we" or "I"), else the subject of the clause
// that governs it.
func (st *sent) subjectOf(gi, depth int) subject {
	if depth > 4 {
		return subject{}
	}
	g := st.Groups[gi]
	if ms := st.amongThoseBefore(gi); len(ms) > 0 {
		return subject{ments: ms, strategy: "among those who ..., the list after the copula"}
	}
	if s, ok := st.relativeOfList(g); ok {
		return s
	}
	// "Putin, who arrived on Monday, met ...": the relative pronoun's antecedent.
	if k := st.skipAdverbsLeft(g.Start - 1); k >= 0 && relativeWords[st.lower(k)] && (st.tag(k) == "WP" || st.tag(k) == "WDT") {
		if ms := st.actorsEndingBefore(k); len(ms) > 0 {
			return subject{ments: ms, strategy: "relative"}
		}
		// "X and Y were among the leaders who attended": those the
		// antecedent counts in
		// ("among more than 40 heads of state who joined")
		np := st.npStartLeft(k - 1)
		if np > 1 && st.tag(np-1) == "CC" && strings.HasPrefix(st.tag(np-2), "NN") {
			np = st.npStartLeft(np - 1) // "leaders and officials who"
		}
		if np > 1 && st.lower(np-1) == "of" {
			np = st.npStartLeft(np - 2)
		}
		if np > 2 && st.lower(np-1) == "than" {
			np = st.npStartLeft(np - 2) // "more than 40"
		}
		if a := st.skipAdverbsLeft(np - 1); a > 0 && st.lower(a) == "among" && st.groupAt[a-1] >= 0 {
			if s := st.subjectOf(st.groupAt[a-1], depth+1); len(s.ments) > 0 {
				s.strategy = "relative, among"
				return s
			}
		}
		// "hosted a banquet for guests who gathered ... to attend": a
		// relative clause whose antecedent names no actor says nothing of
		// the clause around it
		if np > 0 && strings.HasPrefix(st.tag(k-1), "NN") && st.mentAt[k-1] < 0 && st.lower(k) == "who" {
			return subject{strategy: "relative, no actor", nobody: true}
		}
	}
	// "Britain joined France in condemning ...": who joins and whom it
	// joins both do it
	if !g.Finite && st.tag(g.Start) == "VBG" && g.Start > 1 && st.lower(g.Start-1) == "in" {
		if p := st.governingGroup(gi); p >= 0 && joinVerbs[st.tok(st.Groups[p].Head).Lemma] {
			if at := st.skipToNP(st.Groups[p].End, g.Start-1); at >= 0 {
				if obj := st.objectList(at, false); len(obj) > 0 {
					if s := st.subjectOf(p, depth+1); len(s.ments) > 0 {
						s.ments = append(slices.Clip(s.ments), obj...)
						s.strategy = "who joins and whom it joins"
						return s
					}
				}
			}
		}
	}
	// "..., with Canberra committing A$200 million": the participle's own
	// subject, after "with"
	if k := g.Start - 1; !g.Finite && st.tag(g.Start) == "VBG" && k > 0 && st.mentAt[k] >= 0 && st.ments[st.mentAt[k]].actor {
		// (past its title: "with Omani Foreign Minister X holding talks")
		if m := st.mentAt[k]; st.ments[m].from > 0 && (st.lower(st.ments[m].from-1) == "with" || st.npStartLeft(k) > 0 && st.lower(st.npStartLeft(k)-1) == "with") {
			return subject{ments: []int{m}, strategy: "with-phrase of the participle"}
		}
	}
	// "X gave Y's envoy 48 hours to leave, accusing Paris of ...": a
	// participle after a comma is said of the clause before, not of that
	// clause's object
	if !g.Finite && st.tag(g.Start) == "VBG" && g.Start > 0 && st.Tokens[g.Start-1].Text == "," {
		if s := st.inheritedSubject(gi, depth); len(s.ments) > 0 || s.speaker != "" || s.parties {
			return s
		}
	}
	// "X phoned Y to congratulate him": an infinitive after a verb's
	// object is said of the verb's subject (verbs whose object does the
	// infinitive, "urged Y to", are requests and govern it)
	if g.Infinitive {
		// (past a date: "summoned Japan's ambassador on Sunday to express")
		last := g.Start - 1
		for last > 0 && (st.inDate[last] || st.inDate[last+1] && st.tag(last) == "IN") {
			last--
		}
		if p := gi - 1; p >= 0 && causativeVerbs[st.tok(st.Groups[p].Head).Lemma] && last >= 0 && st.mentAt[last] >= 0 && st.ments[st.mentAt[last]].actor {
			// "prompting Beijing to vow countermeasures": Beijing vows
			if m := st.mentAt[last]; st.ments[m].from >= st.Groups[p].End {
				return subject{ments: []int{m}, strategy: "object of the verb that makes it act"}
			}
		}
		// (not after a deed its owner decided: "condemned Iran's decision
		// to suspend ...")
		if k := st.clauseStartLeft(g.Start) - 1; k >= 0 && st.groupAt[k] >= 0 && st.groupAt[k] != gi && st.Groups[st.groupAt[k]].Finite &&
			st.tok(st.Groups[st.groupAt[k]].Head).Lemma != "be" && last >= 0 && (st.mentAt[last] >= 0 || visitorNouns[st.tok(last).Lemma] || st.ownedByActor(last) && !deedNouns[st.tok(last).Lemma]) {
			if s := st.subjectOf(st.groupAt[k], depth+1); len(s.ments) > 0 {
				s.strategy = "subject of the verb whose object it follows"
				return s
			}
		}
	}
	// "X is the first Indian leader to visit Guyana": an infinitive that
	// completes the predicate of a copula is said of the copula's subject
	if g.Infinitive {
		if k := st.clauseStartLeft(g.Start) - 1; k >= 0 && st.groupAt[k] >= 0 && copulas[st.tok(st.Groups[st.groupAt[k]].Head).Lemma] && st.groupAt[k] != gi {
			if s := st.subjectOf(st.groupAt[k], depth+1); len(s.ments) > 0 {
				s.strategy = "subject of the copula"
				return s
			}
		}
	}
	// "calling X's policy a fallacy and accusing him of ...": a participle
	// after a coordinator shares the subject of the one before
	if !g.Finite && st.afterCoordinator(g.Start) {
		if s := st.inheritedSubject(gi, depth); len(s.ments) > 0 || s.speaker != "" || s.parties {
			return s
		}
	}
	// "adopted the EU's sanctions and froze Russia's assets": a finite
	// verb right after "and" shares the subject of the verb before it
	if g.Finite && st.afterCoordinator(g.Start) {
		if s := st.inheritedSubject(gi, depth); len(s.ments) > 0 || s.speaker != "" || s.parties {
			return s
		}
	}
	// "visited Kampala on Friday, met X and thanked Y": a verb of a series
	// shares the first one's subject, whatever its object was
	if st.inSeries(gi) && !st.speech[gi] && st.serialList(gi) {
		if s := st.inheritedSubject(gi, depth); len(s.ments) > 0 || s.speaker != "" || s.parties {
			return s
		}
	}
	if s, ok := st.clauseSubject(gi, depth); ok {
		return s
	}
	if !g.Finite || st.afterCoordinator(g.Start) || st.inSeries(gi) {
		return st.inheritedSubject(gi, depth)
	}
	return subject{}
}

// inSeries reports a finite verb right after a comma that continues a series
// of verbs in the same form ("closed its borders, froze the assets and
// suspended trade"): it shares the subject of the first.
func (st *sent) inSeries(gi int) bool {
	g := st.Groups[gi]
	if !g.Finite || g.Start == 0 || st.Tokens[g.Start-1].Text != "," || gi == 0 {
		return false
	}
	p := st.governingGroup(gi)
	return p >= 0 && st.tag(st.Groups[p].Head) == st.tag(g.Head) && !st.speech[p]
}

// serialList reports a verb of a series that a coordinator closes: a later
// verb in the same form follows it after "and" ("V1 ..., V2 ... and V3").
func (st *sent) serialList(gi int) bool {
	g := st.Groups[gi]
	// (not after a relative clause the comma closes: "A and B, who was
	// also there, held talks and agreed")
	if p := st.governingGroup(gi); p >= 0 {
		if k := st.skipAdverbsLeft(st.Groups[p].Start - 1); k >= 0 && relativeWords[st.lower(k)] {
			return false
		}
	}
	for n := gi + 1; n < len(st.Groups); n++ {
		next := st.Groups[n]
		if st.tag(next.Head) == st.tag(g.Head) && next.Finite && st.afterCoordinator(next.Start) {
			return true
		}
		if next.Finite {
			return false
		}
	}
	return false
}

// clauseSubject reads the subject in the clause of verb group gi.
func (st *sent) clauseSubject(gi, depth int) (subject, bool) {
	from := st.clauseStartLeft(st.Groups[gi].Start)
	if s, ok := st.namedSubject(gi, from); ok {
		return s, true
	}
	return st.referredSubject(gi, from, depth)
}

// namedSubject reads a subject the clause names in [from, the verb): a
// pronoun right before it, the first actors, an actor right after a
// reporting verb, or a country's office.
func (st *sent) namedSubject(gi, from int) (subject, bool) {
	g := st.Groups[gi]
	// "told NHK she urged ...": a pronoun right before the verb, after a noun
	// phrase, is the subject of a clause that starts without "that"
	if k := st.skipAdverbsLeft(g.Start - 1); k > from && st.mentAt[k] >= 0 && st.tag(k) == "PRP" {
		if m := st.mentAt[k]; st.ments[m].actor && st.ments[m].from == k && !coordinators[st.lower(k-1)] && st.Tokens[k-1].Text != "," {
			return subject{ments: []int{m}, strategy: "clause, the pronoun before the verb"}, true
		}
	}
	// "X will ..., foreign ministry spokesperson Mao Ning announced": a
	// reporting verb after its clause takes the noun phrase that a comma
	// sets before it
	if st.speech[gi] {
		if ms := st.actorsEndingBefore(g.Start); len(ms) > 0 && st.subjectAfterComma(gi) > from {
			return subject{ments: ms, strategy: "clause, the reporter after a comma"}, true
		}
	}
	// "told Al Jazeera the group was committed ...": a noun phrase right
	// before the verb, after whom a reporting verb addresses, is the
	// subject of a clause that starts without "that"
	if k := st.skipAdverbsLeft(g.Start - 1); k > from && st.mentAt[k] < 0 && strings.HasPrefix(st.tag(k), "NN") {
		np := k
		for np > from && st.mentAt[np-1] < 0 && (strings.HasPrefix(st.tag(np-1), "NN") || strings.HasPrefix(st.tag(np-1), "JJ")) {
			np--
		}
		if np--; np > from+1 && st.tag(np) == "DT" && st.mentAt[np-1] >= 0 {
			m := st.ments[st.mentAt[np-1]]
			v := m.from - 1
			if v > 0 && st.tag(v) == "DT" {
				v-- // "told the BBC"
			}
			if v >= 0 && st.groupAt[v] >= 0 && st.speech[st.groupAt[v]] {
				return subject{strategy: "clause, the noun phrase before the verb (names no actor)", nobody: true}, true
			}
		}
	}
	if m := st.appositiveName(from, g.Start); m >= 0 {
		ms := []int{m}
		// "The kingdom's ruler, X, and Y discussed ...": those coordinated
		// after the apposition are subjects too
		if e := st.ments[m].to; e+2 < g.Start && st.Tokens[e].Text == "," && st.lower(e+1) == "and" {
			ms = append(ms, st.firstActorsIn(e+2, g.Start)...)
		}
		return subject{ments: ms, strategy: "clause, the name in apposition"}, true
	}
	if from == 0 && st.groupAt[0] >= 0 && !st.Groups[st.groupAt[0]].Finite {
		// "Addressing the General Assembly, X criticised Y": the subject
		// comes after the fronted participle's comma
		// (the last comma: "Opening the summit, which he chaired, X
		// thanked Y")
		for k := g.Start - 1; k > 0; k-- {
			if st.Tokens[k].Text == "," {
				if ms := st.firstActorsIn(k+1, g.Start); len(ms) > 0 {
					return subject{ments: ms, strategy: "clause, after a fronted participle"}, true
				}
				break
			}
		}
	}
	if k := st.relativeClosedBefore(from, g.Start); k > 0 {
		// "At the summit, which brought together A and B, C criticised
		// Y": the subject comes after the relative clause's comma
		if ms := st.firstActorsIn(k+1, g.Start); len(ms) > 0 {
			// "A, who arrived on Monday, and B met X": the relative
			// clause is the list's first member's
			if a := st.listMemberWithRelative(k); a >= 0 && st.lower(k+1) == "and" {
				return subject{ments: append(st.coordinatedLeft(a, false), ms...), strategy: "clause, a list around a relative clause"}, true
			}
			return subject{ments: ms, strategy: "clause, after a relative clause"}, true
		}
	}
	if ms := st.firstActorsIn(from, g.Start); len(ms) > 0 {
		return subject{ments: ms, strategy: "clause"}, true
	}
	// "..., said Zelensky during a stopover": a reporting verb put before
	// its subject
	if st.speech[gi] && g.Start > 0 && (st.Tokens[g.Start-1].Text == "," || st.isBoundary(g.Start-1)) && g.End < len(st.Tokens) {
		if ms := st.headActors(g.End, st.npEnd(g.End), false); len(ms) > 0 {
			return subject{ments: ms, strategy: "clause, after the reporting verb"}, true
		}
	}
	// "the Chinese and Russian presidents met": offices named by the
	// demonyms of their countries
	if ms := st.coordinatedDemonyms(from, g.Start); len(ms) > 1 {
		return subject{ments: ms, strategy: "clause, the countries of coordinated demonyms"}, true
	}
	// "the Dutch king hosted ...": an office named by its country alone
	if k := st.firstNounPhrase(from, g.Start); k >= 0 && st.npEnd(k) >= st.skipAdverbsLeft(g.Start-1)+1 {
		if m := st.demonymIn(k); m >= 0 && strings.HasPrefix(st.tag(st.npEnd(k)-1), "NN") && st.tag(st.npEnd(k)-1) != "NNS" {
			return subject{ments: []int{m}, strategy: "clause, the country of a demonym"}, true
		}
	}
	return subject{}, false
}

// coordinatedDemonyms reads a plural noun phrase in [from, to), right before
// to, whose modifiers are demonyms joined by "and" or commas ("the French
// and German foreign ministers") and returns their mentions in text order,
// or nil.
func (st *sent) coordinatedDemonyms(from, to int) []int {
	k := st.skipAdverbsLeft(to - 1)
	if k <= from || st.tag(k) != "NNS" {
		return nil
	}
	var out []int
	joined := true // the last demonym read has "and" or a comma before it
	for k--; k >= from; k-- {
		m := st.mentAt[k]
		switch {
		case m >= 0 && (st.ments[m].Via == viaDemonym || st.ments[m].Via == viaModifier || st.ments[m].typ == article.Country):
			if !joined && len(out) > 0 {
				return nil
			}
			out = append(out, m)
			k, joined = st.ments[m].from, false
		case len(out) > 0 && (coordinators[st.lower(k)] || st.Tokens[k].Text == ","):
			joined = true
		case len(out) == 0 && strings.HasPrefix(st.tag(k), "JJ"), len(out) == 0 && st.tag(k) == "NN":
			// "foreign" in "the French and German foreign ministers"
		case st.tag(k) == "DT" || st.tag(k) == "CD" || st.tag(k) == "PRP$" || st.tag(k) == "JJS" || st.tag(k) == "PDT":
			k = from // "the", "both", "the two", "his", "most"
		default:
			return nil
		}
	}
	if joined {
		return nil
	}
	slices.Reverse(out)
	return out
}

// appositiveName reads "The president's father, X, ..." in [from, to): a
// noun phrase whose head is a common noun owned by someone, then the name of
// a person between commas. The name is the subject, not the owner. It
// returns the name's mention, or -1.
func (st *sent) appositiveName(from, to int) int {
	owned := false
	for k := from; k < to; k++ {
		switch {
		case st.tag(k) == "POS":
			owned = true
		case st.Tokens[k].Text == ",":
			if !owned || k == from || st.mentAt[k-1] >= 0 || !strings.HasPrefix(st.tag(k-1), "NN") || k+1 >= to {
				return -1
			}
			m := st.mentAt[k+1]
			if m < 0 || st.ments[m].typ != article.Person {
				return -1
			}
			if e := st.ments[m].to; e == to || (e < to && st.Tokens[e].Text == ",") {
				return m
			}
			return -1
		case st.groupAt[k] >= 0 || st.isBoundary(k):
			return -1
		case st.tag(k) == "IN" && st.lower(k) != "of" && !owned:
			return -1 // "After talks with the UAE's minister, X, Y flew": the name is the phrase's
		}
	}
	return -1
}

// referredSubject reads a subject the clause refers to: "they" or "the two
// leaders" (the article's parties), a pronoun whose reporter is the
// subject of the reporting clause, or "we"/"I" (the speaker).
func (st *sent) referredSubject(gi, from, depth int) (subject, bool) {
	g := st.Groups[gi]
	if k := st.npStartLeft(st.skipAdverbsLeft(g.Start - 1)); k >= from && k+2 < g.Start && st.lower(k) == "the" && st.lower(k+1) == "visiting" &&
		st.npEnd(k) == k+3 && visitorNouns[st.tok(k+2).Lemma] {
		// "the visiting leader held talks with X"
		return subject{strategy: "the visitor told last", visitor: true}, true
	}
	if i := st.firstNounPhrase(from, g.Start); i >= 0 && st.skipAdverbsLeft(g.Start-1) == i+2 {
		if ids := st.numberedGroup(i, st.tok(i).Start); ids != nil {
			return subject{strategy: "the last " + st.lower(i+1) + " named", parties: true, named: ids}, true
		}
	}
	// "..., and on Tuesday the three held talks": the number alone right
	// before its verb
	if k := st.skipAdverbsLeft(g.Start - 1); k-1 >= from && st.tag(k) == "CD" && st.lower(k-1) == "the" {
		if ids := st.numberedGroup(k-1, st.tok(k-1).Start); ids != nil {
			return subject{strategy: "the last " + st.lower(k) + " named", parties: true, named: ids}, true
		}
	}
	// "expelled a diplomat over what it called provocative activities":
	// "it" in a clause that "what", "which" or "whom" opens is the state
	// the clause it hangs on is about ("summoned X's envoy over remarks by
	// Y, whom it accused of ...")
	if k := st.skipAdverbsLeft(g.Start - 1); k >= 1 && st.lower(k) == "it" && st.mentAt[k] < 0 && (st.lower(k-1) == "what" || st.lower(k-1) == "which" || st.lower(k-1) == "whom") {
		if p := st.governingGroup(gi); p >= 0 {
			if s := st.subjectOf(p, depth+1); len(s.ments) > 0 {
				if t := st.ments[s.ments[0]].typ; t == article.Country || t == article.Organization {
					s.strategy = "it: the subject of the clause it hangs on"
					return s, true
				}
			}
		}
	}
	if k := st.skipAdverbsLeft(g.Start - 1); k >= 0 && st.lower(k) == "they" && st.mentAt[k] < 0 && st.theyAreThings(k) {
		// "lifted sanctions on three firms after they agreed to ...": the
		// plural named before it, which names no actor
		return subject{strategy: "they: the things named before it", nobody: true}, true
	}
	if gm := st.pluralParties(from, g.Start); gm != "" {
		// ("their ministers" are not the two people just named: their
		// countries are the parties)
		if strings.HasPrefix(strings.ToLower(gm), "their ") {
			return subject{strategy: "plural subject (" + gm + "): the countries of the article's two parties", parties: true, owners: true}, true
		}
		return subject{strategy: "plural subject (" + gm + "): the article's two parties", parties: true, people: peopleGroup(gm)}, true
	}
	if p := st.pronounIn(from, g.Start); p >= 0 && from > 0 {
		if gov := st.reportingGroup(gi); gov >= 0 {
			if s := st.subjectOf(gov, depth+1); len(s.ments) > 0 {
				s.strategy = "reporter of " + st.lower(p)
				return s, true
			}
		}
	}
	if fp := st.firstPersonIn(from, g.Start); fp >= 0 {
		sp, how := st.speakerOf(gi, depth), "speaker"
		if sp == "" {
			sp, how = st.nearbySpeaker, "speaker of a nearby sentence"
		}
		if sp != "" {
			return subject{strategy: how + " (" + st.lower(fp) + ")", speaker: sp, plural: firstPersonPl[st.lower(fp)]}, true
		}
	}
	return subject{}, false
}

// inheritedSubject is the subject of a participle, an infinitive or a
// coordinated verb: that of the nearest clause before it that has one ("met
// Putin and signed ...", "after attending ...", "said the sanctions were
// unfair and vowed a response"), else, for a fronted participle, that of the
// clause after it.
// setOffAfterSubject reads a participle set off by commas right after its
// clause's subject: "and the two leaders, meeting face to face for the first
// time, called for a ceasefire" (the subject of the verb after the phrase,
// when that subject ends right before the phrase).
func (st *sent) setOffAfterSubject(gi, depth int) (subject, bool) {
	g := st.Groups[gi]
	if g.Finite || g.Infinitive || st.tag(g.Head) != "VBG" || g.Start < 2 || st.Tokens[g.Start-1].Text != "," || !strings.HasPrefix(st.tag(g.Start-2), "NN") {
		return subject{}, false
	}
	// the verb right after the comma that closes the phrase
	c := g.End
	for c < len(st.Tokens) && st.Tokens[c].Text != "," && !st.isBoundary(c) {
		c++
	}
	if c+1 >= len(st.Tokens) || st.Tokens[c].Text != "," {
		return subject{}, false
	}
	n := st.groupAt[c+1]
	if n < 0 || !st.Groups[n].Finite || st.Groups[n].Start != c+1 {
		return subject{}, false
	}
	s := st.subjectOf(n, depth+1)
	if len(s.ments) == 0 && !s.parties && !s.people {
		return subject{}, false
	}
	for _, m := range s.ments {
		if st.ments[m].to != g.Start-1 && st.ments[m].to > g.Start {
			return subject{}, false
		}
	}
	s.strategy = "the subject it is set off after"
	return s, true
}

func (st *sent) inheritedSubject(gi, depth int) subject {
	// "the release of funds promised under its partnership": a participle
	// on a common noun is a passive whose subject is that noun; who did it
	// is only its agent, never the clause's subject
	if g := st.Groups[gi]; !g.Finite && !g.Infinitive && g.Start == g.Head && st.tag(g.Head) == "VBN" && g.Start > 0 &&
		strings.HasPrefix(st.tag(g.Start-1), "NN") && st.mentAt[g.Start-1] < 0 {
		return subject{strategy: "a participle on a noun (no agent)", nobody: true}
	}
	// "China's decision to introduce ...": the owner of the noun the infinitive completes
	if g := st.Groups[gi]; g.Infinitive && g.Start > 0 && (st.tag(g.Start-1) == "NN" || st.tag(g.Start-1) == "NNS") {
		if s := st.possessorOf(g.Start - 1); len(s.ments) > 0 {
			s.strategy = "owner of the noun it completes"
			return s
		}
	}
	if q := st.parallelReporter(gi); q >= 0 {
		if s := st.subjectOf(q, depth+1); len(s.ments) > 0 || s.speaker != "" || s.parties {
			s.strategy = "coordinated with the reporting verb"
			return s
		}
	}
	if s, ok := st.setOffAfterSubject(gi, depth); ok {
		return s
	}
	for p := st.governingGroup(gi); p >= 0; p = st.governingGroup(p) {
		if st.quoted[st.Groups[p].Start] && !st.quoted[st.Groups[gi].Start] {
			continue // "told X that "...", and encouraged him": not the quotation's verb
		}
		if st.parentheticalReport(p) {
			continue // "X asked Y to ..., his office said, raising the demand": X raised it
		}
		if g := st.Groups[gi]; !g.Finite && st.tag(g.Head) == "VBG" && g.Start > 0 && st.Tokens[g.Start-1].Text == "," && st.relativeClause(p) {
			// "spoke with X, who was sworn in that day, congratulating
			// him": a participle after a relative clause closed by a comma
			// goes on with the main clause
			continue
		}
		if st.Groups[gi].Finite && (!st.Groups[p].Finite || (st.relativeClause(p) || st.objectRelative(p)) && st.commaCoordinated(gi)) {
			// "gave X a week to leave or face measures that could include
			// force, and imposed sanctions": a finite verb is coordinated
			// with a finite verb of a main clause; without the comma it goes
			// on with the relative clause ("X, who met Y and attended the
			// summit, ...": X attended)
			continue
		}
		s := st.subjectOf(p, depth+1)
		if len(s.ments) > 0 || s.speaker != "" || s.parties {
			s.strategy = "governing-clause"
			return s
		}
		if s.nobody {
			return s
		}
		// a coordinated verb shares the subject of the verb before it, even
		// one that names no actor ("the project has begun and will
		// continue", "a move that has stranded trucks and halted freight")
		// (a verb coordinated in a relative clause goes on with it, unless
		// that clause is passive and the verb is not: "limited them to
		// contracts that had been concluded and banned X" is the main
		// clause's)
		if g := st.Groups[gi]; g.Finite && st.hasNounSubject(p) ||
			st.afterCoordinator(g.Start) && st.relativeClause(p) && !st.Groups[p].Passive {
			break
		}
	}
	if n := st.nextFiniteGroup(gi); n >= 0 && !st.Groups[gi].Finite {
		s := st.subjectOf(n, depth+1)
		if len(s.ments) > 0 {
			s.strategy = "following-clause"
			return s
		}
	}
	return subject{}
}

// copulas link a subject to a predicate that an infinitive may complete:
// "X became the first G7 country to sign".
var copulas = map[string]bool{"be": true, "become": true, "remain": true}

// relativeClause reports a verb group that a relative pronoun opens:
// "measures that could include force".
func (st *sent) relativeClause(p int) bool {
	k := st.skipAdverbsLeft(st.Groups[p].Start - 1)
	return k >= 0 && relativeWords[st.lower(k)] && (st.tag(k) == "WP" || st.tag(k) == "WDT")
}

// objectRelative reports a verb group of a relative clause with a pronoun
// subject of its own, opened by a relative word that is its object:
// "condemned X over what they called a crackdown, and announced ...".
func (st *sent) objectRelative(p int) bool {
	k := st.skipAdverbsLeft(st.Groups[p].Start - 1)
	return k > 0 && st.tag(k) == "PRP" && (st.tag(k-1) == "WP" || st.tag(k-1) == "WDT")
}

// hasNounSubject reports a noun phrase right before verb group p in its
// clause: "the project has begun".
func (st *sent) hasNounSubject(p int) bool {
	g := st.Groups[p]
	k := st.skipAdverbsLeft(g.Start - 1)
	return k >= st.clauseStartLeft(g.Start) && k >= 0 && (strings.HasPrefix(st.tag(k), "NN") || st.tag(k) == "PRP")
}

func (st *sent) skipAdverbsLeft(i int) int {
	for i >= 0 && (st.tag(i) == "RB" || st.tag(i) == ",") {
		i--
	}
	return i
}

// actorsEndingBefore returns the actors of the noun phrase (or list) that
// ends just before token k, skipping a comma.
func (st *sent) actorsEndingBefore(k int) []int {
	i := k - 1
	if i >= 0 && st.Tokens[i].Text == "," {
		i--
	}
	for i >= 0 {
		if m := st.mentAt[i]; m >= 0 {
			// (not the owner in "Wang Yi, China's top diplomat, who")
			if st.ments[m].actor && st.tag(st.ments[m].to) != "POS" {
				// "A and B, who were in Beijing": a plural verb says the
				// relative is of the whole list, titles and all
				return st.coordinatedLeft(m, st.pluralAfter(k))
			}
			i = st.ments[m].from - 1
			continue
		}
		t := st.tag(i)
		if t == "DT" || strings.HasPrefix(t, "JJ") || t == "NN" || t == "NNS" || t == "NNP" || t == "POS" || t == "CD" || strings.HasPrefix(t, "RB") || t == "HYPH" {
			i--
			continue
		}
		// "Wang Yi, China's most senior diplomat, who": the person the
		// apposition describes
		if st.Tokens[i].Text == "," && i > 0 && i < k-2 {
			if m := st.mentAt[i-1]; m >= 0 && st.ments[m].typ == article.Person {
				return st.coordinatedLeft(m, false)
			}
		}
		break
	}
	return nil
}

// coordinatedLeft extends an actor mention over the actors listed before it:
// "China, Russia and Iran". With titled, a person's title before an "and"
// is passed over too ("President Donald Tusk and Commission President
// Jean-Claude Juncker").
func (st *sent) coordinatedLeft(m int, titled bool) []int {
	return st.coordinatedLeftOver(m, titled, false)
}

// coordinatedLeftOver is coordinatedLeft; with commas, it also goes on over a
// comma after a titled member, where the list is known to be one: "A, B
// and C, all of whom".
func (st *sent) coordinatedLeftOver(m int, titled, commas bool) []int {
	out := []int{m}
	start := func(m int) int {
		if titled {
			return st.titleStartLeft(m)
		}
		return st.ments[m].from
	}
	from := start(m)
	i := from - 1
	for i > 0 {
		// (a comma only between names with no title: "A, B and C")
		if st.lower(i) == "and" || (st.Tokens[i].Text == "," && (from == st.ments[m].from || commas)) {
			j := i - 1
			if st.Tokens[i].Text == "and" && j >= 0 && st.Tokens[j].Text == "," {
				j--
			}
			if j >= 0 && st.mentAt[j] >= 0 && st.ments[st.mentAt[j]].actor {
				p := st.mentAt[j]
				out = append([]int{p}, out...)
				m, from = p, start(p)
				i = from - 1
				continue
			}
		}
		break
	}
	return out
}

// pluralAfter reports a verb in the plural right after token k, past
// adverbs: "who were", "which have".
func (st *sent) pluralAfter(k int) bool {
	k++
	for k < len(st.Tokens) && strings.HasPrefix(st.tag(k), "RB") {
		k++
	}
	if k < len(st.Tokens) && (st.tag(k) == "VBP" || st.lower(k) == "were") {
		return true
	}
	// "A and B, who had held talks with each other": a reciprocal in the
	// relative clause says so too
	for ; k+1 < len(st.Tokens) && st.Tokens[k].Text != "," && !st.isBoundary(k); k++ {
		if reciprocal(st.lower(k) + " " + st.lower(k+1)) {
			return true
		}
	}
	return false
}

// titleStartLeft returns where a person's mention m starts with the title
// before it ("European Commission President Jean-Claude Juncker": words of a
// name, at most five, and the demonym, country or body they follow), or
// where any other mention starts.
func (st *sent) titleStartLeft(m int) int {
	from := st.ments[m].from
	if st.ments[m].typ != article.Person {
		return from
	}
	for k := from - 1; k >= 0 && k >= st.ments[m].from-5; k-- {
		// a demonym, or a country or body whose title it is ("European
		// Commission President"), ends the title
		if p := st.mentAt[k]; p >= 0 && from < st.ments[m].from && st.ments[p].typ != article.Person {
			return st.ments[p].from
		}
		// ("Secretary of State": an "of" between words of the title)
		if st.lower(k) == "of" && k > 0 && st.tag(k-1) == "NNP" && st.mentAt[k-1] < 0 && st.tag(k+1) == "NNP" {
			continue
		}
		if st.mentAt[k] >= 0 || st.tag(k) != "NNP" {
			break
		}
		from = k
	}
	return from
}

// clauseStartLeft returns the first token of the clause that holds token i:
// after the last boundary, subordinator, relative pronoun or finite verb
// group before it (comma-enclosed insertions are passed over).
func (st *sent) clauseStartLeft(i int) int {
	if s := st.coordinatedClauseStart(i); s >= 0 {
		return s
	}
	for k := i - 1; k >= 0; k-- {
		if st.isBoundary(k) && !st.quoteAfterSubject(k) {
			return k + 1
		}
		// "..., after which the three men signed": a relative pronoun after
		// a preposition is no subject; the clause starts after it
		if (st.tag(k) == "WDT" || st.tag(k) == "WP") && k > 0 && st.tag(k-1) == "IN" {
			return k + 1
		}
		// "a move that X, who chaired the session, branded a disgrace": a
		// relative word with a subject of its own after it is the object;
		// the clause starts after it
		if t := st.tag(k + 1); st.tag(k) == "WDT" && k+1 < i && st.groupAt[k+1] < 0 && (st.mentAt[k+1] >= 0 || t == "NNP" || t == "JJ" || t == "DT" || t == "PRP") && k > 0 && deedNouns[st.tok(k-1).Lemma] {
			return k + 1
		}
		// "Museveni, whom Ruto met": "whom" is the object; the clause
		// starts after it
		if st.lower(k) == "whom" && k+1 < i && !st.commaBetween(k+1, i) {
			return k + 1
		}
		// a subordinator opens the clause, unless it sits inside a relative
		// clause or a phrase set off by commas ("X, who will be sworn in as
		// president in October, signed", "X, on his first trip since the
		// crisis began, was welcomed") or opens a phrase with no verb of its
		// own before a comma ("After meeting Putin on Monday, Xi flew ...")
		if subordinators[st.lower(k)] && (st.tag(k) == "IN" || st.tag(k) == "WRB") && !(k > 1 && st.coordinatorPhrase(k-2) == 3) && !st.insideInsertion(k, i) && !st.frontedPhrase(k, i) {
			return k + 1
		}
		// (or a reporting participle: "..., saying the purchase would
		// strengthen ...")
		if gi := st.groupAt[k]; gi >= 0 && (st.Groups[gi].Finite || st.speech[gi] && st.tag(st.Groups[gi].Start) == "VBG") && !st.insideInsertion(k, i) {
			if st.auxBeforePhrase(gi, i) {
				k = st.Groups[gi].Start // "X had on Monday urged": the auxiliary is the verb's own
				continue
			}
			return k + 1
		}
	}
	return 0
}

// auxBeforePhrase reports a group gi of one auxiliary ("had", "has",
// "will") that only a prepositional phrase separates from the verb at i:
// "X had on Monday urged Y", "Kenya has on several occasions criticised".
func (st *sent) auxBeforePhrase(gi, i int) bool {
	g := st.Groups[gi]
	if g.End-g.Start != 1 || g.End >= i || st.tag(g.End) != "IN" || i-g.End > 5 {
		return false
	}
	switch st.tok(g.Head).Lemma {
	case "have", "be", "will", "would", "shall":
	default:
		return false
	}
	for k := g.End + 1; k < i; k++ {
		if t := st.tag(k); !(t == "DT" || t == "CD" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN")) || st.groupAt[k] >= 0 {
			return false
		}
	}
	return strings.HasPrefix(st.tag(i), "VB")
}

// quoteAfterSubject reports a quotation mark at k that opens a quote
// right after the subject of a clause "that" opens: 'said that China
// "urges the Philippine side to stop"', or one that opens its clause on
// its finite verb: the quote goes on with the clause.
func (st *sent) quoteAfterSubject(k int) bool {
	if k < 2 || k+1 >= len(st.Tokens) || !isQuote(st.Tokens[k].Text) || !st.quoted[k+1] || st.mentAt[k-1] < 0 {
		return false
	}
	m := st.ments[st.mentAt[k-1]]
	if !m.actor {
		return false
	}
	if m.from > 0 && st.lower(m.from-1) == "that" {
		return true
	}
	// "Kenya "stands ready to ..."", "In the communique, Kenya "stands
	// ready ..."": a subject that opens its clause, the quotation opening
	// on its finite verb
	v := k + 1
	if st.tag(v) == "RB" && v+1 < len(st.Tokens) {
		v++ // "China "firmly opposes" ..."
	}
	g := st.groupAt[v]
	return (m.from == 0 || st.Tokens[m.from-1].Text == ",") && g >= 0 && st.Groups[g].Start <= v && st.Groups[g].Finite
}

// coordinatedClauseStart reads "..., and Washington urged": a noun phrase
// after "and" or "but", right before the verb at i, with a finite verb
// before the coordinator, starts a clause of its own. (With no verb before,
// "A and B met" is one clause with two subjects.) It returns -1 otherwise.
func (st *sent) coordinatedClauseStart(i int) int {
	k := i - 1
	for k >= 0 && st.tag(k) == "RB" {
		k--
	}
	// (past a phrase of time: "..., and X on Wednesday accused")
	if d := k; d > 0 && st.inDate[d] {
		for d > 0 && st.inDate[d] {
			d--
		}
		if st.tag(d) == "IN" {
			d-- // (the preposition, when the date leaves it out)
		}
		if st.tag(d+1) == "IN" || st.tag(d+1) == "DT" {
			k = d
		}
	}
	if k < 0 || (st.mentAt[k] < 0 && !strings.HasPrefix(st.tag(k), "NN") && st.tag(k) != "PRP" && st.tag(k) != "CD") {
		return -1
	}
	j := st.npStartLeft(k)
	if m := st.mentAt[k]; m >= 0 {
		j = min(j, st.titleStartLeft(m))
	}
	c := j - 1
	if c >= 1 && st.tag(c) != "CC" {
		c = st.coordinatorBeforePhrase(c)
	}
	if c < 1 || st.tag(c) != "CC" {
		return -1
	}
	// "A, who arrived on Monday, and B met X": the comma closes a relative
	// clause on the list's first member, not a clause of its own
	if st.Tokens[c-1].Text == "," && st.listMemberWithRelative(c-1) >= 0 {
		return -1
	}
	// "said Germany and France would": the coordinator joins two subjects of
	// the clause that starts after the verb
	if st.Tokens[c-1].Text != "," {
		p := st.npStartLeft(c - 1)
		if m := st.mentAt[c-1]; m >= 0 {
			p = min(p, st.ments[m].from)
		}
		if p > 1 && st.lower(p-1) == "of" {
			p = st.npStartLeft(p - 2) // "as the leaders of A and B sealed"
		}
		// "after A and B met": a subordinator opens the clause the two
		// subjects share
		// (or a relative word: "a visit, during which he and X signed")
		// (or a comma that closes a fronted phrase: "During the talks,
		// which lasted four hours, A and B agreed")
		if p > 0 && (st.groupAt[p-1] >= 0 || subordinators[st.lower(p-1)] && (st.tag(p-1) == "IN" || st.tag(p-1) == "WRB") || relativeWords[st.lower(p-1)] || st.Tokens[p-1].Text == ",") {
			return -1
		}
		if p > 1 && st.tag(p-1) == "CC" && st.Tokens[p-2].Text == "," {
			j = p // "..., and he and X signed": both are the new clause's subjects
		}
	}
	for p := c - 1; p >= 0; p-- {
		if gi := st.groupAt[p]; gi >= 0 && st.Groups[gi].Finite {
			return j
		}
	}
	return -1
}

// coordinatorBeforePhrase returns the coordinator before a fronted
// prepositional phrase that ends at k, with no comma, verb or actor in it
// ("..., and at a news conference afterwards X thanked Y"), or k.
func (st *sent) coordinatorBeforePhrase(k int) int {
	for p := k; p > 1 && p > k-8; p-- {
		switch t := st.tag(p); {
		case st.groupAt[p] >= 0 || st.mentAt[p] >= 0 || st.Tokens[p].Text == ",":
			return k
		case t == "IN" && st.tag(p-1) == "CC":
			return p - 1
		case t == "IN" || t == "RB" || t == "DT" || t == "CD" || t == "PRP$" || strings.HasPrefix(t, "JJ") || t == "NN" || t == "NNS":
		default:
			return k
		}
	}
	return k
}

// frontedPhrase reports a phrase that the subordinator at k opens and a
// comma closes before the verb at i, with no finite verb in it: an adverbial
// ("After meeting Putin on Monday, Xi flew ..."), not the verb's clause.
func (st *sent) frontedPhrase(k, i int) bool {
	for j := k + 1; j < i; j++ {
		if st.Tokens[j].Text == "," {
			// (not a comma that opens an insertion before the verb: "after
			// X, speaking at an event, said")
			return !(j+1 < i && st.insideInsertion(j+1, i))
		}
		if gi := st.groupAt[j]; gi >= 0 && st.Groups[gi].Finite {
			return false
		}
	}
	return false
}

// insideInsertion reports whether token k sits in a comma-enclosed insertion
// that ends before i: "Putin, who arrived on Monday, met".
func (st *sent) insideInsertion(k, i int) bool {
	open, close := -1, -1
	for j := k; j < i; j++ {
		if st.Tokens[j].Text == "," {
			close = j
			break
		}
	}
	for j := k; j >= 0; j-- {
		// (past commas between coordinated adjectives: "A, B and C, the
		// French, German and Polish leaders who visited X, praised Y")
		if st.Tokens[j].Text == "," && !st.joinsAdjectives(j) {
			open = j
			break
		}
	}
	if open < 0 || close < 0 || open+1 >= len(st.Tokens) {
		return false
	}
	if st.relativeAfterApposition(open+1, k) {
		return true
	}
	// a relative clause, or a phrase that a preposition or a participle
	// opens right before the verb ("X, on his first trip since ..., was
	// welcomed", "X, speaking at an army event, said")
	next := close + 1
	for next < i && st.tag(next) == "RB" {
		next++
	}
	// (or a past form the tagger calls finite, one word alone, that the
	// phrase's closing comma and the verb follow: "X, nominated last week
	// as the bloc's next foreign policy chief, accused ...")
	opener := st.tag(open + 1)
	lone := opener == "VBD" && st.groupAt[open+1] >= 0 && st.Groups[st.groupAt[open+1]].End == open+2
	return relativeWords[st.lower(open+1)] || ((opener == "IN" || opener == "VBG" || opener == "VBN" || lone) && next == i)
}

// relativeOfList reads the subject of a relative clause that is of a
// whole list: "A, B and C, all of whom on Monday accused X" (the list the
// quantifier counts) and "A, B and C, the French, German and Polish leaders
// who visited X" (the list the apposition describes).
func (st *sent) relativeOfList(g doc.VerbGroup) (subject, bool) {
	if k := st.skipDateLeft(st.skipAdverbsLeft(g.Start - 1)); k >= 3 && st.lower(k) == "whom" && st.lower(k-1) == "of" && quantifiers[st.lower(k-2)] {
		if c := k - 3; c > 0 && st.Tokens[c].Text == "," && st.mentAt[c-1] >= 0 && st.ments[st.mentAt[c-1]].actor {
			return subject{ments: st.coordinatedLeftOver(st.mentAt[c-1], true, true), strategy: "relative, the list its quantifier counts"}, true
		}
	}
	if k := st.skipAdverbsLeft(g.Start - 1); k >= 0 && relativeWords[st.lower(k)] && (st.tag(k) == "WP" || st.tag(k) == "WDT") {
		if ms := st.listBeforeApposition(k); len(ms) > 0 {
			return subject{ments: ms, strategy: "relative, the list an apposition describes"}, true
		}
	}
	// "A and B, who both attended": "both" or "all" after the relative
	// word counts the whole list before it
	if k := st.skipAdverbsLeft(g.Start - 1); k >= 3 && (st.lower(k) == "both" || st.lower(k) == "all") && st.lower(k-1) == "who" && st.Tokens[k-2].Text == "," {
		if m := st.mentAt[k-3]; m >= 0 && st.ments[m].actor {
			if ms := st.coordinatedLeftOver(m, true, true); len(ms) > 1 {
				return subject{ments: ms, strategy: "relative, the list " + st.lower(k) + " counts"}, true
			}
		}
	}
	return subject{}, false
}

// skipDateLeft returns the token before a phrase of time that ends at k
// ("whom on Monday accused"), or k.
func (st *sent) skipDateLeft(k int) int {
	if k < 0 || !st.inDate[k] {
		return k
	}
	for k >= 0 && st.inDate[k] {
		k--
	}
	if k >= 0 && st.tag(k) == "IN" {
		k--
	}
	return k
}

// listBeforeApposition reads "A, B and C, the French, German and Polish
// leaders who ...": the people coordinated before a comma and a definite
// noun phrase that ends at the relative word at k. It returns their
// mentions, or nil.
func (st *sent) listBeforeApposition(k int) []int {
	if k < 4 || !strings.HasPrefix(st.tag(k-1), "NN") || st.mentAt[k-1] >= 0 {
		return nil
	}
	for j := k - 2; j > 1 && j > k-12; j-- {
		if st.tag(j) == "DT" && st.Tokens[j-1].Text == "," {
			if m := st.mentAt[j-2]; m >= 0 && st.ments[m].typ == article.Person {
				return st.coordinatedLeft(m, true)
			}
			return nil
		}
		if st.groupAt[j] >= 0 || st.isBoundary(j) || st.Tokens[j].Text == "," && !st.joinsAdjectives(j) {
			return nil
		}
	}
	return nil
}

// relativeAfterApposition reports a relative word in [from, to] that
// follows a noun phrase with no verb opening the insertion ("the French,
// German and Polish leaders who visited X").
func (st *sent) relativeAfterApposition(from, to int) bool {
	if st.tag(from) != "DT" {
		return false
	}
	for j := from + 1; j <= to && j < len(st.Tokens); j++ {
		if relativeWords[st.lower(j)] {
			return strings.HasPrefix(st.tag(j-1), "NN")
		}
		if st.groupAt[j] >= 0 || st.isBoundary(j) {
			return false
		}
	}
	return false
}

// joinsAdjectives reports a comma at j between two adjectives ("the
// French, German and Polish leaders"): it joins modifiers of one noun.
func (st *sent) joinsAdjectives(j int) bool {
	return j > 0 && j+1 < len(st.Tokens) && st.tag(j-1) == "JJ" && st.tag(j+1) == "JJ"
}

// firstActorsIn returns the subject noun phrase's actors in [from, to): the
// first actor not inside a prepositional phrase, with the actors coordinated
// with it; else the actors of an "of" phrase of the first noun phrase
// ("the leaders of China and Russia").
func (st *sent) firstActorsIn(from, to int) []int {
	// "a delegation led by X": its leader acts for it (not when an actor
	// comes first: "X, who hosted a delegation led by Y, hailed ...")
	for i := max(from, 1); i+1 < to; i++ {
		// ("A Malian delegation", "Kyiv's delegation, headed by X": a
		// country that qualifies it goes on)
		if m := st.mentAt[i-1]; m >= 0 && st.ments[m].actor && (st.ments[m].typ == article.Person || st.ments[m].to < to && st.Tokens[st.ments[m].to].Text == ",") {
			break
		}
		if st.lower(i) == "by" && st.tag(i-1) == "VBN" && (st.tok(i-1).Lemma == "lead" || st.tok(i-1).Lemma == "head") {
			for k := i + 1; k < to && k < st.npEnd(i+1); k++ {
				if m := st.mentAt[k]; m >= 0 && st.ments[m].actor && st.ments[m].Via != viaDemonym {
					return st.listFrom(k, true)
				}
			}
		}
	}
	inPP := false
	for i := from; i < to; {
		t := st.Tokens[i]
		if t.Text == "," {
			// ("in Kananaskis, Canada, on Tuesday": a country set off by
			// commas after a place stays in the place's phrase)
			// (nor does "with the Emirati foreign minister, X, Y flew": a
			// person set off by commas renames the phrase's noun)
			inPP = inPP && (st.placeApposition(i+1) || st.renamedObject(i))
			i++
			continue
		}
		// a phrase of time ends with its date: "said on Thursday the EU was ..."
		if st.tag(i) == "WRB" || st.tag(i) == "WDT" || st.tag(i) == "WP" || st.inDate[i] {
			inPP = false
			i++
			continue
		}
		if st.tag(i) == "IN" || st.tag(i) == "TO" {
			// ("the leaders of China and Russia", "officials from A and B")
			members := st.lower(i) == "of" || i > from && st.membersAfter(i)
			// "Cabinet Secretary for Trade X": a portfolio inside a title
			portfolio := st.lower(i) == "for" && i > from && st.tag(i-1) == "NNP" && st.tag(i+1) == "NNP"
			// "Ambassador to Japan X", "Envoy in Kabul X": the post of a
			// capitalised title word that names no one
			portfolio = portfolio || (st.lower(i) == "to" || st.lower(i) == "in") && i > from && st.tag(i-1) == "NNP" && st.mentAt[i-1] < 0 && st.tag(i+1) == "NNP"
			inPP = !members && !portfolio || inPP
			i++
			continue
		}
		if m := st.mentAt[i]; m >= 0 {
			mm := st.ments[m]
			if mm.actor && !inPP {
				return st.listFrom(i, true)
			}
			i = mm.to
			continue
		}
		i++
	}
	return nil
}

// renamedObject reports a comma at i after a common noun that a person's
// mention, closed by another comma, renames, with another person after it:
// "talks with the foreign minister, X, Y flew ...".
func (st *sent) renamedObject(i int) bool {
	if i < 1 || i+1 >= len(st.Tokens) || st.mentAt[i-1] >= 0 || !strings.HasPrefix(st.tag(i-1), "NN") || st.tag(i-1) == "NNP" {
		return false
	}
	j := i + 1
	for j < len(st.Tokens) && j < i+3 && st.mentAt[j] < 0 && st.tag(j) == "NNP" {
		j++ // a word of address before the name: "Sheikh", "Prince"
	}
	m := -1
	if j < len(st.Tokens) {
		m = st.mentAt[j]
	}
	if m < 0 || st.ments[m].typ != article.Person || st.ments[m].from != j {
		return false
	}
	e := st.ments[m].to
	if e >= len(st.Tokens) || st.Tokens[e].Text != "," {
		return false
	}
	// another person must follow, the clause's subject ("..., X, India's
	// minister Y flew"), not a verb or a phrase about the name ("after the
	// meeting, Kallas, a former prime minister, called")
	for k := e + 1; k < len(st.Tokens) && k <= e+8; k++ {
		if p := st.mentAt[k]; p >= 0 && st.ments[p].actor && st.ments[p].typ == article.Person {
			return true
		}
		if st.groupAt[k] >= 0 || st.Tokens[k].Text == "," || st.isBoundary(k) {
			return false
		}
	}
	return false
}

// placeApposition reports a country named at token i between commas after
// a place: "in Kananaskis, Canada, on Tuesday".
func (st *sent) placeApposition(i int) bool {
	if i >= len(st.Tokens) || st.mentAt[i] < 0 {
		return false
	}
	// (not a list of countries: "from Argentina, Chile, Peru")
	if p := i - 2; p >= 0 && st.mentAt[p] >= 0 && st.ments[st.mentAt[p]].typ == article.Country {
		return false
	}
	// (after the name of a place, not a common noun: "In a statement,
	// Denmark, Finland and Sweden condemned ...")
	if p := i - 2; p < 0 || !strings.HasPrefix(st.tag(p), "NNP") {
		return false
	}
	m := st.ments[st.mentAt[i]]
	return m.from == i && m.typ == article.Country && m.to < len(st.Tokens) && st.Tokens[m.to].Text == ","
}

// theyAreThings reports "they" at k whose nearest plural before it in the
// sentence is a noun of no actor ("firms", "vessels"), not one of people
// or countries, nor an actor named.
func (st *sent) theyAreThings(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if m := st.mentAt[j]; m >= 0 && st.ments[m].actor {
			return false
		}
		if st.tag(j) == "NNS" && st.mentAt[j] < 0 {
			// (not an event, a deed or a policy: "held talks, and they agreed")
			lemma, noun := st.lower(j), st.tok(j).Lemma
			return !peopleNouns[lemma] && !countryNouns[lemma] && !memberNouns[lemma] &&
				!eventNouns[noun] && !eventNouns[lemma] && !deedNouns[noun] && !phrases.IsPolicyHead(noun) && (st.nounTakes == nil || !st.nounTakes(noun, ""))
		}
	}
	return false
}

// pluralParties reads a plural subject that names no one ("they", "the two
// leaders", "both ministers", "the ministers") at the start of [from, to) and returns its
// words, or "".
func (st *sent) pluralParties(from, to int) string {
	i := from
	// "In a joint statement, the leaders pledged ...": past a fronted
	// phrase with no finite verb of its own ("In a statement released
	// after the talks, they ...")
	if i < to && st.tag(i) == "IN" {
		for k := i + 1; k < to && (st.groupAt[k] < 0 || !st.Groups[st.groupAt[k]].Finite) && st.mentAt[k] < 0; k++ {
			if st.Tokens[k].Text == "," {
				i = k + 1
				break
			}
		}
	}
	for i < to && (st.tag(i) == "RB" || st.Tokens[i].Text == ",") {
		i++
	}
	if i >= to {
		return ""
	}
	if st.lower(i) == "they" && st.mentAt[i] < 0 {
		return "they"
	}
	// "when the two met", "both agreed": a number or "both" standing for its noun
	if i+1 == to && st.lower(i) == "both" {
		return "both"
	}
	// "each side promised ...": each of the two
	if i+2 == to && st.lower(i) == "each" && st.tag(i+1) == "NN" && st.mentAt[i+1] < 0 {
		return st.span(i, to)
	}
	if i+2 == to && st.lower(i) == "the" && st.lower(i+1) == "two" {
		return "the two"
	}
	end := st.npEnd(i)
	// ("their ministers": people who act for the two)
	their := st.lower(i) == "their" && end == i+2 && (peopleNouns[st.lower(i+1)] || memberNouns[st.lower(i+1)])
	if (st.lower(i) != "the" && st.lower(i) != "both" && !their) || end > to || end-i < 2 || st.tag(end-1) != "NNS" {
		return ""
	}
	// "the two heads of state": an "of" phrase that names no one stays with it
	if end+1 < to && st.lower(end) == "of" && st.npEnd(end+1) == to {
		end = to
	}
	for k := i; k < end; k++ {
		if st.mentAt[k] >= 0 {
			return ""
		}
	}
	if end < to && st.groupAt[end] < 0 && st.tag(end) != "RB" {
		return ""
	}
	// "the leaders", "the two governments", not "the measures" nor "the
	// talks": a noun for what was done or decided acts for no one (the head
	// is before an "of" phrase: "the heads of state")
	head := end - 1
	if k := st.npEnd(i); k < end {
		head = k - 1
	}
	if lemma := st.tok(head).Lemma; deedNouns[lemma] || eventNouns[lemma] || phrases.IsPolicyHead(lemma) || attackNouns[lemma] {
		return ""
	}
	return st.span(i, end)
}

// firstNounPhrase returns where the first noun phrase of [from, to) starts,
// past adverbs and commas, or -1.
func (st *sent) firstNounPhrase(from, to int) int {
	for i := from; i < to; i++ {
		if st.tag(i) == "RB" || st.Tokens[i].Text == "," {
			continue
		}
		if st.npEnd(i) > i {
			return i
		}
		return -1
	}
	return -1
}

// pronounIn returns the first third-person pronoun in [from, to) that no
// stage resolved ("it", "they"), or -1.
func (st *sent) pronounIn(from, to int) int {
	for i := from; i < to; i++ {
		if st.tag(i) == "PRP" && st.mentAt[i] < 0 && !firstPersonPl[st.lower(i)] && !firstPersonSg[st.lower(i)] {
			return i
		}
	}
	return -1
}

// firstPersonIn returns the first "we" or "I" in [from, to), or -1.
func (st *sent) firstPersonIn(from, to int) int {
	for i := from; i < to; i++ {
		if (firstPersonPl[st.lower(i)] || firstPersonSg[st.lower(i)]) && (st.tag(i) == "PRP" || st.tag(i) == "PRP$") {
			return i
		}
	}
	return -1
}

// commaCoordinated reports a verb group after ", and".
func (st *sent) commaCoordinated(gi int) bool {
	k := st.coordinatorBefore(st.Groups[gi].Start)
	return k > 0 && st.Tokens[k-1].Text == ","
}

// afterCoordinator reports a coordinator before token i, past adverbs.
func (st *sent) afterCoordinator(i int) bool { return st.coordinatorBefore(i) >= 0 }

// coordinatorBefore returns the coordinator before token i, past adverbs
// ("and then signed") and a time phrase of a few words ("and four days
// later flew", "and on Friday signed"), or -1.
func (st *sent) coordinatorBefore(i int) int {
	k := i - 1
	for k >= 0 && (st.tag(k) == "RB" || i-k <= 8 && (st.inDate[k] || st.tag(k) == "IN" && k+1 < i && st.inDate[k+1])) {
		k--
	}
	if k >= 0 && coordinators[st.lower(k)] {
		return k
	}
	return -1
}

// reportingGroup returns the reporting verb that governs verb group gi
// ("said that it ...", "released a statement, saying that it ..."): the
// nearest speech group before it with no other finite verb between, or -1.
func (st *sent) reportingGroup(gi int) int {
	for p := gi - 1; p >= 0; p-- {
		if st.speech[p] {
			return p
		}
		if st.Groups[p].Finite {
			break
		}
	}
	return -1
}

// parallelReporter returns the reporting verb that verb group gi, after
// "and", is coordinated with past the clause it reports: the nearest one
// before it in the same form with a finite verb between ("told X that
// Beijing's policy was a threat and urged it to ...", "telling parliament
// that India stood firm and urging both sides to ..."), or -1.
func (st *sent) parallelReporter(gi int) int {
	g := st.Groups[gi]
	if !st.afterCoordinator(g.Start) {
		return -1
	}
	tag := st.tag(g.Head)
	if tag == "VBN" && g.End-g.Start == 1 && gi > 0 && !st.Groups[gi-1].Passive {
		// "said that X was not representing the bloc and called on Y":
		// a bare participle after "and" that no passive before it takes
		// is a past tense the tagger misread
		tag = "VBD"
	}
	finiteBetween := false
	for q := gi - 1; q >= 0; q-- {
		// (or a verb whose complement "that" opens: "denied that any
		// violation had taken place and accused X")
		if (st.speech[q] || st.thatComplement(q)) && st.tag(st.Groups[q].Head) == tag && finiteBetween {
			return q
		}
		finiteBetween = finiteBetween || st.Groups[q].Finite
	}
	return -1
}

// thatComplement reports a verb group right before the "that" of its
// complement clause.
func (st *sent) thatComplement(gi int) bool {
	e := st.Groups[gi].End
	return e < len(st.Tokens) && st.lower(e) == "that" && st.tag(e) == "IN"
}

// parentheticalReport reports a reporting clause set between commas after
// the clause it reports: ", his office said,".
func (st *sent) parentheticalReport(p int) bool {
	g := st.Groups[p]
	if !st.speech[p] || !g.Finite || g.End >= len(st.Tokens) || st.Tokens[g.End].Text != "," {
		return false
	}
	return st.subjectAfterComma(p) >= 0
}

// subjectAfterComma returns where the noun phrase right before verb group
// gi starts when a comma sets it apart (", his office said"), or -1.
func (st *sent) subjectAfterComma(gi int) int {
	g := st.Groups[gi]
	k := g.Start
	if k > 0 {
		if m := st.mentAt[k-1]; m >= 0 {
			k = st.ments[m].from
		}
	}
	k = st.npStartLeft(k)
	if k > 0 && k < g.Start && st.Tokens[k-1].Text == "," {
		return k
	}
	return -1
}

// ownedByActor reports a noun at k whose phrase an actor owns ("Venezuela's
// charge d'affaires").
func (st *sent) ownedByActor(k int) bool {
	if !strings.HasPrefix(st.tag(k), "NN") {
		return false
	}
	j := k - 1
	for j > 0 && (strings.HasPrefix(st.tag(j), "NN") || st.tag(j) == "JJ") && st.mentAt[j] < 0 {
		j--
	}
	if j > 0 && st.tag(j) == "POS" {
		m := st.mentAt[j-1]
		return m >= 0 && st.ments[m].actor
	}
	return false
}

// governingGroup is the nearest finite verb group before gi in the sentence.
// A participle after a comma passes over an adverbial clause ("if", "when",
// "because" ...) before it to the clause that clause hangs on: in "X said
// Y would pay if Z refused, warning that ...", X's saying governs the
// warning, not Z's refusal.
func (st *sent) governingGroup(gi int) int {
	g := st.Groups[gi]
	afterComma := !g.Finite && !g.Infinitive && g.Start > 0 && st.Tokens[g.Start-1].Text == ","
	for p := gi - 1; p >= 0; p-- {
		if st.Groups[p].Finite {
			if afterComma && st.adverbialClause(st.Groups[p].Start) {
				continue
			}
			return p
		}
	}
	return -1
}

// adverbialClause reports a verb at i whose clause a subordinating
// conjunction other than "that" opens (not a "when" or "where" that
// relates its clause to a time or place: "since February, when X signed").
func (st *sent) adverbialClause(i int) bool {
	from := st.clauseStartLeft(i)
	if from == 0 {
		return false
	}
	w := st.lower(from - 1)
	return subordinators[w] && w != "that" && st.tag(from-1) == "IN"
}

func (st *sent) nextFiniteGroup(gi int) int {
	for n := gi + 1; n < len(st.Groups); n++ {
		if st.Groups[n].Finite {
			return n
		}
	}
	return -1
}

// relativeClosedBefore returns the comma that closes a relative clause
// ("which ..." or "who ...", with a verb of its own) opened after token
// from, the last comma before token end; 0 for none.
// listMemberWithRelative returns the person's mention that ends right
// before the comma opening a "who" clause (no comma in it, at most 20
// tokens) closed by the comma at k, when the mention opens its clause
// (only a title before it, after the sentence's start or a comma), or -1.
func (st *sent) listMemberWithRelative(k int) int {
	for j := k - 1; j > 1 && j > k-20; j-- {
		if st.Tokens[j].Text == "," {
			return -1
		}
		if st.lower(j) != "who" || st.tag(j) != "WP" {
			continue
		}
		if st.Tokens[j-1].Text != "," || st.mentAt[j-2] < 0 {
			return -1
		}
		m := st.mentAt[j-2]
		if !st.ments[m].actor || st.ments[m].typ != article.Person {
			return -1
		}
		if t := st.titleStartLeft(m); t > 0 && st.Tokens[t-1].Text != "," && !st.isBoundary(t-1) {
			return -1
		}
		return m
	}
	return -1
}

func (st *sent) relativeClosedBefore(from, end int) int {
	k := end - 1
	for k > from && st.Tokens[k].Text != "," {
		k--
	}
	if k <= from {
		return 0
	}
	for j := k - 1; j > from; j-- {
		if (st.tag(j) == "WDT" || st.tag(j) == "WP") && st.Tokens[j-1].Text == "," {
			for v := j + 1; v < k; v++ {
				if g := st.groupAt[v]; g >= 0 && st.Groups[g].Finite {
					return k
				}
			}
			return 0
		}
	}
	return 0
}

// amongThoseBefore reads a clause that opens "Among those who" (or
// "Among those") before verb group gi and whose copula comes after it:
// "Among those who attended were A, B and C" says that A, B and C
// attended. It returns the list after the copula, or nil.
func (st *sent) amongThoseBefore(gi int) []int {
	k := st.Groups[gi].Start - 1
	if k >= 0 && relativeWords[st.lower(k)] {
		k--
	}
	if k < 1 || st.lower(k) != "those" || st.lower(k-1) != "among" || k >= 2 && st.Tokens[k-2].Text != "," {
		return nil
	}
	if gi+1 >= len(st.Groups) {
		return nil
	}
	cop := st.Groups[gi+1]
	if st.tok(cop.Head).Lemma != "be" || !cop.Finite || cop.Negated {
		return nil
	}
	for j := st.Groups[gi].End; j < cop.Start; j++ {
		if st.Tokens[j].Text == "," || st.isBoundary(j) {
			return nil
		}
	}
	return st.objectList(cop.End, false)
}
