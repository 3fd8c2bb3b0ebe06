// Package metrics holds briefbot's Prometheus collectors, so that the feed
// watcher, the scheduler and the chat adapters count into one registry that
// the daemon serves on /metrics.
package metrics

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Registry is the registry every briefbot collector is registered on.
var Registry = prometheus.NewRegistry()

var (
	// FeedPolls counts feed polls by result: "ok", "not_modified" or "error".
	FeedPolls = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "briefbot_feed_polls_total",
		Help: "Feed polls by result (ok, not_modified, error).",
	}, []string{"result"})
	// ArticlesStored counts new articles stored.
	ArticlesStored = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "briefbot_articles_stored_total",
		Help: "New articles stored.",
	})
	// EventsStored counts coded events stored, by event type.
	EventsStored = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "briefbot_events_stored_total",
		Help: "Coded events stored, by type.",
	}, []string{"type"})
	// BriefingsPosted counts outbox attempts and outcomes by platform and
	// result: "sent", "failed" (an attempt to retry), "rate_limited",
	// "abandoned" or "uncertain" (given up on).
	BriefingsPosted = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "briefbot_briefings_posted_total",
		Help: "Briefing messages by platform and result (sent, failed, rate_limited, abandoned, uncertain).",
	}, []string{"platform", "result"})
	// BuildInfo is 1, labelled with what the binary is, so dashboards can
	// tell which version is running.
	BuildInfo = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "briefbot_build_info",
		Help: "Always 1; the labels say which build is running.",
	}, []string{"version", "commit", "go_version"})
	// OutboxMessages counts the outbox's messages by status.
	OutboxMessages = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "briefbot_outbox_messages",
		Help: "Outbox messages by status (pending, in_flight, sent, abandoned, uncertain).",
	}, []string{"status"})
	// OutboxOldestUnsent is the age of the oldest message not sent yet.
	OutboxOldestUnsent = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "briefbot_outbox_oldest_unsent_seconds",
		Help: "Age of the oldest pending or in-flight outbox message, 0 when there is none.",
	})
	// FeedLastSuccess is when each feed last polled well.
	FeedLastSuccess = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "briefbot_feed_last_success_timestamp_seconds",
		Help: "Unix time of each feed's last good poll, 0 when it never had one.",
	}, []string{"feed"})
	// FeedConsecutiveErrors is each feed's failed polls in a row.
	FeedConsecutiveErrors = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "briefbot_feed_consecutive_errors",
		Help: "Failed polls in a row of each feed.",
	}, []string{"feed"})
	// FeedState is 1 for each feed's state and 0 for the others.
	FeedState = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "briefbot_feed_state",
		Help: "1 for each feed's state: ok, failing, or down (failing longer than health.feed_failing_after).",
	}, []string{"feed", "state"})
	// CommandLatency observes how long chat and CLI commands take, by command.
	CommandLatency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "briefbot_command_duration_seconds",
		Help:    "Time to answer a command, by command name.",
		Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
	}, []string{"command"})
)

// The optional LLM coder's collectors.
var (
	// LLMRequests counts requests to the model by outcome: "ok", "invalid"
	// (an answer that failed validation), "rate_limited" (429), "error"
	// (another status or a transport error) or "timeout".
	LLMRequests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "briefbot_llm_requests_total",
		Help: "Requests to the language model by outcome (ok, invalid, rate_limited, error, timeout).",
	}, []string{"outcome"})
	// LLMTokens counts the tokens the model read ("in") and wrote ("out").
	LLMTokens = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "briefbot_llm_tokens_total",
		Help: "Tokens the language model read (in) and wrote (out).",
	}, []string{"direction"})
	// LLMLatency observes how long the model takes to answer a request.
	LLMLatency = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "briefbot_llm_request_duration_seconds",
		Help:    "Time the language model takes to answer one request.",
		Buckets: []float64{.25, .5, 1, 2.5, 5, 10, 20, 40, 80, 160},
	})
	// LLMCacheHits counts requests not sent because the answer was stored.
	LLMCacheHits = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "briefbot_llm_cache_hits_total",
		Help: "Requests answered from the stored answers instead of the model.",
	})
	// LLMFallbacks counts articles the built-in coder coded instead of the
	// model, by reason: "budget", "rate_limited", "invalid", "error",
	// "timeout" or "canceled".
	LLMFallbacks = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "briefbot_llm_fallbacks_total",
		Help: "Articles coded by the built-in coder instead of the model, by reason.",
	}, []string{"reason"})
	// LLMInvalidOutputs counts answers that failed parsing or validation.
	LLMInvalidOutputs = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "briefbot_llm_invalid_outputs_total",
		Help: "Answers of the language model that could not be parsed or failed validation.",
	})
	// LLMUnknownActors counts events dropped for naming an actor the
	// gazetteer does not know.
	LLMUnknownActors = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "briefbot_llm_unknown_actors_total",
		Help: "Events of the language model dropped for naming an actor the gazetteer does not know.",
	})
	// LLMTokensToday is the tokens spent today (UTC), against the budget.
	LLMTokensToday = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "briefbot_llm_tokens_today",
		Help: "Tokens spent on the language model today (UTC), counted against coder.llm.max_daily_tokens.",
	})
)

func init() {
	Registry.MustRegister(FeedPolls, ArticlesStored, EventsStored, BriefingsPosted, BuildInfo, CommandLatency,
		OutboxMessages, OutboxOldestUnsent, FeedLastSuccess, FeedConsecutiveErrors, FeedState,
		LLMRequests, LLMTokens, LLMLatency, LLMCacheHits, LLMFallbacks, LLMInvalidOutputs, LLMUnknownActors, LLMTokensToday,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
}

// SetBuildInfo records the running build in BuildInfo.
func SetBuildInfo(version, commit, goVersion string) {
	BuildInfo.Reset()
	BuildInfo.WithLabelValues(version, commit, goVersion).Set(1)
}

// Handler serves the registry in the Prometheus text format.
func Handler() http.Handler {
	return promhttp.HandlerFor(Registry, promhttp.HandlerOpts{})
}
