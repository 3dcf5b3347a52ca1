// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "live/liveevent.h"
#include "live/livesession.h"
#include "sync/invalidationtrace.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>

namespace Dms {

// The frames inspector's log: every frame in and out (time, direction, socket, type,
// size, the frame's text) and, for each event, its invalidation trace (which query keys it
// touched and whether each refetched, coalesced or was only marked stale). Text is passed
// through redactSecrets before it is stored, so no token is ever shown or copied.
// Keeps the newest `capacity` frames; while paused, new frames wait (heldCount) and are
// appended on resume.
class FrameLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, DirectionColumn, SocketColumn, TypeColumn, EntityColumn, SizeColumn,
                  InvalidationColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        InboundRole = Qt::UserRole + 1,  // bool
        FrameTextRole,                   // QString: the frame, pretty-printed when JSON
        TraceTextRole,                   // QString: one line per touched key
        EntryJsonRole,                   // QJsonObject: the whole entry (copy as JSON)
        TypeRole,                        // QString: wire type
        EntityRole,                      // QString: the event's entity (empty for non-events)
        AtRole,                          // qint64 wall ms
    };
    Q_ENUM(Role)

    explicit FrameLogModel(QObject *parent = nullptr);

    void setCapacity(int frames);  // default 5000
    int capacity() const { return m_capacity; }
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    int heldCount() const { return int(m_held.size()); }
    qint64 totalFrames() const { return m_total; }
    void clear();

    // The inspector's feed: connect LiveSession::frameReceived/frameSent and
    // ConsoleSession::eventApplied here.
    void addFrame(const Dms::FrameRecord &frame);
    void addEvent(const Dms::LiveEvent &event, const Dms::InvalidationTrace &trace);

    QJsonObject entryJson(int row) const;
    QJsonArray entriesJson(const QList<int> &rows) const;

    // A saved log: one entry per line (entryJson, compact), secrets replaced by ***.
    QByteArray jsonLines(const QList<int> &rows) const;
    // Replaces the log with a saved one (for reading). Lines that are not entries are
    // skipped and counted; returns false with a reason when nothing could be read.
    bool loadJsonLines(const QByteArray &data, QString *error, int *skipped = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString traceSummary(const InvalidationTrace &trace);

Q_SIGNALS:
    void heldCountChanged(int count);

private:
    struct Entry
    {
        qint64 atMs = 0;
        bool inbound = true;
        QString socket;
        QString type;
        int sizeBytes = 0;
        QString text;  // redacted
        QString entity;
        EntityId entityId;
        qint64 seq = -1;
        bool hasTrace = false;
        InvalidationTrace trace;
    };

    void append(const QList<Entry> &entries);
    static QJsonObject toJson(const Entry &entry);
    static bool fromJson(const QJsonObject &object, Entry *entry);

    QList<Entry> m_rows;
    QList<Entry> m_held;
    int m_capacity = 5000;
    bool m_paused = false;
    qint64 m_total = 0;
};

}  // namespace Dms
