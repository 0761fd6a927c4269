// Package frames reads dated, typed relations between actors out of an
// analysed article (package doc). Predicates come from a lexicon of frames
// (data/frames.tsv): a verb, a noun carried by a light verb, or an adjective
// after a copula, each with its kind, the slot its object sits in and the
// options that change how it reads. Arguments come from clause structure: the
// clause's subject (past appositives, relative clauses and fronted
// adverbials, inherited by participles, infinitives and coordinated verbs),
// the object from the frame's slot, passives read the right way round.
// Every relation says why it was drawn, and Explain tells it for a person.
package frames

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/doc"
)

// Mention kinds (article.Mention.Via) with a meaning here; other stages name
// them, this one does not import those stages.
const (
	viaDemonym      = "demonym"
	viaDemonymActor = "demonym-actor" // "the Chinese side": the demonym's state acts
	viaModifier     = "modifier"
	viaGroup        = "group"
	viaPlace        = "place"
	viaCapital      = "capital"     // "Beijing said": the capital stands for its state
	viaNominal      = "nominal"     // "the US and Russian presidents": the officials the words stand for
	viaLeader       = "leader"      // "the leaders of A and B": each country's name stands for its leader
	viaOwner        = "owner-actor" // "Georgia's authorities": the possessor acts
	groupID         = "group:pair"
)

// DateSpan is a resolved date expression in the text.
type DateSpan struct {
	Sentence   int
	Start, End int // byte offsets in the article text
	Date       article.Date
	// Story: the date counts Shift days from the day the story tells ("the
	// previous day", "two days later"), not from publication
	Story bool
	Shift int
}

// Place is a city or other place that lies in a country.
type Place struct {
	Sentence   int
	Start, End int
	Country    string // canonical country name
}

// Input is what the stage reads.
type Input struct {
	Article  article.Article
	Doc      *doc.Doc
	Entities []article.Entity
	Mentions []article.Mention
	Pair     [2]string // the two countries the article is mostly about
	Dates    []DateSpan
	Places   []Place
	// Trace asks for Output.Trace, the record of every frame found (for
	// Explain); without it the stage keeps none.
	Trace bool
}

// Output is what the stage found, with the record of how.
type Output struct {
	Relations   []article.Relation
	NewEntities []article.Entity
	Trace       []Step // when Input.Trace asked for it
}

// Step is one frame found in a sentence and what became of it.
type Step struct {
	Sentence int
	Frame    string // the lexicon row
	Kind     string
	Trigger  string // the words that carry the predicate
	Blocked  string // why it drew nothing, if it did not
	Subject  string // the subject's words and the strategy that found them
	Object   string
	Drawn    []string // relations drawn: "subject -> object"
}

// Extractor extracts relations with the embedded lexicon.
type Extractor struct{ lx *Lexicon }

// New loads the lexicon.
func New() (*Extractor, error) {
	lx, err := LoadLexicon()
	if err != nil {
		return nil, err
	}
	return &Extractor{lx: lx}, nil
}

// Extract reads the relations of one article.
func (e *Extractor) Extract(in Input) Output {
	x := newExtraction(e.lx, in)
	tokens := 0
	for i := range in.Doc.Sentences {
		tokens += len(in.Doc.Sentences[i].Tokens)
	}
	// the per-token slices of every sentence, cut from one allocation of each kind
	x.intRoom, x.boolRoom = make([]int, 2*tokens), make([]bool, 2*tokens)
	x.sents = make([]sent, len(in.Doc.Sentences))
	x.addEventFn, x.lastEventFn, x.lastNamedFn, x.nextListFn = x.addEvent, x.lastEvent, x.lastNamed, x.nextList // one closure each for all sentences
	x.barePolicyFn = x.barePolicyAt
	x.shortNameFn = x.shortName
	x.verbFrameFn = x.lx.verbFrame
	x.nounTakesFn = x.lx.nounTakes
	sents := make([]*sent, len(in.Doc.Sentences))
	speakers := make([]string, len(sents))
	for i := range in.Doc.Sentences {
		sents[i] = x.newSent(&in.Doc.Sentences[i])
		speakers[i] = sents[i].speaker()
	}
	for i, st := range sents {
		// a quotation's speaker is named in its last sentence, or before it
		// (a quotation of three sentences names its speaker in its first)
		if i+1 < len(sents) && speakers[i+1] != "" {
			st.nearbySpeaker = speakers[i+1]
		} else if i > 0 && speakers[i-1] != "" {
			st.nearbySpeaker = speakers[i-1]
		} else if i > 1 && sents[i-1].opensQuote() {
			st.nearbySpeaker = speakers[i-2]
		}
		drawn := len(x.rels)
		x.read = sents[:i]
		if i > 0 {
			x.prevSent = sents[i-1]
		}
		x.sentence(st)
		if i <= 1 && !x.pairFromLead {
			x.pairFromLead = x.leadPair(x.rels[drawn:]) || i == 0 && x.leadSubjectPair(st)
		}
	}
	x.policiesNamedElsewhere()
	x.restatedPolicies()
	x.countriesYieldToSigners()
	x.meetingsAtEvents()
	x.hostsDoNotAttend()
	x.visitsByPresence()
	rels := merge(x.rels, x.explicit, x.in.Article.Published, func(r article.Relation) bool {
		return x.restated[factKey{r.Subject, r.Object, r.Sentence}]
	})
	return Output{Relations: rels, NewEntities: used(x.newEntities, rels), Trace: x.trace}
}

// used keeps the entities read from the text that a relation names: an
// event or policy read as the object of a frame that drew nothing ("energy
// was on the agenda at Saturday's meeting") is no entity of the article.
func used(entities []article.Entity, rels []article.Relation) []article.Entity {
	named := make(map[string]bool, 2*len(rels))
	for _, r := range rels {
		named[r.Subject], named[r.Object] = true, true
	}
	out := entities[:0]
	for _, e := range entities {
		if named[e.ID] {
			out = append(out, e)
		}
	}
	return out
}

// extraction is one article being read.
type extraction struct {
	lx          *Lexicon
	in          Input
	byID        map[string]article.Entity
	mentions    []article.Mention // by start
	rels        []article.Relation
	explicit    []bool
	newEntities []article.Entity
	trace       []Step
	running     article.Date
	// occasion caches occasionDate for one sentence: read once, before
	// the sentence draws relations of its own
	occasion struct {
		sentence int
		date     article.Date
		ok, set  bool
	}
	placeNames      map[string]string // country id -> name, for countries known only through a city
	countryIDs      map[string]string // country name -> entity id, made once per article
	intRoom         []int             // room for the sentences' per-token ints, see perToken
	boolRoom        []bool
	sents           []sent                      // room for the sentences, see sentRoom
	prevSent        *sent                       // the sentence before the one being read
	read            []*sent                     // the sentences read before it
	datelineCountry string                      // the country of the article's dateline, if it has one
	hostedBy        map[string]map[string]bool  // guest -> the countries whose people hosted it, as drawn
	policyTold      map[policyKind]article.Date // the first date a relation of a kind with a policy was told with
	policyByWord    map[string]string           // a word of a policy's name -> the last policy drawn with it
	addEventFn      func(name, place string, at int) string
	barePolicyFn    func(st *sent, at int) string
	shortNameFn     func(id string) string
	verbFrameFn     func(lemma, kind string) *Frame
	nounTakesFn     func(lemma, prep string) bool
	described       []article.Mention // the events read from noun phrases, where they were read
	bare            map[string]bool   // the ids that stand for a policy named elsewhere (see barePolicyAt)
	// barePurpose names a bare policy noun by the purpose an infinitive
	// after it gives ("an agreement on Friday to restore relations"), for
	// an article that names no policy of the kind elsewhere
	barePurpose map[barePlace]string
	deedActors  map[string]string // an attack noun -> the actor a clause before it gave it (see deedActor)
	lastDeed    deedRef           // the last deed noun given an actor (see deedActor)
	delegates   map[factKey]bool  // attendances of a delegate, which imply no visit (see emit)
	welcomes    map[factKey]bool  // meetings a host's reception implies, held at no event (see emit)
	restated    map[factKey]bool  // relations that tell an act told before again (see objectIDs)
	lastEventFn func(word string, before int) string
	lastNamedFn func(n int, people bool, before int, except []string) []string
	nextListFn  func(n, after int) []string
	lastMet     [2]string // the last two people who met, and in which sentence
	lastMetAt   int
	lastPair    [2]string // the last two countries named as "A and B", and where
	lastPairAt  int
	lastJoint   [2]string // the two subjects of the last act two did together ("A and B signed"), and where
	lastJointAt int
	// pairFromLead: the article's two parties were taken from the first
	// relation of its headline or lead
	pairFromLead bool
}

// leadPair makes the two countries of the first relation between two
// countries in the headline or lead the article's two parties: a story
// names its parties first, however often a third country comes up after.
func (x *extraction) leadPair(rels []article.Relation) bool {
	for _, r := range rels {
		a, b := x.countryOf(r.Subject), x.countryOf(r.Object)
		if a != "" && b != "" && a != b {
			x.in.Pair = [2]string{a, b}
			return true
		}
	}
	return false
}

// leadSubjectPair makes the two countries that the lead's first clause
// has for its subject ("Russia and Ukraine exchanged prisoners in a swap
// brokered by Turkey") the article's two parties, when the lead draws no
// relation between two countries: a mediator named more often is none.
func (x *extraction) leadSubjectPair(st *sent) bool {
	a, b := st.countryPair()
	gi := st.firstFiniteFrom(0)
	if a == "" || gi < 0 {
		return false
	}
	var ids []string
	for _, m := range st.subjectOf(gi, 0).ments {
		ids = append(ids, st.ments[m].EntityID)
	}
	if len(ids) != 2 || !slices.Contains(ids, a) || !slices.Contains(ids, b) {
		return false
	}
	x.in.Pair = [2]string{a, b}
	return true
}

func newExtraction(lx *Lexicon, in Input) *extraction {
	x := &extraction{lx: lx, in: in, byID: map[string]article.Entity{}, countryIDs: map[string]string{}}
	for _, e := range in.Entities {
		x.byID[e.ID] = e
	}
	x.mentions = append([]article.Mention(nil), in.Mentions...)
	x.placeNames = map[string]string{}
	for _, p := range in.Places {
		x.placeNames[article.EntityID(article.Country, p.Country)] = p.Country
		x.mentions = append(x.mentions, article.Mention{EntityID: article.EntityID(article.Country, p.Country), Sentence: p.Sentence,
			Start: p.Start, End: p.End, Text: in.Article.Text[p.Start:p.End], Via: viaPlace})
	}
	sort.SliceStable(x.mentions, func(i, j int) bool { return x.mentions[i].Start < x.mentions[j].Start })
	// "BEIJING, July 10 (Reuters) -": the country the story is filed from
	if end := article.DatelineEnd(in.Article.Text); end > 0 {
		for _, m := range x.mentions {
			if m.Start >= end {
				break
			}
			if t := x.entityType(m); t == article.Country || t == "Place" {
				x.datelineCountry = m.EntityID
				break
			}
		}
	}
	return x
}

// mentionsIn returns the mentions within [start, end), by binary search.
func (x *extraction) mentionsIn(start, end int) []article.Mention {
	i := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start >= start })
	j := i
	for j < len(x.mentions) && x.mentions[j].Start < end {
		j++
	}
	all := true
	for _, m := range x.mentions[i:j] {
		all = all && m.End <= end
	}
	if all {
		return x.mentions[i:j:j] // no copy; a caller's append makes one
	}
	var out []article.Mention
	for _, m := range x.mentions[i:j] {
		if m.End <= end {
			out = append(out, m)
		}
	}
	return out
}

func (x *extraction) entityType(m article.Mention) string {
	if m.EntityID == groupID {
		return viaGroup
	}
	if m.Via == viaPlace {
		return "Place"
	}
	return x.byID[m.EntityID].Type
}

func (x *extraction) isActor(m article.Mention, typ string) bool {
	switch m.Via {
	case viaDemonym, viaModifier, viaPlace:
		return false
	}
	switch typ {
	case article.Country, article.Person, article.Organization, viaGroup:
		return true
	}
	return false
}

// countryOf returns the country entity id an actor stands for.
func (x *extraction) countryOf(id string) string {
	e, ok := x.byID[id]
	if !ok {
		return ""
	}
	switch e.Type {
	case article.Country:
		return e.ID
	case article.Person, article.Organization:
		if e.Country != "" {
			id, ok := x.countryIDs[e.Country]
			if !ok {
				id = article.EntityID(article.Country, e.Country)
				x.countryIDs[e.Country] = id
			}
			return id
		}
	}
	return ""
}

// other returns the party of the article's pair that is not id's country.
func (x *extraction) other(id string) string {
	c := x.countryOf(id)
	switch {
	case c == "":
		return ""
	case c == x.in.Pair[0]:
		return x.in.Pair[1]
	case c == x.in.Pair[1]:
		return x.in.Pair[0]
	}
	return "" // a third party's statement names its own addressee or none
}

// meetingsAtEvents adds what a meeting at an event implies: "A held talks
// with B on the sidelines of the summit" says that B attended it too. For
// each attendance, whoever met its attendee in the same sentence attended
// the same event, on the same date.
func (x *extraction) meetingsAtEvents() {
	type att struct{ who, event string }
	has := map[att]bool{}
	for _, r := range x.rels {
		if r.Kind == kindAttended || r.Kind == kindHosted {
			has[att{r.Subject, r.Object}] = true // a host does not attend its own event
		}
	}
	n := len(x.rels)
	for i := 0; i < n; i++ {
		r := x.rels[i]
		if r.Kind != kindAttended {
			continue
		}
		for j := 0; j < n; j++ {
			m := x.rels[j]
			// (a meeting a reception implies is the host's welcome, not a
			// meeting at the event: "was greeted at the airport by Y and
			// later attended a ceremony")
			if m.Kind != kindMet || m.Sentence != r.Sentence || x.welcomes[factKey{m.Subject, m.Object, m.Sentence}] {
				continue
			}
			other := ""
			switch r.Subject {
			case m.Subject:
				other = m.Object
			case m.Object:
				other = m.Subject
			}
			if other == "" || has[att{other, r.Object}] {
				continue
			}
			has[att{other, r.Object}] = true
			a := r
			a.Subject, a.Rule = other, r.Rule+"; met "+x.name(r.Subject)+" there"
			x.rels = append(x.rels, a)
			x.explicit = append(x.explicit, x.explicit[i])
		}
	}
}

// countriesYieldToSigners drops, for the kinds whose option says so
// (kinds.tsv: personal), a country's relation with an object when a person
// of that country holds the same relation with it: "A and B signed a pact
// ... signed by ministers X and Y" names who signed, and their countries
// sign through them; where the object is a person too, the object's
// country yields as well ("the two countries held talks ... X met Y").
func (x *extraction) countriesYieldToSigners() {
	type held struct{ kind, country, object string }
	byPerson := map[held]bool{}
	for _, r := range x.rels {
		if x.lx.kindHas(r.Kind, "personal") && x.byID[r.Subject].Type == article.Person {
			if c := x.countryOf(r.Subject); c != "" {
				byPerson[held{r.Kind, c, r.Object}] = true
				// "the two countries held talks ... X met Y": the
				// people's countries met through them, either way round
				if o := x.countryOf(r.Object); o != "" && x.byID[r.Object].Type == article.Person {
					byPerson[held{r.Kind, c, o}] = true
					if x.lx.kindHas(r.Kind, "pair") {
						byPerson[held{r.Kind, o, c}] = true
					}
				}
			}
		}
	}
	if len(byPerson) == 0 {
		return
	}
	keep := 0
	for i, r := range x.rels {
		if x.byID[r.Subject].Type == article.Country && byPerson[held{r.Kind, r.Subject, r.Object}] {
			continue
		}
		x.rels[keep], x.explicit[keep] = r, x.explicit[i]
		keep++
	}
	x.rels, x.explicit = x.rels[:keep], x.explicit[:keep]
}

// hostsDoNotAttend drops the attendance (kinds.tsv: visits) of an event by
// whoever holds it (kinds.tsv: holds): "at the close of the summit she
// hosted" does not make the host a guest.
func (x *extraction) hostsDoNotAttend() {
	type att struct{ who, event string }
	holds := map[att]bool{}
	for _, r := range x.rels {
		if x.isHost(r) && x.byID[r.Object].Type == article.Event {
			holds[att{r.Subject, r.Object}] = true
		}
	}
	if len(holds) == 0 {
		return
	}
	keep := 0
	for i, r := range x.rels {
		if x.lx.kindHas(r.Kind, "visits") && !x.isHost(r) && holds[att{r.Subject, r.Object}] {
			continue
		}
		x.rels[keep], x.explicit[keep] = r, x.explicit[i]
		keep++
	}
	x.rels, x.explicit = x.rels[:keep], x.explicit[:keep]
}

// visitsByPresence adds the visits that presence abroad implies, for the
// kinds whose option says so (kinds.tsv: visits): a guest received by a
// host visits the host's country; who attends an event visits the country
// that holds it, its host's or the place it is named with. Nobody visits
// their own country.
func (x *extraction) visitsByPresence() {
	held := map[string]string{} // event id -> the country that holds it
	for _, r := range x.rels {
		if x.byID[r.Object].Type == article.Event && x.lx.kindHas(r.Kind, "visits") && x.byID[r.Subject].Type != article.Event {
			if c := x.countryOf(r.Subject); c != "" && x.isHost(r) {
				held[r.Object] = c
			}
		}
	}
	for id, e := range x.byID {
		if _, ok := held[id]; !ok && e.Type == article.Event && e.Place != "" {
			if c := x.placeCountry(e.Place); c != "" {
				held[id] = c
			}
		}
	}
	presence := func(r article.Relation) (visitor, country, why string) {
		switch x.byID[r.Object].Type {
		case article.Event:
			if !x.isHost(r) {
				return r.Subject, held[r.Object], "attended " + x.name(r.Object) + " there"
			}
		case article.Person, article.Country:
			return r.Object, x.countryOf(r.Subject), "the guest of " + x.name(r.Subject)
		}
		return "", "", ""
	}
	// "X took part by video link in a conference in Tunis ... Addressing
	// the conference, X said": who took part from afar did not travel
	// there, however the article names the event again
	remote := map[[2]string]bool{}
	for _, r := range x.rels {
		if x.lx.kindHas(r.Kind, "visits") && x.fromAfar(r) {
			if visitor, country, _ := presence(r); visitor != "" && country != "" {
				remote[[2]string{visitor, country}] = true
			}
		}
	}
	n := len(x.rels)
	for i := 0; i < n; i++ {
		r := x.rels[i]
		if !x.lx.kindHas(r.Kind, "visits") {
			continue
		}
		visitor, country, why := presence(r)
		if visitor == "" || country == "" || x.fromAfar(r) || remote[[2]string{visitor, country}] || x.delegates[factKey{r.Subject, r.Object, r.Sentence}] {
			continue
		}
		if own := x.countryOf(visitor); own == "" || own == country {
			continue
		}
		if x.ensureEntity(country); x.byID[country].Name == "" {
			continue // a country the article never names
		}
		v := r
		v.Kind, v.Subject, v.Object, v.What = kindVisited, visitor, country, ""
		v.Rule = r.Rule + "; " + why
		x.rels = append(x.rels, v)
		x.explicit = append(x.explicit, x.explicit[i])
	}
}

// factKey names a relation drawn from one sentence: its subject, object and sentence.
type factKey struct {
	subject, object string
	sentence        int
}

// fromAfar reports a relation whose sentence or event says it was taken
// part in from afar ("by video link", "a virtual summit").
func (x *extraction) fromAfar(r article.Relation) bool {
	for _, text := range []string{r.Evidence, x.name(r.Object)} {
		for _, w := range strings.FieldsFunc(text, func(c rune) bool { return !unicode.IsLetter(c) }) {
			if remoteWords[strings.ToLower(w)] {
				return true
			}
		}
	}
	return false
}

// isHost reports a relation whose subject holds its event (kinds.tsv:
// holds), not one who attends it.
func (x *extraction) isHost(r article.Relation) bool { return x.lx.kindHas(r.Kind, "holds") }

// placeCountry returns the country of a place an event is named with: the
// country of a mention with those words.
func (x *extraction) placeCountry(place string) string {
	for _, m := range x.mentions {
		if m.Text != place {
			continue
		}
		if _, city := x.placeNames[m.EntityID]; city || x.byID[m.EntityID].Type == article.Country {
			return m.EntityID
		}
	}
	return ""
}

// merge keeps one relation per kind, subject and object in an article, with
// the statements' actions joined in what and the date the text states; the
// same fact stated with two different dates stays two relations, and so does
// an undated statement of the story beside a dated one from its background
// (more than a week before publication: "Beijing recalled its ambassador in
// August" is not the day of "China downgrades ties"); a restatement (see
// objectIDs) joins the fact it tells again and dates it with its own day.
func merge(rels []article.Relation, explicit []bool, published string, restates func(article.Relation) bool) []article.Relation {
	var out []article.Relation
	var outExplicit []bool
	for n, r := range rels {
		i := sameFact(out, outExplicit, r, explicit[n])
		if i < 0 && restates(r) {
			// a restatement with a day of its own dates the fact it tells
			// again ("imposed the extra levy on Wednesday")
			if j := sameFact(out, outExplicit, r, false); j >= 0 {
				out[j] = joinRelation(out[j], r)
				if explicit[n] {
					out[j].Date, outExplicit[j] = r.Date, true
				}
				continue
			}
		}
		if i >= 0 && explicit[n] && !outExplicit[i] && background(r.Date, published) {
			i = -1
		}
		if i < 0 {
			out = append(out, r)
			outExplicit = append(outExplicit, explicit[n])
			continue
		}
		out[i] = joinRelation(out[i], r)
		if explicit[n] && !outExplicit[i] {
			out[i].Date, outExplicit[i] = r.Date, true
		}
	}
	return out
}

// background reports a date more than a week before publication.
func background(d article.Date, published string) bool {
	return published != "" && d.Value != "" && d.Value < weekBefore(published)
}

// sameFact returns the relation of out that r restates, or -1: the same
// kind between the same two actors (either way round for a meeting), unless
// both give dates of their own and the dates differ.
func sameFact(out []article.Relation, outExplicit []bool, r article.Relation, explicit bool) int {
	for i, o := range out {
		if o.Kind != r.Kind {
			continue
		}
		same := o.Subject == r.Subject && o.Object == r.Object
		if r.Kind == kindMet {
			same = same || (o.Subject == r.Object && o.Object == r.Subject)
		}
		if same && (!explicit || !outExplicit[i] || o.Date == r.Date) {
			return i
		}
	}
	return -1
}
