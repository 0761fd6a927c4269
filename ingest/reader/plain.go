package reader

import (
	"strings"
)

// parseText reads one article in the plain form, with a header block, or
// with front matter:
//
//	date 2025-11-19 The text ...
//
//	Title: A headline
//	Date: 2025-11-19
//
//	The text ...
//
//	---
//	title: "A headline"
//	date: 2025-11-19
//	---
//	The text ...
//
// After a header block or front matter without a date, the body may still
// start with "date YYYY-MM-DD".
func parseText(s string) record {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var r record
	if fields, body, ok := frontMatter(s); ok {
		r = fromFields(fields)
		s = body
	} else if fields, body, ok := headerBlock(s); ok {
		r = fromFields(fields)
		s = body
	}
	if r.date == "" {
		if d := plainDate(s); d != "" {
			r.date = d
			s = strings.TrimLeft(s, " \t\n\f\v")[len("date ")+len(d):]
		}
	}
	r.text = s
	return r
}

// plainDate returns the date of the plain form: after optional white space,
// "date " (in any case), ten characters shaped like YYYY-MM-DD, then white
// space or the end. The date is returned as written, to be checked later.
func plainDate(s string) string {
	s = strings.TrimLeft(s, " \t\n\f\v")
	if len(s) < 15 || !strings.EqualFold(s[:5], "date ") {
		return ""
	}
	d := s[5:15]
	for i := range len(d) {
		c := d[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return ""
			}
		} else if c < '0' || c > '9' {
			return ""
		}
	}
	if len(s) > 15 && !strings.ContainsRune(" \t\n\f\v", rune(s[15])) {
		return ""
	}
	return d
}

// headerKeys are the keys read from header blocks and front matter, lower
// case, with the record field each fills.
var headerKeys = map[string]func(*record, string){
	"title":     func(r *record, v string) { r.title = v },
	"date":      func(r *record, v string) { r.date = v },
	"published": func(r *record, v string) { r.date = v },
	"source":    func(r *record, v string) { r.source = v },
	"url":       func(r *record, v string) { r.url = v },
	"id":        func(r *record, v string) { r.id = v },
}

// fromFields fills a record from key-value pairs in order; later keys win,
// except that Published wins over Date.
func fromFields(fields [][2]string) record {
	var r record
	published := ""
	for _, kv := range fields {
		key := strings.ToLower(kv[0])
		if set, ok := headerKeys[key]; ok {
			set(&r, kv[1])
		}
		if key == "published" {
			published = kv[1]
		}
	}
	if published != "" {
		r.date = published
	}
	return r
}

// keyValue splits a "Key: value" line. The key is letters, digits, '-' and
// '_', starting with a letter.
func keyValue(line string) (key, value string, ok bool) {
	key, value, ok = strings.Cut(line, ":")
	if !ok || key == "" {
		return "", "", false
	}
	for i, c := range key {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '-' || c == '_')) {
			return "", "", false
		}
	}
	return key, strings.TrimSpace(value), true
}

// headerKeyLine reports whether line is "Key: value" with a known key.
func headerKeyLine(line string) bool {
	key, _, ok := keyValue(line)
	_, known := headerKeys[strings.ToLower(key)]
	return ok && known
}

// firstLine is the first line of s after any blank lines.
func firstLine(s string) string {
	s = strings.TrimLeft(s, " \t\r\n\f\v")
	line, _, _ := strings.Cut(s, "\n")
	return strings.TrimRight(line, " \t\r")
}

// headerBlock reads a block of "Key: value" lines ending at a blank line
// (or the end). The first line must have a known key and every line must be
// "Key: value"; otherwise s has no header block.
func headerBlock(s string) (fields [][2]string, body string, ok bool) {
	rest := strings.TrimLeft(s, " \t\n\f\v")
	if !headerKeyLine(firstLine(rest)) {
		return nil, s, false
	}
	for rest != "" {
		line, after, _ := strings.Cut(rest, "\n")
		line = strings.TrimRight(line, " \t")
		if line == "" {
			return fields, after, true
		}
		k, v, isKV := keyValue(line)
		if !isKV {
			return nil, s, false
		}
		fields = append(fields, [2]string{k, v})
		rest = after
	}
	return fields, "", true
}

// frontMatter reads YAML-style front matter: a "---" line, "key: value"
// lines, and a closing "---" or "..." line. Values may be quoted with '"' or
// '\”; lines that are not "key: value" (comments, lists) are ignored.
func frontMatter(s string) (fields [][2]string, body string, ok bool) {
	rest := strings.TrimLeft(s, " \t\n\f\v")
	line, rest, found := strings.Cut(rest, "\n")
	if !found || strings.TrimRight(line, " \t") != "---" {
		return nil, s, false
	}
	for rest != "" {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		t := strings.TrimRight(line, " \t")
		if t == "---" || t == "..." {
			return fields, rest, true
		}
		if k, v, isKV := keyValue(t); isKV {
			fields = append(fields, [2]string{k, unquote(v)})
		}
	}
	return nil, s, false
}

// unquote removes matching YAML quotes and, for double quotes, the escapes
// \" and \\.
func unquote(v string) string {
	if len(v) >= 2 {
		switch {
		case v[0] == '"' && v[len(v)-1] == '"':
			return strings.NewReplacer(`\"`, `"`, `\\`, `\`).Replace(v[1 : len(v)-1])
		case v[0] == '\'' && v[len(v)-1] == '\'':
			return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
		}
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	return v
}
