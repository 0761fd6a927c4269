package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkAskProcess measures `bilat ask` as a user meets it: a process of
// the built binary that starts, opens the examples' Kuzu store read-only,
// answers one question and prints it. ns/op is the wall time of one run;
// cpu-ms/op its user and system CPU time, which a busy machine disturbs
// less. Building the binary and the store is not timed.
func BenchmarkAskProcess(b *testing.B) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		b.Skip("no go tool to build bilat with")
	}
	dir := b.TempDir()
	bin := filepath.Join(dir, "bilat")
	build := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	store := filepath.Join(dir, "bench.kuzu")
	if out, err := exec.Command(bin, "--store", store, "ingest", filepath.Join("..", "..", "examples")).CombinedOutput(); err != nil {
		b.Fatalf("ingest: %v\n%s", err, out)
	}
	args := []string{"--store", store, "ask", "pledges", "--from", "China", "--to", "Russia", "--year", "2025"}
	var cpu time.Duration
	for b.Loop() {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "COLUMNS=120")
		out, err := cmd.Output()
		if err != nil {
			b.Fatalf("bilat ask: %v", err)
		}
		if !strings.Contains(string(out), "rows)") {
			b.Fatalf("bilat ask printed no table:\n%s", out)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	b.ReportMetric(float64(cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
