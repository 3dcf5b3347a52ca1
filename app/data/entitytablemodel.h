// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "sync/queryclient.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QVarLengthArray>

namespace Dms {

// One column of an EntityTableModel.
struct ColumnSpec
{
    enum class Format
    {
        Text,      // strings as they are; numbers and booleans converted
        Number,    // right-aligned; sorts numerically
        DateTime,  // an ISO 8601 timestamp shown in local time, "yyyy-MM-dd HH:mm:ss"
        Status,    // a status code shown translated ("sent_back" → "Sent back")
    };
    QString title;  // header text, already tr()'d
    // JSON field; a dotted path reaches into objects ("storage.code"); alternatives
    // separated by '|' are tried in order ("requester_name|requester.username|requester").
    QString field;
    Format format = Format::Text;
};

// A table of rows of one QueryClient list key, applied as diffs keyed by `id`: rows gone
// are removed, new rows inserted, changed cells signalled by dataChanged. Never a model
// reset, so views keep selection and scroll. Rows are kept in id order (the server's
// default order; sort differently with a QSortFilterProxyModel and SortRole).
// A change of one row (QueryClient::rowChanged: an event's patch, a row fetch's answer)
// touches only that row, found by binary search, and adjusts the status counts by it: at
// 50,000 rows it costs what it costs at 50. Anything else diffs the whole list.
// The model observes its key for as long as it lives (it is the "shown somewhere").
class EntityTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        StatusRole = Qt::UserRole + 1,  // QString: the row's status code
        IdRole,                         // QVariant: the id (a number, or text for string ids)
        RowJsonRole,                    // QJsonObject: the whole row
        ChangedAtRole,                  // qint64: wall ms of the last change (0: none)
        ChangedByRole,                  // QString: updated_by of the row
        SortRole,                       // raw value for sorting (QDateTime, double, …)
    };
    Q_ENUM(Role)

    EntityTableModel(QueryClient *client, const QString &listKey, const QList<ColumnSpec> &columns,
                     QObject *parent = nullptr);
    ~EntityTableModel() override;

    QString listKey() const { return m_key; }
    const QList<ColumnSpec> &columns() const { return m_columns; }

    // Append-only data (the audit stream): existing rows are never compared again, so a
    // refetch of thousands of entries costs only its new ones and those dropped at the start.
    void setAppendOnly(bool appendOnly) { m_appendOnly = appendOnly; }
    bool isAppendOnly() const { return m_appendOnly; }
    void setStatusField(const QString &field);  // default "status"
    const QString &statusField() const { return m_statusField; }
    void setChangedByField(const QString &field);  // default "updated_by"

    bool isLoaded() const { return m_loaded; }  // the first data has been applied
    int rowOfId(EntityId id) const;               // -1 when absent
    EntityId idAt(int row) const;
    QJsonObject rowJson(int row) const;
    QMap<QString, int> statusCounts() const { return m_statusCounts; }
    // A row's own roles as data() gives them (StatusRole, RowJsonRole, ChangedAtRole,
    // ChangedByRole), without a QVariant each: PausableTableModel reads them on every change.
    struct RowRoles
    {
        QString status;
        QJsonObject json;
        qint64 changedAtMs = 0;
        QString changedBy;
    };
    RowRoles rowRoles(int row) const;
    // The row roles' text from a row's JSON (rowRoles' status and changedBy).
    QString statusOf(const QJsonObject &json) const;
    QString changedByOf(const QJsonObject &json) const;
    // A cell's display, sort and alignment roles (what data() gives) from the value of its
    // column's field in the row (fieldValue(json, column's field)).
    struct CellRoles
    {
        QVariant display;
        QVariant sort;
        QVariant alignment;
    };
    CellRoles cellRoles(int column, const QJsonValue &value) const;
    // The same for a string value whose text the caller has read already (text: its toString()).
    CellRoles cellRoles(int column, const QJsonValue &value, const QString &text) const;

    // A row merged from an event (QueryClient::rowChanged with merged fields), told to
    // whoever follows dataChanged while this model signals it, so that PausableTableModel
    // need not read the row back: nullptr at any other time (a diff, an insert, a removal).
    // What it says holds for a follower that showed `previous` (compare them first: mostly
    // the same object, so the compare is a pointer's).
    struct MergedRow
    {
        int row = -1;             // of this model
        QJsonObject previous;     // the row's JSON before the merge
        QJsonObject json;         // and after it
        qint64 changedAtMs = 0;
        // Column → fieldValue(json, its field), read while comparing; Undefined: not read.
        QVarLengthArray<QJsonValue, 16> cellValues;
        bool statusMayDiffer = true;     // a merged field is one the status field reads
        bool changedByMayDiffer = true;  // a merged field is one the changed-by field reads
        // fieldValue(previous / json, status field) when the status may differ; else Undefined.
        QJsonValue statusBefore = QJsonValue(QJsonValue::Undefined);
        QJsonValue status = QJsonValue(QJsonValue::Undefined);
        // Read with them: their text (toString(): empty for any other type) and whether the
        // two differ (QJsonValue's !=), each worked out once.
        QString statusBeforeText;
        QString statusText;
        bool statusDiffers = false;
    };
    const MergedRow *signalledMerge() const { return m_merge; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString statusText(const QString &status);  // translated status name
    static QJsonValue fieldValue(const QJsonObject &row, const QString &field);

Q_SIGNALS:
    void loaded();
    void statusCountsChanged(const QMap<QString, int> &counts);

private:
    struct Row
    {
        EntityId id = 0;
        QJsonObject json;
        qint64 changedAtMs = 0;
    };

    void onQueryDataChanged(const QString &key);
    void onQueryRowChanged(const QString &key, const EntityId &id, quint64 before, quint64 after,
                           const RowMerge &merge);
    void applyRows(const QJsonValue &data);
    // Row pos (of m_rows) now reads json: signals the changed cells; false when equal.
    // merge (not empty): only its top-level fields changed, so only the columns reading
    // them are compared. note (a merge): known to differ (the row showed what the merge
    // changed), filled with what was read and told through signalledMerge() meanwhile.
    bool changeRowAt(qsizetype pos, const QJsonObject &json, qint64 now,
                     const RowMerge *merge = nullptr, MergedRow *note = nullptr);
    void countStatus(const QJsonObject &row, int delta);
    void countStatusValue(const QJsonValue &status, int delta);
    void countStatusText(const QString &status, int delta);
    // fieldValue(json, m_statusField), read as one key when it is one.
    QJsonValue statusValue(const QJsonObject &json) const;
    // The top-level fields a field path reads ("a.b|c" → a, c), each given to f.
    template <typename F>
    static void forEachRootField(QStringView path, F f);
    void updateStatusCounts();
    // Sets m_columns and m_columnsOfField (the top-level field → the columns reading it) to
    // the process's shared copies for these columns.
    void useSharedColumns(const QList<ColumnSpec> &columns);
    static QVariant displayValue(const QJsonValue &value, const ColumnSpec &column);
    static QVariant sortValue(const QJsonValue &value, const ColumnSpec &column);
    static bool mergesAny(const RowMerge &merge, const QStringList &fields);

    QPointer<QueryClient> m_client;
    QString m_key;
    QList<ColumnSpec> m_columns;
    QueryObserver m_observer;
    QList<Row> m_rows;  // sorted by id
    QMap<QString, int> m_statusCounts;
    QString m_statusField = QStringLiteral("status");
    QHash<QString, QList<int>> m_columnsOfField;  // top-level field → the columns reading it
    QStringList m_statusRootFields;                // the top-level fields m_statusField reads
    bool m_statusFieldIsKey = true;                // m_statusField is one key (no '|', no '.')
    QByteArray m_statusKey = QByteArrayLiteral("status");  // that key when ASCII (compared as Latin-1), else empty
    QString m_changedByField = QStringLiteral("updated_by");
    QStringList m_changedByRootFields{QStringLiteral("updated_by")};
    const MergedRow *m_merge = nullptr;  // signalledMerge()
    bool m_appendOnly = false;
    bool m_loaded = false;
    quint64 m_revision = 0;  // the client's revision of the data shown (0: unknown)
};

}  // namespace Dms
