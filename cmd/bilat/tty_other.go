//go:build !unix

package main

import "os"

// ttyColumns cannot ask the terminal here: 0, the caller's default.
func ttyColumns(*os.File) int { return 0 }
