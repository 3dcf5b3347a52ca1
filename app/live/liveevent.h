// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include "core/entityid.h"
#include "live/dialectprofile.h"

namespace Dms {

// One frame from the server, parsed once into a typed value.
struct LiveEvent
{
    MessageKind kind = MessageKind::Ignore;
    QString wireType;       // the frame's "type"
    QString socket;         // the profile socket it came from
    QString entity;         // update: withdrawal, crate, ...
    QString action;         // update: created, updated, deleted (or a dialect's verb)
    EntityId id;            // row id (update) or request id (notification); null if none
    QString status;
    QString number;         // request_number / crate_number
    qint64 seq = -1;        // -1 when the server sends none
    qint64 serverTimeMs = 0;  // emit time (update) or server clock (welcome/pong); 0 if none
    QString eventId;
    QString echo;             // pong: the client's ping timestamp echoed back
    QString message;          // welcome / notification / server error text
    QString notificationKind;
    EntityId unitId;          // welcome (ext): the unit the socket follows
    qint64 receivedAtMs = 0;  // local wall clock when parsed
    int sizeBytes = 0;

    QJsonObject toJson() const;
};

// Why a frame was not applied. Every one is counted and reported, none is thrown.
struct FrameError
{
    enum class Code { None, Binary, TooLarge, MalformedJson, NotAnObject, MissingType, UnknownType,
                      MissingField, WrongType };
    Code code = Code::None;
    QString message;
    int sizeBytes = 0;

    static QString codeName(Code code);
};

struct ParseResult
{
    LiveEvent event;
    FrameError error;
    bool ok() const { return error.code == FrameError::Code::None; }
};

// Milliseconds since the epoch from an ISO-8601 timestamp ("…Z", with or without ms);
// 0 when it is not one.
qint64 parseIsoMs(const QString &text);
QString isoFromMs(qint64 ms);

}  // namespace Dms

Q_DECLARE_METATYPE(Dms::LiveEvent)
Q_DECLARE_METATYPE(Dms::FrameError)
