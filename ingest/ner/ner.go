// Package ner finds the countries, people and organizations an article names,
// from the gazetteer's data and from title patterns ("Kyiv Mayor Vitali
// Klitschko", "Ignazio Cassis, Switzerland's foreign minister"), and ties
// each person to the country they represent on the article's date.
package ner

import (
	"sort"
	"strings"
	"time"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/gazetteer"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

// Mention kinds (article.Mention.Via) that this stage produces.
const (
	ViaName     = "name"          // canonical name or alias
	ViaAcronym  = "acronym"       // organization acronym
	ViaDemonym  = "demonym"       // "Chinese" before a noun: names the country but does not act
	ViaActor    = "demonym-actor" // "the Chinese government", "the Russian side"
	ViaCapital  = "capital"       // "Beijing said"
	ViaMetonym  = "metonym"       // "the Kremlin"
	ViaTitle    = "title"         // a person named with a title pattern
	ViaSurname  = "surname"       // "Putin" after "Vladimir Putin"
	ViaModifier = "modifier"      // the country in "Chinese Premier Li Qiang"
	ViaOwner    = "owner-actor"   // "Georgia's authorities": the state acts through what it owns
)

// IsActor reports whether a mention of this kind can be the subject or
// object of a relation.
func IsActor(via string) bool {
	switch via {
	case ViaDemonym, ViaModifier:
		return false
	}
	return true
}

// Recognizer finds entity mentions with a gazetteer.
type Recognizer struct {
	g *gazetteer.Gazetteer
}

// New returns a Recognizer over g.
func New(g *gazetteer.Gazetteer) *Recognizer { return &Recognizer{g: g} }

// Result is what Recognize found.
type Result struct {
	Entities []article.Entity // in order of first mention
	Mentions []article.Mention
	Places   []Place // cities, which are not entities but say where things happen
}

// Place is a city named in the text, with the country it lies in.
type Place struct {
	Sentence   int
	Start, End int
	Name       string
	Country    string
}

type state struct {
	r        *Recognizer
	date     string
	entities map[string]*article.Entity
	order    []string
	mentions []article.Mention
	spans    map[[2]int]bool // the spans of mentions, so that none is added twice
	cov      []bool          // per byte of the text: a mention covers it
	places   []Place
	dateline string            // the country of the article's dateline ("ISLAMABAD:"), if any
	lastBody map[string]string // head noun -> the country of the body of that kind named last
	acronyms map[string]string // an acronym the article defines ("... Front (TPLF)") -> its entity id
	headline bool              // the sentence being read is in title case

	ids map[idKey]string // entity ids made so far: an id is made once per article

	split [][]tokens.Token // per sentence: its tokens, offsets within the sentence
	cur   []tokens.Token   // the tokens of the sentence being read, offsets in the text
	toks  []tokens.Token   // room for cur, reused from sentence to sentence
	memo  []matched        // per token of cur: what match found there
}

// idKey is an entity's type and name.
type idKey struct{ typ, name string }

// id is article.EntityID(typ, name), made once per article.
func (st *state) id(typ, name string) string {
	if id, ok := st.ids[idKey{typ, name}]; ok {
		return id
	}
	id := article.EntityID(typ, name)
	st.ids[idKey{typ, name}] = id
	return id
}

// matched is the result of match at one token, kept because the
// recognisers ask for the same token several times.
type matched struct {
	done  bool
	n     int
	forms []gazetteer.Form
}

// Recognize finds the entities named in the article's sentences. The
// article's publication date decides which office a person held.
func (r *Recognizer) Recognize(a article.Article, sents []article.Sentence) Result {
	split := make([][]tokens.Token, len(sents))
	for k, s := range sents {
		split[k] = tokens.Split(s.Text)
	}
	return r.RecognizeTokens(a, sents, split)
}

// RecognizeTokens is Recognize given the sentences' tokens, split[k] being
// tokens.Split(sents[k].Text); it does not change them.
func (r *Recognizer) RecognizeTokens(a article.Article, sents []article.Sentence, split [][]tokens.Token) Result {
	st := &state{r: r, date: a.Published, entities: map[string]*article.Entity{}, lastBody: map[string]string{}, acronyms: map[string]string{},
		spans: map[[2]int]bool{}, cov: make([]bool, len(a.Text)+1), split: split, ids: map[idKey]string{}}
	st.dateline = st.findDateline(sents)
	for k, s := range sents {
		st.sentence(s, st.split[k])
	}
	// Surnames of people found anywhere in the article refer back to them,
	// also in sentences before the full name (headlines).
	for k, s := range sents {
		st.surnames(s, st.split[k])
	}
	sort.SliceStable(st.mentions, func(i, j int) bool { return st.mentions[i].Start < st.mentions[j].Start })
	res := Result{Mentions: st.mentions, Places: st.places}
	for _, id := range st.order {
		res.Entities = append(res.Entities, *st.entities[id])
	}
	return res
}

func (st *state) add(e article.Entity, s article.Sentence, start, end int, via string) {
	have, ok := st.entities[e.ID]
	if !ok {
		cp := e
		st.entities[e.ID] = &cp
		st.order = append(st.order, e.ID)
	} else {
		if have.Title == "" {
			have.Title = e.Title
		}
		if have.Country == "" {
			have.Country = e.Country
		}
	}
	// No two mentions on the same span.
	if st.spans[[2]int{start, end}] {
		return
	}
	st.spans[[2]int{start, end}] = true
	for i := max(start, 0); i < end && i < len(st.cov); i++ {
		st.cov[i] = true
	}
	st.mentions = append(st.mentions, article.Mention{
		EntityID: e.ID, Sentence: s.Index, Start: start, End: end, Text: s.Text[start-s.Start : end-s.Start], Via: via,
	})
}

// addEntity adds an entity that no mention stands for.
func (st *state) addEntity(e article.Entity) {
	if _, ok := st.entities[e.ID]; !ok {
		cp := e
		st.entities[e.ID] = &cp
		st.order = append(st.order, e.ID)
	}
}

func (st *state) sentence(s article.Sentence, split []tokens.Token) {
	// nothing keeps a sentence's tokens past it: one buffer serves them all
	toks := st.toks[:0]
	for _, t := range split {
		toks = append(toks, tokens.Token{Text: t.Text, Start: t.Start + s.Start, End: t.End + s.Start})
	}
	st.toks = toks
	st.begin(toks)
	defer st.begin(nil)
	st.headline = st.titleCase(toks)
	// Each recogniser takes the tokens it recognises at i, or none; the
	// first that takes any wins, so title patterns come before bare names.
	recognisers := []func(article.Sentence, []tokens.Token, int) int{
		st.region, st.titled, st.addressed, st.counterpartName, st.appositive, st.possessedName, st.definedAcronym, st.unknownOrg, st.meetingPartner, st.bodyRef, st.known,
	}
next:
	for i := 0; i < len(toks); {
		for _, rec := range recognisers {
			if n := rec(s, toks, i); n > 0 {
				i += n
				continue next
			}
		}
		i++
	}
}

// begin makes toks the sentence whose matches match keeps.
func (st *state) begin(toks []tokens.Token) {
	st.cur = toks
	if cap(st.memo) >= len(toks) {
		st.memo = st.memo[:len(toks)]
		clear(st.memo)
	} else {
		st.memo = make([]matched, len(toks))
	}
}

// match returns the longest gazetteer form starting at toks[i]: the exact
// form, or another case or spelling of a name ("Mohammed Bin Salman",
// "el-Sisi", "ISLAMABAD"; see gazetteer.LooseKey) when the span starts like
// a name and not with a word of address.
func (st *state) match(toks []tokens.Token, i int) (int, []gazetteer.Form) {
	if i >= len(toks) {
		return 0, nil // "Dr" at the end of a text: no name after it
	}
	if len(toks) > 0 && len(toks) == len(st.cur) && &toks[0] == &st.cur[0] {
		m := &st.memo[i]
		if !m.done {
			m.n, m.forms = st.matchAt(toks, i)
			m.done = true
		}
		return m.n, m.forms
	}
	return st.matchAt(toks, i)
}

// matchAt is match without the memo.
func (st *state) matchAt(toks []tokens.Token, i int) (int, []gazetteer.Form) {
	if !toks[i].IsWord() {
		return 0, nil
	}
	max := min(st.r.g.MaxTokens(), len(toks)-i)
	ln, lforms := 0, []gazetteer.Form(nil)
	if gazetteer.LooseCandidate(toks[i:i+1]) || (i > 0 && st.r.g.Honorific(toks, i-1) > 0) {
		ln, lforms = st.r.g.LongestLoose(toks[i:], max)
		if ln > 1 && !toks[i+ln-1].IsCapitalized() && st.pick(lforms).Kind == gazetteer.PersonName {
			ln, lforms = 0, nil // "Jiang Bin said" is no "bin Said": a person's name ends on a capital
		}
	}
	for n := min(max, st.r.g.MaxTokensFrom(toks[i])); n > ln; n-- {
		if forms := st.r.g.LookupTokens(toks[i : i+n]); len(forms) > 0 {
			return n, forms
		}
	}
	if ln > 0 {
		if forms := st.r.g.LookupTokens(toks[i : i+ln]); len(forms) > 0 {
			return ln, forms // the exact form first at the same length
		}
	}
	return ln, lforms
}

// known adds a gazetteer match at toks[i] and returns how many tokens it took.
func (st *state) known(s article.Sentence, toks []tokens.Token, i int) int {
	n, forms := st.match(toks, i)
	if n == 0 {
		return st.hyphenated(s, toks[i])
	}
	start, end := toks[i].Start, toks[i+n-1].End
	f := st.pick(forms)
	if st.startsLongerName(toks, i+n, f) {
		return n // "Jordan Bardella", "Washington Post": not the country
	}
	switch f.Kind {
	case gazetteer.PersonName:
		if st.r.g.IsParticle(toks[i].Text) && i > 0 && toks[i-1].IsWord() && toks[i-1].IsCapitalized() && st.r.g.Honorific(toks, i-1) == 0 {
			return n // "... Salman bin Abdulaziz": the end of a longer name
		}
		st.add(st.person(f.Ref, "", ""), s, start, end, ViaName)
	case gazetteer.OrgName, gazetteer.OrgAcronym:
		if n == 1 && f.Kind == gazetteer.OrgName && !tokens.IsAcronym(toks[i].Text) && st.articlePerson(toks[i].Text) != "" {
			return 0 // "Wagner thanked X" after "Therese Kayikwamba Wagner": her surname
		}
		if c := st.bodyCountry(f.Ref, toks[i:i+n]); c != "" {
			// "the Foreign Ministry said": the state acts, and the body is
			// not an entity of its own (GUIDELINE: ministries are separate
			// bodies only when they act on their own).
			st.lastBody[headOf(toks[i:i+n])] = c
			st.add(st.country(c), s, start, end, ViaMetonym)
			return n
		}
		via := ViaName
		if f.Kind == gazetteer.OrgAcronym {
			via = ViaAcronym
			if sharedAcronym(forms) {
				// "RTS" is a Serbian and a Swiss broadcaster: no guessing
				// which, the organization goes by the acronym.
				e := st.namedOrg(toks[i:i+n], "")
				e.Acronym = e.Name
				st.add(e, s, start, end, via)
				return n
			}
		}
		st.add(st.org(f.Ref), s, start, end, via)
	case gazetteer.Demonym:
		via := ViaDemonym
		if i+n < len(toks) && st.actorNoun(toks, i+n) {
			via = ViaActor
			if b := st.r.g.BodyAt(toks, i+n); b > 0 {
				st.lastBody[headOf(toks[i+n:i+n+b])] = f.Ref // "the Chinese embassy"
			}
		}
		if i+n < len(toks) && st.r.g.IsOwnBody(toks[i+n].Text) {
			// "the Thai cabinet": the state acts, and the body is an
			// organization of the article too.
			st.addEntity(st.namedOrg(toks[i:i+n+1], f.Ref))
		}
		st.add(st.country(f.Ref), s, start, end, via)
	case gazetteer.CityName:
		st.places = append(st.places, Place{Sentence: s.Index, Start: start, End: end, Name: s.Text[start-s.Start : end-s.Start], Country: f.Ref})
	case gazetteer.Capital:
		st.add(st.country(f.Ref), s, start, end, ViaCapital)
	case gazetteer.Metonym:
		st.add(st.country(f.Ref), s, start, end, ViaMetonym)
	default:
		via := ViaName
		// "Peru's foreign ministry": later "the ministry" is Peru's.
		if k := i + n; k+1 < len(toks) && isPossessive(toks[k]) {
			if b := st.r.g.BodyAt(toks, k+1); b > 0 {
				st.lastBody[headOf(toks[k+1:k+1+b])] = f.Ref
			}
			if st.actorNoun(toks, k+1) {
				via = ViaOwner
			}
		}
		st.add(st.country(f.Ref), s, start, end, via)
	}
	return n
}

// sharedAcronym reports whether a form is the acronym of more than one
// organization.
func sharedAcronym(forms []gazetteer.Form) bool {
	ref := ""
	for _, f := range forms {
		if f.Kind != gazetteer.OrgAcronym {
			continue
		}
		if ref != "" && f.Ref != ref {
			return true
		}
		ref = f.Ref
	}
	return false
}

// hyphenated reads a token made of country names or demonyms joined by
// hyphens ("Israel-Iran conflict", "Saudi-Qatari council"), or of one and a
// lower-case word ("Chinese-made cars", "Iran-backed groups"): each part
// names its country, which does not act.
func (st *state) hyphenated(s article.Sentence, t tokens.Token) int {
	if !strings.Contains(t.Text, "-") || !t.IsCapitalized() {
		return 0
	}
	parts := tokens.Split(strings.ReplaceAll(t.Text, "-", " "))
	if last := parts[len(parts)-1].Text; len(parts) > 1 && strings.ToLower(last) == last {
		parts = parts[:len(parts)-1]
	}
	refs := make([]string, len(parts))
	for k, p := range parts {
		forms := st.r.g.Lookup(tokens.Key([]tokens.Token{p}))
		if len(forms) == 0 {
			return 0
		}
		f := st.pick(forms)
		switch f.Kind {
		case gazetteer.CountryName, gazetteer.CountryAlias, gazetteer.Demonym:
			refs[k] = f.Ref
		default:
			return 0
		}
	}
	for k, p := range parts {
		st.add(st.country(refs[k]), s, t.Start+p.Start, t.Start+p.End, ViaDemonym)
	}
	return 1
}

// pick chooses among the meanings of one surface form: a person or an
// organization over a country form, a country's own name over a demonym.
func (st *state) pick(forms []gazetteer.Form) gazetteer.Form {
	rank := func(k string) int {
		switch k {
		case gazetteer.PersonName:
			return 0
		case gazetteer.CountryName, gazetteer.CountryAlias:
			return 1
		case gazetteer.OrgName, gazetteer.OrgAcronym:
			return 2
		case gazetteer.Demonym:
			return 3
		default:
			return 4
		}
	}
	best := forms[0]
	for _, f := range forms[1:] {
		if rank(f.Kind) < rank(best.Kind) {
			best = f
		}
	}
	return best
}

// actorNoun reports whether toks[i] is a noun that makes a demonym stand for
// the state: "the Chinese government", "the Russian side".
// The nouns are data (actor-noun in data/name-variants.tsv), and so are the
// state bodies ("foreign ministry", "defence ministry", "embassy").
func (st *state) actorNoun(toks []tokens.Token, i int) bool {
	if st.r.g.IsActorNoun(toks[i].Text) {
		return true
	}
	if n := st.r.g.BodyAt(toks, i); n > 0 && st.r.g.ActsFor(tokens.Key(toks[i:i+n])) {
		return true
	}
	switch strings.ToLower(toks[i].Text) {
	case "and":
		// "Russian and Ukrainian delegations": both demonyms stand for their states.
		if i+2 < len(toks) && toks[i+1].IsCapitalized() {
			return st.actorNoun(toks, i+2)
		}
	case "foreign":
		return i+1 < len(toks) && strings.HasPrefix(strings.ToLower(toks[i+1].Text), "ministr")
	}
	return false
}

func (st *state) country(name string) article.Entity {
	return article.Entity{ID: st.id(article.Country, name), Type: article.Country, Name: name}
}

func (st *state) org(name string) article.Entity {
	e := article.Entity{ID: st.id(article.Organization, name), Type: article.Organization, Name: name}
	if o, ok := st.r.g.Organization(name); ok {
		e.Acronym = o.Acronym
		e.Country = o.Country
	}
	return e
}

// person returns a Person entity; for people the data knows, country and
// title come from the office held on the article's date, unless the text
// states them.
func (st *state) person(name, country, title string) article.Entity {
	e := article.Entity{ID: st.id(article.Person, name), Type: article.Person, Name: name, Country: country, Title: title}
	if _, ok := st.r.g.Official(name); ok {
		o, found := st.r.g.OfficeAt(name, st.date)
		if !found {
			o, found = st.r.g.LastOffice(name, st.date)
		}
		if found {
			if _, isCountry := st.r.g.Country(o.Country); !isCountry {
				// An office of an organization: the person acts for it, not for a state.
				if e.Country == "" {
					e.Body = o.Country
					e.Start, e.End = o.Start, o.End
				}
			} else if e.Country == "" || e.Country == o.Country {
				e.Country = o.Country
				e.Start, e.End = o.Start, o.End
			}
			if e.Title == "" {
				e.Title = o.Title
			}
		}
	}
	return e
}

// startsLongerName reports whether a country's name or capital at the start
// of a run of capitalised words is only the first word of another name:
// "Jordan Bardella", "Chad Stevens". A title ("Iran President") or another
// known name ("Russia Ukraine") after it does not count.
func (st *state) startsLongerName(toks []tokens.Token, next int, f gazetteer.Form) bool {
	switch f.Kind {
	case gazetteer.CountryName, gazetteer.CountryAlias, gazetteer.Capital:
	default:
		return false
	}
	if next >= len(toks) {
		return false
	}
	t := toks[next]
	if !t.IsWord() || !t.IsCapitalized() || st.notName(t.Text) || t.Text == strings.ToUpper(t.Text) {
		return false
	}
	if n, _ := st.match(toks, next); n > 0 {
		return false
	}
	if n, _ := st.titleAt(toks, next); n > 0 {
		return false
	}
	if st.r.g.IsOrgHead(t.Text) {
		return false
	}
	return true
}

// bodyCountry returns the country an organization that speaks for its
// state (acts-for in data/name-variants.tsv) stands for. When the text names
// it in common words ("Foreign Office"), that is the country of the same
// kind of body named before in the article, else the dateline's; otherwise
// the organization's own country. It returns "" for an organization that
// acts on its own.
func (st *state) bodyCountry(org string, span []tokens.Token) string {
	o, ok := st.r.g.Organization(org)
	if !ok || !st.r.g.ActsForCountry(org) {
		return ""
	}
	if st.r.g.IsBody(tokens.Key(span)) {
		if c := st.lastBody[headOf(span)]; c != "" {
			return c
		}
		if st.dateline != "" {
			return st.dateline
		}
	}
	return o.Country
}

// findDateline returns the country of the place that opens the article's
// text as a dateline: "ISLAMABAD: ...", "Khartoum, June 27 (SUNA) - ...",
// "MOSCOW, November 28. /TASS/.".
func (st *state) findDateline(sents []article.Sentence) string {
	for k := range sents[:min(2, len(sents))] {
		toks := st.split[k]
		n, forms := st.match(toks, 0)
		if n == 0 || n >= len(toks) {
			continue
		}
		f := st.pick(forms)
		switch f.Kind {
		case gazetteer.Capital, gazetteer.CityName:
		default:
			continue
		}
		switch next := toks[n].Text; next {
		case ":", "(", "-", "—", "–", "/":
			return f.Ref
		case ",":
			if n+1 < len(toks) && isMonth(toks[n+1].Text) {
				return f.Ref
			}
		}
	}
	return ""
}

// isMonth reports whether w names a month, in full or abbreviated.
func isMonth(w string) bool {
	w = strings.TrimSuffix(strings.ToLower(w), ".")
	if len(w) < 3 {
		return false
	}
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), w) {
			return true
		}
	}
	return false
}

// region passes over the name of a world region that holds a country's name
// ("South America"): it names no country.
func (st *state) region(_ article.Sentence, toks []tokens.Token, i int) int {
	return st.r.g.Region(toks, i)
}
