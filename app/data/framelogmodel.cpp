// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "data/framelogmodel.h"

#include "core/redact.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Dms {

FrameLogModel::FrameLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void FrameLogModel::setCapacity(int frames)
{
    m_capacity = qMax(10, frames);
    append({});
}

void FrameLogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused && !m_held.isEmpty()) {
        const QList<Entry> held = std::exchange(m_held, {});
        append(held);
        Q_EMIT heldCountChanged(0);
    }
}

void FrameLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    if (!m_held.isEmpty()) {
        m_held.clear();
        Q_EMIT heldCountChanged(0);
    }
}

void FrameLogModel::addFrame(const FrameRecord &frame)
{
    Entry entry;
    entry.atMs = frame.atMs;
    entry.inbound = frame.inbound;
    entry.socket = frame.socket;
    entry.type = frame.type;
    entry.sizeBytes = frame.sizeBytes;
    entry.text = redactSecrets(QString::fromUtf8(frame.text));
    ++m_total;
    if (m_paused) {
        m_held.append(entry);
        if (m_held.size() > m_capacity)
            m_held.remove(0, m_held.size() - m_capacity);
        Q_EMIT heldCountChanged(int(m_held.size()));
        return;
    }
    append({entry});
}

void FrameLogModel::addEvent(const LiveEvent &event, const InvalidationTrace &trace)
{
    // The event's frame arrived just before (frameReceived precedes eventReceived): find
    // the newest inbound frame of that socket and type that has no event yet.
    auto attach = [&](QList<Entry> &list, bool visible) {
        const qsizetype stop = qMax<qsizetype>(0, list.size() - 32);
        for (qsizetype i = list.size() - 1; i >= stop; --i) {
            Entry &entry = list[i];
            if (!entry.inbound || entry.hasTrace || entry.type != event.wireType
                || (!event.socket.isEmpty() && entry.socket != event.socket))
                continue;
            entry.entity = event.entity;
            entry.entityId = event.id;
            entry.seq = event.seq;
            entry.trace = trace;
            entry.hasTrace = true;
            if (visible)
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            return true;
        }
        return false;
    };
    if (!attach(m_held, false))
        attach(m_rows, true);
}

void FrameLogModel::append(const QList<Entry> &entries)
{
    if (!entries.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(entries.size()) - 1);
        m_rows.append(entries);
        endInsertRows();
    }
    if (m_rows.size() > m_capacity) {
        // Trim a tenth at once so a busy stream does not remove one row per frame.
        const int excess = int(m_rows.size()) - m_capacity + m_capacity / 10;
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        m_rows.remove(0, excess);
        endRemoveRows();
    }
}

int FrameLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FrameLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FrameLogModel::traceSummary(const InvalidationTrace &trace)
{
    QStringList parts;
    const int refetched = trace.count(InvalidationOutcome::Refetched);
    const int coalesced = trace.count(InvalidationOutcome::Coalesced);
    const int stale = trace.count(InvalidationOutcome::MarkedStale);
    const int patched = trace.count(InvalidationOutcome::Patched);
    const int rows = trace.count(InvalidationOutcome::RowRefetched);
    if (patched)
        parts << tr("%n row(s) patched", nullptr, patched);
    if (rows)
        parts << tr("%n row(s) refetched alone", nullptr, rows);
    if (refetched)
        parts << tr("%n refetched", nullptr, refetched);
    if (coalesced)
        parts << tr("%n coalesced", nullptr, coalesced);
    if (stale)
        parts << tr("%n marked stale", nullptr, stale);
    if (parts.isEmpty())
        return tr("no cached query touched");
    return parts.join(QStringLiteral(", "));
}

QVariant FrameLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(entry.atMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case DirectionColumn:
            return entry.inbound ? tr("in") : tr("out");
        case SocketColumn:
            return entry.socket;
        case TypeColumn:
            return entry.type;
        case EntityColumn:
            if (entry.entity.isEmpty())
                return QString();
            return entry.entityId.isValid() ? QStringLiteral("%1 #%2").arg(entry.entity, entry.entityId.toString())
                                      : entry.entity;
        case SizeColumn:
            return entry.sizeBytes;
        case InvalidationColumn:
            return entry.hasTrace ? traceSummary(entry.trace) : QString();
        case ColumnCount:
            break;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == InvalidationColumn && entry.hasTrace)
            return data(index, TraceTextRole);
        return entry.text.left(400);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case InboundRole:
        return entry.inbound;
    case FrameTextRole: {
        const QJsonDocument doc = QJsonDocument::fromJson(entry.text.toUtf8());
        return doc.isNull() ? entry.text : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    }
    case TraceTextRole: {
        if (!entry.hasTrace)
            return QString();
        QStringList lines;
        lines << tr("cause: %1, ref: %2")
                     .arg(InvalidationTrace::causeName(entry.trace.cause), entry.trace.eventRef);
        lines << tr("patterns: %1").arg(entry.trace.patterns.join(QStringLiteral(", ")));
        for (const InvalidationTrace::Entry &key : entry.trace.entries)
            lines << QStringLiteral("  %1 → %2").arg(key.key, InvalidationTrace::outcomeName(key.outcome));
        if (entry.trace.entries.isEmpty())
            lines << tr("  (no cached query matched)");
        return lines.join(QLatin1Char('\n'));
    }
    case EntryJsonRole:
        return toJson(entry);
    case TypeRole:
        return entry.type;
    case EntityRole:
        return entry.entity;
    case AtRole:
        return entry.atMs;
    default:
        return QVariant();
    }
}

QVariant FrameLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case DirectionColumn: return tr("Dir");
    case SocketColumn: return tr("Socket");
    case TypeColumn: return tr("Type");
    case EntityColumn: return tr("Entity");
    case SizeColumn: return tr("Bytes");
    case InvalidationColumn: return tr("Invalidation");
    case ColumnCount: break;
    }
    return QVariant();
}

QJsonObject FrameLogModel::toJson(const Entry &entry)
{
    QJsonObject object{
        {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(entry.atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("direction"), entry.inbound ? QStringLiteral("in") : QStringLiteral("out")},
        {QStringLiteral("socket"), entry.socket},
        {QStringLiteral("type"), entry.type},
        {QStringLiteral("size"), entry.sizeBytes},
    };
    const QJsonDocument doc = QJsonDocument::fromJson(entry.text.toUtf8());
    if (doc.isObject())
        object.insert(QStringLiteral("frame"), doc.object());
    else
        object.insert(QStringLiteral("frame"), entry.text);
    if (!entry.entity.isEmpty()) {
        QJsonObject event{{QStringLiteral("entity"), entry.entity}, {QStringLiteral("id"), entry.entityId.toJson()}};
        if (entry.seq >= 0)
            event.insert(QStringLiteral("seq"), entry.seq);
        object.insert(QStringLiteral("event"), event);
    }
    if (entry.hasTrace)
        object.insert(QStringLiteral("invalidation"), entry.trace.toJson());
    return object;
}

QJsonObject FrameLogModel::entryJson(int row) const
{
    return row >= 0 && row < m_rows.size() ? toJson(m_rows.at(row)) : QJsonObject();
}

QJsonArray FrameLogModel::entriesJson(const QList<int> &rows) const
{
    QJsonArray out;
    for (const int row : rows) {
        if (row >= 0 && row < m_rows.size())
            out.append(toJson(m_rows.at(row)));
    }
    return out;
}

QByteArray FrameLogModel::jsonLines(const QList<int> &rows) const
{
    QByteArray out;
    for (const int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        // Entries are redacted when they arrive; once more, in case a rule was added since.
        QJsonObject entry = toJson(m_rows.at(row));
        entry.insert(QStringLiteral("frame"), redactJsonSecrets(entry.value(QStringLiteral("frame"))));
        const QString line = QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
        out += redactSecrets(line).toUtf8() + '\n';
    }
    return out;
}

bool FrameLogModel::fromJson(const QJsonObject &object, Entry *entry)
{
    const QDateTime at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    const QString direction = object.value(QStringLiteral("direction")).toString();
    if (!at.isValid() || (direction != QLatin1String("in") && direction != QLatin1String("out")))
        return false;
    entry->atMs = at.toMSecsSinceEpoch();
    entry->inbound = direction == QLatin1String("in");
    entry->socket = object.value(QStringLiteral("socket")).toString();
    entry->type = object.value(QStringLiteral("type")).toString();
    entry->sizeBytes = object.value(QStringLiteral("size")).toInt();
    const QJsonValue frame = object.value(QStringLiteral("frame"));
    const QString text = frame.isObject() ? QString::fromUtf8(QJsonDocument(frame.toObject()).toJson(QJsonDocument::Compact))
                                          : frame.toString();
    entry->text = redactSecrets(text);
    const QJsonObject event = object.value(QStringLiteral("event")).toObject();
    if (!event.isEmpty()) {
        entry->entity = event.value(QStringLiteral("entity")).toString();
        entry->entityId = EntityId::fromJsonOrNull(event.value(QStringLiteral("id")));
        entry->seq = event.value(QStringLiteral("seq")).toInteger(-1);
    }
    const QJsonObject trace = object.value(QStringLiteral("invalidation")).toObject();
    if (!trace.isEmpty()) {
        entry->hasTrace = true;
        const QString cause = trace.value(QStringLiteral("cause")).toString();
        for (const InvalidationCause c : {InvalidationCause::Event, InvalidationCause::Reconnect,
                                          InvalidationCause::Gap, InvalidationCause::Manual}) {
            if (InvalidationTrace::causeName(c) == cause)
                entry->trace.cause = c;
        }
        entry->trace.eventRef = trace.value(QStringLiteral("event_ref")).toString();
        entry->trace.atMs = trace.value(QStringLiteral("at_ms")).toInteger();
        for (const QJsonValue &p : trace.value(QStringLiteral("patterns")).toArray())
            entry->trace.patterns << p.toString();
        for (const QJsonValue &k : trace.value(QStringLiteral("keys")).toArray()) {
            const QJsonObject key = k.toObject();
            InvalidationTrace::Entry e;
            e.key = key.value(QStringLiteral("key")).toString();
            const QString outcome = key.value(QStringLiteral("outcome")).toString();
            for (const InvalidationOutcome o : {InvalidationOutcome::Refetched, InvalidationOutcome::Coalesced,
                                                InvalidationOutcome::MarkedStale, InvalidationOutcome::Patched,
                                                InvalidationOutcome::RowRefetched}) {
                if (InvalidationTrace::outcomeName(o) == outcome)
                    e.outcome = o;
            }
            entry->trace.entries << e;
        }
    }
    return true;
}

bool FrameLogModel::loadJsonLines(const QByteArray &data, QString *error, int *skipped)
{
    QList<Entry> entries;
    int bad = 0;
    for (const QByteArray &line : data.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        Entry entry;
        if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !fromJson(doc.object(), &entry)) {
            ++bad;
            continue;
        }
        entries.append(entry);
    }
    if (skipped)
        *skipped = bad;
    if (entries.isEmpty()) {
        *error = bad > 0 ? tr("none of its %n line(s) is a saved frame", nullptr, bad) : tr("the file is empty");
        return false;
    }
    beginResetModel();
    m_rows = entries;
    m_held.clear();
    m_total = entries.size();
    endResetModel();
    return true;
}

}  // namespace Dms
