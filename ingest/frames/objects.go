package frames

import (
	"slices"
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/dates"
)

// object is what a predicate is about, with the strategy that found it.
type object struct {
	ments    []int
	direct   string   // an entity read from the text itself: a described policy
	also     []string // further policies a list joins to the direct one
	strategy string
	at       int    // token where the object phrase starts, -1 if none
	end      int    // token after the object's last mention
	read     bool   // the object phrase was read and names no actor: no default object
	slot     string // the frame's slot it was read in, if any
	mediated bool   // the parties of talks a host held for them: no meeting with the host is implied
	restates bool   // the object of an act told before, which the frame tells again
}

// objectOf finds the object of frame f whose head (or light verb group) ends
// at token after: in its slots, in order, within the clause; else where the
// frame's kind of object may sit besides (objectElsewhere).
func (st *sent) objectOf(f *Frame, after int, possessors bool) object {
	return st.objectWithin(f, after, -1, possessors)
}

// namingVerbs name what a free relative stands for: "what it called".
var namingVerbs = map[string]bool{"call": true, "describe": true, "term": true, "label": true, "brand": true, "dub": true}

// pastWhatItCalled returns the end of "what it called" (or "what Beijing
// described as") at token k, or k.
func (st *sent) pastWhatItCalled(k int) int {
	at := k
	if j := st.afterDate(k, len(st.Tokens)); j > k {
		k = j // "criticised on Friday what it called ..."
	}
	// ("condemned during the meeting what he described as ...": past a
	// phrase of occasion)
	if k+1 < len(st.Tokens) && st.tag(k) == "IN" {
		if e := st.npEnd(k + 1); e > k+1 && e < len(st.Tokens) && st.lower(e) == "what" {
			k = e
		}
	}
	if k+2 >= len(st.Tokens) || st.lower(k) != "what" {
		return at
	}
	for j := k + 1; j < len(st.Tokens) && j <= k+4; j++ {
		if gi := st.groupAt[j]; gi >= 0 {
			g := st.Groups[gi]
			if !g.Finite || !namingVerbs[st.tok(g.Head).Lemma] {
				return at
			}
			if g.End < len(st.Tokens) && st.lower(g.End) == "as" {
				return g.End + 1
			}
			return g.End
		}
	}
	return at
}

// objectWithin is objectOf with the search ending at limit (-1: the
// clause's end).
func (st *sent) objectWithin(f *Frame, after, limit int, possessors bool) object {
	verb := f.POS == posVerb
	// "met or held talks with A": coordinated verbs share what follows the last
	if verb && after+1 < len(st.Tokens) && coordinators[st.lower(after)] && st.groupAt[after+1] >= 0 {
		after, verb = st.Groups[st.groupAt[after+1]].End, false
	}
	// "denounced what it called X's intransigence": the free relative's
	// naming verb names the object
	if verb && slices.Contains(f.Slots, "dobj") {
		after = st.pastWhatItCalled(after)
	}
	if end := st.clauseEndRight(after); limit < 0 || end < limit {
		limit = end
	}
	addressee := -1        // where a phrase in the slot of whom a request asks starts
	bare := object{at: -1} // a bare policy noun in a slot: the object if nothing else is
	for i, slot := range f.Slots {
		starts := st.slotStarts(slot, after, limit, verb)
		for n, at := range starts {
			if o, ok := st.objectAt(f, at, slot, possessors); ok {
				o = st.namedSides(f, o, at, limit)
				o.slot = slot
				for _, m := range o.ments {
					o.end = max(o.end, st.ments[m].to)
				}
				st.moreOfSlot(f, &o, starts[n+1:], slot, possessors)
				if at := st.slotAfterApposition(o.end, slot); at > 0 && (len(starts) == n+1 || at > starts[len(starts)-1]) {
					// "with A, the leader of the group that toppled B, and
					// with C": past the apposition's own clause
					if more, ok := st.objectAt(f, at, slot, possessors); ok {
						o.ments = append(o.ments, more.ments...)
					}
				}
				return o
			}
			if bare.direct == "" {
				bare = st.bareObject(f, at, slot)
			}
			if slot == "dobj" && f.Object == objActor && f.Has("possessor") {
				// "condemned the deal that Ethiopia signed": whose deed it
				// is, as the relative clause on it says
				if ms := st.relativeSubject(at); len(ms) > 0 {
					return object{ments: ms, strategy: "the subject of the relative clause on the object", at: at}
				}
			}
		}
		if i == 0 && len(starts) > 0 && st.npEnd(starts[0]) > starts[0] {
			addressee = starts[0]
		}
	}
	if o := st.prepositionedRelative(f, after); len(o.ments) > 0 {
		return o
	}
	if addressee >= 0 && f.Has("addressed") {
		// "called on the warring sides, the army and the RSF, to ...": the
		// members an apposition names
		if o := st.apposedMembers(addressee, limit); len(o.ments) > 0 {
			return o
		}
		// "called on the international community to help X": it asks no
		// actor, and not X
		return object{at: -1, read: true, strategy: "whom it asks names no actor"}
	}
	// "signed with Uganda a memorandum on energy": the policy after the
	// phrase of its other party
	if verb && f.Object == objPolicy && slices.Contains(f.Slots, "dobj") && after+1 < len(st.Tokens) && st.lower(after) == "with" {
		if ms := st.objectList(after+1, false); len(ms) > 0 {
			if at := st.skipToNP(st.ments[ms[len(ms)-1]].to, limit); at >= 0 {
				if o, ok := st.objectAt(f, at, "dobj", possessors); ok {
					return o
				}
				if bare.direct == "" {
					bare = st.bareObject(f, at, "dobj")
				}
			}
		}
	}
	if verb && slices.Contains(f.Slots, "dobj") {
		if o, ok := st.completedNoun(f, after, possessors); ok {
			return o
		}
		if o, np := st.relativeAntecedent(f, after, possessors); np >= 0 {
			if len(o.ments) > 0 || o.direct != "" {
				return o
			}
			if bare.direct == "" {
				bare = st.bareObject(f, np, "dobj")
			}
		}
	}
	if o := st.objectElsewhere(f, after, limit, possessors); len(o.ments) > 0 || o.direct != "" || bare.direct == "" {
		return o
	}
	return bare
}

// bareObject reads a bare policy noun at token at ("signed a deal", "the
// document") as the object of a frame that wants a policy: it stands for
// the policy the article names elsewhere (see policiesNamedElsewhere).
func (st *sent) bareObject(f *Frame, at int, slot string) object {
	if f.Object != objPolicy || st.barePolicy == nil {
		return object{at: -1}
	}
	if id := st.barePolicy(st, st.tok(at).Start); id != "" {
		return object{direct: id, strategy: slot + ", a bare noun for the policy named elsewhere", at: at}
	}
	return object{at: -1}
}

// prepositionedRelative reads the object of a slot whose preposition
// opens the relative clause before the verb: "Ali, with whom he held
// talks", "the envoy to whom it pledged support". The object is the actor
// the clause hangs on.
func (st *sent) prepositionedRelative(f *Frame, after int) object {
	k := min(after, len(st.Tokens)) - 1
	for k >= 0 && st.groupAt[k] < 0 {
		k-- // the verb, or the light verb of a noun ("held talks")
	}
	if k < 0 {
		return object{}
	}
	w := st.clauseStartLeft(st.Groups[st.groupAt[k]].Start) - 1
	if w < 2 || st.lower(w) != "whom" || !slices.Contains(f.Slots, st.lower(w-1)) {
		return object{}
	}
	if ms := st.actorsEndingBefore(w - 1); len(ms) > 0 {
		return object{ments: ms, strategy: st.lower(w-1) + " whom the relative clause hangs on", at: w - 1}
	}
	return object{}
}

// relativeAntecedent reads the object of a verb in a relative clause that
// "that" or "which" opens and that has a subject of its own: the noun
// phrase the clause hangs on, with its prepositional phrases ("condemned
// the memorandum on sea access that Ethiopia signed with Somaliland"). It
// returns where that phrase starts, -1 for no such clause.
func (st *sent) relativeAntecedent(f *Frame, after int, possessors bool) (object, int) {
	if after == 0 || st.groupAt[after-1] < 0 {
		return object{}, -1
	}
	subj := st.npStartLeft(st.Groups[st.groupAt[after-1]].Start)
	if g := st.Groups[st.groupAt[after-1]]; subj == g.Start && g.Start > 0 && st.tag(g.Start-1) == "PRP" {
		subj = g.Start - 1 // "whom it accused of ...": a pronoun subject
	}
	w := subj - 1
	// "Museveni, whom Ruto met in Arusha, ...": the actor before "whom"
	if subj < st.Groups[st.groupAt[after-1]].Start && w >= 1 && st.lower(w) == "whom" {
		if ms := st.actorsEndingBefore(w); len(ms) > 0 {
			return object{ments: ms, strategy: "whom the relative clause hangs on", at: w}, w
		}
		return object{}, -1
	}
	if subj == st.Groups[st.groupAt[after-1]].Start || w < 2 || (st.lower(w) != "that" || st.tag(w) != "IN") && (st.tag(w) != "WDT" || st.lower(w) != "that" && st.lower(w) != "which") {
		return object{}, -1
	}
	np := w
	switch {
	case (st.tag(w-1) == "NN" || st.tag(w-1) == "NNS") && st.mentAt[w-1] < 0:
		// (a common noun: "told Yoon that Japan would ..." is no relative)
		np = st.npStartLeft(w)
	case st.tag(w-1) == "VBG" && st.lower(w-2) == "of":
		np = w - 1 // "a memorandum of understanding that ...": the of-phrase is walked below
	default:
		return object{}, -1
	}
	// "the memorandum of understanding on sea access": back over the
	// phrase's prepositions to its head's own noun phrase
	for np > 1 && (st.lower(np-1) == "of" || st.lower(np-1) == "on" || st.lower(np-1) == "for") {
		switch h := np - 2; {
		case strings.HasPrefix(st.tag(h), "NN"):
			np = st.npStartLeft(np - 1)
		case st.tag(h) == "VBG" && h > 1 && st.lower(h-1) == "of":
			np = st.npStartLeft(h - 1) // "a memorandum of understanding on ..."
		default:
			return st.relativeObject(f, np, possessors)
		}
	}
	return st.relativeObject(f, np, possessors)
}

// relativeObject reads the object at the noun phrase a relative clause
// hangs on, which starts at np.
func (st *sent) relativeObject(f *Frame, np int, possessors bool) (object, int) {
	o, ok := st.objectAt(f, np, "dobj", possessors)
	if ok {
		o.strategy = "the noun phrase its relative clause hangs on"
	}
	return o, np
}

// completedNoun reads the object of a verb in a relative clause without
// "that", whose subject is a pronoun: the noun phrase the clause completes
// ("opened the summit he is hosting").
func (st *sent) completedNoun(f *Frame, after int, possessors bool) (object, bool) {
	if after == 0 || st.groupAt[after-1] < 0 {
		return object{}, false
	}
	k := st.Groups[st.groupAt[after-1]].Start - 1
	if k < 1 || st.tag(k) != "PRP" || st.lower(k) == "it" || !strings.HasPrefix(st.tag(k-1), "NN") || st.mentAt[k-1] >= 0 && st.ments[st.mentAt[k-1]].actor {
		return object{}, false
	}
	np := st.npStartLeft(k - 1)
	o, ok := st.objectAt(f, np, "dobj", possessors)
	if ok {
		o.strategy = "the noun phrase its clause completes"
	}
	return o, ok
}

// objectElsewhere looks for an object outside the frame's slots: a policy
// described later in the clause, a place inside the noun's own phrase, the
// object of a promised action.
func (st *sent) objectElsewhere(f *Frame, after, limit int, possessors bool) object {
	o := st.objectOutsideSlots(f, after, possessors)
	if len(o.ments) == 0 && o.direct == "" && f.Has("condition") {
		return st.subjectOfCondition(after)
	}
	return o
}

// subjectOfCondition reads the actors a conditional clause after token
// after has as its subject: "will respond if Finland allows bases".
func (st *sent) subjectOfCondition(after int) object {
	for k := after; k+1 < len(st.Tokens); k++ {
		if (st.lower(k) != "if" && st.lower(k) != "unless") || st.tag(k) != "IN" {
			continue
		}
		if ms := st.list(k+1, true, false); len(ms) > 0 { // "if Finland and Sweden join"
			return object{ments: ms, strategy: "subject of the condition", at: k + 1}
		}
		// "if Japanese warships enter the strait": the country a demonym
		// in the subject's phrase names
		if m := st.demonymIn(k + 1); m >= 0 && st.ments[m].to < st.npEnd(k+1) {
			return object{ments: []int{m}, strategy: "subject of the condition, demonym", at: k + 1}
		}
		break
	}
	return object{at: -1}
}

// objectOutsideSlots is objectElsewhere's reading for each kind of object.
func (st *sent) objectOutsideSlots(f *Frame, after int, possessors bool) object {
	switch {
	case f.Object == objPolicy:
		return st.policyInClause(after, len(st.Tokens))
	case f.Object == objPlace && f.POS == posNoun:
		if o := st.placeInNounPhrase(after); o.at >= 0 {
			return o
		}
		// "began a five-day tour in Paris": the noun's own phrase of place
		if after+1 < len(st.Tokens) && st.lower(after) == "in" {
			if m := st.placeMention(after + 1); m >= 0 {
				return object{ments: []int{m}, strategy: "in its phrase of place", at: after + 1, end: st.ments[m].to}
			}
		}
		if st.lower(after) != "by" {
			return object{at: -1}
		}
		return st.placeOfClause(after)
	case f.Object == objPlace && f.POS == posVerb:
		return st.whereAntecedent(after)
	case f.Has("what"):
		return st.objectOfAction(f, after, possessors)
	case f.Has("content"):
		return st.subjectOfContent(after)
	}
	return object{at: -1}
}

// subjectOfContent reads the object of a verb that reports a fact about
// it: the actor (or the owner) that the subject of its that-clause names,
// when that clause states what is, not what will or would be ("warned
// that China's support for Russia was damaging ties").
func (st *sent) subjectOfContent(after int) object {
	k := st.afterDate(after, len(st.Tokens))
	if k >= len(st.Tokens) || st.lower(k) != "that" {
		return object{at: -1}
	}
	np := k + 1
	end := st.npEnd(np)
	if end == np {
		return object{at: -1}
	}
	// the clause's verb: after the subject and the phrases that hang on it
	gi := st.firstFiniteFrom(end)
	if gi < 0 || st.Groups[gi].Modal != "" || st.futureOrConditional(gi) || st.Groups[gi].Negated {
		return object{at: -1}
	}
	if ms := st.headActors(np, end, true); len(ms) > 0 {
		return object{ments: ms, strategy: "subject of the clause it reports", at: np}
	}
	return object{at: -1}
}

// policyInClause reads a policy described anywhere in the clause:
// "announced that visitors will be granted visa-free entry".
func (st *sent) policyInClause(after, limit int) object {
	if st.describePolicy == nil {
		return object{at: -1}
	}
	for k := after; k < limit && k < after+40; k++ {
		if st.Tokens[k].Text == "," && k+1 < len(st.Tokens) && st.groupAt[k+1] >= 0 && st.Groups[st.groupAt[k+1]].Finite {
			break // ", outlined the plan": the next predicate's object
		}
		if k > after && st.npStartLeft(k) != k {
			continue // only where a noun phrase starts
		}
		if ids := st.describePolicy(st.tok(k).Start); len(ids) > 0 {
			// "what officials billed as a landmark pact, the Trinity House
			// Agreement": the name in apposition is the policy's
			if e := st.npEnd(k); e+2 < len(st.Tokens) && st.Tokens[e].Text == "," && st.tag(e+1) == "DT" && st.tag(e+2) == "NNP" {
				if named := st.describePolicy(st.tok(e + 1).Start); len(named) > 0 {
					return object{direct: named[0], also: named[1:], strategy: "described in the clause, named in apposition", at: e + 1}
				}
			}
			return object{direct: ids[0], also: ids[1:], strategy: "described in the clause", at: k}
		}
	}
	return object{at: -1}
}

// placeInNounPhrase reads the place a visit noun names before itself: "his
// Qatar visit", "the China trip".
func (st *sent) placeInNounPhrase(after int) object {
	if after <= 0 {
		return object{at: -1}
	}
	for k := st.npStartLeft(after - 1); k < after-1; k++ {
		// "his Qatar visit", not "a Kenyan delegation": a demonym says whose
		if m := st.placeMention(k); m >= 0 && st.ments[m].Via != viaDemonym && st.ments[m].Via != viaDemonymActor {
			return object{ments: []int{m}, strategy: "in the noun phrase", at: k, end: st.ments[m].to}
		}
	}
	return object{at: -1}
}

// places drops the demonyms of mentions of countries: a demonym says whose
// a thing is, not where ("visited a Ugandan refugee camp"), but for the
// country's capital ("visited the Ugandan capital").
func (st *sent) places(ms []int) []int {
	out := ms[:0:0]
	for _, m := range ms {
		mm := st.ments[m]
		if (mm.Via == viaDemonym || mm.Via == viaDemonymActor) && !(mm.to < len(st.Tokens) && st.lower(mm.to) == "capital") {
			continue
		}
		out = append(out, m)
	}
	return out
}

// placeMention returns the mention at token k when it names a place (a
// country, its capital or another place the data knows) and is no
// possessor, or -1.
func (st *sent) placeMention(k int) int {
	m := st.mentAt[k]
	if m < 0 || (st.ments[m].typ != article.Country && st.ments[m].Via != viaPlace) || st.tag(st.ments[m].to) == "POS" {
		return -1
	}
	return m
}

// whereAntecedent reads the place a clause that "where" opens hangs on,
// for a verb of going that names no destination, its word ending at token
// after-1: "a similar deal for Mauritania, where X travelled on Feb. 8".
func (st *sent) whereAntecedent(after int) object {
	gi := st.groupAt[max(after-1, 0)]
	if gi < 0 {
		return object{at: -1}
	}
	for k := st.Groups[gi].Start - 1; k >= 2 && k > st.Groups[gi].Start-12; k-- {
		if st.Tokens[k].Text == "," || (st.groupAt[k] >= 0 && st.groupAt[k] != gi) {
			break
		}
		if st.lower(k) != "where" || st.Tokens[k-1].Text != "," {
			continue
		}
		if m := st.mentAt[k-2]; m >= 0 && st.ments[m].to == k-1 && st.placeMention(st.ments[m].from) == m {
			return object{ments: []int{m}, strategy: "the place \"where\" hangs on", at: st.ments[m].from, end: k - 1}
		}
		break
	}
	return object{at: -1}
}

// placeOfClause reads where the clause of a noun at token after-1 happens,
// for a visit by someone who is not the clause's subject that names no
// destination: "was signed in New Delhi during a visit by X" (the place
// after "in" in the clause).
//
// The phrase after the word comes first; one before it counts when no
// other verb stands between ("In Beijing, Xi met X"), so that of two
// coordinated verbs each keeps its own ("signed X in Berlin and later
// signed Y in Paris").
func (st *sent) placeOfClause(after int) object {
	from, to := st.clauseStartLeft(after-1), st.clauseEndRight(after)
	at := func(k int) (object, bool) {
		if st.lower(k) != "in" || st.tag(k) != "IN" {
			return object{}, false
		}
		if m := st.placeMention(k + 1); m >= 0 {
			return object{ments: []int{m}, strategy: "where its clause happens", at: k + 1, end: st.ments[m].to}, true
		}
		return object{}, false
	}
	for k := max(after, from); k+1 < to; k++ {
		if o, ok := at(k); ok {
			return o
		}
	}
	for k := min(after, to) - 1; k >= from; k-- {
		if k < after-1 && st.groupAt[k] >= 0 && st.groupAt[k] != st.groupAt[after-1] {
			break
		}
		if o, ok := at(k); ok {
			return o
		}
	}
	return object{at: -1}
}

// objectOfAction reads the object of a promise in the action promised:
// "pledged to support Ukraine", "will continue to deepen ties with China".
func (st *sent) objectOfAction(f *Frame, after int, possessors bool) object {
	if after >= len(st.Tokens) {
		return object{at: -1}
	}
	gi := st.actionAt(after)
	if gi < 0 && f.Has("denied") {
		// "will not allow its territory to be used against X": what is
		// (not) permitted follows its noun phrase
		if e := st.npEnd(after); e > after {
			gi = st.actionAt(e)
		}
	}
	if gi < 0 {
		return object{at: -1}
	}
	inner := *f
	inner.Slots = actionSlots
	if st.verbFrame != nil {
		// "will continue to stand by Ukraine": an action of the same kind
		// keeps its own slots first, and its own reading of an owner
		// ("will continue to support Afghanistan's development")
		if own := st.verbFrame(st.tok(st.Groups[gi].Head).Lemma, f.Kind); own != nil {
			inner.Slots = append(st.slotsInTextOrder(own.Slots, st.Groups[gi].End), actionSlots...)
			possessors = possessors || own.Has("possessor")
		}
	}
	o := st.objectOf(&inner, st.Groups[gi].End, possessors)
	if len(o.ments) == 0 {
		// the target of an imposition stands after what is imposed ("to
		// slap tariffs on imports from Mexico"), before the next comma
		inner.Slots, inner.POS = targetSlots, ""
		limit := st.Groups[gi].End
		for limit < len(st.Tokens) && st.Tokens[limit].Text != "," {
			limit++
		}
		o = st.objectWithin(&inner, st.Groups[gi].End, limit, possessors)
		if len(o.ments) == 0 && forceVerbs[st.tok(st.Groups[gi].Head).Lemma] {
			// "to strike militant hideouts inside Afghanistan": force aims
			// at the country where its object lies
			inner.Slots = forceSlots
			o = st.objectWithin(&inner, st.Groups[gi].End, limit, possessors)
		}
	}
	// "on" after a noun names a target only when the noun is imposed;
	// after others it is a topic ("to keep close contact on Haiti")
	// (or a hostile act: "to resume strikes on Lebanon")
	if n := o.at - 2; len(o.ments) > 0 && n >= 0 && st.lower(n+1) == "on" && strings.HasPrefix(st.tag(n), "NN") && st.mentAt[n] < 0 && st.nounTakes != nil && !st.nounTakes(st.tok(n).Lemma, "on") && !attackNouns[st.tok(n).Lemma] {
		return object{at: -1}
	}
	// "to coordinate their response to the US tariffs": a phrase after a
	// noun of answering names what is answered, not whom it is promised to
	if p := st.npStartLeft(o.at) - 1; len(o.ments) > 0 && p > 0 && st.tag(p-1) == "NN" && reprisalNouns[st.tok(p-1).Lemma] {
		return object{at: -1}
	}
	if len(o.ments) > 0 {
		o.strategy = "in the action: " + o.strategy
	}
	return o
}

// slotsInTextOrder returns the slots with the prepositions found after
// token from in the clause in the order they come: the first is the
// action's own ("to stand by Azerbaijan in its conflict with Armenia"),
// the later ones may hang on a noun. The direct object and the slots not
// found keep their places; slots already in order come back as they are.
func (st *sent) slotsInTextOrder(slots []string, from int) []string {
	end := st.clauseEndRight(from)
	first := func(sl string) int {
		for k := from; k < end; k++ {
			if st.lower(k) == sl {
				return k
			}
		}
		return -1
	}
	var at [8]int // where each slot's preposition comes, -1 when not found
	if len(slots) > len(at) {
		return slots
	}
	last, sorted := -1, true
	for i, sl := range slots {
		at[i] = -1
		if sl != "dobj" {
			at[i] = first(sl)
		}
		if at[i] >= 0 {
			sorted = sorted && at[i] > last
			last = at[i]
		}
	}
	if sorted {
		return slots
	}
	var found []int // the found slots' indexes, in text order
	for i := range slots {
		if at[i] >= 0 {
			found = append(found, i)
		}
	}
	order := slices.Clone(found)
	slices.SortFunc(order, func(a, b int) int { return at[a] - at[b] })
	out := slices.Clone(slots)
	for n, i := range found {
		out[i] = slots[order[n]]
	}
	return out
}

// actionAt returns the infinitive that starts at after, past a short phrase
// of time or place ("vowed on Sunday to retaliate"), or -1.
func (st *sent) actionAt(after int) int {
	// "threatened last year to impose": past a date of its own
	if j := st.afterDate(after, len(st.Tokens)); j > after {
		after = j
	}
	for k := after; k < len(st.Tokens) && k-after <= 4; k++ {
		if gi := st.groupAt[k]; gi >= 0 {
			if g := st.Groups[gi]; g.Infinitive && g.Start == k {
				return gi
			}
			return -1
		}
		switch st.tag(k) {
		case "RB", "IN", "NNP", "CD", "DT":
			if k > after || st.tag(k) == "RB" || st.tag(k) == "IN" {
				continue
			}
		case "JJ", "NN", "NNS":
			if k > after && st.tag(after) == "IN" {
				continue // "vowed on the same day to respond", "threatened during the calls to halt"
			}
		}
		return -1
	}
	return -1
}

// placeList keeps the first place and those listed with it ("visited
// Beijing and Washington"), not places named further on.
func (st *sent) placeList(ms []int) []int {
	out := ms[:1]
	for _, m := range ms[1:] {
		prev := st.ments[out[len(out)-1]]
		for k := prev.to; k < st.ments[m].from; k++ {
			if w := st.Tokens[k].Text; w != "," && w != "and" && st.tag(k) != "DT" {
				return out
			}
		}
		out = append(out, m)
	}
	return out
}

// attachedPreps open a phrase that says whose the object is: "goods from
// Mexico", "the people of Poland", "cooperation with Myanmar", "the attack
// by Israel".
var attachedPreps = map[string]bool{"of": true, "from": true, "with": true, "by": true, "between": true}

// countriesIn returns the actors of [from, to) and the countries named in it
// by a demonym or as an official's country ("the foreign ministers of Egypt
// and Qatar", "imports of Russian diamonds").
func (st *sent) countriesIn(from, to int) []int {
	var out []int
	for k := from; k < to; {
		m := st.mentAt[k]
		if m < 0 {
			k++
			continue
		}
		mm := st.ments[m]
		// "the meeting of their council in Tashkent": a capital after a
		// preposition of place is where, not who
		located := mm.Via == viaCapital && mm.from > 0 && locativePreps[st.lower(mm.from-1)]
		if (mm.actor || (mm.typ == article.Country && mm.Via != viaPlace)) && !st.titleOfPerson(m) && !located {
			out = append(out, m)
		}
		k = mm.to
	}
	return out
}

// personAfterPortfolio returns the person named right after the noun
// phrase at i when a place after "for" or "of" follows the phrase's
// capitalised title ("US Special Envoy for Ukraine Keith Kellogg") or its
// title and a comma ("the US special envoy for Ukraine, Keith Kellogg,"),
// or -1.
func (st *sent) personAfterPortfolio(i int) int {
	e := st.npEnd(i)
	if e <= i || e+2 >= len(st.Tokens) || (st.lower(e) != "for" && st.lower(e) != "of") {
		return -1
	}
	k := e + 1
	if st.lower(k) == "the" {
		k++
	}
	if m := st.mentAt[k]; m >= 0 && st.ments[m].typ == article.Organization && st.ments[m].from == k {
		// "the prime minister of the Government of National Unity (GNU), X"
		k = st.ments[m].to
		if k+2 < len(st.Tokens) && st.Tokens[k].Text == "(" && st.Tokens[k+2].Text == ")" {
			k += 3
		}
	}
	for n := 0; n < 3 && k < len(st.Tokens) && st.tag(k) == "NNP" && st.mentAt[k] < 0; n++ {
		k++
	}
	if k <= e+2 && st.lower(e+1) == "the" || k == e+1 {
		// "the commander of the eastern-based forces, X": what the office
		// is in charge of, in lower case, up to the comma before the name
		d := e + 1
		if st.lower(d) == "the" {
			d++
		}
		for n := 0; n < 6 && d < len(st.Tokens) && st.mentAt[d] < 0 && st.Tokens[d].Text != "," && chargeWord(st.tag(d), st.Tokens[d].Text); n++ {
			d++
		}
		if d < len(st.Tokens) && st.Tokens[d].Text == "," && d > e+2 {
			k = d
		}
	}
	if k == e+1 || k+1 >= len(st.Tokens) || st.lower(k-1) == "the" {
		return -1
	}
	apposed := st.Tokens[k].Text == ","
	if apposed {
		k++ // "the US special envoy for Ukraine, Keith Kellogg,"
	}
	m := st.mentAt[k]
	if m < 0 || st.ments[m].typ != article.Person || st.ments[m].from != k {
		return -1
	}
	if to := st.ments[m].to; apposed && to < len(st.Tokens) && strings.HasPrefix(st.tag(to), "VB") {
		return -1 // "the future of Ukraine, X said": the speaker
	}
	return m
}

// chargeWord reports a word that may describe in lower case what an office
// is in charge of: "the eastern-based forces", "the ruling party".
func chargeWord(tag, text string) bool {
	switch tag {
	case "DT", "JJ", "JJR", "JJS", "NN", "NNS", "VBN", "VBG":
		return true
	}
	return text == "-"
}

// titleOfPerson reports a demonym that begins a person's title ("Canadian
// Prime Minister Justin Trudeau"): the person says it all.
func (st *sent) titleOfPerson(m int) bool {
	if st.ments[m].Via != viaDemonym {
		return false
	}
	k := st.ments[m].to
	for k < len(st.Tokens) && st.mentAt[k] < 0 && st.tag(k) == "NNP" {
		k++
	}
	return k < len(st.Tokens) && st.mentAt[k] >= 0 && st.ments[st.mentAt[k]].typ == article.Person
}

// actionSlots are where the object of a promised or threatened action sits:
// "to cut gas supplies to Moldova", "to work with Egypt".
var actionSlots = []string{"dobj", "to", "with", "on", "against", "for", "from", "between"}

// targetSlots are where an action names its target after its own object.
var targetSlots = []string{"on", "against"}

// forceSlots are where a verb of force names the country it aims at after
// its own object: "to hit targets in Lebanon".
var forceSlots = []string{"in", "inside", "across"}

// moreOfSlot adds the objects of the same slot repeated after "and":
// "spoke with A ... and with B".
func (st *sent) moreOfSlot(f *Frame, o *object, starts []int, slot string, possessors bool) {
	for _, at := range starts {
		if at < 2 || st.lower(at-2) != "and" {
			continue
		}
		if more, ok := st.objectAt(f, at, slot, possessors); ok && len(more.ments) > 0 {
			o.ments = append(o.ments, more.ments...)
		}
	}
}

// slotAfterApposition returns where the noun phrase starts after ", and"
// and the slot's preposition repeated past an apposition that follows the
// object ending at token end ("with A, the leader of the group that
// toppled B, and with C"), or -1.
func (st *sent) slotAfterApposition(end int, slot string) int {
	if slot == "dobj" || slot == "self" || end <= 0 || end >= len(st.Tokens) || st.Tokens[end].Text != "," {
		return -1
	}
	for k := end + 1; k+3 < len(st.Tokens) && k < end+30 && !st.isBoundary(k); k++ {
		if st.Tokens[k].Text == "," {
			if st.lower(k+1) == "and" && st.lower(k+2) == slot {
				return k + 3
			}
			return -1
		}
	}
	return -1
}

// slotStarts returns where a slot's noun phrase may start: after the verb
// for dobj, the noun phrase itself for self, else after each occurrence of
// the preposition in the clause ("imposed sanctions on Friday on X"); after
// a verb, only up to a noun phrase object, which takes what follows it, except
// "against", which names a target wherever it stands ("launch a strike
// against X").
func (st *sent) slotStarts(slot string, after, limit int, verb bool) []int {
	switch slot {
	case "dobj":
		if at := st.skipToNP(after, limit); at >= 0 {
			return []int{at}
		}
		return nil
	case "self":
		at := st.npStartLeft(after - 1)
		if at >= 2 && st.tag(at-1) == "POS" && st.mentAt[at-2] >= 0 {
			at = st.ments[st.mentAt[at-2]].from // "closed Russia's consulate": with its owner
		}
		return []int{at}
	}
	return st.prepositionStarts(slot, after, limit, verb)
}

// inHonourOf reports a noun phrase at k that an actor owns and "honour"
// heads ("X's honour", "his honour").
func (st *sent) inHonourOf(k int) bool {
	end := st.npEnd(k)
	if end <= k || (st.tok(end-1).Lemma != "honour" && st.tok(end-1).Lemma != "honor") {
		return false
	}
	return st.tag(end-2) == "POS" || st.tag(k) == "PRP$"
}

// toSlotBlockers are words that make "to" after them part of a phrase of
// their own, not a slot: "according to X", "due to X", "thanks to X".
var toSlotBlockers = map[string]bool{"according": true, "due": true, "thanks": true, "owing": true, "prior": true}

// absoluteWith reports a "with" at token k that opens an absolute phrase:
// its noun phrase (and a relative clause set off by commas) followed by a
// participle that says what it did ("..., with India, which chairs the
// bloc, pressing members to agree"). It names no one the verb reaches.
func (st *sent) absoluteWith(k int) bool {
	if k+1 >= len(st.Tokens) {
		return false
	}
	e := st.npEnd(k + 1)
	if m := st.mentAt[k+1]; m >= 0 {
		e = max(e, st.ments[m].to)
	}
	// (past a relative clause only when a comma sets the phrase off: "spoke
	// with X, who was sworn in that day, congratulating him" goes on with
	// the verb's own participle)
	if k > 0 && st.Tokens[k-1].Text == "," && e+1 < len(st.Tokens) && st.Tokens[e].Text == "," && (st.tag(e+1) == "WDT" || st.tag(e+1) == "WP") {
		for e++; e < len(st.Tokens) && st.Tokens[e].Text != "," && !st.isBoundary(e); e++ {
		}
		e++
	}
	return e < len(st.Tokens) && st.tag(e) == "VBG"
}

// prepositionStarts returns where the noun phrase after each occurrence of
// the preposition slot starts in [after, limit): up to an infinitive, or
// (after a verb) up to a noun phrase object, which takes what follows it.
func (st *sent) prepositionStarts(slot string, after, limit int, verb bool) []int {
	var out []int
	inPP := false
	for k := after; k+1 < limit; k++ {
		t := st.tag(k)
		if t == "TO" && strings.HasPrefix(st.tag(k+1), "VB") {
			// "pledged to improve relations ... to Ankara": an infinitive
			// starts the action; its phrases are not the verb's
			return out
		}
		// ("according to X", "due to X", "thanks to X" name no one the verb
		// reaches, unless the word is the frame's own noun: "expressed his
		// thanks to X")
		// (nor does one that hangs on a noun of its own inside another
		// phrase: "speaking during a visit to Kyiv")
		if st.lower(k) == slot && (t == "IN" || t == "TO" || t == "RP" || t == "RB") && !(slot == "to" && k > after && toSlotBlockers[st.lower(k-1)]) && !(slot == "with" && st.absoluteWith(k)) &&
			!(verb && inPP && k > 0 && strings.HasPrefix(st.tag(k-1), "NN") && st.mentAt[k-1] < 0 && st.nounTakes != nil && st.nounTakes(st.tok(k-1).Lemma, slot)) {
			out = append(out, k+1)
		} else if slot == "for" && st.lower(k) == "in" && st.inHonourOf(k+1) {
			// "hosted a banquet in X's honour": for X
			out = append(out, k+1)
		}
		switch {
		case t == "IN" || t == "TO":
			inPP = true
		case t == ",":
			// a comma ends the phrase, unless a title in apposition follows
			// its name ("with Mr. Aliyev, President of Azerbaijan, and with")
			inPP = inPP && st.mentAt[k-1] >= 0 && st.tag(k+1) == "NNP"
		case !inPP && verb && slot != "against" && st.startsObject(k):
			// a noun phrase object of the verb: what follows it belongs to it
			// ("discussed relations with the US"), but for "to" right after
			// it, which names who receives it ("offered help to X")
			// ("send teams and aid to X": past a coordinated object)
			e := st.npEnd(k)
			for e+1 < limit && (st.lower(e) == "and" || st.lower(e) == "or") && st.startsObject(e+1) {
				e = st.npEnd(e + 1)
			}
			// (or "for": "pledged 3 billion euros for Ukraine")
			if (slot == "to" || slot == "for") && e < limit && st.lower(e) == slot {
				out = append(out, e+1)
			}
			return out
		}
	}
	return out
}

// startsObject reports a word that starts a noun phrase object, not a
// mention and not an adverb of time ("spoke today with X", "met last week
// with X").
func (st *sent) startsObject(k int) bool {
	t := st.tag(k)
	return (t == "DT" || t == "PRP$" || strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ")) && st.mentAt[k] < 0 && !st.timeWord(k)
}

// objectAt reads the object of the kind the frame wants at token at.
func (st *sent) objectAt(f *Frame, at int, slot string, possessors bool) (object, bool) {
	switch f.Object {
	case objActor:
		return st.actorAt(f, at, slot, possessors)
	case objPlace:
		if ms := st.places(st.typed(at, "Country", true)); len(ms) > 0 && !(slot == "dobj" && st.withBefore(at, st.ments[ms[0]].from)) {
			return object{ments: st.placeList(ms), strategy: slot, at: at}, true
		}
	case objEvent:
		return st.eventAt(at, slot)
	case objPolicy:
		if ms := st.typed(at, "Policy", false); len(ms) > 0 {
			// "signed a framework for cooperation under the Belt and Road
			// Initiative": a policy named in the tail of a described one
			// says what the described one is about; the description is
			// what was signed
			if o, ok := st.describedAround(at, ms[0], slot); ok {
				return o, true
			}
			return object{ments: ms, strategy: slot, at: at}, true
		}
		// "signed a document, dubbed the X Declaration, ...": the name a
		// naming participle set off by a comma gives the noun (the tagger
		// may call it a past tense)
		if e := st.npEnd(at); e+1 < len(st.Tokens) && st.Tokens[e].Text == "," && st.groupAt[e+1] >= 0 {
			if g := st.Groups[st.groupAt[e+1]]; g.Start == e+1 && g.Head == g.Start && (st.tag(g.Head) == "VBN" || st.tag(g.Head) == "VBD") && namingVerbs[st.tok(g.Head).Lemma] {
				if ms := st.typed(g.End, "Policy", false); len(ms) > 0 {
					return object{ments: ms[:1], strategy: slot + ", the name it is given", at: at}, true
				}
			}
		}
		if st.describePolicy != nil {
			if ids := st.describePolicy(st.tok(at).Start); len(ids) > 0 {
				return object{direct: ids[0], also: ids[1:], strategy: slot + ", described", at: at}, true
			}
		}
	case objHost:
		// "played host to Xi and Modi at the summit": the guests the phrase
		// starts with, before an event in the phrases that hang on it
		// (not the name that modifies an event's noun: "hosted a Quad
		// leaders' summit" hosts the summit)
		// (nor the members of an event's "of" phrase: "hosted a summit of
		// A, B and C" hosts the summit)
		if ms := st.objectList(at, false); len(ms) > 0 && st.ments[ms[0]].typ != "Event" && !st.modifiesEventHead(ms[len(ms)-1], at) && !st.membersOfEvent(ms[0], at) {
			return object{ments: ms, strategy: slot, at: at}, true
		}
		if o, ok := st.eventAt(at, slot+"-event"); ok {
			return o, true
		}
		if ms := st.objectList(at, false); len(ms) > 0 && st.membersOfEvent(ms[0], at) {
			return object{}, false
		}
		return st.actorAt(f, at, slot, false)
	}
	return object{}, false
}

// describedAround returns the policy described at token at when its
// prepositional tail (after a word other than "of") holds the named policy
// m, and the description spans m.
func (st *sent) describedAround(at, m int, slot string) (object, bool) {
	from := st.ments[m].from
	if st.describePolicy == nil || from <= at || from < st.npEnd(at) {
		return object{}, false
	}
	k := st.npEnd(at)
	if k >= len(st.Tokens) || st.tag(k) != "IN" || st.lower(k) == "of" {
		return object{}, false
	}
	ids := st.describePolicy(st.tok(at).Start)
	_, named, _ := strings.Cut(st.ments[m].EntityID, ":")
	if len(ids) != 1 || named == "" || !strings.Contains(ids[0], named) {
		return object{}, false
	}
	return object{direct: ids[0], strategy: slot + ", described around a named policy", at: at}, true
}

// membersOfEvent reports mention m after an event that the phrase at
// token at names first: "a summit of A, B and C" gathers them; they are
// not whom it is hosted for.
func (st *sent) membersOfEvent(m, at int) bool {
	ev := st.typed(at, "Event", false)
	return len(ev) > 0 && st.ments[ev[0]].from < st.ments[m].from && st.ments[ev[0]].from <= st.npEnd(at)
}

// modifiesEventHead reports mention m inside the noun phrase at token at,
// before the phrase's head, when that head is an event noun: "a Quad
// leaders' summit", "the previous BRICS foreign ministers' meeting".
func (st *sent) modifiesEventHead(m, at int) bool {
	end := st.npEnd(at)
	return end-1 >= st.ments[m].to && st.eventHead(end-1)
}

// withBefore reports "with" in [from, to): "reached a deal with its
// creditors, among them China" names a partner there, not a place reached.
func (st *sent) withBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if st.lower(k) == "with" {
			return true
		}
	}
	return false
}

// actorAt reads actors at token at: a list of them, the countries a phrase
// of "between" names, a demonym, or the countries of a phrase that says
// whose the noun is.
func (st *sent) actorAt(f *Frame, at int, slot string, possessors bool) (object, bool) {
	// "to each of A, B and C", "with both of them": the members after a quantifier
	if at+2 < len(st.Tokens) && quantifiers[st.lower(at)] && st.lower(at+1) == "of" {
		at += 2
	}
	// "on more than 100 Nicaraguan officials", "on about 250", "on at
	// least 40": the words that qualify a number before the noun phrase
	for k := at; k < len(st.Tokens) && k < at+3; k++ {
		if st.tag(k) == "CD" {
			at = k
			break
		}
		if t := st.tag(k); t != "RB" && t != "RBR" && t != "IN" && !strings.HasPrefix(t, "JJ") || st.mentAt[k] >= 0 {
			break
		}
	}
	if slot == "for" && at > 0 && st.lower(at-1) == "in" && st.inHonourOf(at) {
		// "in X's honour": its owner
		if ms := st.objectList(at, true); len(ms) > 0 {
			return object{ments: ms, strategy: "in whose honour", at: at}, true
		}
	}
	if slot == "between" {
		// "between the ministers of Japan and the Philippines"; "a meeting
		// between A, B and C took place": the phrase holds its last member,
		// whatever verb follows it
		end := st.betweenEnd(at)
		if ms := st.objectList(at, false); len(ms) > 1 {
			if all := st.list(at, false, false); len(all) > len(ms) && st.ments[all[len(all)-1]].to <= end {
				ms = all
			}
			return object{ments: st.sides(ms), strategy: slot, at: at}, true
		}
		if ms := st.countriesIn(at, end); len(ms) > 1 {
			return object{ments: st.sides(ms), strategy: slot, at: at}, true
		}
	}
	// "the US and British attacks": demonyms (or a country) coordinated
	// before one plural noun are each an object, not the first alone
	if e := st.pluralAfterDemonyms(at); e > at && f.Object != objHost {
		if ms := st.coordinatedDemonyms(at, e); len(ms) > 1 {
			return object{ments: ms, strategy: slot + ", coordinated demonyms", at: at}, true
		}
	}
	// "accused the three (European) countries of ...": the last three
	// named before the sentence (its own name the speaker, the subject)
	if ids := st.numberedGroup(at, st.Start); len(ids) > 0 {
		return object{direct: ids[0], also: ids[1:], strategy: slot + ", the last " + st.lower(at+1) + " named", at: at}, true
	}
	if ms := st.objectList(at, possessors); len(ms) > 0 {
		return object{ments: ms, strategy: slot, at: at}, true
	}
	if ids := st.countedGroup(at); len(ids) > 0 {
		return object{direct: ids[0], also: ids[1:], strategy: slot + ", the countries counted, named next", at: at}, true
	}
	// "the assets of Chelsea owner Roman Abramovich": a person named at the
	// end of a phrase that describes him
	if end := st.npEnd(at); end > at+1 {
		if m := st.mentAt[end-1]; m >= 0 && st.ments[m].typ == article.Person && st.ments[m].from > at {
			return object{ments: []int{m}, strategy: slot + ", the name a description ends with", at: at}, true
		}
	}
	// "hosted his Australian and British counterparts"
	if e := st.pluralAfterDemonyms(at); e > at {
		if ms := st.coordinatedDemonyms(at, e); len(ms) > 1 && !(f.Object == objHost && st.hasPossessive(at)) {
			return object{ments: ms, strategy: slot + ", coordinated demonyms", at: at}, true
		}
	}
	// "received US Special Envoy for Ukraine Keith Kellogg": a title
	// whose portfolio names a place ends with the person it describes
	if m := st.personAfterPortfolio(at); m >= 0 {
		return object{ments: []int{m}, strategy: slot + ", the name after the title's portfolio", at: at}, true
	}
	// "a senior Indian diplomat", "received his Chinese counterpart" (but
	// "welcomed the US president's efforts" names a deed, not a visitor)
	// (whom one meets or hosts acts for no state when the phrase says so:
	// "met Kenyan business leaders"; sanctions on them still hit it)
	if m := st.demonymIn(at); m >= 0 && !(f.Object == objHost && st.hasPossessive(at)) && !((f.Has("pair") || f.Object == objHost) && st.nonstate(at)) {
		return object{ments: []int{m}, strategy: slot + ", demonym", at: at}, true
	}
	if f.Object == objHost {
		return object{}, false
	}
	// "tariffs on goods from Mexico", "the ministers of Egypt and Qatar",
	// "imports of Russian diamonds", "its cooperation with Myanmar"
	// (not for a meeting: "discussed relations with the US" is a topic)
	// "sanctions against 28 officials, including X and Y": the members a
	// group that names no one lists
	if k := st.includingAfter(at); k > 0 {
		if ms := st.objectList(k, false); len(ms) > 0 {
			return object{ments: ms, strategy: slot + ", including", at: at}, true
		}
		if m := st.demonymIn(k); m >= 0 {
			return object{ments: []int{m}, strategy: slot + ", including, demonym", at: at}, true
		}
	}
	end := st.npEnd(at)
	for end < len(st.Tokens) && st.scare[end] {
		end = st.npEnd(end + 1) // the "ironclad friendship" between A and B: past scare quotes
	}
	if end+2 < len(st.Tokens) && (st.tag(end) == "TO" || st.tag(end) == "IN") && st.lower(end+1) == "and" {
		end = st.npEnd(end + 2) // "exports to and imports from Israel": two nouns, one object
	}
	// "the Taliban government in Kabul": who governs from the place
	if end+1 < len(st.Tokens) && st.lower(end) == "in" && seatNouns[st.lower(end-1)] {
		if m := st.mentAt[end+1]; m >= 0 && (st.ments[m].typ == article.Country || st.ments[m].Via == "capital") {
			return object{ments: []int{m}, strategy: slot + ", who governs in the place", at: at}, true
		}
	}
	// "hailed the new momentum in ties with India": the partner of the
	// relation that a phrase of "in" names
	if end+2 < len(st.Tokens) && st.lower(end) == "in" && st.nounTakes != nil {
		if e := st.npEnd(end + 1); e > end+1 && e+1 < len(st.Tokens) && st.lower(e) == "with" && st.nounTakes(st.tok(e-1).Lemma, "with") {
			if ms := st.countriesIn(e+1, st.phraseEnd(e+1)); len(ms) > 0 {
				return object{ments: ms, strategy: slot + ", the partner of the relation in it", at: at}, true
			}
		}
	}
	// "duties on brandy imported from the bloc": past a participle that
	// says where the goods come from
	if end+2 < len(st.Tokens) && (st.tag(end) == "VBN" || st.tag(end) == "VBG") && st.groupAt[end] >= 0 && st.Groups[st.groupAt[end]].End == end+1 && (st.lower(end+1) == "from" || st.lower(end+1) == "in") {
		if ms := st.countriesIn(end+2, st.phraseEnd(end+2)); len(ms) > 0 {
			return object{ments: ms, strategy: slot + ", where the goods come from", at: at}, true
		}
	}
	// (not "the next meeting of their council": what is theirs is no object)
	// (nor whom those it asks have dealings with: "called on all countries
	// with influence over the warring parties")
	if end+1 < len(st.Tokens) && attachedPreps[st.lower(end)] && !((f.Has("pair") || f.Has("addressed")) && st.lower(end) == "with") && st.tag(end+1) != "PRP$" {
		limit := st.phraseEnd(end + 1)
		if st.lower(end) == "by" {
			// "a ruling by the court on its border with Somalia": the agent
			// is the phrase after "by" (and those joined to it), not what
			// the phrases after it are about
			if ms := st.objectList(end+1, false); len(ms) > 0 {
				limit = min(limit, st.ments[ms[len(ms)-1]].to)
			}
		}
		if ms := st.countriesIn(end+1, limit); len(ms) > 0 {
			return object{ments: ms, strategy: slot + ", " + st.lower(end) + " phrase", at: at}, true
		}
	}
	return object{}, false
}

// pluralAfterDemonyms returns the end of a phrase at token at that runs
// over adjectives, demonyms and coordinators to a plural noun ("his
// Australian and British counterparts"), or at.
func (st *sent) pluralAfterDemonyms(at int) int {
	for k := at; k < len(st.Tokens) && k < at+8; k++ {
		m := st.mentAt[k]
		switch t := st.tag(k); {
		case t == "NNS" && m < 0:
			return k + 1
		case m >= 0 && (st.ments[m].Via == viaDemonym || st.ments[m].Via == viaModifier || st.ments[m].typ == article.Country):
			k = st.ments[m].to - 1
		case k == at && (t == "DT" || t == "PRP$"), coordinators[st.lower(k)], t == ",", strings.HasPrefix(t, "JJ"), t == "NN" && m < 0 && k > at:
		default:
			return at
		}
	}
	return at
}

// numberedGroup reads "the three leaders" or "the four countries" at token
// at, a number above two: the people, or the countries, named last before
// the byte offset before, other than those of except (the clause's subjects).
func (st *sent) numberedGroup(at, before int, except ...string) []string {
	// ("the three countries' accusations": their owners)
	if at+3 > len(st.Tokens) || st.lower(at) != "the" || st.tag(at+1) != "CD" || st.lastNamed == nil {
		return nil
	}
	// ("the three held talks": the number alone, before its verb, counts
	// people; the subject, it follows no one who speaks of them)
	if v := at + 2; v < len(st.Tokens) && (strings.HasPrefix(st.tag(v), "VB") || st.tag(v) == "MD") {
		n, ok := dates.NumberWord(st.lower(at + 1))
		if !ok || n < 3 {
			return nil
		}
		if named := st.lastNamed(n, true, before, except); len(named) >= n {
			return named[:n]
		}
		return nil
	}
	// ("the three European governments": adjectives and demonyms before
	// the noun)
	end := at + 3
	for end < len(st.Tokens) && end < st.npEnd(at) && (strings.HasPrefix(st.tag(end-1), "JJ") || st.tag(end-1) == "NNP") {
		end++
	}
	if st.npEnd(at) != end && st.tag(end) != "POS" {
		return nil
	}
	n, ok := dates.NumberWord(st.lower(at + 1))
	noun := st.lower(end - 1)
	if !ok || n < 3 || !(peopleNouns[noun] || countryNouns[noun]) {
		return nil
	}
	named := st.lastNamed(n, peopleNouns[noun], before, st.namedInClause(at, except))
	if len(named) < n {
		return nil
	}
	return named[:n]
}

// namedInClause adds to except the actors named before token at in its
// clause, who speak of a group there ("X accused the three countries"):
// not its members.
func (st *sent) namedInClause(at int, except []string) []string {
	from := st.clauseStartLeft(at)
	if g := st.groupAt[max(at-1, 0)]; at > 0 && g >= 0 {
		from = st.clauseStartLeft(st.Groups[g].Start) // the object of a verb: its clause's
	}
	for k := from; k < at; k++ {
		if m := st.mentAt[k]; m >= 0 && st.ments[m].actor && st.ments[m].EntityID != "" {
			except = append(except, st.ments[m].EntityID)
		}
	}
	return except
}

// countedGroup reads "seven Latin American countries" at token at, or a
// phrase whose "from" or "of" phrase is one ("diplomats from seven
// countries"): a number above one, no article, words of a name or
// adjectives, a country noun. It returns the countries of the list of that
// many named next, the count said first and the names after it.
func (st *sent) countedGroup(at int) []string {
	if at < len(st.Tokens) && st.tag(at) != "CD" {
		if e := st.npEnd(at); e+1 < len(st.Tokens) && (st.lower(e) == "from" || st.lower(e) == "of") {
			at = e + 1
		}
	}
	if at+2 > len(st.Tokens) || st.tag(at) != "CD" || st.nextList == nil {
		return nil
	}
	n, ok := dates.NumberWord(st.lower(at))
	end := st.npEnd(at)
	if !ok || n < 2 || end <= at+1 || !countryNouns[st.lower(end-1)] {
		return nil
	}
	for k := at + 1; k < end-1; k++ {
		if t := st.tag(k); !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NNP") {
			return nil
		}
	}
	return st.nextList(n, st.tok(end-1).End)
}

// includingAfter returns where the first name of the list after
// ", including" (", among them", ", such as") that closes the noun phrase
// at i (with its "of" phrase) starts, or -1.
func (st *sent) includingAfter(i int) int {
	end := st.npEnd(i)
	if end+1 < len(st.Tokens) && st.lower(end) == "of" {
		end = st.npEnd(end + 1)
	}
	// "on 300 individuals and entities, including ...": past a second
	// noun phrase coordinated with the first
	if end+1 < len(st.Tokens) && (st.lower(end) == "and" || st.lower(end) == "or") && strings.HasPrefix(st.tag(end+1), "NN") && st.mentAt[end+1] < 0 {
		end = st.npEnd(end + 1)
	}
	if end < len(st.Tokens) && st.Tokens[end].Text == "," {
		end++
	}
	// ("..., among them A and B", "..., such as A and B")
	if end+2 < len(st.Tokens) && (st.lower(end) == "among" && st.lower(end+1) == "them" || st.lower(end) == "such" && st.lower(end+1) == "as") {
		end++
	} else if end+1 >= len(st.Tokens) || st.lower(end) != "including" {
		return -1
	}
	// the first name of the list, past a title ("including Secretary of State Mike Pompeo"),
	// or a demonym ("including Chinese companies")
	for k := end + 1; k < len(st.Tokens) && st.Tokens[k].Text != ","; k++ {
		if m := st.mentAt[k]; m >= 0 && (st.ments[m].actor || st.ments[m].Via == viaDemonym) {
			return st.ments[m].from
		}
	}
	return -1
}

// betweenEnd returns where the phrase after "between" at i ends: at the
// phrase's end, or at a comma or preposition after its "and" ("between A
// and B in Minsk on Monday, the agency learned").
func (st *sent) betweenEnd(i int) int {
	end := st.phraseEnd(i)
	and := false
	for k := i; k < end; k++ {
		switch {
		case st.lower(k) == "and":
			and = true
		case and && (st.Tokens[k].Text == "," || (st.tag(k) == "IN" && st.lower(k) != "of")):
			return k
		}
	}
	return end
}

// hasPossessive reports a possessive "'s" in the noun phrase at i.
func (st *sent) hasPossessive(i int) bool {
	for k := i; k < st.npEnd(i); k++ {
		if st.tag(k) == "POS" {
			return true
		}
	}
	return false
}

// eventAt reads an event at token at: one the article names, else one
// described by its noun phrase.
func (st *sent) eventAt(at int, strategy string) (object, bool) {
	if ms := st.typed(at, "Event", false); len(ms) > 0 {
		return object{ments: ms[:1], strategy: strategy, at: at}, true
	}
	if id := st.describedEvent(at); id != "" {
		return object{direct: id, strategy: strategy + ", described", at: at}, true
	}
	return object{}, false
}

// typed returns the mentions of an entity type in the noun phrase at i and
// the phrases that hang on it ("the summit of the SCO in Tianjin"), up to
// the clause's end.
func (st *sent) typed(i int, typ string, places bool) []int {
	var out []int
	end := st.phraseEnd(i)
	for k := i; k < end; k++ {
		m := st.mentAt[k]
		if m < 0 {
			continue
		}
		if st.ments[m].typ == typ || (places && st.ments[m].Via == "place") {
			if len(out) == 0 || out[len(out)-1] != m {
				out = append(out, m)
			}
		}
	}
	return out
}

// phraseEnd returns the end of a noun phrase with its prepositional phrases
// and lists: up to the next verb group, boundary or clause-ending comma.
func (st *sent) phraseEnd(i int) int {
	k := i
	for k < len(st.Tokens) {
		if st.groupAt[k] >= 0 || st.isBoundary(k) || (subordinators[st.lower(k)] && st.tag(k) == "IN" && st.lower(k) != "that") {
			break
		}
		if st.Tokens[k].Text == "," && k+1 < len(st.Tokens) && (st.tag(k+1) == "WDT" || st.tag(k+1) == "WP" || st.tag(k+1) == "VBG") {
			break
		}
		if st.Tokens[k].Text == "," && k+2 < len(st.Tokens) && st.tag(k+1) == "DT" && deedNouns[st.tok(k+2).Lemma] {
			break // ", a move that ...": an apposition sums the clause up
		}
		// "landed at Haneda Airport, North Korea fired ...": a comma before
		// the subject of a finite verb ends a fronted clause
		if st.Tokens[k].Text == "," && k+1 < len(st.Tokens) {
			if e := st.npEnd(k + 1); e > k+1 && e < len(st.Tokens) && st.groupAt[e] >= 0 && st.Groups[st.groupAt[e]].Start == e && st.Groups[st.groupAt[e]].Finite {
				break
			}
		}
		k++
	}
	return k
}

// npStartLeft returns the first token of the noun phrase that ends at i:
// "a new trade agreement" from "agreement".
func (st *sent) npStartLeft(i int) int {
	for i > 0 {
		t := st.tag(i - 1)
		if t == "DT" || t == "CD" || t == "PRP$" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") || t == "HYPH" {
			i--
			continue
		}
		break
	}
	return i
}

// afterDate returns the token after a phrase of time at i ("on Friday",
// "today", "last week"), or i.
func (st *sent) afterDate(i, limit int) int {
	k := i
	if k < limit && st.tag(k) == "IN" && k+1 < limit && st.inDate[k+1] {
		k++
	}
	for k < limit && (st.inDate[k] || st.timeWord(k)) {
		k++
	}
	if k > i && k < limit && st.Tokens[k].Text == "," {
		k++
	}
	return k
}

// skipToNP returns the first token of the noun phrase after a verb group,
// past particles and adverbs, or -1.
func (st *sent) skipToNP(i, limit int) int {
	for i < limit && (st.tag(i) == "RB" || st.tag(i) == "RP" || st.scare[i]) {
		i++
	}
	// "announced on Friday a new policy": a date before the object
	if k := st.afterDate(i, limit); k > i && st.tag(k) != "POS" { // (not "attended Thursday's summit")
		i = k
	}
	// "signed into law a bill", "put into force a ban": a bare noun after
	// "into" completes the verb before its object
	if i+2 < limit && st.lower(i) == "into" && st.tag(i+1) == "NN" && (st.tag(i+2) == "DT" || st.tag(i+2) == "PRP$") {
		i += 2
	}
	// "condemned in the strongest terms the decision": a phrase of manner
	// before the object
	if i < limit && st.lower(i) == "in" {
		for k := i + 1; k < limit && k <= i+4 && st.groupAt[k] < 0 && st.mentAt[k] < 0; k++ {
			if w := st.lower(k); (w == "terms" || w == "manner") && k+1 < limit && (st.tag(k+1) == "DT" || st.tag(k+1) == "PRP$" || st.mentAt[k+1] >= 0) {
				i = k + 1
				break
			}
		}
	}
	// "summoned, on Monday, the ambassador", "thanked, in a statement on
	// Friday, X": a short insertion between commas, with no verb of its own
	if i < limit && st.Tokens[i].Text == "," {
		for k := i + 1; k < limit && k <= i+8 && st.groupAt[k] < 0; k++ {
			if st.Tokens[k].Text == "," {
				i = k + 1
				break
			}
		}
	}
	if i >= limit || st.npEnd(i) == i {
		return -1
	}
	return i
}

// clauseEndRight returns where the clause that goes on at token i ends: the
// end of the sentence, a boundary, or a finite verb group of a new clause.
func (st *sent) clauseEndRight(i int) int {
	for k := i; k < len(st.Tokens); k++ {
		if st.isBoundary(k) {
			return k
		}
		// ", according to a readout from Tokyo": an attribution closes
		// the clause
		if st.Tokens[k].Text == "," && k+2 < len(st.Tokens) && st.lower(k+1) == "according" && st.lower(k+2) == "to" {
			return k
		}
		if gi := st.groupAt[k]; gi >= 0 && st.Groups[gi].Finite && k == st.Groups[gi].Start {
			// a finite verb after a comma or a subordinator opens a new clause
			p := k - 1
			for p >= 0 && st.tag(p) == "RB" {
				p--
			}
			if p >= 0 && (st.Tokens[p].Text == "," || st.tag(p) == "PRP" || st.tag(p) == "NNP" || st.tag(p) == "WDT" || st.tag(p) == "WP") {
				return k
			}
		}
	}
	return len(st.Tokens)
}

// namedSides replaces a group reference in object o, read at token at, by
// the actors that name its members: "urged both sides, A and B, to ..."
// (the list goes on with their names), "called on the warring sides in
// Libya, A and B, to ..." (an apposition after its phrase).
func (st *sent) namedSides(f *Frame, o object, at, limit int) object {
	if len(o.ments) == 0 || st.ments[o.ments[0]].typ != viaGroup {
		return o
	}
	if g := st.ments[o.ments[0]]; len(o.ments) > 1 && g.to < len(st.Tokens) && st.Tokens[g.to].Text == "," {
		o.ments = o.ments[1:]
		return o
	}
	if len(o.ments) == 1 && f.Has("addressed") {
		// (the apposition runs past the clause's comma, to the infinitive)
		if members := st.apposedMembers(at, len(st.Tokens)); len(members.ments) > 0 {
			return members
		}
	}
	return o
}

// apposedMembers reads the actors an apposition after the noun phrase at
// token at names, when the request's infinitive follows it: "the warring
// sides in Libya, the forces of X and the Government of National Accord,
// to declare a ceasefire". Not "..., Kenya said, to ...": the list must end
// at the comma or the "to" of the infinitive.
func (st *sent) apposedMembers(at, limit int) object {
	k := at
	for k < limit && st.Tokens[k].Text != "," {
		k++
	}
	if k+1 >= limit {
		return object{at: -1}
	}
	ms := st.objectList(k+1, false)
	if len(ms) == 0 {
		// "the forces of eastern commander X and the U.N.-recognised
		// Government of National Accord": the head actor of each phrase
		// the apposition joins
		ms = st.membersBefore(k+1, limit)
	}
	if len(ms) == 0 {
		return object{at: -1}
	}
	end := st.npEnd(st.ments[ms[len(ms)-1]].from)
	for end < len(st.Tokens) && st.lower(end) == "in" || end < len(st.Tokens) && st.lower(end) == "of" {
		end = st.npEnd(end + 1) // "... the Government of National Accord in Tripoli"
	}
	if end < len(st.Tokens) && st.Tokens[end].Text == "," {
		end++
	}
	if end >= len(st.Tokens) || st.tag(end) != "TO" {
		return object{at: -1}
	}
	return object{ments: ms, strategy: "the members an apposition names", at: k + 1}
}

// membersBefore returns the last actor named in each phrase that "and"
// joins in [from, limit), up to the "to" of an infinitive ("the forces of
// X and the U.N.-recognised Y in Tripoli": X and Y; not a place after
// "in"), when there are two or more; else nil.
func (st *sent) membersBefore(from, limit int) []int {
	var out []int
	last := -1 // the last actor of the phrase read so far
	for k := from; k < limit && st.tag(k) != "TO" && !st.isBoundary(k); k++ {
		if st.lower(k) == "and" {
			if last >= 0 {
				out = append(out, last)
			}
			last = -1
			continue
		}
		if m := st.mentAt[k]; m >= 0 && st.ments[m].actor && st.ments[m].from == k && (k == 0 || st.lower(k-1) != "in") {
			last = m
		}
	}
	if last >= 0 {
		out = append(out, last)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// sides drops from the members of a "between" phrase the country that only
// says whose a person named right after it is ("between Kenyan President X
// and Ugandan President Y": X and Y), when two sides remain.
func (st *sent) sides(ms []int) []int {
	var out []int
	for n, m := range ms {
		if mm := st.ments[m]; (mm.Via == viaModifier || mm.Via == viaDemonym) && n+1 < len(ms) &&
			st.ments[ms[n+1]].typ == article.Person && st.ments[ms[n+1]].from-mm.to <= 3 {
			continue
		}
		out = append(out, m)
	}
	if len(out) < 2 {
		return ms
	}
	return out
}
