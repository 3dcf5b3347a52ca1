#pragma once

#include "auth/apiclient.h"

#include <QSignalSpy>

#include <memory>

// What an ApiReply said, kept after the reply deleted itself.
struct ReplyResult
{
    bool finished = false;
    bool ok = false;
    int status = 0;
    QJsonValue json;
    Dms::ApiError error;
};

// Records the reply's outcome when it finishes (connect right after the call).
inline std::shared_ptr<ReplyResult> watch(Dms::ApiReply *reply)
{
    auto result = std::make_shared<ReplyResult>();
    QObject::connect(reply, &Dms::ApiReply::finished, reply, [reply, result] {
        result->finished = true;
        result->ok = reply->ok();
        result->status = reply->httpStatus();
        result->json = reply->json();
        result->error = reply->error();
    });
    return result;
}

// Waits (event loop, no sleeping) until the reply has finished.
inline ReplyResult waitFor(Dms::ApiReply *reply, int timeoutMs = 5000)
{
    auto result = watch(reply);
    QSignalSpy spy(reply, &Dms::ApiReply::finished);
    if (!result->finished)
        spy.wait(timeoutMs);
    return *result;
}
