package relations

import (
	"strings"
	"time"

	"github.com/bilatgraph/bilat/ingest/article"
)

// followWindow is how far after its trigger, in bytes, a date is taken to
// belong to it before dates earlier in the sentence are considered.
const followWindow = 80

// dateFor picks the date of a relation: a date stated in the sentence (the
// one nearest the trigger; after `after` when it is set, for "an event, which
// took place on Tuesday"), else the story's running date, else the
// publication date.
func (d *doc) dateFor(s article.Sentence, m match, after int) (date article.Date, explicit bool) {
	// The date that follows the trigger closely is the event's own ("held
	// talks with X on Wednesday"); otherwise the nearest one before it.
	best := -1
	bestDist := 0
	for i, ds := range d.in.Dates {
		if ds.Sentence != s.Index || (after > 0 && ds.Start < after) || d.validityDate(ds) {
			continue
		}
		dist := ds.Start - m.end
		if dist < 0 {
			dist = m.start - ds.End + followWindow
			if dist < followWindow {
				dist = followWindow
			}
		} else if dist > followWindow {
			dist += followWindow
		}
		if best < 0 || dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 {
		date := d.in.Dates[best].Date
		// "this year", "in May": a coarser date that holds the story's day
		// is better told by that day.
		if date.Precision != article.Day && d.running.Value != "" && holds(date, d.running) {
			return d.running, false
		}
		return date, true
	}
	if after > 0 {
		return d.dateFor(s, m, 0)
	}
	if d.running.Value != "" {
		return d.running, false
	}
	if d.in.Article.Published != "" {
		return article.Date{Value: d.in.Article.Published, Precision: article.Day}, false
	}
	return article.Date{}, false
}

// advanceDate moves the story's running date to the last day-precise date of
// the sentence that is no more than a week before publication: older dates
// are background ("in 1985"), not the story's day.
func (d *doc) advanceDate(s article.Sentence) {
	pub := d.in.Article.Published
	for _, ds := range d.in.Dates {
		if ds.Sentence != s.Index || ds.Date.Precision != article.Day {
			continue
		}
		if pub == "" || (ds.Date.Value <= pub && ds.Date.Value >= weekBefore(pub)) {
			d.running = ds.Date
		}
	}
}

// weekBefore returns the date seven days before a YYYY-MM-DD date.
func weekBefore(date string) string {
	t, err := parseDay(date)
	if err != nil {
		return date
	}
	return t.AddDate(0, 0, -7).Format("2006-01-02")
}

func parseDay(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }

// validityDate reports whether a date says when something starts or ends to
// apply ("starting December 1", "until June"), not when the event happened.
func (d *doc) validityDate(ds DateSpan) bool {
	before := strings.Fields(strings.ToLower(d.in.Article.Text[max(0, ds.Start-40):ds.Start]))
	if len(before) == 0 {
		return false
	}
	switch before[len(before)-1] {
	case "starting", "from", "effective", "until", "till", "through", "by", "since", "before":
		return true
	}
	// "for the first time since the invasion in February"
	for i := len(before) - 1; i >= 0 && i >= len(before)-4; i-- {
		if before[i] == "since" {
			return true
		}
	}
	switch before[len(before)-1] {
	case "on":
		if len(before) > 1 {
			switch before[len(before)-2] {
			case "starting", "effective", "expire", "expires", "ends", "end":
				return true
			}
		}
	}
	return false
}

// holds reports whether a month- or year-precise date holds a day.
func holds(coarse, day article.Date) bool {
	switch coarse.Precision {
	case article.Year:
		return len(coarse.Value) >= 4 && strings.HasPrefix(day.Value, coarse.Value[:4])
	case article.Month:
		return len(coarse.Value) >= 7 && strings.HasPrefix(day.Value, coarse.Value[:7])
	}
	return false
}
