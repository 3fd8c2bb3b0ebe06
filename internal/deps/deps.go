package main
import (
 _ "github.com/slack-go/slack"
 _ "github.com/slack-go/slack/socketmode"
 _ "github.com/slack-go/slack/slacktest"
 _ "github.com/bwmarrin/discordgo"
 _ "github.com/robfig/cron/v3"
 _ "modernc.org/sqlite"
 _ "github.com/mmcdole/gofeed"
 _ "golang.org/x/net/html"
 _ "go.yaml.in/yaml/v3"
 _ "github.com/petar-dambovaliev/aho-corasick"
 _ "github.com/prometheus/client_golang/prometheus"
 _ "github.com/prometheus/client_golang/prometheus/promhttp"
 _ "github.com/schollz/progressbar/v3"
 _ "golang.org/x/term"
)
func main(){}
