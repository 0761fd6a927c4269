// Package dates finds date expressions in a sentence and resolves them to
// calendar dates against the article's publication date.
//
// It is a small hand-written resolver for the English of news reports:
// explicit dates ("16 June 2021", "March 3, 2024", "Sept. 12", "2025-11-18"),
// months and years ("in March", "February 2022", "in 1985"), weekdays ("on
// Tuesday", "Monday morning"), and words relative to the publication date
// ("yesterday", "last week", "earlier this month", "over the weekend", "on
// the 24th", "56 years to the day"). Everything is computed from the
// published date; nothing reads the clock. Without a publication date the
// relative expressions are still found but resolve to nothing.
//
// The rules, for an article published on date P:
//
//   - A weekday is the most recent such day on or before P ("on Wednesday"
//     in an article of a Wednesday is P itself), unless the clause puts it
//     in the future ("will", "would", "is scheduled to", "plans to" before
//     it, with no comma or past-tense verb in between): then it is the first
//     such day on or after P. "last Tuesday" is strictly before P, "next
//     Tuesday" strictly after, "this Tuesday" in P's Monday-to-Sunday week.
//     A weekday with an explicit date ("Wednesday 16 June 2021") takes the
//     explicit date.
//   - A month and day without a year ("June 10", "3 March", "on the 24th")
//     take the year that puts them nearest to P, so never more than six
//     months away; in a future clause, the first such day on or after P; in
//     a past one ("visited Manila on January 15"), the last on or before P.
//     "on the 24th" is the 24th of P's month, or of the month before when
//     that would be after P (the month after, in a future clause). A month
//     and day whose month the sentence names earlier with a year takes that
//     year ("in December 2023, when they met on Dec. 14").
//   - A month alone ("in March", "since May") is the most recent such month
//     up to P's month (in a future clause, the first from P's month on);
//     "last March" is strictly before P's month, "next March" after.
//   - "today", "this morning", "tonight" are P; "yesterday", "last night",
//     "the day before", "the previous day" are P-1 day; "tomorrow" is P+1.
//     "the previous day", "a day earlier", "the next day", "two days later",
//     "that evening", "the same day" and the like count from the day the
//     story tells, which only the reader of the whole article knows: they
//     are marked Story, with their Shift, and their Date counts from P for
//     want of another.
//   - "over the weekend" and "the weekend" are the Saturday of the most
//     recent weekend on or before P (P itself when P is a Saturday, P-1
//     when a Sunday), precision day: the start of the span, as a day is
//     the only precision finer than a month; in a future clause, the next
//     Saturday. "this weekend" is the Saturday of P's Monday-to-Sunday
//     week, "next weekend" that of the week after, "last weekend" the
//     Saturday of the last weekend that ended before P.
//   - "last week" and "next week" have precision month: the month that
//     holds the Thursday of that Monday-to-Sunday week, which is the month
//     holding most of its days. A day would claim a precision the text does
//     not give, and a timeline built on it would show events on days they
//     did not happen. "this week" is P's month, "earlier this week" the
//     month of P-1 day.
//   - "last month", "this month", "earlier this month", "next month" are
//     the first of that month with precision month; "last year", "this
//     year", "next year" the first of January with precision year; "in
//     February of last year" the month, precision month.
//   - "N days ago" and "N weeks ago" are P minus that many days (precision
//     day), "N months ago" that month, "N years ago" that year; "N years to
//     the day" is P's day N years earlier.
//
// False friends are left alone: "May" and "March" count as months only
// when capitalised and followed or preceded by a day, a year or a cue word
// ("in May", "since March"); "a protest march" never does; numbers such as
// "10,000", "25%", "3.5", "G7" or "1980s" are never days or years; a bare
// year needs a cue ("in 1985", "since 2014") and is not read when a noun
// follows ("in 2000 troops").
package dates

import (
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
)

// Mention is one date expression found in a sentence.
type Mention struct {
	Start, End int          // byte offsets in the sentence
	Text       string       // sentence[Start:End], with its preposition: "on Tuesday", "in March"
	Date       article.Date // zero when the expression is relative and the publication date unknown
	// Story: the expression counts days from the day the story is telling,
	// not from publication ("the previous day", "two days later"); Shift is
	// that count. Date then counts from publication, for want of another.
	Story bool
	Shift int
}

// Find lists the date expressions of sentence in order, resolved against
// published (YYYY-MM-DD; empty or malformed means unknown). Mentions do not
// overlap. A relative expression found when published is unknown is listed
// with a zero Date, so that a caller knows the sentence is dated even if it
// cannot tell the date.
func Find(sentence, published string) []Mention {
	var buf [64]token
	f := finder{text: sentence, toks: tokenize(sentence, buf[:0])}
	f.pub, f.hasPub = parsePublished(published)
	return f.find(sentence)
}

// Resolve resolves a single date expression, such as "on Tuesday", "last
// week" or "16 June 2021", against published. Words around the expression
// are allowed; the first expression found wins. Unlike Find, a bare month
// ("March") or year ("2019") or ordinal ("the 24th") is accepted when it is
// the whole expression. ok is false when expr holds no date expression, or
// only a relative one and published is unknown.
func Resolve(expr, published string) (article.Date, bool) {
	var buf [32]token
	f := finder{text: expr, toks: tokenize(expr, buf[:0]), relaxed: true}
	f.pub, f.hasPub = parsePublished(published)
	ms := f.find(expr)
	if len(ms) == 0 || ms[0].Date.Value == "" {
		return article.Date{}, false
	}
	return ms[0].Date, true
}

// finder holds one sentence being searched.
type finder struct {
	text    string
	toks    []token
	pub     ymd
	hasPub  bool
	relaxed bool // Resolve: a lone month, year or ordinal is a date
	floor   int  // first token not yet part of a mention
}

// find runs the matchers over the tokens. text is f.text, passed apart so
// that the token buffer does not escape with the mentions' texts.
func (f *finder) find(text string) []Mention {
	var out []Mention
	// the year a month named with one has in this sentence: "flared in
	// December 2023, when the two met on Dec. 14" (0: none)
	var monthYear [13]int
	for i := 0; i < len(f.toks); i++ {
		m, ok := f.core(i)
		if !ok {
			continue
		}
		if m.e.kind == eInvalid {
			f.floor, i = m.b, m.b-1 // "31 April 2024": no date, and not "April 2024"
			continue
		}
		// "at Saturday's meeting": the preposition belongs to the noun.
		possessive := f.isApostrophe(m.b) && f.isWord(m.b+1, "s")
		a := f.extendLeft(m.a, m.dayFirst, possessive)
		d := f.resolve(m.e, f.future(a))
		if m.e.kind == eMonthDay && d.Value > f.pubValue() && (f.past(a) || f.pastAfter(a, m.b)) {
			// "visited Manila on Jan. 15" in September: a past clause
			// tells a day before publication
			if c, ok := lastBefore(f.pub, m.e.m, m.e.d); ok {
				d = day(c)
			}
		}
		if m.e.kind == eMonthDay && monthYear[m.e.m] != 0 {
			if c := (ymd{monthYear[m.e.m], m.e.m, m.e.d}); c.valid() {
				d = day(c)
			}
		}
		if d.Precision == article.Month {
			if c, ok := parsePublished(d.Value); ok {
				monthYear[c.m] = c.y
			}
		}
		s, e := f.toks[a].s, f.toks[m.b-1].e
		mention := Mention{Start: s, End: e, Text: text[s:e], Date: d}
		if m.story {
			mention.Story, mention.Shift = true, m.e.n
		}
		out = append(out, mention)
		f.floor = m.b
		i = m.b - 1
	}
	return out
}

// match is a date expression over tokens [a, b).
type match struct {
	a, b     int
	e        expr
	dayFirst bool // starts with a day number: "the" may precede it
	story    bool // counts from the story's day (Mention.Story)
}

// Relative expression kinds.
const (
	eAbs          = iota // date known: Date
	eDays                // P + n days
	eMonthOfDay          // month of P + n days
	eMonthOff            // month of P + n months
	eYearOff             // year of P + n
	eYearsToDay          // P - n years, same day
	eWeek                // month of the Thursday of P's week + n weeks
	eWeekday             // weekday wd with modifier
	eWeekend             // Saturday of a weekend with modifier
	eMonth               // month m with modifier
	eMonthYearOff        // month m of P's year + n
	eMonthDay            // month m, day d, year inferred
	eNth                 // day d of a month inferred
	eInvalid             // a date that does not exist: no mention
)

// Modifiers of weekdays, weekends and months.
const (
	modNone = iota
	modLast
	modNext
	modThis
)

// expr is an unresolved date expression.
type expr struct {
	kind      int
	date      article.Date
	n, wd, m  int
	d, modify int
}

func abs(d article.Date) expr { return expr{kind: eAbs, date: d} }

// core matches a date expression starting at token i.
func (f *finder) core(i int) (match, bool) {
	t := f.toks[i]
	switch t.k {
	case kDate:
		return match{a: i, b: i + 1, e: abs(day(t.date))}, true
	case kNum:
		if m, ok := f.dayFirst(i); ok {
			return m, true
		}
		if m, ok := f.ago(i); ok {
			return m, true
		}
		return f.yearAlone(i)
	case kOrd:
		if m, ok := f.dayFirst(i); ok {
			return m, true
		}
		return f.nth(i)
	case kWord:
	default:
		return match{}, false
	}
	w := f.lower(i)
	if t.up {
		if mo, ok := months[w]; ok {
			return f.monthFirst(i, mo)
		}
		if wd, ok := weekdays[w]; ok {
			return f.weekday(i, i, wd, modNone)
		}
	}
	switch w {
	case "today", "tonight":
		return match{a: i, b: i + 1, e: expr{kind: eDays}}, true
	case "yesterday":
		return match{a: i, b: i + 1, e: expr{kind: eDays, n: -1}}, true
	case "tomorrow":
		return match{a: i, b: i + 1, e: expr{kind: eDays, n: 1}}, true
	case "this", "last", "next":
		return f.modified(i, w)
	case "earlier", "later":
		return f.earlierThis(i, w)
	case "the":
		return f.the(i)
	case "that":
		// "landed on Monday and was welcomed that evening": the day the
		// story tells
		if f.isWord(i+1, "day") || f.isWord(i+1, "evening") || f.isWord(i+1, "night") || f.isWord(i+1, "morning") || f.isWord(i+1, "afternoon") {
			return match{a: i, b: i + 2, e: expr{kind: eDays}, story: true}, true
		}
	default:
		// "two days ago", "a day earlier" (not "a day earlier than planned"),
		// "a week later"
		if _, ok := counts[w]; ok {
			return f.ago(i)
		}
	}
	return match{}, false
}

// monthFirst matches "March 3", "Mar. 3, 2024", "June 10-12", "February
// 2022", "February of last year" and a month alone after a cue word.
func (f *finder) monthFirst(i int, mo monthName) (match, bool) {
	j := i + 1
	if mo.abbr && f.isPunct(j, ".") && f.toks[j].gl {
		j++
	}
	if d, k, ok := f.dayNumber(j); ok {
		k = f.skipRange(k, d)
		if y, k2, ok := f.yearAfter(k); ok {
			date := ymd{y, mo.m, d}
			if !date.valid() {
				return match{a: i, b: k2, e: expr{kind: eInvalid}}, true
			}
			return match{a: i, b: k2, e: abs(day(date))}, true
		}
		if d > daysIn(2000, mo.m) {
			return match{a: i, b: k, e: expr{kind: eInvalid}}, true
		}
		return match{a: i, b: k, e: expr{kind: eMonthDay, m: mo.m, d: d}}, true
	}
	k := j
	if f.isWord(k, "of") {
		k++
	}
	if y, k2, ok := f.year4(k); ok {
		return match{a: i, b: k2, e: abs(month(ymd{y, mo.m, 1}))}, true
	}
	if n, ok := f.relYear(k); ok {
		return match{a: i, b: k + 2, e: expr{kind: eMonthYearOff, m: mo.m, n: n}}, true
	}
	if mo.abbr {
		return match{}, false
	}
	// A month alone needs a cue word before it.
	if f.standalone(i, i+1) || f.monthCue(i, mo.m == 5) {
		return match{a: i, b: i + 1, e: expr{kind: eMonth, m: mo.m}}, true
	}
	return match{}, false
}

// dayFirst matches "16 June 2021", "3 March", "19 and 20 November 1985",
// "24th of April".
func (f *finder) dayFirst(i int) (match, bool) {
	d, k, ok := f.dayNumber(i)
	if !ok {
		return match{}, false
	}
	k = f.skipRange(k, d)
	if f.isWord(k, "of") {
		k++
	}
	if k >= len(f.toks) || f.toks[k].k != kWord || !f.toks[k].up {
		return match{}, false
	}
	mo, ok := months[f.lower(k)]
	if !ok {
		return match{}, false
	}
	k++
	if mo.abbr && f.isPunct(k, ".") && f.toks[k].gl {
		k++
	}
	if y, k2, ok := f.yearAfter(k); ok {
		date := ymd{y, mo.m, d}
		if !date.valid() {
			return match{a: i, b: k2, e: expr{kind: eInvalid}}, true
		}
		return match{a: i, b: k2, e: abs(day(date)), dayFirst: true}, true
	}
	if d > daysIn(2000, mo.m) {
		return match{a: i, b: k, e: expr{kind: eInvalid}}, true
	}
	return match{a: i, b: k, e: expr{kind: eMonthDay, m: mo.m, d: d}, dayFirst: true}, true
}

// weekday matches a weekday at i (the expression starting at a), with an
// explicit date or a part of the day after it.
func (f *finder) weekday(a, i, wd, mod int) (match, bool) {
	if mod == modNone && i > 0 && f.toks[i-1].k == kWord {
		switch w := f.lower(i - 1); {
		case w == "the" || w == "a" || w == "every" || w == "each":
			return match{}, false // "the Sunday Times", "every Tuesday"
		case f.toks[i-1].up && namedDays[w]:
			return match{}, false // "Bloody Sunday", "Good Friday"
		}
	}
	j := i + 1
	if mod == modNone {
		k := j
		if f.isPunct(k, ",") {
			k++
		}
		if k < len(f.toks) {
			if m, ok := f.dayFirst(k); ok {
				return match{a: a, b: m.b, e: m.e}, true
			}
			if t := f.toks[k]; t.k == kWord && t.up {
				if mo, ok := months[f.lower(k)]; ok {
					if m, ok := f.monthFirst(k, mo); ok && (m.e.kind == eMonthDay || m.e.kind == eAbs && m.e.date.Precision == article.Day) {
						return match{a: a, b: m.b, e: m.e}, true
					}
				}
			}
		}
	}
	if j < len(f.toks) && f.toks[j].k == kWord {
		switch f.lower(j) {
		case "morning", "afternoon", "evening", "night", "midday", "noon":
			j++
		}
	}
	return match{a: a, b: j, e: expr{kind: eWeekday, wd: wd, modify: mod}}, true
}

// modified matches "this/last/next" + morning, night, week, weekend, month,
// year, a weekday or a month.
func (f *finder) modified(i int, w string) (match, bool) {
	if i > 0 && f.isWord(i-1, "the") {
		return match{}, false // "the last year", "the next month": spans
	}
	j := i + 1
	if j >= len(f.toks) || f.toks[j].k != kWord {
		return match{}, false
	}
	mod, sign := modThis, 0
	switch w {
	case "last":
		mod, sign = modLast, -1
	case "next":
		mod, sign = modNext, 1
	}
	nw := f.lower(j)
	switch nw {
	case "morning", "afternoon", "evening":
		if mod == modThis {
			return match{a: i, b: j + 1, e: expr{kind: eDays}}, true
		}
	case "night":
		if mod == modLast {
			return match{a: i, b: j + 1, e: expr{kind: eDays, n: -1}}, true
		}
		if mod == modThis {
			return match{a: i, b: j + 1, e: expr{kind: eDays}}, true
		}
	case "week":
		if mod == modThis {
			return match{a: i, b: j + 1, e: expr{kind: eMonthOff}}, true
		}
		return match{a: i, b: j + 1, e: expr{kind: eWeek, n: sign}}, true
	case "weekend":
		return match{a: i, b: j + 1, e: expr{kind: eWeekend, modify: mod}}, true
	case "month":
		return match{a: i, b: j + 1, e: expr{kind: eMonthOff, n: sign}}, true
	case "year":
		return match{a: i, b: j + 1, e: expr{kind: eYearOff, n: sign}}, true
	}
	if !f.toks[j].up {
		return match{}, false
	}
	if wd, ok := weekdays[nw]; ok {
		return f.weekday(i, j, wd, mod)
	}
	if mo, ok := months[nw]; ok && !mo.abbr {
		return match{a: i, b: j + 1, e: expr{kind: eMonth, m: mo.m, modify: mod}}, true
	}
	return match{}, false
}

// earlierThis matches "earlier this week/month/year", "later this ...",
// "earlier today".
func (f *finder) earlierThis(i int, w string) (match, bool) {
	if f.isWord(i+1, "today") {
		return match{a: i, b: i + 2, e: expr{kind: eDays}}, true
	}
	if !f.isWord(i+1, "this") {
		return match{}, false
	}
	switch {
	case f.isWord(i+2, "week"):
		if w == "earlier" {
			return match{a: i, b: i + 3, e: expr{kind: eMonthOfDay, n: -1}}, true
		}
		return match{a: i, b: i + 3, e: expr{kind: eMonthOff}}, true
	case f.isWord(i+2, "month"):
		return match{a: i, b: i + 3, e: expr{kind: eMonthOff}}, true
	case f.isWord(i+2, "year"):
		return match{a: i, b: i + 3, e: expr{kind: eYearOff}}, true
	case f.isWord(i+2, "morning"), f.isWord(i+2, "afternoon"), f.isWord(i+2, "evening"):
		return match{a: i, b: i + 3, e: expr{kind: eDays}}, true
	}
	return match{}, false
}

// the matches "the day before [yesterday]", "the previous day", "the day
// earlier", "the night before", "the previous night" and "the weekend".
func (f *finder) the(i int) (match, bool) {
	switch {
	case f.isWord(i+1, "day") && f.isWord(i+2, "before") && f.isWord(i+3, "yesterday"):
		return match{a: i, b: i + 4, e: expr{kind: eDays, n: -2}}, true
	case (f.isWord(i+1, "day") || f.isWord(i+1, "night")) && (f.isWord(i+2, "before") || f.isWord(i+2, "earlier")):
		return match{a: i, b: i + 3, e: expr{kind: eDays, n: -1}, story: true}, true
	case f.isWord(i+1, "previous") && (f.isWord(i+2, "day") || f.isWord(i+2, "night") || f.isWord(i+2, "evening")):
		return match{a: i, b: i + 3, e: expr{kind: eDays, n: -1}, story: true}, true
	case f.isWord(i+1, "same") && (f.isWord(i+2, "day") || f.isWord(i+2, "evening")):
		// "the same day": the day the story tells
		return match{a: i, b: i + 3, e: expr{kind: eDays}, story: true}, true
	case (f.isWord(i+1, "next") || f.isWord(i+1, "following")) && f.isWord(i+2, "day"):
		// "the next day", "the following day"
		return match{a: i, b: i + 3, e: expr{kind: eDays, n: 1}, story: true}, true
	case f.isWord(i+1, "day") && f.isWord(i+2, "after") && !f.isWord(i+3, "the") && !f.isWord(i+3, "a"):
		// "the day after", not "the day after the vote"
		return match{a: i, b: i + 3, e: expr{kind: eDays, n: 1}, story: true}, true
	case f.isWord(i+1, "weekend"):
		return match{a: i, b: i + 2, e: expr{kind: eWeekend}}, true
	}
	return match{}, false
}

// nth matches "on the 24th".
func (f *finder) nth(i int) (match, bool) {
	t := f.toks[i]
	if t.n < 1 || t.n > 31 || i == 0 || !f.isWord(i-1, "the") {
		return match{}, false
	}
	cue := i >= 2 && f.toks[i-2].k == kWord && nthCues[f.lower(i-2)]
	if !cue && !f.standalone(i-1, i+1) {
		return match{}, false
	}
	if k := i + 1; k < len(f.toks) && f.toks[k].k == kWord && !f.toks[k].up && !functionWords[f.lower(k)] {
		return match{}, false // "the 24th session"
	}
	return match{a: i, b: i + 1, e: expr{kind: eNth, d: t.n}, dayFirst: true}, true
}

// yearAlone matches a four-digit year after a cue word: "in 1985", "since
// 2014", "mid-2019", "in 2019-20".
func (f *finder) yearAlone(i int) (match, bool) {
	y, k, ok := f.year4(i)
	if !ok || y < 1800 || y > 2199 {
		return match{}, false
	}
	// A range: "2019-20", "2019–2020". A third part makes it no year:
	// "2025-02-30" is a malformed date.
	if f.isPunct(k, "-") || f.isPunct(k, "–") {
		if k+1 < len(f.toks) && f.toks[k].gl && f.toks[k+1].gl && f.toks[k+1].k == kNum && (f.toks[k+1].nd == 2 || f.toks[k+1].nd == 4) {
			k += 2
		}
		if k < len(f.toks) && f.toks[k].gl && (f.isPunct(k, "-") || f.isPunct(k, "/")) {
			return match{}, false
		}
	}
	if f.quantityAfter(k) {
		return match{}, false
	}
	if !f.standalone(i, k) && !f.yearCue(i) {
		return match{}, false
	}
	return match{a: i, b: k, e: abs(year(y))}, true
}

// ago matches "two days ago", "a week ago", "3 years ago" and "56 years to
// the day".
func (f *finder) ago(i int) (match, bool) {
	t := f.toks[i]
	n := 0
	switch t.k {
	case kNum:
		n = t.n
		if t.nd > 3 {
			return match{}, false
		}
	case kWord:
		c, ok := counts[f.lower(i)]
		if !ok {
			return match{}, false
		}
		n = c
	default:
		return match{}, false
	}
	if i+1 >= len(f.toks) || f.toks[i+1].k != kWord {
		return match{}, false
	}
	unit := f.lower(i + 1)
	one := unit == "day" || unit == "week" || unit == "month" || unit == "year"
	many := unit == "days" || unit == "weeks" || unit == "months" || unit == "years"
	if !one && !many || one != (n == 1) {
		return match{}, false
	}
	if unit == "years" || unit == "year" {
		if f.isWord(i+2, "to") && f.isWord(i+3, "the") && f.isWord(i+4, "day") {
			return match{a: i, b: i + 5, e: expr{kind: eYearsToDay, n: n}}, true
		}
	}
	// "two days later", "a week later", "three days earlier": from the
	// story's day
	if (unit == "day" || unit == "days" || unit == "week" || unit == "weeks") && (f.isWord(i+2, "later") || f.isWord(i+2, "earlier")) && !f.isWord(i+3, "than") {
		if unit == "week" || unit == "weeks" {
			n *= 7
		}
		if f.isWord(i+2, "earlier") {
			n = -n
		}
		return match{a: i, b: i + 3, e: expr{kind: eDays, n: n}, story: true}, true
	}
	if !f.isWord(i+2, "ago") {
		return match{}, false
	}
	var e expr
	switch unit {
	case "day", "days":
		e = expr{kind: eDays, n: -n}
	case "week", "weeks":
		e = expr{kind: eDays, n: -7 * n}
	case "month", "months":
		e = expr{kind: eMonthOff, n: -n}
	default:
		e = expr{kind: eYearOff, n: -n}
	}
	return match{a: i, b: i + 3, e: e}, true
}

// dayNumber reads a day of the month at i: 1 to 31, plain or ordinal.
func (f *finder) dayNumber(i int) (int, int, bool) {
	if i >= len(f.toks) {
		return 0, 0, false
	}
	t := f.toks[i]
	if (t.k == kNum && t.nd <= 2 || t.k == kOrd) && t.n >= 1 && t.n <= 31 {
		return t.n, i + 1, true
	}
	return 0, 0, false
}

// skipRange skips the second day of "19 and 20", "10-12", "10 to 12".
func (f *finder) skipRange(k, d int) int {
	if k+1 >= len(f.toks) {
		return k
	}
	if f.isPunct(k, "-") || f.isPunct(k, "–") || f.isPunct(k, "&") || f.isWord(k, "and") || f.isWord(k, "to") {
		if d2, k2, ok := f.dayNumber(k + 1); ok && d2 > d {
			return k2
		}
	}
	return k
}

// yearAfter reads an optional comma and a year after a day: ", 2024". A
// year after a comma must not be a quantity: "on May 8, 2000 people".
func (f *finder) yearAfter(k int) (int, int, bool) {
	j := k
	comma := f.isPunct(j, ",")
	if comma {
		j++
	}
	y, e, ok := f.year4(j)
	if !ok || comma && f.quantityAfter(e) {
		return 0, 0, false
	}
	return y, e, true
}

// year4 reads a four-digit number at i.
func (f *finder) year4(i int) (int, int, bool) {
	if i >= len(f.toks) {
		return 0, 0, false
	}
	t := f.toks[i]
	if t.k != kNum || t.nd != 4 || t.n < 1000 {
		return 0, 0, false
	}
	return t.n, i + 1, true
}

// relYear reads "[of] last/this/next year" at k, giving the year offset.
func (f *finder) relYear(k int) (int, bool) {
	if !f.isWord(k+1, "year") {
		return 0, false
	}
	switch {
	case f.isWord(k, "last"):
		return -1, true
	case f.isWord(k, "this"):
		return 0, true
	case f.isWord(k, "next"):
		return 1, true
	}
	return 0, false
}

// quantityAfter reports whether the token at k is a lower-case content word,
// which makes the number before it a quantity: "2000 troops".
func (f *finder) quantityAfter(k int) bool {
	if k >= len(f.toks) {
		return false
	}
	t := f.toks[k]
	if t.k == kPunct && f.text[t.s:t.e] == "%" {
		return true
	}
	return t.k == kWord && !t.up && !functionWords[f.lower(k)]
}

// standalone reports whether tokens [a, b) are all there is, apart from
// punctuation, in an expression given to Resolve.
func (f *finder) standalone(a, b int) bool {
	if !f.relaxed {
		return false
	}
	for k := 0; k < len(f.toks); k++ {
		if (k < a || k >= b) && f.toks[k].k != kPunct {
			return false
		}
	}
	return true
}

// monthCue reports whether the month name at i follows a cue word: "in",
// "since", "early", "mid-", "end of" ... "May" takes fewer cues, since
// "by May" and "after May" usually mean Theresa May.
func (f *finder) monthCue(i int, may bool) bool {
	if may && f.isApostrophe(i+1) && f.isWord(i+2, "s") {
		return false // "May's government"
	}
	p := f.prevWord(i)
	if p < 0 {
		return false
	}
	w := f.lower(p)
	if conjunctions[w] && p > 0 && f.toks[p-1].k == kWord && f.toks[p-1].up {
		if _, ok := months[f.lower(p-1)]; ok {
			return true // "in March and April"
		}
	}
	if may {
		return mayCues[w] || w == "of" && p > 0 && f.toks[p-1].k == kWord && periodWords[f.lower(p-1)]
	}
	return monthCues[w]
}

// yearCue reports whether the year at i follows a cue word, or a year and a
// conjunction: "between 2019 and 2021".
func (f *finder) yearCue(i int) bool {
	p := f.prevWord(i)
	if p < 0 {
		return false
	}
	w := f.lower(p)
	if conjunctions[w] && p > 0 && f.toks[p-1].k == kNum && f.toks[p-1].nd == 4 {
		return true
	}
	return yearCues[w]
}

// prevWord returns the index of the word before token i, skipping a hyphen
// glued between them ("mid-March"), or -1.
func (f *finder) prevWord(i int) int {
	p := i - 1
	if p >= 0 && (f.isPunct(p, "-") || f.isPunct(p, "–")) && f.toks[p].gl && f.toks[i].gl {
		p--
	}
	if p < 0 || f.toks[p].k != kWord {
		return -1
	}
	return p
}

// extendLeft extends a match starting at token a over the words before it
// that belong to the expression: a preposition ("on", "in", "since", "over")
// and a modifier ("early", "late", "mid-"), and "the" before a day number.
// Before a possessive ("Saturday's meeting") it takes no preposition.
func (f *finder) extendLeft(a int, dayFirst, possessive bool) int {
	prep, mod, the := false, false, false
	for a > f.floor {
		p := a - 1
		if (f.isPunct(p, "-") || f.isPunct(p, "–")) && p > f.floor && f.toks[a].gl && f.toks[p].gl && f.isWord(p-1, "mid") {
			if mod {
				break
			}
			mod, a = true, p-1
			continue
		}
		if f.toks[p].k != kWord {
			break
		}
		w := f.lower(p)
		switch {
		case !prep && !possessive && preps[w]:
			prep, a = true, p
			continue
		case !mod && mods[w]:
			mod, a = true, p
			continue
		case !the && !prep && !mod && dayFirst && w == "the":
			the, a = true, p
			continue
		}
		break
	}
	return a
}

// wordsBack walks the words of the clause before token a, nearest first,
// over 16 tokens at most and no clause break, and returns what decide says
// of the first word it decides on (ok), or false.
func (f *finder) wordsBack(a int, decide func(j int, w string) (v, ok bool)) bool {
	for j, n := a-1, 0; j >= 0 && n < 16; j, n = j-1, n+1 {
		t := f.toks[j]
		if t.k == kPunct {
			switch f.text[t.s:t.e] {
			case ",", ";", ":", "(", ")", "—", "–", "\"", "“", "”", ".", "!", "?":
				return false
			}
			continue
		}
		if t.k != kWord {
			continue
		}
		if v, ok := decide(j, f.lower(j)); ok {
			return v
		}
	}
	return false
}

// future reports whether the clause before token a puts the expression in
// the future: "will", "would", "shall", "'ll", "is scheduled to", "is
// expected to", "plans to", a scheduled trip's "leaves" ... with no clause
// break, reporting verb or past-tense verb between.
func (f *finder) future(a int) bool {
	return f.wordsBack(a, func(j int, w string) (bool, bool) {
		switch w {
		case "will", "would", "shall":
			return true, true
		case "ll":
			if j > 0 && f.isApostrophe(j-1) {
				return true, true
			}
		case "scheduled", "slated":
			return f.isWord(j+1, "to") || f.isWord(j+1, "for"), true
		case "expected", "set", "due", "going":
			if f.isWord(j+1, "to") && j > 0 && f.toks[j-1].k == kWord && beForms[f.lower(j-1)] {
				return true, true
			}
		case "plans", "plan", "planning", "intends", "intend", "aims":
			if f.isWord(j+1, "to") {
				return true, true
			}
		}
		if scheduledVerbs[w] {
			return true, true
		}
		if pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			if j > 0 && f.toks[j-1].k == kWord && beForms[f.lower(j-1)] {
				return false, false // "will be held", "is expected"
			}
			return false, true
		}
		return false, false
	})
}

// past reports whether the clause before token a tells what happened: its
// verb nearest before a, with no clause break between, is in the past tense
// ("visited", "was held", "met"), not a present passive ("is scheduled").
func (f *finder) past(a int) bool {
	return f.wordsBack(a, func(j int, w string) (bool, bool) {
		switch {
		case w == "will" || w == "would" || w == "shall" || w == "to" || beForms[w] && w != "was" && w != "were":
			return false, true // a future, an infinitive ("due to take effect on Aug. 4") or the present
		case w == "was" || w == "were" || w == "had":
			return true, true
		case pastVerbs[w] && !strings.HasSuffix(w, "s"):
			return true, true
		case len(w) > 4 && strings.HasSuffix(w, "ed"):
			return !(j > 0 && f.toks[j-1].k == kWord && beForms[f.lower(j-1)] && !f.isWord(j-1, "was") && !f.isWord(j-1, "were")), true
		}
		return false, false
	})
}

// pastAfter reports a date that opens its clause (no word of it before
// token a) whose verb after it, past the end b and a comma, is in the past
// tense: "On March 30, the two ministers held talks".
func (f *finder) pastAfter(a, b int) bool {
opening:
	for j := a - 1; j >= 0; j-- {
		t := f.toks[j]
		switch {
		case t.k == kWord:
			return false
		case t.k != kPunct:
		case f.text[t.s:t.e] == "\"" || f.text[t.s:t.e] == "“" || f.text[t.s:t.e] == "(":
			// "“On March 30, ..."
		case strings.Contains(":;,—–", f.text[t.s:t.e]):
			break opening
		default:
			return false
		}
	}
	for j, n := b, 0; j < len(f.toks) && n < 12; j, n = j+1, n+1 {
		t := f.toks[j]
		if t.k == kPunct {
			if j == b && f.text[t.s:t.e] == "," {
				continue
			}
			return false
		}
		if t.k != kWord {
			continue
		}
		w := f.lower(j)
		switch {
		case w == "will" || w == "would" || w == "shall" || beForms[w] && w != "was" && w != "were":
			return false
		case w == "was" || w == "were" || w == "had":
			return true
		case pastVerbs[w] && !strings.HasSuffix(w, "s"), len(w) > 4 && strings.HasSuffix(w, "ed"):
			return true
		}
	}
	return false
}

// pubValue is the publication date as YYYY-MM-DD, or "".
func (f *finder) pubValue() string {
	if !f.hasPub {
		return ""
	}
	return day(f.pub).Value
}

// lastBefore chooses the year for month m, day d that puts it on or before p.
func lastBefore(p ymd, m, d int) (ymd, bool) {
	for y := p.y; y >= p.y-4; y-- {
		if c := (ymd{y, m, d}); c.valid() && c.days() <= p.days() {
			return c, true
		}
	}
	return ymd{}, false
}

// resolve turns an expression into a date given the publication date.
func (f *finder) resolve(e expr, future bool) article.Date {
	if e.kind == eAbs {
		return e.date
	}
	if !f.hasPub {
		return article.Date{}
	}
	p := f.pub
	switch e.kind {
	case eDays:
		return day(p.addDays(e.n))
	case eMonthOfDay:
		return month(p.addDays(e.n))
	case eMonthOff:
		return month(p.addMonths(e.n))
	case eYearOff:
		return year(p.y + e.n)
	case eYearsToDay:
		y := p.y - e.n
		return day(ymd{y, p.m, min(p.d, daysIn(y, p.m))})
	case eWeek:
		monday := p.addDays(-p.weekday() + 7*e.n)
		return month(monday.addDays(3))
	case eWeekday:
		pw := p.weekday()
		switch e.modify {
		case modLast:
			back := (pw - e.wd + 7) % 7
			if back == 0 {
				back = 7
			}
			return day(p.addDays(-back))
		case modNext:
			fwd := (e.wd - pw + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			return day(p.addDays(fwd))
		case modThis:
			return day(p.addDays(e.wd - pw))
		}
		if future {
			return day(p.addDays((e.wd - pw + 7) % 7))
		}
		return day(p.addDays(-((pw - e.wd + 7) % 7)))
	case eWeekend:
		pw := p.weekday() // Saturday is 5, Sunday 6
		back := (pw - 5 + 7) % 7
		switch e.modify {
		case modLast:
			if pw >= 5 {
				back += 7
			}
			return day(p.addDays(-back))
		case modThis:
			return day(p.addDays(5 - pw))
		case modNext:
			return day(p.addDays(12 - pw))
		}
		if future && pw < 5 {
			return day(p.addDays(5 - pw))
		}
		return day(p.addDays(-back))
	case eMonth:
		y := p.y
		switch e.modify {
		case modLast:
			if e.m >= p.m {
				y--
			}
		case modNext:
			if e.m <= p.m {
				y++
			}
		case modThis:
		default:
			if future && e.m < p.m {
				y++
			} else if !future && e.m > p.m {
				y--
			}
		}
		return month(ymd{y, e.m, 1})
	case eMonthYearOff:
		return month(ymd{p.y + e.n, e.m, 1})
	case eMonthDay:
		if d, ok := nearest(p, e.m, e.d, future); ok {
			return day(d)
		}
	case eNth:
		step, first := -1, ymd{p.y, p.m, e.d}
		if future {
			step = 1
			if e.d < p.d {
				first = p.addMonths(1)
			}
		} else if e.d > p.d {
			first = p.addMonths(-1)
		}
		for k := 0; k < 12; k++ {
			c := ymd{first.y, first.m, 1}.addMonths(step * k)
			c.d = e.d
			if c.valid() {
				return day(c)
			}
		}
	}
	return article.Date{}
}

// nearest chooses the year for month m, day d: the one nearest to p (ties
// go to the past), or in a future clause the first on or after p.
func nearest(p ymd, m, d int, future bool) (ymd, bool) {
	best, found, bestDist := ymd{}, false, 0
	pd := p.days()
	for y := p.y - 4; y <= p.y+4; y++ {
		c := ymd{y, m, d}
		if !c.valid() {
			continue
		}
		dist := c.days() - pd
		if future {
			if dist < 0 {
				continue
			}
		} else if dist < 0 {
			dist = -dist
		}
		if !found || dist < bestDist {
			best, found, bestDist = c, true, dist
		}
	}
	return best, found
}

// Token helpers.

func (f *finder) isWord(i int, w string) bool {
	if i < 0 || i >= len(f.toks) || f.toks[i].k != kWord {
		return false
	}
	t := f.toks[i]
	return equalFoldASCII(f.text[t.s:t.e], w)
}

func (f *finder) isPunct(i int, p string) bool {
	if i < 0 || i >= len(f.toks) || f.toks[i].k != kPunct {
		return false
	}
	t := f.toks[i]
	return f.text[t.s:t.e] == p
}

func (f *finder) isApostrophe(i int) bool { return f.isPunct(i, "'") || f.isPunct(i, "’") }

// lower returns the lower-cased word at i for look-ups; words longer than
// the look-up tables' longest entry come back as "".
func (f *finder) lower(i int) string {
	t := f.toks[i]
	w := f.text[t.s:t.e]
	if len(w) > 12 {
		return ""
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return lowerSlow(w)
		}
	}
	return w
}

func lowerSlow(w string) string {
	var b [12]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 0x80 {
			return "" // no table holds non-ASCII words
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	if s, ok := interned[string(b[:len(w)])]; ok {
		return s
	}
	return ""
}

func equalFoldASCII(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for k := 0; k < len(s); k++ {
		a, b := s[k], t[k]
		if a >= 'A' && a <= 'Z' {
			a += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}
