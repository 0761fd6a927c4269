package frames

import (
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
)

// what is the action a promise, request or sanction states: the words after
// the predicate (after its object when the object is the direct one) to the
// end of the clause, without a leading "to".
func (x *extraction) what(st *sent, fd found, obj object) string {
	from := fd.after
	if obj.strategy == "dobj" && obj.end > from {
		from = obj.end
	}
	// "called on both countries to ...": past a slot's phrase right after
	// the verb
	if obj.strategy != "dobj" && obj.at == from+1 && obj.end > from && st.tag(from) == "IN" {
		from = obj.end
	}
	// "threatened during the calls to halt ...": what is threatened starts
	// at the infinitive a phrase of time holds apart from the verb
	if gi := st.actionAt(from); gi >= 0 && st.Groups[gi].Start > from {
		from = st.Groups[gi].Start
	}
	that := false
skip:
	for ; from < len(st.Tokens); from++ {
		switch {
		case st.Tokens[from].Text == "," || st.tag(from) == "TO" || isQuote(st.Tokens[from].Text) || st.inDate[from]:
		case st.lower(from) == "that":
			that = true
		case st.tag(from) == "IN" && from+1 < len(st.Tokens) && st.inDate[from+1]:
			// "urged X on Tuesday to ...": the day is not what was asked
		default:
			break skip
		}
	}
	// "assured X that Kenya would keep the pipeline open": what is
	// promised starts at the verb the modal carries
	if that {
		for k := from; k < len(st.Tokens) && k < from+6 && !st.isBoundary(k); k++ {
			if gi := st.groupAt[k]; gi >= 0 {
				if g := st.Groups[gi]; g.Modal != "" && g.Head > k {
					from = g.Head
				}
				break
			}
		}
	}
	if fd.f.POS == posNoun && len(obj.ments) > 0 && (obj.at == from || fd.relative) {
		// "pledged fresh aid to X": the noun phrase is what was given (and
		// "the duties, which the Commission imposed on X": what was imposed)
		return st.span(st.npStartLeft(fd.head), fd.head+1)
	}
	to := from
	for to < len(st.Tokens) && !st.endsWhat(to) {
		to++
	}
	// "vowed steady backing to X": what is given stands before its receiver
	if obj.strategy == "to" && obj.at-1 > from && obj.at-1 < to && st.lower(obj.at-1) == "to" {
		to = obj.at - 1
	}
	return st.unquotedSpan(from, st.trimTail(from, to, false))
}

// unquotedSpan is the text of [from, to) without the spaces and quotation
// marks around it, nor a quotation mark left without its pair
// ("threatened "resolute countermeasures" if ...").
func (st *sent) unquotedSpan(from, to int) string {
	s := strings.Trim(strings.TrimSpace(st.span(from, to)), "\"“”")
	if strings.Count(s, "\"")%2 == 1 {
		s = strings.ReplaceAll(s, "\"", "")
	}
	if strings.Count(s, "“") != strings.Count(s, "”") {
		s = strings.NewReplacer("“", "", "”", "").Replace(s)
	}
	return s
}

// trimTail returns where [from, to) ends without the punctuation and
// quotation marks at its end, nor, with dates, a phrase of time there.
func (st *sent) trimTail(from, to int, dates bool) int {
	for to > from && (st.tag(to-1) == "." || st.tag(to-1) == "," || st.tag(to-1) == ":" || isQuote(st.Tokens[to-1].Text) || dates && st.inDate[to-1]) {
		to--
	}
	return to
}

// endsWhat reports a token that ends what was promised or asked: a clause
// boundary (not a quote or a bracket), a reporting tail, a new predicate,
// or a subordinate clause ("when the two met").
func (st *sent) endsWhat(i int) bool {
	switch t := st.Tokens[i].Text; {
	case isQuote(t) || t == "(" || t == ")":
		return false
	case st.isBoundary(i):
		return true
	}
	// (", while the president praised ...": a comma before a subordinator
	// that opens a clause of its own)
	contrast := st.Tokens[i].Text == "," && i+1 < len(st.Tokens) && st.tag(i+1) == "IN" && subordinators[st.lower(i+1)] && st.lower(i+1) != "that"
	return st.speechTail(i) || st.newPredicate(i) || (st.tag(i) == "WRB" && subordinators[st.lower(i)]) || contrast
}

// newPredicate reports "and" before a finite verb: the sentence goes on to
// another statement ("will continue to develop trade and highlighted ...").
func (st *sent) newPredicate(i int) bool {
	if !coordinators[st.lower(i)] || i+1 >= len(st.Tokens) {
		return false
	}
	gi := st.groupAt[i+1]
	return gi >= 0 && st.Groups[gi].Finite && st.Groups[gi].Start == i+1
}

// speechTail reports ", X said" at token i: a comma followed by a reporting
// clause that runs to the end of the sentence, or by an attribution
// (", according to a readout").
func (st *sent) speechTail(i int) bool {
	if st.Tokens[i].Text != "," {
		return false
	}
	if i+2 < len(st.Tokens) && st.lower(i+1) == "according" && st.lower(i+2) == "to" {
		return true
	}
	for k := i + 1; k < len(st.Tokens) && k <= i+8; k++ {
		if gi := st.groupAt[k]; gi >= 0 {
			return st.speech[gi]
		}
	}
	return false
}

// joinRelation adds a restatement of a fact to the first statement: its
// action to what.
func joinRelation(first, r article.Relation) article.Relation {
	if r.What != "" && !strings.Contains(first.What, r.What) {
		if first.What != "" {
			first.What += "; "
		}
		first.What += r.What
	}
	if first.Date.Value == "" {
		first.Date = r.Date
	}
	if r.Sentence != first.Sentence && !statedIn(first, r.Sentence) {
		first.Also = append(first.Also, article.Statement{Sentence: r.Sentence, Start: r.Start, End: r.End,
			Evidence: r.Evidence, Rule: r.Rule, Confidence: r.Confidence})
	}
	return first
}

func statedIn(r article.Relation, sentence int) bool {
	for _, s := range r.Also {
		if s.Sentence == sentence {
			return true
		}
	}
	return false
}
