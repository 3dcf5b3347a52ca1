// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "sim/simexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStringList>

#include "actions/csvexport.h"
#include "sim/deliverytracker.h"
#include "sim/simreport.h"

namespace Dms {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Dms::SimExport)
};

QString msOrEmpty(qint64 ms)
{
    return ms < 0 ? QString() : QString::number(ms);
}

}  // namespace

bool saveFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool readReportFile(const QString &path, SimReport *out, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return fail(Text::tr("%1 is not a simulation report: %2")
                        .arg(path, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                : Text::tr("not a JSON object")));
    QString why;
    if (!SimReport::fromJson(doc.object(), out, &why))
        return fail(QStringLiteral("%1: %2").arg(path, why));
    return true;
}

QByteArray simSamplesCsvHeader()
{
    return QByteArrayLiteral("change_id,posted_at_ms,action,entity,entity_id,status,user,unit,outcome,"
                             "frame_ms,model_ms,emit_ms\n");
}

QByteArray simSampleCsvLine(const SimSample &s)
{
    // Ids as text (a number, or a server's string id such as a UUID; empty when unknown).
    const QString line = QStringList{QString::number(s.changeId), QString::number(s.postedAtMs),
                                     s.action, s.entity, csvField(s.entityId.toString()), s.status,
                                     csvField(s.username), csvField(s.unitId.toString()), s.outcome,
                                     msOrEmpty(s.frameMs), msOrEmpty(s.modelMs), msOrEmpty(s.emitMs)}
                             .join(QLatin1Char(','));
    return line.toUtf8() + '\n';
}

}  // namespace Dms
