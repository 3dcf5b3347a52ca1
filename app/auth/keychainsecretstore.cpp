// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "auth/keychainsecretstore.h"

#include "core/logging.h"

#include <qt6keychain/keychain.h>
#include <QTimer>

namespace Dms {

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QStringLiteral("dms-console"), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

// Jobs in flight are not our children: QtKeychain's backends call back into a job after
// it answers, so a job must live until it finishes (autoDelete removes it then). Their
// finished() connections use this as context and die with us.
KeychainSecretStore::~KeychainSecretStore() = default;

const char *KeychainSecretStore::opName(OpKind kind)
{
    switch (kind) {
        case OpKind::Read:
            return "read";
        case OpKind::Write:
            return "write";
        case OpKind::Delete:
            return "delete";
    }
    return "?";
}

void KeychainSecretStore::readSecret(const QString &key)
{
    start(OpKind::Read, key, QString());
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &value)
{
    start(OpKind::Write, key, value);
}

void KeychainSecretStore::deleteSecret(const QString &key)
{
    start(OpKind::Delete, key, QString());
}

void KeychainSecretStore::start(OpKind kind, const QString &key, const QString &value)
{
    const Op op{kind, key};
    if (!isAvailable()) {
        failLater(op, m_unavailableReason);
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (kind) {
        case OpKind::Read:
            job = new QKeychain::ReadPasswordJob(m_service);
            break;
        case OpKind::Write: {
            auto *write = new QKeychain::WritePasswordJob(m_service);
            write->setTextData(value);
            job = write;
            break;
        }
        case OpKind::Delete:
            job = new QKeychain::DeletePasswordJob(m_service);
            break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);

    const quint64 id = m_nextId++;
    m_ops.insert(id, op);
    connect(job, &QKeychain::Job::finished, this,
            [this, id](QKeychain::Job *finished) { onJobFinished(id, finished); });
    QTimer::singleShot(m_timeoutMs, this, [this, id] { onJobTimedOut(id); });
    qCDebug(lcAuth).noquote() << "keychain" << opName(kind) << "started";
    job->start();
}

void KeychainSecretStore::onJobFinished(quint64 id, QKeychain::Job *job)
{
    const auto it = m_ops.constFind(id);
    if (it == m_ops.constEnd())
        return;  // timed out already
    const Op op = *it;
    m_ops.erase(it);

    const QKeychain::Error error = job->error();
    switch (error) {
        case QKeychain::NoError: {
            QString value;
            if (op.kind == OpKind::Read)
                value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            complete(op, value, op.kind == OpKind::Read, QString());
            return;
        }
        case QKeychain::EntryNotFound:
            // Reading or deleting something absent is not a failure.
            complete(op, QString(), false, QString());
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::OtherError:
        case QKeychain::NotImplemented: {
            // Secret Service reports a missing D-Bus session or keyring daemon as OtherError.
            const QString reason =
                tr("no keychain available (%1)").arg(job->errorString().left(200));
            markUnavailable(reason);
            complete(op, QString(), false, reason);
            return;
        }
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            complete(op, QString(), false, tr("access to the keychain was denied"));
            return;
        case QKeychain::CouldNotDeleteEntry:
            complete(op, QString(), false, tr("the keychain could not delete the entry"));
            return;
    }
    complete(op, QString(), false, tr("keychain error: %1").arg(job->errorString()));
}

void KeychainSecretStore::onJobTimedOut(quint64 id)
{
    const auto it = m_ops.constFind(id);
    if (it == m_ops.constEnd())
        return;
    const Op op = *it;
    m_ops.erase(it);
    const QString reason =
        tr("no keychain available (no answer within %1 s)").arg(m_timeoutMs / 1000.0);
    markUnavailable(reason);
    complete(op, QString(), false, reason);
}

void KeychainSecretStore::complete(const Op &op, const QString &value, bool found,
                                   const QString &error)
{
    if (!error.isEmpty())
        qCInfo(lcAuth).noquote() << "keychain" << opName(op.kind) << "failed:" << error;
    switch (op.kind) {
        case OpKind::Read:
            Q_EMIT secretRead(op.key, value, found, error);
            break;
        case OpKind::Write:
            Q_EMIT secretWritten(op.key, error);
            break;
        case OpKind::Delete:
            Q_EMIT secretDeleted(op.key, error);
            break;
    }
}

void KeychainSecretStore::failLater(const Op &op, const QString &error)
{
    QTimer::singleShot(0, this, [this, op, error] { complete(op, QString(), false, error); });
}

void KeychainSecretStore::markUnavailable(const QString &reason)
{
    if (!m_unavailableReason.isEmpty())
        return;
    m_unavailableReason = reason;
    qCWarning(lcAuth).noquote() << "keychain unavailable, not remembering secrets:" << reason;
    Q_EMIT becameUnavailable(reason);
}

}  // namespace Dms
