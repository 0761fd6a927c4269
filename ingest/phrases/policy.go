package phrases

import (
	_ "embed"
	"github.com/bilatgraph/bilat/ingest/datafile"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/doc"
)

var (
	//go:embed data/policy-heads.txt
	policyHeadsTXT string
	//go:embed data/policy-lead.txt
	policyLeadTXT string
	//go:embed data/tail-stops.txt
	tailStopsTXT string
	//go:embed data/adverbial-nouns.txt
	adverbialNounsTXT string
	//go:embed data/policy-references.txt
	policyReferencesTXT string

	// policyHeads are the nouns that head a descriptive policy phrase.
	policyHeads = datafile.Set(policyHeadsTXT)
	// policyLead are words dropped before the phrase, like its article.
	policyLead = datafile.Set(policyLeadTXT)
	// tailStops end the prepositional tail of the phrase.
	tailStops = datafile.Set(tailStopsTXT)
	// adverbialNouns head a phrase of manner or time that ends the tail.
	adverbialNouns = datafile.Set(adverbialNounsTXT)
	// policyReferences refer to a policy without naming one.
	policyReferences = datafile.Set(policyReferencesTXT)
)

// maxTail bounds the prepositional tail, in tokens: a policy's name is a
// short phrase.
const maxTail = 16

// Policy is a descriptive policy phrase read from a sentence's tokens.
type Policy struct {
	Name     string // as written, without article, date or named party
	From, To int    // the tokens it spans, [From, To), dates and parties included
}

// policyReader reads policy phrases from one sentence.
type policyReader struct {
	s      *doc.Sentence
	isDate func(int) bool
	verb   []bool // per token: part of a finite or infinitive verb group
}

// PoliciesAt reads the descriptive policy phrase that starts at token i of
// the sentence, which is what follows a verb of signing or announcing
// ("signed a 100-year cooperation, trade and strategic partnership
// agreement", "decided to introduce a visa-free regime for foreign
// students"), and the further ones a list joins to it ("agreements on
// trade, a memorandum on energy and a treaty on fishing"): each without its
// article. A phrase is the head noun (data/policy-heads.txt), the words
// that modify it, and one prepositional tail ("on ...", "for ...", "of
// ...") that ends at a verb, a relative clause, a date (isDate reports the
// tokens of one; nil for none) or a party named with "with" or "between".
// It returns nil when no policy phrase starts at i.
func PoliciesAt(s *doc.Sentence, i int, isDate func(int) bool) []Policy {
	r := policyReader{s: s, isDate: isDate, verb: make([]bool, len(s.Tokens))}
	for _, g := range s.Groups {
		if g.Finite || g.Infinitive {
			for k := g.Start; k < g.End; k++ {
				r.verb[k] = true
			}
		}
	}
	var out []Policy
	for {
		p, tailed, ok := r.policy(i)
		if !ok || len(out) > 0 && p.To < len(r.verb) && r.verb[p.To] {
			// "..., and the new tariffs take effect": a clause's subject,
			// not a further policy
			return out
		}
		if len(out) == 0 && !tailed {
			p.Name += r.beneficiary(p)
		}
		out = append(out, p)
		// ", a memorandum on ...", "and a treaty on ...", ", and ..."
		k := p.To
		if k < len(s.Tokens) && s.Tokens[k].Text == "," {
			k++
		}
		if k < len(s.Tokens) && s.Tokens[k].Lower == "and" {
			k++
		} else if k > p.To && (r.lower(k) == "the" || r.tag(k) == "PRP$") {
			// "a grain deal, the first such pact": the same policy again
			return out
		}
		if k == p.To {
			return out
		}
		i = k
	}
}

// namedInApposition reads a name that an apposition says is a policy:
// "unveiled the Global Gateway, a plan to mobilise ...", "signed the
// Falepili Union, a treaty that ...". The name is a run of capitalised
// words at i; the apposition starts with "a" or "an" and has a policy head
// among its first words.
func (r *policyReader) namedInApposition(i int) (Policy, bool, bool) {
	toks := r.s.Tokens
	end := i
	for end < len(toks) && end < i+8 && (r.tag(end) == "NNP" || r.tag(end) == "NNPS") && !r.date(end) {
		end++
	}
	if end == i || end+2 >= len(toks) || toks[end].Text != "," || (r.lower(end+1) != "a" && r.lower(end+1) != "an") {
		return Policy{}, false, false
	}
	for k := end + 2; k < len(toks) && k < end+6 && r.modifier(k); k++ {
		if r.isHead(k) {
			return Policy{Name: r.s.Text[toks[i].Start-r.s.Start : toks[end-1].End-r.s.Start], From: i, To: end}, false, true
		}
	}
	return Policy{}, false, false
}

// date reports a token of a date at k.
func (r *policyReader) date(k int) bool {
	return r.isDate != nil && k >= 0 && k < len(r.s.Tokens) && r.isDate(k)
}

func (r *policyReader) tag(k int) string {
	if k < 0 || k >= len(r.s.Tokens) {
		return ""
	}
	return r.s.Tokens[k].Tag
}

// lead reports a word of data/policy-lead.txt at k, in lower case unless it
// opens the sentence: "International" in "International Monetary Fund" is
// part of a name.
func (r *policyReader) lead(k int) bool {
	return policyLead[r.lower(k)] && (k == 0 || r.s.Tokens[k].Text == r.s.Tokens[k].Lower)
}

func (r *policyReader) lower(k int) string {
	if k < 0 || k >= len(r.s.Tokens) {
		return ""
	}
	return r.s.Tokens[k].Lower
}

// isHead reports a policy head noun at k.
func (r *policyReader) isHead(k int) bool {
	t := r.s.Tokens[k]
	return strings.HasPrefix(t.Tag, "NN") && (policyHeads[t.Lower] || policyHeads[t.Lemma])
}

// modifier reports a word that can stand inside a noun phrase before its
// head: adjectives, nouns, numbers, participles.
func (r *policyReader) modifier(k int) bool {
	if k < 0 || k >= len(r.s.Tokens) || r.date(k) || r.verb[k] {
		return false
	}
	switch t := r.tag(k); {
	case strings.HasPrefix(t, "NN"), strings.HasPrefix(t, "JJ"), t == "CD", t == "HYPH", t == "POS", t == "$":
		return true
	case t == "RB":
		// "a legally binding treaty"
		next := r.tag(k + 1)
		return strings.HasPrefix(next, "JJ") || next == "VBN" || next == "VBG"
	case t == "VBN" || t == "VBG":
		// "imported steel", "of understanding", "on further deepening";
		// not "..., targeting its gas trade", "an agreement covering
		// energy"
		prev, next := r.tag(k-1), r.tag(k+1)
		if t == "VBG" && (prev == "IN" || (prev == "RB" || prev == "JJ") && r.tag(k-2) == "IN") {
			return true
		}
		return (strings.HasPrefix(next, "NN") || strings.HasPrefix(next, "JJ")) && !strings.HasPrefix(prev, "NN") && prev != ","
	}
	return false
}

// joins reports a comma or conjunction at k that joins words of one
// phrase: "economic, trade and technical cooperation".
func (r *policyReader) joins(k int) bool {
	if t := r.s.Tokens[k]; t.Text != "," && t.Lower != "and" && t.Lower != "or" {
		return false
	}
	next := r.tag(k + 1)
	return strings.HasPrefix(next, "NN") || strings.HasPrefix(next, "JJ") || next == "CD"
}

// policy reads one policy phrase at token i and whether it has a tail.
func (r *policyReader) policy(i int) (p Policy, tailed, ok bool) {
	toks := r.s.Tokens
	// "an agreement", "agreements": a new one; "the agreement", "its
	// deal": one named before
	indefinite := r.lower(i) == "a" || r.lower(i) == "an" || r.tag(i) != "DT" && r.tag(i) != "PRP$"
	for i < len(toks) && (r.tag(i) == "DT" || r.tag(i) == "PDT" || r.tag(i) == "PRP$" || r.lead(i)) {
		i++
	}
	// the modifiers and the head: the last head noun of the run of
	// modifiers, where a comma or "and" joins modifiers ("energy, transport
	// and strategic partnership agreement") but not two policies
	// ("sanctions and tariffs")
	head := -1
	for k := i; k < len(toks) && k < i+12; k++ {
		if r.modifier(k) {
			if r.isHead(k) && (!r.modifier(k+1) || r.worth(k+1)) {
				head = k
			}
			continue
		}
		if k > i && r.joins(k) && !r.isHead(k-1) {
			continue
		}
		// "the cessation of hostilities agreement": an "of" inside the run,
		// between two modifiers, before the head
		if k > i && r.lower(k) == "of" && r.modifier(k-1) && !r.isHead(k-1) && r.modifier(k+1) {
			continue
		}
		break
	}
	if head < 0 {
		return r.namedInApposition(i)
	}
	segs := [][2]int{{i, head + 1}}
	end := head + 1
	// "a joint declaration on Monday on ...": the date is no part of it
	if j := r.skipDate(end); j > end && r.topic(j) {
		end = j
	}
	end, segs = r.tail(end, segs)
	if len(segs) == 1 && head == i && r.lower(end) == "between" {
		// "an agreement between the two railways": the parties are all
		// the phrase says of a bare head
		if j := r.nounPhrases(end + 1); j > end+1 {
			segs, end = append(segs, [2]int{end, j}), j
		}
	}
	if len(segs) == 1 && head == i {
		// "an agreement allowing visa-free stays": what a new bare head
		// does names it; "the treaty establishing the Sahel Development
		// Bank": so does the body a definite one creates by name
		if j := r.purpose(end); j > end && (indefinite || r.named(end+1)) {
			segs, end = append(segs, [2]int{end, j}), j
		}
	}
	if len(segs) == 1 && head == i && !strings.Contains(toks[i].Text, "-") {
		return Policy{}, false, false // a bare "agreement" says nothing
	}
	var words []string
	for _, sg := range segs {
		words = append(words, r.s.Text[toks[sg[0]].Start-r.s.Start:toks[sg[1]-1].End-r.s.Start])
	}
	return Policy{Name: strings.Join(words, " "), From: i, To: end}, len(segs) > 1, true
}

// BareAt returns the end of a bare policy noun at token i, one that names
// no policy but refers to one the article names elsewhere: "a deal",
// "a landmark agreement", "separate agreements", "the document"
// (data/policy-heads.txt, data/policy-references.txt, after the words of
// data/policy-lead.txt). It returns i when no bare noun is there, or when
// the noun heads a longer phrase (which PoliciesAt reads).
func BareAt(s *doc.Sentence, i int) int {
	r := policyReader{s: s}
	k := i
	for k < len(s.Tokens) && (r.tag(k) == "DT" || r.tag(k) == "PDT" || r.tag(k) == "PRP$" || r.lead(k)) {
		k++
	}
	if k >= len(s.Tokens) || !strings.HasPrefix(r.tag(k), "NN") {
		return i
	}
	if t := s.Tokens[k]; !policyHeads[t.Lower] && !policyHeads[t.Lemma] && !policyReferences[t.Lower] && !policyReferences[t.Lemma] {
		return i
	}
	if next := r.tag(k + 1); strings.HasPrefix(next, "NN") || next == "POS" || next == "HYPH" {
		return i // "a deal maker", "the document's"
	}
	return k + 1
}

// purpose returns the end of a participle at k that says what a bare
// policy head does ("allowing citizens to stay for 30 days"): up to a
// comma, a relative pronoun, a date, "and" before a finite verb or maxTail
// tokens; else k. (An
// infinitive is left out: "an agreement to cooperate" is mostly a promise.)
func (r *policyReader) purpose(k int) int {
	if r.tag(k) != "VBG" || r.verb[k] {
		return k
	}
	j := k + 1
	// (the phrase ends before a date and the preposition that opens it, and
	// before a place: "creating a joint bank in Bamako on Saturday")
	for j < len(r.s.Tokens) && j < k+maxTail && !r.date(j) && !(r.tag(j) == "IN" && r.date(j+1)) && !r.place(j) {
		if t := r.s.Tokens[j]; t.Text == "," || t.Text == "." || t.Text == ";" || r.tag(j) == "WDT" || r.tag(j) == "WP" {
			break
		}
		// "... and watched ministers exchange memorandums": a verb of the
		// clause coordinated after it
		if r.tag(j) == "CC" && j+1 < len(r.s.Tokens) && (r.tag(j+1) == "VBD" || r.tag(j+1) == "VBZ" || r.tag(j+1) == "VBP") {
			break
		}
		j++
	}
	return j
}

// skipDate returns the token after a date at k ("on Monday", "last
// week"), or k.
func (r *policyReader) skipDate(k int) int {
	j := k
	if j < len(r.s.Tokens) && r.tag(j) == "IN" && r.date(j+1) {
		j++
	}
	if !r.date(j) {
		return k
	}
	for j < len(r.s.Tokens) && r.date(j) {
		j++
	}
	return j
}

// topic reports a preposition that can start the tail at k: "on", "for",
// "of", "against", "to" before a noun phrase (not a verb), a "with" that does not name
// a party.
func (r *policyReader) topic(k int) bool {
	if r.tag(k) != "IN" && r.tag(k) != "TO" {
		return false
	}
	switch r.lower(k) {
	case "on", "for", "of", "against", "over", "concerning", "regarding", "about":
		return true
	case "to":
		return r.modifier(k+1) && !r.named(k+1)
	case "with":
		return !r.named(k + 1)
	}
	return false
}

// worth reports "worth" before an amount at k: "13 agreements worth $50
// billion" are the agreements; their value is no part of the name.
func (r *policyReader) worth(k int) bool {
	return r.lower(k) == "worth" && (r.tag(k+1) == "$" || r.tag(k+1) == "CD")
}

// named reports a capitalised name at k, after an optional article and
// lower-case numbers or adjectives ("with the ten ASEAN members", "with
// several African states"): a party, not a topic.
func (r *policyReader) named(k int) bool {
	if r.tag(k) == "DT" || r.tag(k) == "PRP$" {
		k++
	}
	for k < len(r.s.Tokens) && (r.tag(k) == "CD" || strings.HasPrefix(r.tag(k), "JJ")) && r.s.Tokens[k].Text != "" && !unicode.IsUpper([]rune(r.s.Tokens[k].Text)[0]) {
		k++
	}
	if k >= len(r.s.Tokens) {
		return false
	}
	t := r.s.Tokens[k].Text
	return t != "" && unicode.IsUpper([]rune(t)[0])
}

// namedPolicy reports a policy's name at k, capitalised words that end in
// a policy head ("the Belt and Road Initiative", "the Paris Agreement"):
// what a policy may be made under. "under the auspices of ..." names none.
func (r *policyReader) namedPolicy(k int) bool {
	if r.lower(k) == "the" {
		k++
	}
	start := k
	for k < len(r.s.Tokens) && k < start+8 && (r.tag(k) == "NNP" || r.tag(k) == "NNPS" || k > start && r.lower(k) == "and") {
		k++
	}
	return k > start && r.lower(k-1) != "and" && policyHeads[r.lower(k-1)]
}

// party reports a phrase at k that names the parties: "between A and B",
// "with A".
func (r *policyReader) party(k int) bool {
	return r.lower(k) == "between" || r.lower(k) == "with" && r.named(k+1)
}

// tail reads the prepositional tail from k and returns where the phrase
// ends and the segments of its name. A phrase of parties is left out of
// the name; it ends the tail unless a topic follows it ("a memorandum
// between the two ministries on fisheries").
func (r *policyReader) tail(k int, segs [][2]int) (int, [][2]int) {
	toks := r.s.Tokens
	end := k
	if r.party(k) {
		j := r.nounPhrases(k + 1)
		if !r.topic(j) {
			return end, segs
		}
		k = j
	}
	if !r.topic(k) {
		return end, segs
	}
	from := k
	j := k
	for j < len(toks) && j < from+maxTail {
		if r.lower(j) == "under" && r.namedPolicy(j+1) {
			j++ // "a framework for cooperation under the Belt and Road Initiative"
			continue
		}
		switch {
		case r.verb[j] || r.date(j) || tailStops[r.lower(j)]:
		case r.tag(j) == "IN" || r.tag(j) == "TO":
			if r.party(j) && j > from {
				// "... of diplomatic relations between the two countries"
				n := r.nounPhrases(j + 1)
				if r.topic(n) && r.lower(n) != "of" {
					segs = append(segs, [2]int{from, j})
					from, j = n, n+1
					continue
				}
				break
			}
			if r.date(j+1) || r.tag(j+1) == "WDT" || r.lower(j) == "in" && r.lower(j+1) == "order" || r.adverbial(j+1) || r.place(j) {
				break
			}
			// "a visa-free policy for passport holders from France, Germany
			// and Spain": a second phrase that names where its beneficiaries
			// come from or go to is no part of the name
			if j > from && (r.lower(j) == "from" || r.lower(j) == "to" || r.lower(j) == "by") && r.named(j+1) {
				break
			}
			j++
			continue
		case r.modifier(j) || r.tag(j) == "DT" || r.tag(j) == "PRP$":
			j++
			continue
		case j > from+1 && r.joins(j) && !r.startsPolicy(j+1) && !(r.lower(j) == "," && r.named(j+1)):
			j++
			continue
		case j > from+1 && r.lower(j) == "and" && j+1 < len(toks) && capitalized(toks[j-1].Text) && capitalized(toks[j+1].Text):
			j++ // "the Belt and Road Initiative": "and" inside a name
			continue
		}
		break
	}
	// a tail ends on a word of its noun phrase, not on a preposition or
	// a conjunction
	for j > from && !r.modifier(j-1) {
		j--
	}
	if j <= from+1 {
		return end, segs
	}
	return j, append(segs, [2]int{from, j})
}

// nounPhrases skips the noun phrases of a party: "the Culture Ministry of
// Belarus and the Ministry of Culture".
func (r *policyReader) nounPhrases(k int) int {
	for k < len(r.s.Tokens) && !r.verb[k] && !r.date(k) {
		switch t := r.tag(k); {
		case r.modifier(k), t == "DT", t == "CC", t == "," && r.tag(k+1) != "DT":
		case t == "IN" && r.lower(k) == "of":
		default:
			return k
		}
		k++
	}
	return k
}

// startsPolicy reports a further policy of a list at k ("... and export
// controls on chips"): a run of modifiers that a head noun ends.
func (r *policyReader) startsPolicy(k int) bool {
	for ; k < len(r.s.Tokens) && r.modifier(k); k++ {
		if r.isHead(k) && !r.modifier(k+1) {
			return true
		}
	}
	return false
}

// grantVerbs give a policy to whom a passive clause's subject names:
// "tourists will be granted visa-free entry".
var grantVerbs = map[string]bool{"grant": true, "allow": true, "give": true, "offer": true}

// beneficiary reads whom a passive verb of granting gives the policy
// ("visitors from Norland will be granted visa-free entry") and returns
// it as a tail (" for visitors from Norland"), or "" when no such verb
// comes right before the phrase.
func (r *policyReader) beneficiary(p Policy) string {
	var g *doc.VerbGroup
	for k := range r.s.Groups {
		if gr := &r.s.Groups[k]; gr.End == p.From || gr.End+1 == p.From && r.tag(gr.End) == "DT" {
			g = gr
		}
	}
	if g == nil || !g.Passive || !grantVerbs[r.s.Tokens[g.Head].Lemma] {
		return ""
	}
	// the subject: the noun phrase, with its "from" and "and", that ends
	// where the verb group starts
	from := g.Start
	for from > 0 {
		k := from - 1
		if r.modifier(k) || r.tag(k) == "DT" || r.tag(k) == "CC" || r.lower(k) == "from" || r.lower(k) == "of" {
			from--
			continue
		}
		break
	}
	for from < g.Start && (r.tag(from) == "DT" || r.tag(from) == "CC" || r.tag(from) == "IN") {
		from++
	}
	if from == g.Start || !strings.HasPrefix(r.tag(g.Start-1), "NN") {
		return ""
	}
	toks := r.s.Tokens
	return " for " + r.s.Text[toks[from].Start-r.s.Start:toks[g.Start-1].End-r.s.Start]
}

// adverbial reports a noun phrase at k whose head says how or when: "a
// trial basis", "the sidelines".
func (r *policyReader) adverbial(k int) bool {
	if r.tag(k) == "DT" {
		k++
	}
	for ; k < len(r.s.Tokens) && r.modifier(k); k++ {
		if !r.modifier(k + 1) {
			return adverbialNouns[r.s.Tokens[k].Lemma] || adverbialNouns[r.s.Tokens[k].Lower]
		}
	}
	return false
}

// place reports a phrase at k that says where the policy was made: "in
// Lima", "at Geneva", "at the White House"; not "in the Arctic", which may
// be its topic.
func (r *policyReader) place(k int) bool {
	if r.lower(k) == "at" && r.lower(k+1) == "the" && r.tag(k+2) == "NNP" {
		return true // "at the Diaoyutai State Guesthouse" ("in the South China Sea" may be its topic)
	}
	return (r.lower(k) == "in" || r.lower(k) == "at") && r.tag(k+1) == "NNP" && r.named(k+1)
}

// IsAdverbialNoun reports a noun whose prepositional phrase says how, when
// or where, not what something is about (data/adverbial-nouns.txt): "on
// behalf of", "on the sidelines of".
func IsAdverbialNoun(lemma string) bool { return adverbialNouns[lemma] }

// IsPolicyHead reports a noun that heads a policy phrase (data/policy-heads.txt):
// "the deal", "the accord" refer to a policy.
func IsPolicyHead(lemma string) bool { return policyHeads[lemma] }

// capitalized reports a word that starts with a capital letter.
func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
