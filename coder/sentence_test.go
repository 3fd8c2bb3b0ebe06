package coder

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot"
)

func TestCodeSurvivesOddText(t *testing.T) {
	for _, text := range []string{"", ".", "...!?", "“”‘’()", "\n\n\n", "Iran's", "'s 's", "U.S.", "- - -", "Iran-", "-Iran", "\xff\xfe Iran struck Iraq \xff", strings.Repeat("Iran accused Iraq of ", 300)} {
		testCoder().Code(briefbot.Article{Title: text, Text: text})
	}
}
