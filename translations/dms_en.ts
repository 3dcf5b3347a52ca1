<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Dms::AlertCenter</name>
    <message numerus="yes">
        <source>%n new request(s) waiting for you</source>
        <translation type="vanished">
            <numerusform>%n new request waiting for you</numerusform>
            <numerusform>%n new requests waiting for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) for you</source>
        <translation>
            <numerusform>%n update for you</numerusform>
            <numerusform>%n updates for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back after %n minute(s) offline; every table was fetched again.</source>
        <translation>
            <numerusform>Back after %n minute offline; every table was fetched again.</numerusform>
            <numerusform>Back after %n minutes offline; every table was fetched again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for you</source>
        <translation>
            <numerusform>%n request waiting for you</numerusform>
            <numerusform>%n requests waiting for you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::AuditPanel</name>
    <message numerus="yes">
        <source>Saved %n audit entries to %1.</source>
        <translation type="vanished">
            <numerusform>Saved %n audit entry to %1.</numerusform>
            <numerusform>Saved %n audit entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::DashboardPanel</name>
    <message numerus="yes">
        <source>%1 — %2 (%3). Live from the tables; click a figure to see its rows. Overdue: open and untouched for more than %n day(s).</source>
        <translation>
            <numerusform>%1 — %2 (%3). Live from the tables; click a figure to see its rows. Overdue: open and untouched for more than %n day.</numerusform>
            <numerusform>%1 — %2 (%3). Live from the tables; click a figure to see its rows. Overdue: open and untouched for more than %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s); click to show them</source>
        <translation>
            <numerusform>%1: %n row; click to show them</numerusform>
            <numerusform>%1: %n rows; click to show them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Crates by status (%n crate(s))</source>
        <translation>
            <numerusform>Crates by status (%n crate)</numerusform>
            <numerusform>Crates by status (%n crates)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n change(s) by %1 user(s)</source>
        <translation>
            <numerusform>Today: %n change by %1 user</numerusform>
            <numerusform>Today: %n changes by %1 users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::FrameLogModel</name>
    <message numerus="yes">
        <source>%n refetched</source>
        <translation>
            <numerusform>%n refetched</numerusform>
            <numerusform>%n refetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coalesced</source>
        <translation>
            <numerusform>%n coalesced</numerusform>
            <numerusform>%n coalesced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked stale</source>
        <translation>
            <numerusform>%n marked stale</numerusform>
            <numerusform>%n marked stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) patched</source>
        <translation>
            <numerusform>%n row patched</numerusform>
            <numerusform>%n rows patched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refetched alone</source>
        <translation>
            <numerusform>%n row refetched alone</numerusform>
            <numerusform>%n rows refetched alone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of its %n line(s) is a saved frame</source>
        <translation>
            <numerusform>none of its %n line is a saved frame</numerusform>
            <numerusform>none of its %n lines is a saved frame</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::FramesPanel</name>
    <message numerus="yes">
        <source>Paused: %n frame(s) waiting</source>
        <translation>
            <numerusform>Paused: %n frame waiting</numerusform>
            <numerusform>Paused: %n frames waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n frame(s) kept; %2 seen</source>
        <translation>
            <numerusform>%1 of %n frame kept; %2 seen</numerusform>
            <numerusform>%1 of %n frames kept; %2 seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) saved to %1</source>
        <translation>
            <numerusform>%n frame saved to %1</numerusform>
            <numerusform>%n frames saved to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %1: %n frame(s).</source>
        <translation>
            <numerusform>Reading %1: %n frame.</numerusform>
            <numerusform>Reading %1: %n frames.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped (not a saved frame).</source>
        <translation>
            <numerusform>%n line skipped (not a saved frame).</numerusform>
            <numerusform>%n lines skipped (not a saved frame).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n saved frame(s) shown</source>
        <translation>
            <numerusform>%1 of %n saved frame shown</numerusform>
            <numerusform>%1 of %n saved frames shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::HealthHistoryChart</name>
    <message numerus="yes">
        <source>Reconnects since %1 (%n in all)</source>
        <translation>
            <numerusform>Reconnects since %1 (%n in all)</numerusform>
            <numerusform>Reconnects since %1 (%n in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::HealthPanel</name>
    <message numerus="yes">
        <source>%n live socket(s); %1. Updated %2.</source>
        <translation>
            <numerusform>%n live socket; %1. Updated %2.</numerusform>
            <numerusform>%n live sockets; %1. Updated %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2: %n row(s) (%3)</source>
        <translation>
            <numerusform>%1  %2: %n row (%3)</numerusform>
            <numerusform>%1  %2: %n rows (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unknown expiry; %n refresh(es) so far</source>
        <translation>
            <numerusform>unknown expiry; %n refresh so far</numerusform>
            <numerusform>unknown expiry; %n refreshes so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %1 (at %2); %n refresh(es) so far</source>
        <translation>
            <numerusform>expires in %1 (at %2); %n refresh so far</numerusform>
            <numerusform>expires in %1 (at %2); %n refreshes so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ms (last heartbeat), %n sample(s) in 10 min</source>
        <translation>
            <numerusform>%1 ms (last heartbeat), %n sample in 10 min</numerusform>
            <numerusform>%1 ms (last heartbeat), %n samples in 10 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gap detection unavailable: %1; %n resync(s)</source>
        <translation>
            <numerusform>gap detection unavailable: %1; %n resync</numerusform>
            <numerusform>gap detection unavailable: %1; %n resyncs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::LiveTablePanel</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) shown</source>
        <translation>
            <numerusform>%1 of %n row shown</numerusform>
            <numerusform>%1 of %n rows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::MainWindow</name>
    <message numerus="yes">
        <source>Refreshing %n table(s)…</source>
        <translation>
            <numerusform>Refreshing %n table…</numerusform>
            <numerusform>Refreshing %n tables…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::ReportDiff</name>
    <message numerus="yes">
        <source>Result: OK, no metric regressed past its limit (%n improved)
</source>
        <translation>
            <numerusform>Result: OK, no metric regressed past its limit (%n improved)
</numerusform>
            <numerusform>Result: OK, no metric regressed past its limit (%n improved)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Result: REGRESSED, %n metric(s) past the limit: %1
</source>
        <translation>
            <numerusform>Result: REGRESSED, %n metric past the limit: %1
</numerusform>
            <numerusform>Result: REGRESSED, %n metrics past the limit: %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::RestQueryFetcher</name>
    <message numerus="yes">
        <source>%1 has more than %n page(s).</source>
        <translation>
            <numerusform>%1 has more than %n page.</numerusform>
            <numerusform>%1 has more than %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has more than %n row(s); nothing of it was applied.</source>
        <translation>
            <numerusform>%1 has more than %n row; nothing of it was applied.</numerusform>
            <numerusform>%1 has more than %n rows; nothing of it was applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::SimulationPanel</name>
    <message numerus="yes">
        <source>Running: %n threshold(s) failing so far</source>
        <translation>
            <numerusform>Running: %n threshold failing so far</numerusform>
            <numerusform>Running: %n thresholds failing so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) saved to %1</source>
        <translation>
            <numerusform>%n receipt saved to %1</numerusform>
            <numerusform>%n receipts saved to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with the baseline %1: no metric regressed past its limit (%n improved).</source>
        <translation>
            <numerusform>Compared with the baseline %1: no metric regressed past its limit (%n improved).</numerusform>
            <numerusform>Compared with the baseline %1: no metric regressed past its limit (%n improved).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with the baseline %1: %n metric(s) regressed past the limit: %2.</source>
        <translation>
            <numerusform>Compared with the baseline %1: %n metric regressed past the limit: %2.</numerusform>
            <numerusform>Compared with the baseline %1: %n metrics regressed past the limit: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user row(s) saved to %1</source>
        <translation>
            <numerusform>%n user row saved to %1</numerusform>
            <numerusform>%n user rows saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::StoragePanel</name>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n location</numerusform>
            <numerusform>%n locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crate(s) placed</source>
        <translation>
            <numerusform>%n crate placed</numerusform>
            <numerusform>%n crates placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crate(s)</source>
        <translation>
            <numerusform>%n crate</numerusform>
            <numerusform>%n crates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::VirtualUser</name>
    <message numerus="yes">
        <source>%n failure(s) (the last: %1)</source>
        <translation>
            <numerusform>%n failure (the last: %1)</numerusform>
            <numerusform>%n failures (the last: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row fetch(es) pending</source>
        <translation>
            <numerusform>%n row fetch pending</numerusform>
            <numerusform>%n row fetches pending</numerusform>
        </translation>
    </message>
</context>
</TS>
