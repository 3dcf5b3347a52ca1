// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "data/entitytablemodel.h"

#include "core/jsonpath.h"

#include "core/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QScopeGuard>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace Dms {

namespace {

QDateTime parseDateTime(const QJsonValue &value)
{
    if (!value.isString())
        return QDateTime();
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString plainText(const QJsonValue &value)
{
    switch (value.type()) {
        case QJsonValue::String:
            return value.toString();
        case QJsonValue::Double: {
            const double number = value.toDouble();
            return number == double(qint64(number)) ? QString::number(qint64(number))
                                                    : QString::number(number);
        }
        case QJsonValue::Bool:
            return value.toBool() ? EntityTableModel::tr("yes") : EntityTableModel::tr("no");
        case QJsonValue::Object: {
            const QJsonObject object = value.toObject();
            for (const char *name : {"username", "name", "code", "full_name"}) {
                const QJsonValue inner = object.value(QLatin1String(name));
                if (inner.isString())
                    return inner.toString();
            }
            return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        case QJsonValue::Array:
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
    }
    return QString();
}

bool idLess(const EntityId &id, const EntityId &other)
{
    return id < other;
}

}  // namespace

EntityTableModel::EntityTableModel(QueryClient *client, const QString &listKey,
                                   const QList<ColumnSpec> &columns, QObject *parent)
    : QAbstractTableModel(parent), m_client(client), m_key(listKey)
{
    Q_ASSERT(client);
    useSharedColumns(columns);
    forEachRootField(m_statusField, [this](QStringView root) { m_statusRootFields.append(root.toString()); });
    connect(client, &QueryClient::dataChanged, this, &EntityTableModel::onQueryDataChanged);
    connect(client, &QueryClient::rowChanged, this, &EntityTableModel::onQueryRowChanged);
    const QJsonValue cached = client->data(listKey);
    if (cached.isArray()) {
        applyRows(cached);
        m_revision = client->revision(listKey);
    }
    m_observer = client->observe(listKey);
}

EntityTableModel::~EntityTableModel() = default;

void EntityTableModel::useSharedColumns(const QList<ColumnSpec> &columns)
{
    // Every model of a kind has the same columns (a simulator has thousands of models): the
    // columns and their field index are kept once per distinct list in the process and
    // shared (Qt's containers are implicitly shared). Each model's own copies cost ~4 KB,
    // most of it the index hash's first storage block and the titles' text.
    struct Layout
    {
        QList<ColumnSpec> columns;
        QHash<QString, QList<int>> columnsOfField;
    };
    static QMutex mutex;
    static std::vector<Layout> layouts;
    const auto same = [&columns](const Layout &layout) {
        return std::equal(columns.cbegin(), columns.cend(), layout.columns.cbegin(),
                          layout.columns.cend(), [](const ColumnSpec &a, const ColumnSpec &b) {
                              return a.format == b.format && a.field == b.field &&
                                     a.title == b.title;
                          });
    };
    const QMutexLocker lock(&mutex);
    auto it = std::find_if(layouts.cbegin(), layouts.cend(), same);
    if (it == layouts.cend()) {
        Layout layout{columns, {}};
        for (int c = 0; c < columns.size(); ++c) {
            forEachRootField(columns.at(c).field, [&layout, c](QStringView root) {
                QList<int> &reading = layout.columnsOfField[root.toString()];
                if (!reading.contains(c))
                    reading.append(c);
            });
        }
        layouts.push_back(std::move(layout));
        it = layouts.cend() - 1;
    }
    m_columns = it->columns;
    m_columnsOfField = it->columnsOfField;
}

template <typename F>
void EntityTableModel::forEachRootField(QStringView path, F f)
{
    qsizetype from = 0;
    while (from <= path.size()) {
        qsizetype bar = path.indexOf(QLatin1Char('|'), from);
        if (bar < 0)
            bar = path.size();
        const QStringView alternative = path.mid(from, bar - from);
        const qsizetype dot = alternative.indexOf(QLatin1Char('.'));
        f(dot < 0 ? alternative : alternative.left(dot));
        from = bar + 1;
    }
}

void EntityTableModel::setChangedByField(const QString &field)
{
    m_changedByField = field;
    m_changedByRootFields.clear();
    forEachRootField(m_changedByField, [this](QStringView root) { m_changedByRootFields.append(root.toString()); });
}

void EntityTableModel::setStatusField(const QString &field)
{
    m_statusField = field;
    m_statusFieldIsKey = !field.contains(QLatin1Char('|')) && !field.contains(QLatin1Char('.'));
    const bool ascii = std::all_of(field.cbegin(), field.cend(), [](QChar c) { return c.unicode() < 0x80; });
    m_statusKey = m_statusFieldIsKey && ascii ? field.toLatin1() : QByteArray();
    m_statusRootFields.clear();
    forEachRootField(m_statusField, [this](QStringView root) { m_statusRootFields.append(root.toString()); });
    updateStatusCounts();
}

int EntityTableModel::rowOfId(EntityId id) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                     [](const Row &row, const EntityId &value) { return row.id < value; });
    return it != m_rows.cend() && it->id == id ? int(it - m_rows.cbegin()) : -1;
}

EntityId EntityTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : EntityId();
}

QJsonObject EntityTableModel::rowJson(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).json : QJsonObject();
}

EntityTableModel::RowRoles EntityTableModel::rowRoles(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return RowRoles();
    const Row &r = m_rows.at(row);
    return RowRoles{statusOf(r.json), r.json, r.changedAtMs, changedByOf(r.json)};
}

QString EntityTableModel::statusOf(const QJsonObject &json) const
{
    return fieldValue(json, m_statusField).toString();
}

QString EntityTableModel::changedByOf(const QJsonObject &json) const
{
    return plainText(fieldValue(json, m_changedByField));
}

EntityTableModel::CellRoles EntityTableModel::cellRoles(int column, const QJsonValue &value) const
{
    return cellRoles(column, value, value.isString() ? value.toString() : QString());
}

EntityTableModel::CellRoles EntityTableModel::cellRoles(int column, const QJsonValue &value,
                                                        const QString &text) const
{
    const ColumnSpec &spec = m_columns.at(column);
    if (value.isString() && spec.format != ColumnSpec::Format::DateTime) {
        // What displayValue and sortValue give a string, from its text read once.
        return CellRoles{spec.format == ColumnSpec::Format::Status ? QVariant(statusText(text)) : QVariant(text),
                         text,
                         spec.format == ColumnSpec::Format::Number
                             ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                             : QVariant()};
    }
    return CellRoles{displayValue(value, spec), sortValue(value, spec),
                     spec.format == ColumnSpec::Format::Number
                         ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                         : QVariant()};
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QJsonValue EntityTableModel::fieldValue(const QJsonObject &row, const QString &field)
{
    const QStringView all(field);
    qsizetype from = 0;
    while (from <= all.size()) {
        qsizetype bar = all.indexOf(QLatin1Char('|'), from);
        if (bar < 0)
            bar = all.size();
        const QJsonValue value = jsonValueAt(row, all.mid(from, bar - from));
        if (!value.isUndefined() && !value.isNull())
            return value;
        from = bar + 1;
    }
    return QJsonValue(QJsonValue::Null);
}

QVariant EntityTableModel::displayValue(const QJsonValue &value, const ColumnSpec &column)
{
    switch (column.format) {
        case ColumnSpec::Format::DateTime: {
            const QDateTime at = parseDateTime(value);
            return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                : plainText(value);
        }
        case ColumnSpec::Format::Status:
            return statusText(value.toString());
        case ColumnSpec::Format::Number:
        case ColumnSpec::Format::Text:
            break;
    }
    return plainText(value);
}

QVariant EntityTableModel::sortValue(const QJsonValue &value, const ColumnSpec &column)
{
    if (column.format == ColumnSpec::Format::DateTime)
        return parseDateTime(value);
    if (value.isDouble())
        return value.toDouble();
    return plainText(value);
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const ColumnSpec &column = m_columns.at(index.column());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return displayValue(fieldValue(row.json, column.field), column);
        case Qt::TextAlignmentRole:
            if (column.format == ColumnSpec::Format::Number)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return QVariant();
        case StatusRole:
            return statusOf(row.json);
        case IdRole:
            return QVariant::fromValue(row.id);
        case RowJsonRole:
            return row.json;
        case ChangedAtRole:
            return row.changedAtMs;
        case ChangedByRole:
            return changedByOf(row.json);
        case SortRole:
            return sortValue(fieldValue(row.json, column.field), column);
        default:
            return QVariant();
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return m_columns.at(section).title;
}

QHash<int, QByteArray> EntityTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(IdRole, QByteArrayLiteral("rowId"));
    names.insert(RowJsonRole, QByteArrayLiteral("rowJson"));
    names.insert(ChangedAtRole, QByteArrayLiteral("changedAt"));
    names.insert(ChangedByRole, QByteArrayLiteral("changedBy"));
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    return names;
}

QString EntityTableModel::statusText(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("sent_back"))
        return tr("Sent back");
    if (status == QLatin1String("issued"))
        return tr("Issued");
    if (status == QLatin1String("returned"))
        return tr("Returned");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    if (status == QLatin1String("archived"))
        return tr("Archived");
    if (status == QLatin1String("destroyed"))
        return tr("Destroyed");
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    if (status.isEmpty())
        return QString();
    QString text = status;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

void EntityTableModel::onQueryDataChanged(const QString &key)
{
    if (key != m_key || !m_client)
        return;
    const quint64 revision = m_client->revision(m_key);
    if (m_loaded && revision != 0 && revision == m_revision)
        return;  // shown already, row by row (onQueryRowChanged)
    const QJsonValue data = m_client->data(m_key);
    applyRows(data);
    if (data.isArray())
        m_revision = revision;
}

bool EntityTableModel::mergesAny(const RowMerge &merge, const QStringList &fields)
{
    return std::any_of(merge.fields.cbegin(), merge.fields.cend(),
                       [&fields](const RowMerge::Field &f) { return fields.contains(f.key); });
}

void EntityTableModel::onQueryRowChanged(const QString &key, const EntityId &id, quint64 before,
                                         quint64 after, const RowMerge &merge)
{
    // Only a model that shows exactly the revision the change started from takes the row
    // alone; any other (not loaded yet, append-only, a change missed) diffs on dataChanged.
    if (key != m_key || !m_client || !m_loaded || m_appendOnly || before != m_revision)
        return;
    m_revision = after;
    // A merge tells the row after it (what listRow() gives now): no lookup.
    const bool isMerge = !merge.isEmpty() && !merge.current.isEmpty();
    const QJsonObject json = isMerge ? merge.current : m_client->listRow(m_key, id);
    const qint64 now = m_client->clock() ? m_client->clock()->nowMs() : 0;
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id,
                                     [](const Row &row, const EntityId &value) { return row.id < value; });
    const qsizetype pos = it - m_rows.begin();
    const bool present = it != m_rows.end() && it->id == id;
    if (present && !json.isEmpty()) {
        const QJsonObject before = m_rows.at(pos).json;
        // The counts change when the status does (a merge of other fields leaves it). A
        // status field of one key is found among the merged fields, which carry its value
        // before and after the merge (and their texts) as the cache compared them.
        const bool statusIsKey = isMerge && m_statusFieldIsKey;
        const RowMerge::Field *statusMerge = statusIsKey ? merge.field(m_statusField) : nullptr;
        const bool statusMerged = !isMerge || (statusIsKey ? statusMerge != nullptr
                                                           : mergesAny(merge, m_statusRootFields));
        MergedRow note;
        // A merge into the row as shown (the cache's row before it, mostly the same object:
        // compared by pointer) changed a field of it: no need to compare the rows whole.
        const bool known = isMerge && before == merge.previous;
        if (known) {
            note.row = int(pos);
            note.previous = before;
            note.json = json;
            note.changedAtMs = now;
            note.statusMayDiffer = statusMerged;
            note.changedByMayDiffer = mergesAny(merge, m_changedByRootFields);
            if (statusMerge) {
                // As statusValue reads them: an absent or null field is null.
                const auto orNull = [](const QJsonValue &v) {
                    return v.isUndefined() || v.isNull() ? QJsonValue(QJsonValue::Null) : v;
                };
                note.statusBefore = orNull(statusMerge->before);
                note.status = orNull(statusMerge->after);
                if (statusMerge->strings) {
                    note.statusBeforeText = statusMerge->beforeText;
                    note.statusText = statusMerge->afterText;
                    note.statusDiffers = statusMerge->differs;
                } else {
                    note.statusBeforeText = note.statusBefore.toString();
                    note.statusText = note.status.toString();
                    note.statusDiffers = note.statusBefore != note.status;
                }
            } else if (statusMerged) {
                note.statusBefore = statusValue(before);
                note.status = fieldValue(json, m_statusField);
                note.statusBeforeText = note.statusBefore.toString();
                note.statusText = note.status.toString();
                // QJsonValue's == compares two strings by their text.
                note.statusDiffers = note.statusBefore.isString() && note.status.isString()
                                         ? note.statusBeforeText != note.statusText
                                         : note.statusBefore != note.status;
            }
        }
        if (!changeRowAt(pos, json, now, isMerge ? &merge : nullptr, known ? &note : nullptr))
            return;
        if (!statusMerged)
            return;
        if (known) {
            if (!note.statusDiffers || (!note.statusBefore.isString() && !note.status.isString()))
                return;
            if (note.statusBefore.isString())
                countStatusText(note.statusBeforeText, -1);
            if (note.status.isString())
                countStatusText(note.statusText, +1);
            Q_EMIT statusCountsChanged(m_statusCounts);
            return;
        }
        const QJsonValue was = fieldValue(before, m_statusField);
        const QJsonValue is = fieldValue(json, m_statusField);
        if (was == is || (!was.isString() && !is.isString()))
            return;
        countStatusValue(was, -1);
        countStatusValue(is, +1);
        Q_EMIT statusCountsChanged(m_statusCounts);
        return;
    }
    const QMap<QString, int> countsBefore = m_statusCounts;
    if (json.isEmpty()) {
        if (!present)
            return;
        beginRemoveRows(QModelIndex(), int(pos), int(pos));
        countStatus(m_rows.at(pos).json, -1);
        m_rows.removeAt(pos);
        endRemoveRows();
    } else {
        beginInsertRows(QModelIndex(), int(pos), int(pos));
        m_rows.insert(pos, Row{id, json, now});
        countStatus(json, +1);
        endInsertRows();
    }
    if (m_statusCounts != countsBefore)
        Q_EMIT statusCountsChanged(m_statusCounts);
}

void EntityTableModel::countStatus(const QJsonObject &row, int delta)
{
    countStatusValue(fieldValue(row, m_statusField), delta);
}

QJsonValue EntityTableModel::statusValue(const QJsonObject &json) const
{
    if (!m_statusFieldIsKey)
        return fieldValue(json, m_statusField);
    // An ASCII key is compared as Latin-1, as the row's keys are kept: cheaper than as UTF-16.
    const QJsonValue value = m_statusKey.isEmpty() ? json.value(m_statusField) : json.value(QLatin1String(m_statusKey));
    return value.isUndefined() || value.isNull() ? QJsonValue(QJsonValue::Null) : value;
}

void EntityTableModel::countStatusValue(const QJsonValue &status, int delta)
{
    if (status.isString())
        countStatusText(status.toString(), delta);
}

// A status's text as a count's key, shared between models: every model of a kind counts the
// same few statuses, and a key of its own per model and status was an allocation each (0.6 MB
// of 1,000 virtual users' heap). One short list per thread; one that outgrows what a server
// uses is started again.
static QString sharedStatusKey(const QString &name)
{
    thread_local QList<QString> known;
    for (const QString &s : std::as_const(known)) {
        if (s == name)
            return s;
    }
    if (name.size() <= 32) {
        if (known.size() >= 64)
            known.clear();
        known.append(name);
    }
    return name;
}

void EntityTableModel::countStatusText(const QString &name, int delta)
{
    // One lookup: a count reaching 0 goes, an absent status starts at delta when positive.
    const auto it = m_statusCounts.find(name);
    if (it == m_statusCounts.end()) {
        if (delta > 0)
            m_statusCounts.insert(sharedStatusKey(name), delta);
    } else if ((*it += delta) <= 0) {
        m_statusCounts.erase(it);
    }
}

bool EntityTableModel::changeRowAt(qsizetype pos, const QJsonObject &json, qint64 now,
                                   const RowMerge *merge, MergedRow *note)
{
    Row &row = m_rows[pos];
    // A merge that changed the row as shown changed it (a merged field differs: QueryClient
    // compares it before merging); anything else is compared whole.
    if (!note && row.json == json)
        return false;
    const QJsonObject before = std::exchange(row.json, json);
    row.changedAtMs = now;
    // The columns that may differ: all, or those reading a merged field (an event's status:
    // one column of seven, each read through its alternatives in both rows otherwise).
    QVarLengthArray<bool, 32> mayDiffer(m_columns.size(), !merge);
    for (qsizetype f = 0; merge && f < merge->fields.size(); ++f) {
        const auto columns = m_columnsOfField.constFind(merge->fields.at(f).key);
        if (columns != m_columnsOfField.cend()) {
            for (const int c : *columns)
                mayDiffer[c] = true;
        }
    }
    if (note)
        note->cellValues.resize(m_columns.size(), QJsonValue(QJsonValue::Undefined));  // not read
    const auto differs = [&](int c) {
        if (!mayDiffer[c])
            return false;
        const QString &field = m_columns.at(c).field;
        if (!note)
            return fieldValue(before, field) != fieldValue(row.json, field);
        // The status field's values are read (and compared) once for the counts and every
        // column showing it.
        QJsonValue &after = note->cellValues[c];
        if (!note->status.isUndefined() && field == m_statusField) {
            after = note->status;
            return note->statusDiffers;
        }
        if (after.isUndefined())
            after = fieldValue(row.json, field);
        return fieldValue(before, field) != after;
    };
    // Followers (PausableTableModel) read what changed from the note while it is signalled.
    const MergedRow *outer = std::exchange(m_merge, note);
    const auto restore = qScopeGuard([this, outer] { m_merge = outer; });
    // Signal the changed cells, one dataChanged per contiguous run of columns.
    bool anyVisible = false;
    for (int c = 0; c < m_columns.size();) {
        if (!differs(c)) {
            ++c;
            continue;
        }
        int end = c;
        while (end + 1 < m_columns.size() && differs(end + 1))
            ++end;
        anyVisible = true;
        Q_EMIT dataChanged(index(int(pos), c), index(int(pos), end));
        c = end + 1;
    }
    if (!anyVisible && !m_columns.isEmpty()) {
        Q_EMIT dataChanged(index(int(pos), 0), index(int(pos), 0),
                           {StatusRole, RowJsonRole, ChangedAtRole, ChangedByRole});
    }
    return true;
}

void EntityTableModel::applyRows(const QJsonValue &data)
{
    if (!data.isArray())
        return;  // no data (yet) or an error: keep what is shown

    // The new rows, sorted by id; a duplicated id keeps its last occurrence.
    const QJsonArray array = data.toArray();
    QList<Row> incoming;
    incoming.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const EntityId id = EntityId::fromJsonOrNull(object.value(QLatin1String("id")));
        if (id.isValid())
            incoming.append(Row{id, object, 0});
    }
    std::stable_sort(incoming.begin(), incoming.end(),
                     [](const Row &a, const Row &b) { return idLess(a.id, b.id); });
    for (qsizetype i = incoming.size() - 1; i > 0; --i) {
        if (incoming.at(i - 1).id == incoming.at(i).id)
            incoming.removeAt(i - 1);
    }

    const bool firstLoad = !m_loaded;
    m_loaded = true;
    const qint64 now = m_client && m_client->clock() ? m_client->clock()->nowMs() : 0;
    const auto inIncoming = [&incoming](EntityId id) {
        const auto it = std::lower_bound(incoming.cbegin(), incoming.cend(), id,
                                         [](const Row &row, const EntityId &v) { return row.id < v; });
        return it != incoming.cend() && it->id == id;
    };

    // The status counts follow the rows that change (a full count of 2,000 rows took a tenth
    // of a refetch's diff).
    const QMap<QString, int> countsBefore = m_statusCounts;

    // 1. Removals, as contiguous ranges from the end so indices stay valid.
    for (qsizetype last = m_rows.size() - 1; last >= 0;) {
        if (inIncoming(m_rows.at(last).id)) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !inIncoming(m_rows.at(first - 1).id)) --first;
        beginRemoveRows(QModelIndex(), int(first), int(last));
        for (qsizetype r = first; r <= last; ++r)
            countStatus(m_rows.at(r).json, -1);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // 2. Inserts and changes: every remaining row is in incoming, both sorted by id.
    if (m_rows.isEmpty() && !incoming.isEmpty()) {
        // All new (a first load): incoming becomes the rows, with no second array — a
        // growing one, as the inserts below make, keeps up to half again its size spare.
        beginInsertRows(QModelIndex(), 0, int(incoming.size() - 1));
        m_rows = std::move(incoming);
        for (Row &row : m_rows) {
            row.changedAtMs = firstLoad ? 0 : now;
            countStatus(row.json, +1);
        }
        endInsertRows();
        incoming.clear();
    }
    qsizetype pos = 0;
    qsizetype j = 0;
    while (j < incoming.size()) {
        if (pos < m_rows.size() && m_rows.at(pos).id == incoming.at(j).id) {
            if (!m_appendOnly) {
                const QJsonObject before = m_rows.at(pos).json;
                if (changeRowAt(pos, incoming.at(j).json, now)) {
                    countStatus(before, -1);
                    countStatus(m_rows.at(pos).json, +1);
                }
            }
            ++pos;
            ++j;
            continue;
        }
        // A run of new rows before m_rows[pos] (or at the end).
        qsizetype k = j;
        while (k < incoming.size() &&
               (pos >= m_rows.size() || incoming.at(k).id < m_rows.at(pos).id))
            ++k;
        const qsizetype count = k - j;
        beginInsertRows(QModelIndex(), int(pos), int(pos + count - 1));
        m_rows.insert(pos, count, Row());
        for (qsizetype n = 0; n < count; ++n) {
            m_rows[pos + n] = incoming.at(j + n);
            m_rows[pos + n].changedAtMs = firstLoad ? 0 : now;
            countStatus(m_rows.at(pos + n).json, +1);
        }
        endInsertRows();
        pos += count;
        j = k;
    }

    if (m_statusCounts != countsBefore)
        Q_EMIT statusCountsChanged(m_statusCounts);
    if (firstLoad)
        Q_EMIT loaded();
}

void EntityTableModel::updateStatusCounts()
{
    QMap<QString, int> counts;
    for (const Row &row : std::as_const(m_rows)) {
        const QJsonValue status = fieldValue(row.json, m_statusField);
        if (!status.isString())
            continue;
        const QString text = status.toString();
        const auto it = counts.find(text);
        if (it == counts.end())
            counts.insert(sharedStatusKey(text), 1);
        else
            ++*it;
    }
    if (counts != m_statusCounts) {
        m_statusCounts = counts;
        Q_EMIT statusCountsChanged(m_statusCounts);
    }
}

}  // namespace Dms
