-- Each scheduled channel's last slot run, so that a slot missed while the
-- daemon was down is caught up at start-up, and the epoch that anchors an
-- @every schedule, so that it keeps its phase across restarts.
CREATE TABLE channel_schedules (
    platform  TEXT NOT NULL,
    channel   TEXT NOT NULL,
    epoch     INTEGER NOT NULL,
    last_slot INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (platform, channel)
) WITHOUT ROWID;
