package frames

import "strings"

// speakerOf returns the mention of who says the clause of verb group gi:
// the subject of a reporting verb after it (", Xi said"; ", said Xi") or
// before it ("Xi said that ..."), or whom "according to" names, or "".
func (st *sent) speakerOf(gi, depth int) string {
	for sp := range st.Groups {
		if sp == gi || !st.speech[sp] {
			continue
		}
		g := st.Groups[sp]
		if sp > gi {
			// ", Xi said" / "”, Xi said": the noun phrase just before the verb
			if ms := st.actorsEndingBefore(g.Start); len(ms) > 0 {
				return st.ments[ms[0]].EntityID
			}
			// ", said Xi"
			if ms := st.listFrom(g.End, false); len(ms) > 0 {
				return st.ments[ms[0]].EntityID
			}
			// ", the German chancellor said": an office named by its country
			if k := st.skipAdverbsLeft(g.Start - 1); k > 0 && strings.HasPrefix(st.tag(k), "NN") {
				if m := st.demonymIn(st.npStartLeft(k)); m >= 0 && st.ments[m].to <= k {
					return st.ments[m].EntityID
				}
			}
			continue
		}
		// depth goes on from the caller's: a subject search that asks for
		// a speaker must not start over
		if s := st.subjectOf(sp, max(3, depth+1)); len(s.ments) > 0 {
			return st.ments[s.ments[0]].EntityID
		}
	}
	// "According to Ruto, Uganda has violated the deal", "..., according
	// to X": the one the clause is attributed to
	for k := 0; k+2 < len(st.Tokens); k++ {
		if st.lower(k) != "according" || st.lower(k+1) != "to" {
			continue
		}
		// (the phrase's actor: "according to Kenyan President William Ruto")
		for at, end := k+2, st.npEnd(k+2); at < end; at++ {
			if m := st.mentAt[at]; m >= 0 && st.ments[m].actor {
				return st.ments[m].EntityID
			}
		}
	}
	return ""
}

// speaker returns who speaks in the sentence: the subject of its first
// reporting verb with one, or "".
func (st *sent) speaker() string {
	for sp := range st.Groups {
		if st.speech[sp] {
			if id := st.speakerOf(-1, 0); id != "" {
				return id
			}
		}
	}
	return ""
}

// possessorOf reads the subject of a noun that stands alone from its
// possessor: "Xi's visit to Moscow", "his meeting with Putin".
func (st *sent) possessorOf(head int) subject {
	for k := head - 1; k >= 0 && head-k <= 5; k-- {
		t := st.tag(k)
		if m := st.mentAt[k]; m >= 0 {
			mm := st.ments[m]
			if mm.actor && (st.tag(mm.to) == "POS" || st.tag(k) == "PRP$") {
				return subject{ments: []int{m}, strategy: "possessor"}
			}
			k = mm.from
			continue
		}
		// "his grandmother's visit": the owner is another, whom a noun
		// names, not the pronoun's person
		if t == "POS" && k >= 2 && st.mentAt[k-1] < 0 && strings.HasPrefix(st.tag(k-1), "NN") && st.tag(k-2) == "PRP$" {
			return subject{strategy: "owned by another the noun names", nobody: true}
		}
		if t == "POS" || strings.HasPrefix(t, "JJ") || t == "NN" || t == "NNP" || t == "NNS" || t == "CD" || t == "HYPH" || isQuote(st.Tokens[k].Text) {
			continue
		}
		break
	}
	return subject{}
}

// nearestClauseSubject is the subject of the finite verb group nearest a
// noun that stands alone: the one before it, else the one after
// ("During the meeting with Putin, Xi said ...").
func (st *sent) nearestClauseSubject(head int) subject {
	best := -1
	for gi, g := range st.Groups {
		if !g.Finite {
			continue
		}
		if g.Start < head {
			best = gi
			continue
		}
		if best < 0 {
			best = gi
		}
		break
	}
	if best < 0 {
		return subject{}
	}
	// "The talks were hosted by Qatar": a noun that is its clause's subject
	// is no act of that clause's actors (but "At talks in Doha, X said" is)
	if g := st.Groups[best]; g.Start > head {
		pp := false
		for k := st.clauseStartLeft(g.Start); k < head; k++ {
			pp = pp || st.tag(k) == "IN" || st.tag(k) == "TO"
		}
		if !pp {
			return subject{strategy: "the noun is its clause's subject", nobody: true}
		}
	}
	// "warned X that ... if ..., during a meeting": the main clause's
	if p := st.npStartLeft(head) - 1; p > 0 && st.Tokens[p-1].Text == "," && st.tag(p) == "IN" {
		if gi, _ := st.mainGroupPastClause(p); gi >= 0 {
			s := st.subjectOf(gi, 1)
			s.strategy = "clause of the noun (the main clause)"
			return s
		}
	}
	// "..., his office said, raising the demand in a meeting with X": the
	// participle the noun hangs on, after the last finite verb, says whose
	for gi := best + 1; gi < len(st.Groups) && st.Groups[gi].Start < head; gi++ {
		if g := st.Groups[gi]; !g.Finite && !g.Infinitive && st.tag(g.Start) == "VBG" && g.Start > 0 && st.Tokens[g.Start-1].Text == "," {
			best = gi
		}
	}
	// "was signed by A and B on the margins of the forum": a passive
	// clause's agents
	if g := st.Groups[best]; g.Passive && g.Start < head {
		for k := g.End; k < head; k++ {
			if st.lower(k) == "by" && st.tag(k) == "IN" {
				if ms := st.agentsAfter(k + 1); len(ms) > 0 {
					return subject{ments: ms, strategy: "agents of the clause of the noun"}
				}
				break
			}
		}
	}
	s := st.subjectOf(best, 1)
	s.strategy = "clause of the noun"
	return s
}

// infinitiveAfterObject reports "told X to ...": an infinitive right after
// the object.
func (st *sent) infinitiveAfterObject(o object) bool {
	if o.end <= 0 || o.end >= len(st.Tokens) {
		return false
	}
	k := o.end
	if st.tag(k) == "POS" {
		k = st.npEnd(k + 1) // "told Mali's junta to": past what the owner owns
	}
	if k < len(st.Tokens) && st.Tokens[k].Text == "," {
		k++
	}
	return k < len(st.Tokens) && st.tag(k) == "TO" && k+1 < len(st.Tokens) && (st.tag(k+1) == "VB" || st.tag(k+1) == "RB")
}

// theirPair reads "their meeting" after a clause with a subject and an
// object: "X told Y ... during their meeting" is X and Y.
func (st *sent) theirPair(head int) subject {
	k := head - 1
	for k >= 0 && (strings.HasPrefix(st.tag(k), "JJ") || strings.HasPrefix(st.tag(k), "NN")) {
		k--
	}
	if k < 0 || st.lower(k) != "their" {
		return subject{}
	}
	// with no clause that names two people, "their talks" are those of
	// the two who just met, or of the article's two parties
	theirs := subject{strategy: "their: the two who just met, or the article's parties", parties: true}
	gi := -1
	for g := range st.Groups {
		if st.Groups[g].Start < k && st.Groups[g].Finite {
			gi = g
		}
	}
	if gi < 0 {
		// "After their talks, Putin and Erdogan called ...": a fronted
		// phrase's "their" is the main clause's subjects
		for g := range st.Groups {
			if st.Groups[g].Start > k && st.Groups[g].Finite {
				if s := st.subjectOf(g, 1); len(s.ments) >= 2 && st.commaBetween(k, st.Groups[g].Start) {
					s.strategy = "their: the subjects of the clause after"
					return s
				}
				break
			}
		}
		return theirs
	}
	s := st.subjectOf(gi, 1)
	if len(s.ments) == 0 {
		return theirs
	}
	if at := st.skipToNP(st.Groups[gi].End, k); at >= 0 {
		s.ments = append(s.ments, st.listFrom(at, true)...) // "praised Lula's efforts during their meeting"
	}
	if len(s.ments) < 2 {
		return subject{}
	}
	s.strategy = "their: subject and object of the clause"
	return s
}

// commaBetween reports a comma among the tokens from i to j.
func (st *sent) commaBetween(i, j int) bool {
	for k := max(i, 0); k < j && k < len(st.Tokens); k++ {
		if st.Tokens[k].Text == "," {
			return true
		}
	}
	return false
}
