package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// RouteDiscordgoLogs sends discordgo's own log lines through log, so they
// share the daemon's format and level instead of going to the standard
// logger. discordgo has one logger for the whole process: the daemon calls
// this once.
func RouteDiscordgoLogs(log *slog.Logger) {
	discordgo.Logger = func(level, _ int, format string, args ...any) {
		log.Log(context.Background(), discordgoLevel(level), strings.TrimSpace(fmt.Sprintf(format, args...)), "lib", "discordgo")
	}
}

// discordgoLevel maps discordgo's levels to slog's. Its informational lines
// ("called", "connecting to gateway") are a trace, so they are debug.
func discordgoLevel(level int) slog.Level {
	switch level {
	case discordgo.LogError:
		return slog.LevelError
	case discordgo.LogWarning:
		return slog.LevelWarn
	}
	return slog.LevelDebug
}

// slackLog is the logger slack-go and its Socket Mode client write to. They
// log only when debugging is on, and then a trace, so every line is debug.
type slackLog struct{ log *slog.Logger }

func (l slackLog) Output(_ int, s string) error {
	l.log.Debug(strings.TrimSpace(s), "lib", "slack-go")
	return nil
}
