// Package coref resolves what an article says without naming: pronouns
// ("he", "her government", "its government"), nominals ("the premier",
// "the Russian president", "the top Chinese diplomat", "the bloc"), bare
// titles of leaders nobody was named with ("the Emir": the holder on the
// article's date) and group references ("both sides", "the two countries",
// "each other"), adding mentions that point at the entities the recogniser
// found. It walks the article once, keeping what it has named so far.
package coref

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/gazetteer"
	"github.com/bilatgraph/bilat/ingest/literal"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

// Mention kinds (article.Mention.Via) that this stage produces.
const (
	ViaPronoun = "pronoun" // he, she, him, his, her
	ViaNominal = "nominal" // the premier, the Chinese leader
	ViaLeader  = "leader"  // "the leaders of A and B": A's name stands for A's leader
	ViaGroup   = "group"   // both sides, the two countries: EntityID is GroupID
	ViaOwnGov  = "own-government"
	ViaCompass = "compass" // "the North" for North Korea, in an article that names it
)

// GroupID is the EntityID of a group mention: the two parties the article is
// about, resolved per relation by the relation stage.
const GroupID = "group:pair"

// Result is what Resolve adds.
type Result struct {
	Mentions []article.Mention // all mentions, the recogniser's and the new ones, by position
	Entities []article.Entity  // actors a bare title refers to that the article does not name
	Pair     [2]string         // the two countries the article is mostly about (entity ids), "" if fewer
}

// Resolver resolves references with the gazetteer's titles.
type Resolver struct {
	g *gazetteer.Gazetteer
	// terms holds the offices of the hand-compiled officials by country and
	// title ("germany\tchancellor"), for a bare title's holder at a date
	terms map[string][]gazetteer.Office
	// leaders holds the same officials' leaders' offices by lower-case
	// country: whether the data knows who led a country on a date
	leaders map[string][]gazetteer.Office
	// isBloc reports an organization whose member states the data lists
	// ("the bloc": the EU, not an agency or a company named since), made
	// once
	isBloc func(name string) bool
}

// New returns a Resolver.
func New(g *gazetteer.Gazetteer) *Resolver {
	r := &Resolver{g: g, terms: map[string][]gazetteer.Office{}, leaders: map[string][]gazetteer.Office{}}
	r.isBloc = func(name string) bool {
		o, ok := g.Organization(name)
		return ok && len(o.Members) > 0
	}
	for _, p := range g.Officials {
		if p.Secondary {
			continue // the generated data lists many people under one title
		}
		for _, o := range p.Offices {
			k := termKey(o.Country, o.Title)
			r.terms[k] = append(r.terms[k], o)
			if t, ok := g.Title(o.Title); ok && leaderRoles[t.Role] {
				c := strings.ToLower(o.Country)
				r.leaders[c] = append(r.leaders[c], o)
			}
		}
	}
	return r
}

func termKey(country, title string) string { return strings.ToLower(country + "\t" + title) }

// kingdoms returns the countries of the entities (a person's, for a person)
// whose official name holds "Kingdom" (the Kingdom of Saudi Arabia, the
// United Kingdom), by entity id.
func (r *Resolver) kingdoms(ents []article.Entity) map[string]bool {
	out := map[string]bool{}
	for _, e := range ents {
		name := e.Name
		switch e.Type {
		case article.Country:
		case article.Person:
			name = e.Country
		default:
			continue
		}
		if c, ok := r.g.Country(name); ok && strings.Contains(c.Official, "Kingdom") {
			out[article.EntityID(article.Country, c.Name)] = true
		}
	}
	return out
}

// compassCountries maps "north" and "south" to the one country among the
// entities whose name starts with that word ("North Korea"), if one does.
func compassCountries(ents []article.Entity) map[string]string {
	out := map[string]string{}
	for _, e := range ents {
		if e.Type != article.Country {
			continue
		}
		w, _, ok := strings.Cut(e.Name, " ")
		if w = strings.ToLower(w); ok && (w == "north" || w == "south") {
			if _, dup := out[w]; dup {
				out[w] = "" // two of them: "the South" says neither
			} else {
				out[w] = e.ID
			}
		}
	}
	return out
}

// groupSet finds which group phrases a sentence holds, in one pass.
var groupSet = literal.New(groupPhrases...)

// Resolve returns the mentions with references resolved.
func (r *Resolver) Resolve(a article.Article, sents []article.Sentence, ents []article.Entity, ments []article.Mention) Result {
	split := make([][]tokens.Token, len(sents))
	for k, s := range sents {
		split[k] = tokens.Split(s.Text)
	}
	return r.ResolveTokens(a, sents, split, ents, ments)
}

// ResolveTokens is Resolve given the sentences' tokens, split[k] being
// tokens.Split(sents[k].Text); it does not change them.
func (r *Resolver) ResolveTokens(a article.Article, sents []article.Sentence, split [][]tokens.Token, ents []article.Entity, ments []article.Mention) Result {
	byID := map[string]article.Entity{}
	for _, e := range ents {
		byID[e.ID] = e
	}
	compass := compassCountries(ents)
	// in is the recogniser's mentions in text order; out takes them in a
	// sentence at a time, with what the sentence adds.
	in := ments
	if !sort.SliceIsSorted(in, func(i, j int) bool { return in[i].Start < in[j].Start }) {
		in = append([]article.Mention(nil), in...)
		sort.SliceStable(in, func(i, j int) bool { return in[i].Start < in[j].Start })
	}
	var out []article.Mention
	if len(ments) > 0 {
		// room for the references found, about one for two named mentions
		out = make([]article.Mention, 0, len(ments)+len(ments)/2+8)
	}
	taken := 0 // in[:taken] are in out
	// cov marks the bytes that a mention covers, so that asking whether a
	// span is taken costs its length, not the number of mentions.
	cov := make([]bool, len(a.Text)+1)
	mark := func(m article.Mention) {
		for i := max(m.Start, 0); i < m.End && i < len(cov); i++ {
			cov[i] = true
		}
	}
	for _, m := range in {
		mark(m)
	}
	// startsAt finds the mention that starts at a byte (in is in text order)
	startsAt := func(at int) (article.Mention, bool) {
		i, ok := slices.BinarySearchFunc(in, at, func(m article.Mention, at int) int { return m.Start - at })
		if !ok {
			return article.Mention{}, false
		}
		return in[i], true
	}
	// sn is what the article named before the token at hand: out[:sorted]
	// is in text order, and what a sentence adds is taken in as it is added.
	sn := newSeen(a.Text, byID)
	sn.kingdoms = r.kingdoms(ents)
	sn.isBloc = r.isBloc
	sn.isTitle = func(w string) bool { _, ok := r.g.Title(w); return ok }
	sorted := 0
	nt := &newTitled{r: r, date: a.Published, ents: ents, byID: byID}
	record := func(m article.Mention) {
		mark(m)
		sn.add(m)
	}
	covered := func(start, end int) bool {
		for i := max(start, 0); i < end && i < len(cov); i++ {
			if cov[i] {
				return true
			}
		}
		return false
	}
	for k, s := range sents {
		sn.advance(out, sorted, s.Start)
		first := len(out) // out[first:] are the sentence's mentions
		for ; taken < len(in) && in[taken].Start < s.End; taken++ {
			out = append(out, in[taken])
		}
		sorted = len(out)
		lower := tokens.LowerASCII(s.Text) // offsets in it hold in s.Text
		toks := split[k]
		// Group references.
		found := groupSet.Found(lower)
		for gi, p := range groupPhrases {
			if found&(1<<gi) == 0 {
				continue // not in the sentence
			}
			for off := 0; ; {
				k := indexWord(lower[off:], p)
				if k < 0 {
					break
				}
				start := s.Start + off + k
				end := start + len(p)
				// "the warring parties in Sudan" are the parties within
				// that country, not the article's two: the country, unless
				// an apposition names them ("the warring sides in Libya,
				// the forces of X and Y")
				if m, ok := startsAt(end + len(" in ")); ok && strings.HasPrefix(lower[off+k+len(p):], " in ") && byID[m.EntityID].Type == article.Country && m.Via != "capital" {
					if !strings.HasPrefix(a.Text[m.End:], ",") && !covered(start, end) {
						out = appendMarked(out, record, article.Mention{EntityID: m.EntityID, Sentence: s.Index, Start: start, End: end, Text: s.Text[off+k : off+k+len(p)], Via: ViaNominal})
					}
					off += k + len(p)
					continue
				}
				if bareGroupPhrases[p] && !bareAfter(lower[off+k+len(p):]) {
					off += k + len(p)
					continue
				}
				if p != "bilateral" && !covered(start, end) {
					out = appendMarked(out, record, article.Mention{EntityID: GroupID, Sentence: s.Index, Start: start, End: end, Text: s.Text[off+k : off+k+len(p)], Via: ViaGroup})
				}
				off += k + len(p)
			}
		}
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			start, end := s.Start+t.Start, s.Start+t.End
			sn.advance(out, sorted, start)
			if covered(start, end) {
				continue
			}
			w := strings.ToLower(t.Text)
			// "the junta demanded": the state the sentence, or the one
			// before, names (not "the junta in Y", which names its own)
			if w == "the" && i+1 < len(toks) && governmentsAlone[toks[i+1].Text] && (i+2 >= len(toks) || (toks[i+2].Text != "of" && toks[i+2].Text != "in")) {
				if id := sn.countryAntecedent(s.Index); id != "" && sn.countrySent >= s.Index-1 && !covered(s.Start+toks[i+1].Start, s.Start+toks[i+1].End) {
					out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: s.Start + toks[i+1].End, Text: s.Text[t.Start:toks[i+1].End], Via: ViaOwnGov})
					i++
					continue
				}
			}
			// "imposed tariffs on the South American country": the country
			// named last that its sentence's first actor does not act for
			if w == "the" {
				if n := epithetAt(toks, i); n > 0 && !covered(start, s.Start+toks[i+n].End) {
					if id := epithetCountry(out, s.Index, start, regionOf(toks[i+1:i+n]), byID); id != "" {
						out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: s.Start + toks[i+n].End, Text: s.Text[t.Start:toks[i+n].End], Via: ViaNominal})
						i += n
						continue
					}
				}
			}
			// "asked the court to ...": the organization named before whose
			// name ends in the noun (data/org-nouns.txt), in lower case or,
			// as wire style writes "the Commission" for the European
			// Commission, capitalised when no more of a name follows
			if orgNouns[w] && (t.Text == w || bareCapitalised(toks, i)) && i > 0 && strings.EqualFold(toks[i-1].Text, "the") {
				if id := sn.orgHead[w]; id != "" {
					out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: end, Text: t.Text, Via: ViaNominal})
					continue
				}
			}
			switch w {
			case "he", "him", "his", "she", "her":
				person := r.antecedent(out[first:], sn, s, toks, i)
				if w == "him" || (w == "her" && (i+1 >= len(toks) || !toks[i+1].IsWord() || objectFollowers[strings.ToLower(toks[i+1].Text)])) {
					// An object pronoun does not refer to its clause's subject:
					// in "Kim greeted him", him is someone named before.
					person = objectAntecedent(out[first:], sn, s, toks, i, person)
				}
				if person != "" && !r.fits(w, sn.byID[person]) {
					// "Murmu received X, where he was given a welcome": not
					// a person the pronoun cannot be
					person = r.fitting(w, out[first:], sn, s.Start+toks[i].Start)
				}
				if person == "" {
					continue
				}
				// "her government", "his country": the person's country.
				if (w == "his" || w == "her") && i+1 < len(toks) {
					if _, ok := governmentNouns[strings.ToLower(toks[i+1].Text)]; ok {
						if c := byID[person].Country; c != "" {
							out = appendMarked(out, record, article.Mention{EntityID: article.EntityID(article.Country, c), Sentence: s.Index, Start: start, End: s.Start + toks[i+1].End, Text: s.Text[t.Start:toks[i+1].End], Via: ViaOwnGov})
							i++
							continue
						}
					}
				}
				out = appendMarked(out, record, article.Mention{EntityID: person, Sentence: s.Index, Start: start, End: end, Text: t.Text, Via: ViaPronoun})
			case "it":
				// "Riyadh gave the envoy 24 hours to leave. It called ...": a
				// sentence that opens with "It" and a verb of its own (not "It
				// was ...", "It is unclear ...") goes on with the state the
				// sentence before opened with
				if i == 0 && t.Text == "It" && len(toks) > 1 && !expletiveIt[strings.ToLower(toks[1].Text)] && sn.countrySent == s.Index-1 {
					if id := sn.countrySubject; id != "" {
						out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: end, Text: t.Text, Via: ViaPronoun})
					}
				}
				// "Kenya closed the border, and it also expelled ...": "it"
				// that opens a clause after ", and" goes on with the state
				// the sentence opened with (a closing quote may stand
				// between: "... "an act of war," and it closed ...")
				comma := i - 2
				if comma > 0 && (toks[comma].Text == "\"" || toks[comma].Text == "”") {
					comma--
				}
				if comma >= 0 && i+1 < len(toks) && strings.EqualFold(toks[i-1].Text, "and") && toks[comma].Text == "," && !expletiveIt[strings.ToLower(toks[i+1].Text)] && sn.countrySent == s.Index {
					if id := sn.countrySubject; id != "" {
						out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: end, Text: t.Text, Via: ViaPronoun})
					}
				}
			case "its":
				// "its government", "its foreign ministry": the state the
				// sentence, or the one before, is about
				n := 1
				if i+2 < len(toks) && toks[i+1].Text == strings.ToLower(toks[i+1].Text) && toks[i+1].IsWord() && !governmentNouns[toks[i+1].Text] && governmentNouns[strings.ToLower(toks[i+2].Text)] {
					n = 2 // one word of its portfolio between
				}
				if i+n < len(toks) && governmentNouns[strings.ToLower(toks[i+n].Text)] {
					if id := sn.countryAntecedent(s.Index); id != "" {
						out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: s.Start + toks[i+n].End, Text: s.Text[t.Start:toks[i+n].End], Via: ViaOwnGov})
						i += n
					}
				}
			case "kingdom":
				// "his first trip to the kingdom": the kingdom named last
				if id := sn.lastKingdom; id != "" && i > 0 && strings.EqualFold(toks[i-1].Text, "the") {
					out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: end, Text: t.Text, Via: ViaNominal})
				}
			case "north", "south":
				// "the North", "the South's decision": the one country the
				// article names whose name starts with the word
				if id := compass[w]; id != "" && t.IsCapitalized() && i > 0 && strings.EqualFold(toks[i-1].Text, "the") &&
					(i+1 >= len(toks) || !toks[i+1].IsWord() || !toks[i+1].IsCapitalized()) {
					out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: end, Text: t.Text, Via: ViaCompass})
				}
			case "them":
				// "stood between the two presidents and welcomed them": the
				// group named in this sentence or the one before
				if groupBefore(out[first:], sn, s.Index, start) {
					out = appendMarked(out, record, article.Mention{EntityID: GroupID, Sentence: s.Index, Start: start, End: end, Text: t.Text, Via: ViaGroup})
				}
			case "'s", "’s":
				// "Iraq's prime minister": a country's office, as "the Iraqi
				// prime minister" (nominal reads from the token before the country)
				if i >= 1 {
					// only a match that runs past the "'s" (a country before it)
					if n, id := r.nominal(sn, nt, toks, i-2); n > 0 && i-3+n > i {
						last := i - 3 + n
						out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: s.Start + toks[i-1].Start, End: s.Start + toks[last].End, Text: s.Text[toks[i-1].Start:toks[last].End], Via: ViaNominal})
						i = last
						continue
					}
				}
			case "government", "administration":
				// "López Obrador's government": the person's country.
				owner := -1
				switch {
				case i >= 2 && (toks[i-1].Text == "'s" || toks[i-1].Text == "’s"):
					owner = i - 2
				case i >= 3 && strings.EqualFold(toks[i-1].Text, "led") && toks[i-2].Text == "-":
					owner = i - 3 // "the Modi-led government"
				}
				if owner >= 0 {
					if id := personAt(out[first:], byID, s.Start+toks[owner].Start); id != "" {
						if c := byID[id].Country; c != "" {
							out = appendMarked(out, record, article.Mention{EntityID: article.EntityID(article.Country, c), Sentence: s.Index, Start: start, End: end, Text: t.Text, Via: ViaOwnGov})
						}
					}
				}
			case "leaders":
				// "hosted the leaders of the United States, India and
				// Australia": each country's person the article names
				for _, m := range r.leadersOf(in[taken:], sn, s, toks, i) {
					out = appendMarked(out, record, m)
				}
			case "the":
				if n, ms := r.pairOfLeaders(sn, ents, s, toks, i); n > 0 {
					for _, m := range ms {
						out = appendMarked(out, record, m)
					}
					i += n - 1
					continue
				}
				if n, id := r.nominal(sn, nt, toks, i); n > 0 {
					out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: s.Start + toks[i+n-1].End, Text: s.Text[t.Start:toks[i+n-1].End], Via: ViaNominal})
					i += n - 1
					continue
				}
				if n, id := r.bodyHead(sn, toks, i); n > 0 {
					out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: s.Start + toks[i+n-1].End, Text: s.Text[t.Start:toks[i+n-1].End], Via: ViaNominal})
					i += n - 1
					continue
				}
				if i+1 < len(toks) && bodyNouns[strings.ToLower(toks[i+1].Text)] {
					// "the bloc", "the alliance": the organization of member
					// states last named, else the organization last named
					id := sn.bloc
					if id == "" {
						id = sn.org
					}
					if id != "" {
						out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: s.Start + toks[i+1].End, Text: s.Text[t.Start:toks[i+1].End], Via: ViaNominal})
						i++
						continue
					}
				}
				if i+1 < len(toks) && toks[i+1].Text == "country" && !(i+2 < len(toks) && toks[i+2].IsCapitalized()) {
					// "imposed sanctions on the country": the state the
					// sentence, or the one before, is about
					if id := sn.countryAntecedent(s.Index); id != "" {
						out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: s.Start + toks[i+1].End, Text: s.Text[t.Start:toks[i+1].End], Via: ViaNominal})
						i++
						continue
					}
				}
				if n, id := describedCountry(sn, toks, i); n > 0 {
					out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: s.Start + toks[i+n-1].End, Text: s.Text[t.Start:toks[i+n-1].End], Via: ViaNominal})
					i += n - 1
				}
			default:
				// "his counterpart", "thanked his host": the last person of
				// another country (data/party-nouns.txt)
				if i == 0 || !partyNoun(toks, i) {
					continue
				}
				if w := strings.ToLower(toks[i-1].Text); w == "his" || w == "her" || w == "their" {
					if id := r.counterpart(out[first:], in[taken:], sn, s, toks, i); id != "" {
						out = appendMarked(out, record, article.Mention{EntityID: id, Sentence: s.Index, Start: start, End: end, Text: t.Text, Via: ViaNominal})
					}
				} else {
					for _, m := range r.countryCounterparts(out[first:], in[taken:], sn, s, toks, i) {
						out = appendMarked(out, record, m)
					}
				}
			}
		}
		// Put what the sentence added among its own mentions.
		sn.advance(out, sorted, s.End)
		if len(out) > sorted {
			cur := out[first:]
			sort.SliceStable(cur, func(i, j int) bool { return cur[i].Start < cur[j].Start })
			sn.next = len(out)
			sorted = len(out)
		}
	}
	out = append(out, in[taken:]...) // after the last sentence, if any
	return Result{Mentions: out, Entities: nt.added, Pair: pair(a.Text, out, byID)}
}

// antecedent picks the person a pronoun at toks[i] refers to, given the
// mentions of its sentence (cur) and what the article named before it. A
// possessive in a leading phrase ("During his meeting with Li, Putin said")
// points forward to the sentence's subject; otherwise the pronoun refers to
// the last person named before it, preferring the subject of the sentence
// that introduced them.
func (r *Resolver) antecedent(cur []article.Mention, sn *seen, s article.Sentence, toks []tokens.Token, i int) string {
	pos := s.Start + toks[i].Start
	// "X spoke alongside Y, with whom he held talks": the subject right
	// after "whom" is not whom's antecedent but the person named before it
	if w := strings.ToLower(toks[i].Text); i > 0 && (w == "he" || w == "she") && strings.EqualFold(toks[i-1].Text, "whom") {
		var persons []string
		for _, m := range cur {
			if m.Start < pos && sn.byID[m.EntityID].Type == article.Person && (len(persons) == 0 || persons[len(persons)-1] != m.EntityID) {
				persons = append(persons, m.EntityID)
			}
		}
		if n := len(persons); n >= 2 && persons[n-2] != persons[n-1] {
			return persons[n-2]
		}
	}
	if w := strings.ToLower(toks[i].Text); i <= 2 && (w == "his" || w == "her") {
		if comma := firstComma(toks); comma > i {
			for _, m := range cur {
				if m.Start > s.Start+toks[comma].Start && sn.byID[m.EntityID].Type == article.Person {
					return m.EntityID
				}
			}
		}
	}
	// "X appealed to Y ..., during his visit to Berlin": a possessive in a
	// phrase of time is the sentence's subject
	if w := strings.ToLower(toks[i].Text); i > 0 && (w == "his" || w == "her") && timePreps[strings.ToLower(toks[i-1].Text)] {
		for _, m := range cur {
			if m.Start < pos && sn.byID[m.EntityID].Type == article.Person && !possessive(sn.text, m.End) {
				return m.EntityID
			}
		}
	}
	// "The Kenyan president flew to Kampala, where he was welcomed": an
	// official named by a demonym and a title, with no person named since,
	// in this sentence or the one before
	if w := strings.ToLower(toks[i].Text); (w == "he" || w == "she") && sn.officialSent >= s.Index-1 && sn.officialSent > sn.lastSent {
		return sn.official
	}
	// "took him to Muscat, where he met X, and then to Riyadh, where he was
	// received by Y": a subject pronoun again in its sentence is the same
	// person as the one before it
	if w := strings.ToLower(toks[i].Text); w == "he" || w == "she" {
		for k := len(cur) - 1; k >= 0; k-- {
			if m := cur[k]; m.Start < pos && m.Via == ViaPronoun && strings.EqualFold(m.Text, w) {
				return m.EntityID
			}
		}
	}
	if sn.lastSent == s.Index {
		// "X's embrace of Y drew rebukes at a summit he hosted": a subject
		// pronoun prefers the person the sentence opens with
		if w := strings.ToLower(toks[i].Text); w == "he" || w == "she" {
			if id := r.openingPerson(cur, sn, s, toks, pos); id != "" {
				return id
			}
		}
		return sn.last
	}
	if sn.subjectOfLast != "" {
		return sn.subjectOfLast
	}
	return sn.last
}

// openingPerson returns the person whose mention opens the sentence (only
// capitalised words, such as a title or a dateline, before it, or a title in
// lower case: "Japanese envoy X") and comes before pos, or "". A phrase of
// time that a comma closes may come first ("In the weeks before the talks,
// X met Y ..., where she"), when it names no person. An opening possessive
// that a relation word ties to a person named right after it ("X's
// predecessor Y", "X's envoy Y") gives way to that person, the subject the
// sentence is about.
func (r *Resolver) openingPerson(cur []article.Mention, sn *seen, s article.Sentence, toks []tokens.Token, pos int) string {
	from := 0
	if len(toks) > 0 && timePreps[strings.ToLower(toks[0].Text)] {
		// (a fronted phrase is short: look for its comma a few words on)
		if comma := firstComma(toks[:min(len(toks), frontedReach)]); comma > 0 && s.Start+toks[comma].Start < pos {
			from = comma + 1
		}
	}
	for k, m := range cur {
		if m.Start >= pos {
			return ""
		}
		if sn.byID[m.EntityID].Type != article.Person || m.Start < s.Start+toks[min(from, len(toks)-1)].Start {
			continue
		}
		for j := from; j < len(toks); j++ {
			t := toks[j]
			if s.Start+t.Start >= m.Start {
				if k+1 < len(cur) && cur[k+1].Start < pos && sn.byID[cur[k+1].EntityID].Type == article.Person && possessedPerson(sn.text[m.End:cur[k+1].Start]) {
					return cur[k+1].EntityID
				}
				return m.EntityID
			}
			if c, _ := utf8.DecodeRuneInString(t.Text); t.IsWord() && !unicode.IsUpper(c) && !unicode.IsDigit(c) && !r.titleUpTo(toks, j, m.Start-s.Start) && !titleConnector(toks, j) {
				return "" // a dateline's words, numbers and marks may come first
			}
		}
	}
	return ""
}

// titleConnector reports "of", "for" or "to" between two capitalised words
// of a title: "Secretary of State X", "Minister for Foreign Affairs X".
func titleConnector(toks []tokens.Token, j int) bool {
	switch strings.ToLower(toks[j].Text) {
	case "of", "for", "to":
		return j > 0 && j+1 < len(toks) && toks[j-1].IsCapitalized() && toks[j+1].IsCapitalized()
	}
	return false
}

// titleUpTo reports whether the words from toks[j] to byte offset end (in
// the sentence) are a title ("envoy", "foreign minister").
func (r *Resolver) titleUpTo(toks []tokens.Token, j, end int) bool {
	e := j
	for e < len(toks) && toks[e].Start < end {
		if e-j >= 4 {
			return false // no title is that long
		}
		e++
	}
	_, ok := r.g.TitleOf(toks[j:e])
	return ok
}

// frontedReach is how many words a fronted phrase of time may take before
// its comma ("In the weeks before the briefing,").
const frontedReach = 15

// possessedPerson reports whether between, the text between a person's
// mention and the next, is a possessive and at most three words naming the
// relation ("'s predecessor ", "'s foreign policy aide "): the second
// person is the first's, not a new clause.
func possessedPerson(between string) bool {
	rest, ok := strings.CutPrefix(between, "'s ")
	if !ok {
		if rest, ok = strings.CutPrefix(between, "’s "); !ok {
			return false
		}
	}
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' {
				return false
			}
		}
		if w == "and" || w == "of" || w == "with" {
			return false
		}
	}
	return true
}

// groupBefore reports a group mention before pos in sentence (whose
// mentions are cur) or in the one before it.
func groupBefore(cur []article.Mention, sn *seen, sentence, pos int) bool {
	if sn.groupIn[sentence-1] {
		return true
	}
	// (or two people joined by "and" before it in its own sentence:
	// "A and B met in March, when X hosted them")
	var people []article.Mention
	for _, m := range cur {
		if m.EntityID == GroupID && m.Start < pos {
			return true
		}
		if m.Start < pos && sn.byID[m.EntityID].Type == article.Person {
			people = append(people, m)
		}
	}
	sort.Slice(people, func(i, j int) bool { return people[i].Start < people[j].Start })
	for k := 1; k < len(people); k++ {
		if people[k-1].End <= people[k].Start && joinedByAnd(sn.text[people[k-1].End:people[k].Start]) {
			return true
		}
	}
	return false
}

// bareCapitalised reports a capitalised word at toks[i] that no more of a
// name follows: not a capitalised word, "of" or "for" ("the Commission
// said", not "the Commission for Africa").
func bareCapitalised(toks []tokens.Token, i int) bool {
	if !toks[i].IsCapitalized() || i+1 < len(toks) && (toks[i+1].IsCapitalized() || strings.EqualFold(toks[i+1].Text, "of") || strings.EqualFold(toks[i+1].Text, "for")) {
		return false
	}
	return true
}

// timePreps open a phrase of time or occasion: "during his visit", "on her
// first trip", "in his speech", "In the week before the talks, X ...".
var timePreps = map[string]bool{"during": true, "after": true, "before": true, "amid": true, "ahead": true, "on": true, "in": true}

// bareAfter reports whether the lower-case text after a phrase starts with
// no word, or with a word that never begins a noun phrase (data/object-
// followers.txt: "accused the other of", "blamed the other for").
func bareAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return end == 0 || objectFollowers[rest[:end]]
}

// possessive reports whether the text at offset end is a possessive 's.
func possessive(text string, end int) bool {
	rest := text[min(end, len(text)):]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

func firstComma(toks []tokens.Token) int {
	for k, t := range toks {
		if t.Text == "," {
			return k
		}
	}
	return -1
}

// nominal resolves "the [top] [Demonym] title" at toks[i] to the last
// person mentioned with that country and a matching office; failing that,
// for a bare title, to the one leader who held that office on the article's
// date in one of the article's countries (see newTitled.holder); for a
// leader's title with a country whom the article never names, to the
// country ("the Chinese president said").
// It returns the number of tokens taken and the person's id.
func (r *Resolver) nominal(sn *seen, nt *newTitled, toks []tokens.Token, i int) (int, string) {
	j := i + 1
	if j < len(toks) && strings.EqualFold(toks[j].Text, "top") {
		j++
	}
	if j+1 < len(toks) && toks[j].IsWord() && toks[j].IsCapitalized() && len(r.g.Lookup(tokens.Key(toks[j:j+1]))) == 0 {
		// "the Republican president": a party's name before the title (not
		// the first word of one: "the Prime Minister")
		if _, ok := r.g.Title(toks[j].Text); !ok {
			if _, ok := r.g.Title(toks[j+1].Text); ok {
				if _, whole := r.g.TitleOf(toks[j : j+2]); !whole {
					j++
				}
			}
		}
	}
	country := ""
	if j < len(toks) {
		for _, f := range r.g.Lookup(tokens.Key(toks[j : j+1])) {
			if f.Kind == gazetteer.Demonym || f.Kind == gazetteer.CountryName {
				country = f.Ref
			}
		}
		if country != "" {
			j++
			if j < len(toks) && (toks[j].Text == "'s" || toks[j].Text == "’s") {
				j++ // "Iraq's prime minister"
			}
		}
	}
	n, title := 0, gazetteer.Title{}
	for k := min(4, len(toks)-j); k >= 1; k-- {
		words := make([]string, k)
		for x := 0; x < k; x++ {
			words[x] = toks[j+x].Text
		}
		if t, ok := r.g.Title(strings.Join(words, " ")); ok {
			n, title = k, t
			break
		}
	}
	if n <= 1 && j < len(toks) && strings.EqualFold(toks[j].Text, "diplomat") {
		// "the top (Chinese) diplomat": the foreign minister
		n, title = 1, gazetteer.Title{Title: "Foreign Minister", Role: "foreign_minister"}
	}
	if n == 0 {
		return 0, ""
	}
	// A name right after the title makes it a titled name, not a reference.
	if j+n < len(toks) && toks[j+n].IsCapitalized() && toks[j+n].IsWord() {
		return 0, ""
	}
	if country == "" && j+n+1 < len(toks) && strings.EqualFold(toks[j+n].Text, "of") {
		// "the leader of Vietnam", "the president of the Philippines"
		if k, c := r.countryAt(toks, j+n+1); k > 0 {
			country = c
			n += 1 + k
		}
	}
	// "the president of the Government of National Unity" is no state's
	// president: when the "of" phrase names a body (its capitalised words
	// hold an organization's head noun), only a body's official may be
	// meant ("the President of the Republic" still is a state's)
	ofBody := country == "" && j+n < len(toks) && strings.EqualFold(toks[j+n].Text, "of") && r.namesBody(toks, j+n+1)
	inCountry := func(e article.Entity) bool {
		return (country == "" || e.Country == country) && (!ofBody || e.Body != "")
	}
	best := sn.lastPerson(func(e article.Entity) bool { return inCountry(e) && strings.EqualFold(e.Title, title.Title) })
	if best == "" {
		best = sn.lastPerson(func(e article.Entity) bool { return inCountry(e) && r.sameOffice(e.Title, title) })
	}
	if best == "" && !(j+n < len(toks) && strings.EqualFold(toks[j+n].Text, "of")) {
		// "the president of the commission" says whose; it is not a reference
		if country == "" {
			best = nt.holder(title, toks[j].IsCapitalized())
		} else {
			best = nt.unnamed(country, title, r.sameOffice)
		}
	}
	if best == "" {
		return 0, ""
	}
	return j + n - i, best
}

// namesBody reports whether the capitalised words at toks[k] (past "the")
// hold an organization's head noun or a government's: "the Government of
// National Unity", "the African Union Commission".
func (r *Resolver) namesBody(toks []tokens.Token, k int) bool {
	if k < len(toks) && strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	for start := k; k < len(toks) && k < start+12 && (toks[k].IsCapitalized() || strings.EqualFold(toks[k].Text, "of")); k++ {
		if r.g.IsOrgHead(toks[k].Text) || toks[k].IsCapitalized() && governmentNouns[strings.ToLower(toks[k].Text)] {
			return true
		}
	}
	return false
}

// describedCountry resolves "the South American country", "the NATO and
// EU nation" at toks[i]: capitalised words describing a country, which is
// the last country the article named in full before it (not one named only
// as a modifier, as in "U.S. President"). It returns the number of tokens
// taken and the country's id.
func describedCountry(sn *seen, toks []tokens.Token, i int) (int, string) {
	j := i + 1
	for j < len(toks) && j-i <= 5 && (toks[j].IsCapitalized() || (j > i+1 && (toks[j].Text == "and" || toks[j].Text == "-"))) {
		j++
	}
	if j == i+1 || j >= len(toks) {
		return 0, ""
	}
	if w := strings.ToLower(toks[j].Text); w != "country" && w != "nation" {
		return 0, ""
	}
	if sn.country == "" {
		return 0, ""
	}
	return j + 1 - i, sn.country
}

// sameOffice reports whether a person's title fits a nominal's title: the
// same title, or "leader" for any head of state or government.
func (r *Resolver) sameOffice(have string, want gazetteer.Title) bool {
	if strings.EqualFold(have, want.Title) || qualifiedTitle(have, want.Title) || qualifiedTitle(want.Title, have) {
		return true
	}
	h, ok := r.g.Title(have)
	if !ok {
		return false
	}
	switch want.Role {
	case "leader":
		return h.Role == "head_of_state" || h.Role == "head_of_government" || h.Role == "leader" || h.Role == "royal"
	case "head_of_state", "head_of_government":
		return h.Role == want.Role || h.Role == "leader"
	}
	return h.Role == want.Role && h.Title == want.Title
}

// qualifiedTitle reports whether have is want with words before it that
// say where or which ("United Nations Secretary-General", "Crown Prince"
// for "prince"), not a lesser office ("Vice President" is not "president").
func qualifiedTitle(have, want string) bool {
	if len(have) <= len(want) || !strings.EqualFold(have[len(have)-len(want):], want) || have[len(have)-len(want)-1] != ' ' {
		return false
	}
	first, _, _ := strings.Cut(strings.ToLower(have), " ")
	switch first {
	case "vice", "deputy", "former", "acting", "assistant", "under", "first":
		return false
	}
	return true
}

// placeUse reports whether the word before offset pos is "in" or "at".
func placeUse(text string, pos int) bool {
	w := strings.Fields(text[max(0, pos-12):pos])
	if len(w) == 0 {
		return false
	}
	last := strings.ToLower(w[len(w)-1])
	return last == "in" || last == "at"
}

// pair returns the two countries mentioned most often, counting a person's
// mentions for the person's country.

func pair(text string, ments []article.Mention, byID map[string]article.Entity) [2]string {
	count := map[string]int{}
	first := map[string]int{}
	dateline := article.DatelineEnd(text)
	for i, m := range ments {
		if m.Start < dateline {
			continue // "KINGSTOWN, St Vincent, Dec 15 (Reuters) -": where it was filed
		}
		if (m.Via == "capital" || m.Via == "metonym") && placeUse(text, m.Start) {
			continue // "talks in Berlin": a place, not a party
		}
		e, ok := byID[m.EntityID]
		if !ok {
			continue
		}
		id := ""
		switch e.Type {
		case article.Country:
			id = e.ID
		case article.Person:
			if e.Country != "" {
				id = article.EntityID(article.Country, e.Country)
			}
		}
		if id == "" {
			continue
		}
		if _, seen := first[id]; !seen {
			first[id] = i
		}
		count[id]++
	}
	ids := make([]string, 0, len(count))
	for id := range count {
		ids = append(ids, id)
	}
	// The country the story opens with is one of its parties more often
	// than its count says: a small bonus breaks near-ties in its favour.
	score := func(id string) int {
		if first[id] == 0 || (len(ids) > 0 && first[id] == minFirst(first)) {
			return count[id] + 1
		}
		return count[id]
	}
	sort.Slice(ids, func(i, j int) bool {
		if score(ids[i]) != score(ids[j]) {
			return score(ids[i]) > score(ids[j])
		}
		return first[ids[i]] < first[ids[j]]
	})
	var p [2]string
	copy(p[:], ids)
	return p
}

// indexWord finds phrase in s at word boundaries.
func indexWord(s, phrase string) int {
	off := 0
	for {
		k := strings.Index(s[off:], phrase)
		if k < 0 {
			return -1
		}
		k += off
		before := k == 0 || !isWordByte(s[k-1])
		after := k+len(phrase) >= len(s) || !isWordByte(s[k+len(phrase)])
		if before && after {
			return k
		}
		off = k + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// personAt returns the person mentioned at offset pos.
func personAt(ments []article.Mention, byID map[string]article.Entity, pos int) string {
	for _, m := range ments {
		if m.Start <= pos && pos < m.End && byID[m.EntityID].Type == article.Person {
			return m.EntityID
		}
	}
	return ""
}

// counterpart resolves "his counterpart" at toks[i]: the possessive's
// person is the last person named; the counterpart is the last person named
// of another country, or else the first one named after it, in the
// sentence's mentions (cur) or the article's later ones (later).
func (r *Resolver) counterpart(cur, later []article.Mention, sn *seen, s article.Sentence, toks []tokens.Token, i int) string {
	owner := r.antecedent(cur, sn, s, toks, i-1)
	if owner == "" {
		return ""
	}
	country := sn.byID[owner].Country
	other := func(e article.Entity) bool {
		return e.Type == article.Person && e.ID != owner && (country == "" || e.Country != country)
	}
	// "Orban arrived in Moscow ... talks with Zelensky. Putin received his
	// guest": a guest is the one the sentence before was about, not
	// whoever it named last
	if guestNouns[strings.ToLower(toks[i].Text)] {
		subj := sn.subjectOfLast
		if sn.lastSent == s.Index {
			subj = sn.subjectBefore
		}
		if subj != "" && other(sn.byID[subj]) {
			return subj
		}
	}
	if id := sn.lastPerson(other); id != "" {
		return id
	}
	pos := s.Start + toks[i].Start
	for _, ms := range [][]article.Mention{cur, later} {
		for _, m := range ms {
			if m.Start > pos && other(sn.byID[m.EntityID]) {
				return m.EntityID
			}
		}
	}
	return ""
}

// guestNouns name the visitor of the person whose they are.
var guestNouns = map[string]bool{"guest": true, "guests": true, "visitor": true, "visitors": true}

// countryCounterparts resolves "his Russian counterpart" at toks[i]
// ("counterpart"): the person of that country named last, or else first
// named after it (a name in apposition, "his Kenyan counterpart, X"); and
// "his Australian and British counterparts", one mention for each
// demonym. The last mention spans its demonym and the noun, so that it
// outweighs the demonym's own mention of the country; the others are as
// long as theirs and, being nominal, take their place.
func (r *Resolver) countryCounterparts(cur, later []article.Mention, sn *seen, s article.Sentence, toks []tokens.Token, i int) []article.Mention {
	var demonyms []int     // token indexes, last first
	var countries []string // the country of each
	k := i - 1
	for ; k >= 0; k-- {
		switch w := strings.ToLower(toks[k].Text); {
		case w == "and" || w == ",":
			if len(demonyms) == 0 {
				return nil
			}
			continue
		case w == "his" || w == "her" || w == "their":
		default:
			// ("his South Sudanese counterpart": a demonym of two words
			// first)
			c := ""
			if k > 0 {
				if c = r.countryWords(toks[k-1 : k+1]); c != "" {
					k--
				}
			}
			if c == "" {
				c = r.countryWord(toks[k])
			}
			if c == "" {
				return nil
			}
			demonyms, countries = append(demonyms, k), append(countries, c)
			continue
		}
		break
	}
	if k < 0 || len(demonyms) == 0 {
		return nil
	}
	var out []article.Mention
	for n, d := range demonyms {
		country := countries[n]
		of := func(e article.Entity) bool { return e.Type == article.Person && strings.EqualFold(e.Country, country) }
		id := ""
		// a name in apposition comes first: "his Chinese counterpart, Wang Yi"
		next := i + 1
		if next < len(toks) && toks[next].Text == "," {
			next++
		}
		if len(demonyms) == 1 && next < len(toks) {
			for _, m := range cur {
				if m.Start == s.Start+toks[next].Start && of(sn.byID[m.EntityID]) {
					id = m.EntityID
				}
			}
		}
		if id == "" {
			id = sn.lastPerson(of)
		}
		pos := s.Start + toks[i].Start
		for _, ms := range [][]article.Mention{cur, later} {
			for _, m := range ms {
				if id == "" && m.Start > pos && of(sn.byID[m.EntityID]) {
					id = m.EntityID
				}
			}
		}
		if id == "" {
			return nil
		}
		end := toks[d].End
		if n == 0 {
			end = toks[i].End
		}
		out = append(out, article.Mention{EntityID: id, Sentence: s.Index, Start: s.Start + toks[d].Start, End: s.Start + end, Text: s.Text[toks[d].Start:end], Via: ViaNominal})
	}
	slices.Reverse(out)
	return out
}

// leadersOf resolves "the leaders of A, B and C" at toks[i] ("leaders"):
// for each country of the list, the person of that country named last, or
// else first named after it (later holds the article's later mentions); a
// mention over the country's name, which it outweighs. With a country
// whose person the article does not name, none.
func (r *Resolver) leadersOf(later []article.Mention, sn *seen, s article.Sentence, toks []tokens.Token, i int) []article.Mention {
	if i+1 >= len(toks) || !strings.EqualFold(toks[i+1].Text, "of") {
		return nil
	}
	var out []article.Mention
	for k := i + 2; k < len(toks); {
		switch w := strings.ToLower(toks[k].Text); w {
		case ",", "and", "the":
			k++
			continue
		}
		n, c := r.countryAt(toks, k)
		if n == 0 {
			break
		}
		of := func(e article.Entity) bool { return e.Type == article.Person && strings.EqualFold(e.Country, c) }
		id := sn.lastPerson(of)
		for _, m := range later {
			if id == "" && of(sn.byID[m.EntityID]) {
				id = m.EntityID
			}
		}
		if id == "" {
			return nil
		}
		last := toks[k+n-1]
		out = append(out, article.Mention{EntityID: id, Sentence: s.Index, Start: s.Start + toks[k].Start, End: s.Start + last.End, Text: s.Text[toks[k].Start:last.End], Via: ViaLeader})
		k += n
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// countryAt returns the number of tokens a country's name takes at
// toks[i], a leading "the" included, and the country; or 0.
func (r *Resolver) countryAt(toks []tokens.Token, i int) (int, string) {
	j := i
	if j < len(toks) && strings.EqualFold(toks[j].Text, "the") {
		j++
	}
	for k := min(4, len(toks)-j); k >= 1; k-- {
		for _, f := range r.g.Lookup(tokens.Key(toks[j : j+k])) {
			if f.Kind == gazetteer.CountryName || f.Kind == gazetteer.CountryAlias {
				return j + k - i, f.Ref
			}
		}
	}
	return 0, ""
}

// countryWord returns the country a demonym or country name token names, or "".
func (r *Resolver) countryWord(t tokens.Token) string {
	return r.countryWords([]tokens.Token{t})
}

// countryWords is countryWord for the words of a name: "South Korean".
func (r *Resolver) countryWords(ts []tokens.Token) string {
	for _, f := range r.g.Lookup(tokens.Key(ts)) {
		switch f.Kind {
		case gazetteer.Demonym, gazetteer.CountryName, gazetteer.CountryAlias:
			return f.Ref
		}
	}
	return ""
}

// pairOfLeaders resolves "the US and Russian presidents" at toks[i] into a
// mention of each country's person with that office named in the article.
func (r *Resolver) pairOfLeaders(sn *seen, ents []article.Entity, s article.Sentence, toks []tokens.Token, i int) (int, []article.Mention) {
	if i+4 >= len(toks) || !strings.EqualFold(toks[i+2].Text, "and") {
		return 0, nil
	}
	var countries [2]string
	for k, j := range []int{i + 1, i + 3} {
		for _, f := range r.g.Lookup(tokens.Key(toks[j : j+1])) {
			switch f.Kind {
			case gazetteer.Demonym, gazetteer.CountryName, gazetteer.CountryAlias:
				countries[k] = f.Ref
			}
		}
	}
	if countries[0] == "" || countries[1] == "" {
		return 0, nil
	}
	plural := strings.ToLower(toks[i+4].Text)
	n := 5
	if (plural == "prime" || plural == "foreign") && i+5 < len(toks) {
		plural += " " + strings.ToLower(toks[i+5].Text)
		n = 6
	}
	title, ok := r.g.Title(strings.TrimSuffix(strings.TrimSuffix(plural, "s"), "e"))
	if !ok {
		title, ok = r.g.Title(strings.TrimSuffix(plural, "s"))
	}
	if !ok {
		return 0, nil
	}
	var out []article.Mention
	for k, c := range countries {
		holds := func(e article.Entity) bool { return e.Country == c && r.sameOffice(e.Title, title) }
		id := sn.lastPerson(holds)
		for k := 0; id == "" && k < len(ents); k++ {
			if ents[k].Type == article.Person && holds(ents[k]) {
				id = ents[k].ID // named later in the article
			}
		}
		if id == "" {
			return 0, nil
		}
		tok := toks[i+1+2*k]
		out = append(out, article.Mention{EntityID: id, Sentence: s.Index, Start: s.Start + tok.Start, End: s.Start + tok.End, Text: tok.Text, Via: ViaNominal})
	}
	return n, out
}

// objectAntecedent resolves "him" or "her" as an object: the last person
// named before the pronoun's sentence who is not a person named earlier in
// the same sentence (whose mentions are cur); otherwise the plain
// antecedent.
func objectAntecedent(cur []article.Mention, sn *seen, s article.Sentence, toks []tokens.Token, i int, fallback string) string {
	inSentence := map[string]bool{}
	pos := s.Start + toks[i].Start
	// the pronoun's own clause starts after the last boundary before it:
	// in "X arrived, where Y greeted him", him is X, not Y
	clause, relative := -1, false
	for k := i - 1; k > 0 && clause < 0; k-- {
		if clauseBoundaries[strings.ToLower(toks[k].Text)] {
			clause = s.Start + toks[k].Start
			// "President X, who lauded him": X is the relative clause's
			// subject
			relative = k+1 < i && relativePronouns[strings.ToLower(toks[k+1].Text)]
		}
	}
	inClause := map[string]bool{}
	for _, m := range cur {
		if m.Start < pos && sn.byID[m.EntityID].Type == article.Person {
			inSentence[m.EntityID] = true
			if clause >= 0 && (m.Start > clause || relative && m.End == clause) {
				inClause[m.EntityID] = true
			}
		}
	}
	if len(inSentence) == 0 {
		return fallback
	}
	if clause < 0 || len(inClause) == 0 && !relative {
		// "X phoned Y to congratulate him": not the subject, the person
		// named after it in the sentence; so too where the pronoun's clause
		// goes on from the subject after a phrase that names someone else
		// ("X, who faces Y in the vote, has accused him", "X, a critic of
		// Y, called him a dictator")
		first, firstAt := "", pos
		for _, m := range cur {
			if m.Start < firstAt && sn.byID[m.EntityID].Type == article.Person {
				first, firstAt = m.EntityID, m.Start
			}
		}
		best, at := "", -1
		for _, m := range cur {
			if m.Start < pos && m.Start > at && m.EntityID != first && sn.byID[m.EntityID].Type == article.Person {
				best, at = m.EntityID, m.Start
			}
		}
		if best != "" {
			return best
		}
	}
	if len(inClause) > 0 {
		best, at := "", -1
		for _, m := range cur {
			// (not a passive's agent: in "X was welcomed by Y before heading
			// to the palace, where Z received him", him is X)
			if m.Start < clause && m.Start > at && sn.byID[m.EntityID].Type == article.Person && !inClause[m.EntityID] && !(at >= 0 && passiveAgent(s, toks, m.Start)) {
				best, at = m.EntityID, m.Start
			}
		}
		if best != "" {
			return best
		}
	}
	last := sn.lastPerson(func(e article.Entity) bool { return !inSentence[e.ID] })
	if last == "" {
		return fallback
	}
	return last
}

// passiveAgent reports a mention starting at byte pos that a "by" opens,
// past the capitalised words of its title: "by Foreign Minister Y".
func passiveAgent(s article.Sentence, toks []tokens.Token, pos int) bool {
	k := len(toks) - 1
	for k >= 0 && s.Start+toks[k].Start >= pos {
		k--
	}
	for k >= 0 && toks[k].IsWord() && toks[k].Text != strings.ToLower(toks[k].Text) {
		k--
	}
	return k >= 0 && toks[k].Text == "by"
}

// relativePronouns open a relative clause about the name before them.
var relativePronouns = map[string]bool{"who": true, "whom": true, "which": true}

// clauseBoundaries are the words and marks that start a new clause inside a
// sentence, for object pronouns.
var clauseBoundaries = map[string]bool{",": true, ";": true, "where": true, "when": true, "while": true, "and": true, "but": true}

func minFirst(first map[string]int) int {
	m := -1
	for _, v := range first {
		if m < 0 || v < m {
			m = v
		}
	}
	return m
}

// appendMarked appends a mention and marks the bytes it covers.
func appendMarked(out []article.Mention, mark func(article.Mention), m article.Mention) []article.Mention {
	mark(m)
	return append(out, m)
}

// epithetAt returns how many tokens after "the" at i make an epithet of a
// state: one to three describing words and a noun of data/epithet-nouns.txt
// ("the South American country", "the oil-rich emirate"), not followed by
// "of" ("the state of Texas"); 0 for none.
func epithetAt(toks []tokens.Token, i int) int {
	for n := 2; n <= 4 && i+n < len(toks); n++ {
		t := toks[i+n-1]
		if !t.IsWord() || epithetStops[strings.ToLower(t.Text)] {
			return 0
		}
		if noun := toks[i+n]; noun.Text == strings.ToLower(noun.Text) && epithetNouns[noun.Text] {
			if i+n+1 < len(toks) && toks[i+n+1].Text == "of" {
				return 0
			}
			return n
		}
	}
	return 0
}

// regionOf returns the states of the region an epithet's describing words
// name ("South American", "Pacific island"), the longest run of them that
// names one; nil for none.
func regionOf(words []tokens.Token) map[string]bool {
	for n := len(words); n > 0; n-- {
		for from := 0; from+n <= len(words); from++ {
			parts := make([]string, n)
			for k := range parts {
				parts[k] = strings.ToLower(words[from+k].Text)
			}
			if states := regions[strings.Join(parts, " ")]; states != nil {
				return states
			}
		}
	}
	return nil
}

// epithetCountry returns the country an epithet at byte offset start
// refers to: the one state of its region (nil: none) named before it, in
// its sentence or the two before; or "" when none or two are.
func epithetCountry(ments []article.Mention, sent, start int, region map[string]bool, byID map[string]article.Entity) string {
	if region == nil {
		return ""
	}
	found := ""
	for k := len(ments) - 1; k >= 0; k-- {
		m := ments[k]
		if m.Sentence < sent-2 {
			break
		}
		if m.Start >= start {
			continue
		}
		c := m.EntityID
		if e := byID[c]; e.Type == article.Person && e.Country != "" {
			c = article.EntityID(article.Country, e.Country)
		}
		if region[c] {
			if found != "" && found != c {
				return "" // "Ghana's president met Nigeria's. The West African nation ...": which?
			}
			found = c
		}
	}
	return found
}

// fits reports whether a personal pronoun may refer to a person: "he",
// "him" and "his" to anyone but a woman data/women.txt lists. ("she" and
// "her" may refer to anyone: the list does not hold every woman the
// officials data knows.)
func (r *Resolver) fits(pronoun string, e article.Entity) bool {
	return pronoun == "she" || pronoun == "her" || !women[e.Name]
}

// fitting returns the person a pronoun at byte pos may refer to, nearest
// first: one named before it in its sentence (cur), else the last named
// before; or "".
func (r *Resolver) fitting(pronoun string, cur []article.Mention, sn *seen, pos int) string {
	for k := len(cur) - 1; k >= 0; k-- {
		if m := cur[k]; m.Start < pos && sn.byID[m.EntityID].Type == article.Person && r.fits(pronoun, sn.byID[m.EntityID]) {
			return m.EntityID
		}
	}
	return sn.lastPerson(func(e article.Entity) bool { return r.fits(pronoun, e) })
}
