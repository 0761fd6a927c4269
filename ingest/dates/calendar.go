package dates

import (
	"time"

	"github.com/bilatgraph/bilat/ingest/article"
)

// ymd is a proleptic Gregorian calendar date. Month and day may be out of
// range in intermediate results; norm brings them back.
type ymd struct{ y, m, d int }

func (a ymd) t() time.Time { return time.Date(a.y, time.Month(a.m), a.d, 0, 0, 0, 0, time.UTC) }

func fromTime(t time.Time) ymd { return ymd{t.Year(), int(t.Month()), t.Day()} }

// valid reports whether a names a real day.
func (a ymd) valid() bool {
	return a.m >= 1 && a.m <= 12 && a.d >= 1 && a.d <= daysIn(a.y, a.m)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// addDays adds n days.
func (a ymd) addDays(n int) ymd { return fromTime(a.t().AddDate(0, 0, n)) }

// addMonths moves to the first day of the month n months away.
func (a ymd) addMonths(n int) ymd {
	m := a.y*12 + a.m - 1 + n
	return ymd{floorDiv(m, 12), m - floorDiv(m, 12)*12 + 1, 1}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// weekday is 0 for Monday through 6 for Sunday.
func (a ymd) weekday() int { return (int(a.t().Weekday()) + 6) % 7 }

// days is a day count for comparing dates.
func (a ymd) days() int { return int(a.t().Unix() / 86400) }

// Dates with a precision.
func day(a ymd) article.Date {
	return article.Date{Value: format(a.y, a.m, a.d), Precision: article.Day}
}
func month(a ymd) article.Date {
	return article.Date{Value: format(a.y, a.m, 1), Precision: article.Month}
}
func year(y int) article.Date { return article.Date{Value: format(y, 1, 1), Precision: article.Year} }

// format writes YYYY-MM-DD without fmt.
func format(y, m, d int) string {
	if y < 0 || y > 9999 {
		return ""
	}
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-',
		byte('0' + d/10), byte('0' + d%10),
	}
	return string(b[:])
}

// parsePublished reads a YYYY-MM-DD date (a longer timestamp is cut to its
// date). ok is false for anything else.
func parsePublished(p string) (ymd, bool) {
	if len(p) < 10 || len(p) > 10 && p[10] != 'T' && p[10] != ' ' {
		return ymd{}, false
	}
	var f [3]int
	for k, r := range [3][2]int{{0, 4}, {5, 7}, {8, 10}} {
		for i := r[0]; i < r[1]; i++ {
			if !isDigit(p[i]) {
				return ymd{}, false
			}
			f[k] = f[k]*10 + int(p[i]-'0')
		}
	}
	if p[4] != '-' || p[7] != '-' {
		return ymd{}, false
	}
	a := ymd{f[0], f[1], f[2]}
	return a, a.valid() && a.y >= 1000
}
