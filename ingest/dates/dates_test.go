package dates

import (
	"bufio"
	"fmt"
	"github.com/bilatgraph/bilat/ingest/annotation"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestResolveTable runs the cases in testdata/resolve.tsv.
func TestResolveTable(t *testing.T) {
	f, err := os.Open("testdata/resolve.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 3 {
			t.Fatalf("resolve.tsv:%d: want 3 or 4 columns, got %q", line, text)
		}
		expr, pub, want := cols[0], cols[1], cols[2]
		if pub == "-" {
			pub = ""
		}
		var wantPrec string
		if len(cols) > 3 {
			wantPrec = cols[3]
		}
		n++
		got, ok := Resolve(expr, pub)
		switch {
		case want == "-" && ok:
			t.Errorf("resolve.tsv:%d: Resolve(%q, %q) = %v, want no date", line, expr, pub, got)
		case want != "-" && (!ok || got.Value != want || got.Precision != wantPrec):
			t.Errorf("resolve.tsv:%d: Resolve(%q, %q) = %v, %v; want %s %s", line, expr, pub, got, ok, want, wantPrec)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 200 {
		t.Errorf("only %d cases read", n)
	}
}

var weekdayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// TestWeekdayGrid resolves each weekday against each publication weekday,
// in plain, "last", "next" and future-clause forms, across a month end and
// a leap day, and compares with dates counted one day at a time.
// TestStoryDays checks that expressions counting from the day the story
// tells are marked with their shift: the extractor counts them from its
// running date, and from publication only when it has none.
func TestStoryDays(t *testing.T) {
	tests := []struct {
		sentence string
		text     string
		shift    int
	}{
		{"The previous day, the envoy had left.", "The previous day", -1},
		{"A day earlier, the envoy had left.", "A day earlier", -1},
		{"The next day, the envoy left.", "The next day", 1},
		{"The following day the envoy left.", "The following day", 1},
		{"Two days later, the envoy left.", "Two days later", 2},
		{"Three days earlier the envoy had left.", "Three days earlier", -3},
		{"A week later, the envoy left.", "A week later", 7},
		{"The envoy was received that evening.", "that evening", 0},
		{"The envoy left that day for Cairo.", "that day", 0},
		{"The envoy left the same day.", "the same day", 0},
	}
	for _, tt := range tests {
		got := Find(tt.sentence, "2024-05-18")
		require.Len(t, got, 1, tt.sentence)
		assert.Equal(t, tt.text, got[0].Text, tt.sentence)
		assert.True(t, got[0].Story, tt.sentence)
		assert.Equal(t, tt.shift, got[0].Shift, tt.sentence)
	}
	// "two days ago" counts from publication
	got := Find("Two days ago, the envoy left.", "2024-05-18")
	require.Len(t, got, 1)
	assert.False(t, got[0].Story)
	assert.Equal(t, "2024-05-16", got[0].Date.Value)
	// "a day later than planned" is no date
	assert.Empty(t, Find("The envoy left a day later than planned.", "2024-05-18"))
}

func TestWeekdayGrid(t *testing.T) {
	// Monday 2024-02-26 to Sunday 2024-03-03 crosses 29 February.
	for _, start := range []string{"2024-02-26", "2025-11-17", "2025-12-29"} {
		first, _ := time.Parse("2006-01-02", start)
		for p := 0; p < 7; p++ {
			pub := first.AddDate(0, 0, p)
			ps := pub.Format("2006-01-02")
			for wi, name := range weekdayNames {
				want := func(step int, strict bool) string {
					d := pub
					if strict {
						d = d.AddDate(0, 0, step)
					}
					for (int(d.Weekday())+6)%7 != wi {
						d = d.AddDate(0, 0, step)
					}
					return d.Format("2006-01-02")
				}
				monday := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
				cases := []struct{ expr, want string }{
					{"on " + name, want(-1, false)},
					{name, want(-1, false)},
					{name + " morning", want(-1, false)},
					{"last " + name, want(-1, true)},
					{"next " + name, want(1, true)},
					{"this " + name, monday.AddDate(0, 0, wi).Format("2006-01-02")},
					{"Officials will meet on " + name, want(1, false)},
				}
				for _, c := range cases {
					got, ok := Resolve(c.expr, ps)
					if !ok || got.Value != c.want || got.Precision != article.Day {
						t.Errorf("Resolve(%q, %s %s) = %v, %v; want %s day", c.expr, ps, pub.Weekday(), got, ok, c.want)
					}
				}
			}
		}
	}
}

// TestMonthDayNearest checks the year inference for a month and day
// without a year: the result is never more than about six months away, and
// no other year is nearer.
func TestMonthDayNearest(t *testing.T) {
	names := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	first, _ := time.Parse("2006-01-02", "2023-01-01")
	for p := 0; p < 3*366; p += 17 {
		pub := first.AddDate(0, 0, p)
		ps := pub.Format("2006-01-02")
		for m, name := range names {
			for _, d := range []int{1, 15, 28} {
				expr := fmt.Sprintf("%s %d", name, d)
				got, ok := Resolve(expr, ps)
				if !ok || got.Precision != article.Day {
					t.Fatalf("Resolve(%q, %s) = %v, %v", expr, ps, got, ok)
				}
				g, _ := time.Parse("2006-01-02", got.Value)
				if int(g.Month()) != m+1 || g.Day() != d {
					t.Fatalf("Resolve(%q, %s) = %s: wrong month or day", expr, ps, got.Value)
				}
				dist := g.Sub(pub).Abs()
				for _, dy := range []int{-1, 1} {
					other := g.AddDate(dy, 0, 0)
					if other.Sub(pub).Abs() < dist {
						t.Errorf("Resolve(%q, %s) = %s, but %s is nearer", expr, ps, got.Value, other.Format("2006-01-02"))
					}
				}
				if dist > 184*24*time.Hour {
					t.Errorf("Resolve(%q, %s) = %s: more than six months away", expr, ps, got.Value)
				}
			}
		}
	}
}

type wantMention struct {
	text, value, precision string
}

func TestFind(t *testing.T) {
	tests := []struct {
		sentence, published string
		want                []wantMention
	}{
		{
			"Higher duties will start at 5% on June 10 and rise to 25% on October 1, unless talks succeed, he said.", "2019-05-31",
			[]wantMention{{"on June 10", "2019-06-10", "day"}, {"on October 1", "2019-10-01", "day"}},
		},
		{
			"The leaders talked in the capital on May 8, a day after the envoy arrived, before the parade on May 9.", "2025-05-08",
			[]wantMention{{"on May 8", "2025-05-08", "day"}, {"on May 9", "2025-05-09", "day"}},
		},
		{
			"The row began in December 2023, when the two presidents met on Dec. 14 and agreed to talk again.", "2025-03-28",
			[]wantMention{{"in December 2023", "2023-12-01", "month"}, {"on Dec. 14", "2023-12-14", "day"}},
		},
		{
			"The talks opened in May 2019 and the accord was signed on June 2.", "2025-03-28",
			[]wantMention{{"in May 2019", "2019-05-01", "month"}, {"on June 2", "2024-06-02", "day"}},
		},
		{
			"The last such summit took place on 19 and 20 November 1985 in Geneva.", "2021-06-16",
			[]wantMention{{"on 19 and 20 November 1985", "1985-11-19", "day"}},
		},
		{
			"Around midday on Wednesday 16 June 2021, the plane landed; the other delegation had arrived on Tuesday.", "2021-06-16",
			[]wantMention{{"on Wednesday 16 June 2021", "2021-06-16", "day"}, {"on Tuesday", "2021-06-15", "day"}},
		},
		{
			"Over the weekend, the president said a 25% levy and 10% duties would take effect on Tuesday.", "2025-02-03",
			[]wantMention{{"Over the weekend", "2025-02-01", "day"}, {"on Tuesday", "2025-02-04", "day"}},
		},
		{
			"The government agreed to send 10,000 troops to the border after a call on Monday morning.", "2025-02-03",
			[]wantMention{{"on Monday morning", "2025-02-03", "day"}},
		},
		{
			"They may meet again in May, after a protest march and the March rally in the capital.", "2025-07-13",
			[]wantMention{{"in May", "2025-05-01", "month"}},
		},
		{
			"Tuesday's meeting followed talks in February of last year and a visit last November.", "2024-04-26",
			[]wantMention{{"Tuesday", "2024-04-23", "day"}, {"in February of last year", "2023-02-01", "month"}, {"last November", "2023-11-01", "month"}},
		},
		{
			"The envoy arrived in the city on the 24th and met officials there.", "2024-04-26",
			[]wantMention{{"on the 24th", "2024-04-24", "day"}},
		},
		{
			"He was designated a terrorist in 2020, the ministry said today.", "2023-09-19",
			[]wantMention{{"in 2020", "2020-01-01", "year"}, {"today", "2023-09-19", "day"}},
		},
		{
			"The treaty was sealed 56 years to the day after the first one.", "2019-01-22",
			[]wantMention{{"56 years to the day", "1963-01-22", "day"}},
		},
		{
			"Updated: 26-02-2022 05:02 IST", "2022-02-26",
			[]wantMention{{"26-02-2022", "2022-02-26", "day"}},
		},
		{
			"Energy was on the agenda at Saturday's session, which ran into Saturday night.", "2023-05-20",
			[]wantMention{{"Saturday", "2023-05-20", "day"}, {"Saturday night", "2023-05-20", "day"}},
		},
		{
			"The talks, first held in May, continued earlier this month and will resume next week.", "2025-07-13",
			[]wantMention{{"in May", "2025-05-01", "month"}, {"earlier this month", "2025-07-01", "month"}, {"next week", "2025-07-01", "month"}},
		},
		{
			"Leaders met on Tuesday in Geneva, as they had on 16 June 2021.", "",
			[]wantMention{{"on Tuesday", "", ""}, {"on 16 June 2021", "2021-06-16", "day"}},
		},
		{
			"No dates here: 3.5 percent, G7, the 1980s, 100-year pact, No. 10 and 2000 troops.", "2025-11-19",
			nil,
		},
		{
			"Output grew between 2019 and 2021, and talks ran in March and April.", "2025-11-19",
			[]wantMention{{"2019", "2019-01-01", "year"}, {"2021", "2021-01-01", "year"}, {"in March", "2025-03-01", "month"}, {"April", "2025-04-01", "month"}},
		},
		{
			"Marchers recalled Bloody Sunday and the Good Friday agreement on Sunday.", "2025-11-19",
			[]wantMention{{"on Sunday", "2025-11-16", "day"}},
		},
		{
			"Visa-free travel for a year starting December 1.", "2023-11-24",
			[]wantMention{{"December 1", "2023-12-01", "day"}},
		},
		// a month and day that open their clause take the tense of the
		// verb after them: past, the one before publication, though a later
		// one is nearer; future, the next
		{
			"On April 2, the two ministers held talks in Lima.", "2025-11-05",
			[]wantMention{{"On April 2", "2025-04-02", "day"}},
		},
		{
			"The visit was his second this year: on April 2 he signed a pact in Lima.", "2025-11-05",
			[]wantMention{{"this year", "2025-01-01", "year"}, {"on April 2", "2025-04-02", "day"}},
		},
		{
			"On April 2, the two ministers will meet in Lima.", "2025-11-05",
			[]wantMention{{"On April 2", "2026-04-02", "day"}},
		},
	}
	for _, tt := range tests {
		got := Find(tt.sentence, tt.published)
		checkMentions(t, tt.sentence, got)
		var g []wantMention
		for _, m := range got {
			g = append(g, wantMention{m.Text, m.Date.Value, m.Date.Precision})
		}
		if fmt.Sprint(g) != fmt.Sprint(tt.want) {
			t.Errorf("Find(%q, %q)\n got  %v\n want %v", tt.sentence, tt.published, g, tt.want)
		}
	}
}

// checkMentions verifies that mentions are in order, do not overlap, lie
// within the sentence and carry well-formed dates.
func checkMentions(t testing.TB, s string, ms []Mention) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(s) {
			t.Fatalf("bad offsets [%d:%d] (previous end %d, len %d) in %q", m.Start, m.End, prev, len(s), s)
		}
		if s[m.Start:m.End] != m.Text {
			t.Fatalf("Text %q != sentence[%d:%d] %q", m.Text, m.Start, m.End, s[m.Start:m.End])
		}
		prev = m.End
		d := m.Date
		switch d.Precision {
		case "":
			if d.Value != "" {
				t.Fatalf("value %q without precision", d.Value)
			}
			continue
		case article.Day, article.Month, article.Year:
		default:
			t.Fatalf("bad precision %q", d.Precision)
		}
		v, err := time.Parse("2006-01-02", d.Value)
		if err != nil {
			t.Fatalf("bad value %q: %v", d.Value, err)
		}
		if d.Precision != article.Day && v.Day() != 1 || d.Precision == article.Year && v.Month() != 1 {
			t.Fatalf("value %q is not the start of its %s", d.Value, d.Precision)
		}
	}
}

// TestDevCorpus checks the gold date of every dated relation of the dev
// corpus against the dates found in its evidence sentence. A gold date is
// explained when it is one of the day-precision dates found, when it is the
// publication date (statements reported in the present tense), or when the
// sentence names no day (the date comes from the context, which is not this
// stage's job). A sentence that names a day and yet misses a gold date
// other than the publication date is an error.
func TestDevCorpus(t *testing.T) {
	arts := readDev(t)
	var found, byDefault, byContext int
	for _, a := range arts {
		for _, r := range a.Relations {
			if r.Date == nil {
				continue
			}
			ms := Find(r.Evidence, a.Published)
			days, hit := 0, false
			for _, m := range ms {
				if m.Date.Precision == article.Day {
					days++
					hit = hit || m.Date.Value == *r.Date
				}
			}
			switch {
			case hit:
				found++
			case *r.Date == a.Published:
				byDefault++
			case days == 0:
				byContext++
			default:
				t.Errorf("%s: gold %s not among %v in %q", a.ID, *r.Date, ms, r.Evidence)
			}
		}
	}
	t.Logf("dated relations: %d dates found in the evidence, %d are the publication date, %d come from the context", found, byDefault, byContext)
}

// readDev reads the shared gold corpus, or skips when it is not beside the repository.
func readDev(t testing.TB) []annotation.Document {
	docs, err := annotation.ReadFile("../../../shared/corpus/dev.jsonl")
	if err != nil {
		t.Skipf("dev corpus not available: %v", err)
	}
	return docs
}

// TestKeywordsInterned guards the allocation-free lower-casing: every
// lower-case word literal in dates.go must be known to the look-up table,
// or a capitalised form of it would never match.
func TestKeywordsInterned(t *testing.T) {
	src, err := os.ReadFile("dates.go")
	if err != nil {
		t.Fatal(err)
	}
	code := regexp.MustCompile(`(?m)^\s*//.*$`).ReplaceAll(src, nil)
	code = regexp.MustCompile(`(?s)import \(.*?\)`).ReplaceAll(code, nil)
	for _, m := range regexp.MustCompile(`"([a-z]+)"`).FindAllSubmatch(code, -1) {
		if _, ok := interned[string(m[1])]; !ok {
			t.Errorf("%q is compared in dates.go but not in the tables or keywords", m[1])
		}
	}
	for _, w := range []string{"On", "TUESDAY", "Last", "The", "Yesterday"} {
		f := finder{text: w, toks: tokenize(w, nil)}
		if got := f.lower(0); got != strings.ToLower(w) {
			t.Errorf("lower(%q) = %q", w, got)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"on Wednesday 16 June 2021", "5% on June 10", "on 19 and 20 November 1985",
		"Over the weekend, talks", "2025-11-18", "26-02-2022", "the 24th", "May 9",
		"mid-2019", "2019-20", "in February of last year", "Sept. 12", "", "\xff\xfe",
		"56 years to the day", "They’ll meet on Monday", "1st 2nd 3rd 31st 99th",
	} {
		f.Add(s, "2025-11-19")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, s, pub string) {
		checkMentions(t, s, Find(s, pub))
		d, ok := Resolve(s, pub)
		if ok != (d.Value != "") {
			t.Fatalf("Resolve(%q, %q) = %v, %v", s, pub, d, ok)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	s := "Foreign ministers from both countries met in the capital on Tuesday, " +
		"a week after trade talks broke down, and agreed that tariffs of 25% " +
		"would be suspended from March 3, 2025 while 10,000 border guards are deployed."
	b.ReportAllocs()
	for b.Loop() {
		Find(s, "2025-02-05")
	}
}

func BenchmarkResolve(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Resolve("on Wednesday 16 June 2021", "2021-06-16")
	}
}
