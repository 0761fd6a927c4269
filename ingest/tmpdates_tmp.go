package ingest

import (
	"regexp"
	"strings"
	"time"

	"github.com/bilatgraph/bilat/ingest/article"
)

type tmpDate struct {
	Start, End int
	Date       article.Date
}

var tmpWeekday = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)

func findDates(s, published string) []tmpDate {
	pub, err := time.Parse("2006-01-02", published)
	if err != nil {
		return nil
	}
	var out []tmpDate
	for _, m := range tmpWeekday.FindAllStringIndex(s, -1) {
		w := s[m[0]:m[1]]
		var wd time.Weekday
		for i := 0; i < 7; i++ {
			if strings.EqualFold(time.Weekday(i).String(), w) {
				wd = time.Weekday(i)
			}
		}
		d := pub
		for d.Weekday() != wd {
			d = d.AddDate(0, 0, -1)
		}
		out = append(out, tmpDate{m[0], m[1], article.Date{Value: d.Format("2006-01-02"), Precision: article.Day}})
	}
	return out
}
