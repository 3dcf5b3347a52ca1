// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "auth/apiclient.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Dms {

// What the window needs to sign in: from the sign-in dialog or from the command line.
struct SignInRequest
{
    QUrl server;
    QString user;
    QString password;  // empty: the keychain is asked (remembered session or password)
    QString profile = QStringLiteral("dms-updates");
    bool remember = false;  // keep the refresh token in the keychain
    QString caFile;
    bool tokenInHeader = false;
};

// Sign-in: server URL (with the history of servers used), dialect profile, user name,
// password and "remember me". It stays open while the window signs in and shows why a
// sign-in failed in words a user understands.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    void setRequest(const SignInRequest &request);  // prefill (never a password)
    SignInRequest request() const;
    void setServerHistory(const QStringList &servers);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showFailure(ApiError::Kind kind, int httpStatus, const QString &message);
    void showError(const QString &heading, const QString &detail = QString());
    QString errorText() const;  // heading and detail shown now; empty when none

    QComboBox *serverCombo() const { return m_server; }
    QComboBox *profileCombo() const { return m_profile; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberCheck() const { return m_remember; }
    QPushButton *signInButton() const { return m_signIn; }

    // A failure's heading: "Wrong user name or password", "Cannot reach the server", …
    static QString failureHeading(ApiError::Kind kind, int httpStatus);

Q_SIGNALS:
    void signInRequested(const Dms::SignInRequest &request);
    void cancelRequested();

protected:
    void reject() override;

private:
    void submit();
    void updateButtons();

    QComboBox *m_server;
    QComboBox *m_profile;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    SignInRequest m_extra;  // caFile and tokenInHeader ride along from the command line
    bool m_busy = false;
};

}  // namespace Dms

Q_DECLARE_METATYPE(Dms::SignInRequest)
