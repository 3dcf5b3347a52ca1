// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace Dms {

// Counts the REST traffic of the network managers it is attached to: requests by method
// and the bytes received for them (body and response headers, as the reply holds them when
// it finishes, before its owner reads it). The simulator's sessions share one, so a run can
// say what each event cost the server (GETs and bytes per event).
class RestTrafficMeter final : public QObject
{
    Q_OBJECT
public:
    explicit RestTrafficMeter(QObject *parent = nullptr);
    ~RestTrafficMeter() override;

    void attach(QNetworkAccessManager *nam);

    struct Totals
    {
        qint64 gets = 0;
        qint64 getBytes = 0;
        qint64 others = 0;  // POST, PUT, PATCH, DELETE
        qint64 otherBytes = 0;
    };
    const Totals &totals() const { return m_totals; }

private:
    void onFinished(QNetworkReply *reply);

    Totals m_totals;
};

}  // namespace Dms
