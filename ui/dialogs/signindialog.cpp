// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "dialogs/signindialog.h"

#include "live/dialectprofile.h"
#include "style/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dms {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me on this computer (keychain)"), this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_signIn(m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — DMS Live Console"));
    setWindowIcon(QIcon(QStringLiteral(":/ui/icons/dms-console.svg")));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/ui/icons/dms-console.svg")).pixmap(48, 48));
    auto *title = new QLabel(tr("DMS Live Console"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *subtitle = new QLabel(tr("Sign in to watch your unit's documents live."), this);
    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);

    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->lineEdit()->setPlaceholderText(QStringLiteral("https://dms.example.org"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setMinimumContentsLength(28);
    for (const QString &name : DialectProfile::builtInNames()) {
        DialectProfile profile;
        ProfileError error;
        const QString title = DialectProfile::load(name, &profile, &error) && !profile.title().isEmpty()
            ? profile.title() : name;
        m_profile->addItem(title, name);
    }
    m_profile->setAccessibleName(tr("Dialect profile"));
    m_profile->setToolTip(tr("How this server speaks on its live channel"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("e.g. u1_head1"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Empty: use the remembered session"));
    m_remember->setToolTip(tr("Keeps the session (never the password) in the system keychain"));

    auto *form = new QFormLayout;
    form->addRow(tr("Se&rver:"), m_server);
    form->addRow(tr("&Dialect:"), m_profile);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->hide();
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Signing in"));
    m_progress->hide();

    m_signIn->setDefault(true);
    m_signIn->setIcon(themedIcon(QStringLiteral("server")));
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_server, &QComboBox::currentTextChanged, this, &SignInDialog::updateButtons);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateButtons();
}

void SignInDialog::setServerHistory(const QStringList &servers)
{
    const QString current = m_server->currentText();
    m_server->clear();
    m_server->addItems(servers);
    m_server->setEditText(current.isEmpty() && !servers.isEmpty() ? servers.first() : current);
}

void SignInDialog::setRequest(const SignInRequest &request)
{
    if (!request.server.isEmpty())
        m_server->setEditText(request.server.toString(QUrl::RemoveUserInfo));
    const int profile = m_profile->findData(request.profile);
    if (profile >= 0)
        m_profile->setCurrentIndex(profile);
    m_user->setText(request.user);
    m_remember->setChecked(request.remember);
    m_extra = request;
    m_extra.password.clear();
    if (!request.user.isEmpty())
        m_password->setFocus();
    else
        m_user->setFocus();
}

SignInRequest SignInDialog::request() const
{
    SignInRequest request = m_extra;
    request.server = QUrl(m_server->currentText().trimmed());  // no guessing of the scheme
    request.profile = m_profile->currentData().toString();
    request.user = m_user->text().trimmed();
    request.password = m_password->text();
    request.remember = m_remember->isChecked();
    return request;
}

void SignInDialog::updateButtons()
{
    m_signIn->setEnabled(!m_busy && !m_server->currentText().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_profile),
                       static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_remember)})
        w->setEnabled(!busy);
    if (busy)
        m_error->hide();
    updateButtons();
}

QString SignInDialog::failureHeading(ApiError::Kind kind, int httpStatus)
{
    switch (kind) {
    case ApiError::Kind::Network: return tr("Cannot reach the server");
    case ApiError::Kind::Timeout: return tr("The server did not answer in time");
    case ApiError::Kind::Tls: return tr("The secure connection failed");
    case ApiError::Kind::BadResponse: return tr("This does not look like a DMS server");
    case ApiError::Kind::Http:
        if (httpStatus == 401 || httpStatus == 400)
            return tr("Wrong user name or password");
        if (httpStatus == 404)
            return tr("This does not look like a DMS server");
        return tr("The server refused the sign-in");
    case ApiError::Kind::NotSignedIn:
        if (httpStatus == 401)
            return tr("Wrong user name or password");
        return tr("Could not sign in");
    case ApiError::Kind::None: break;
    }
    return tr("Could not sign in");
}

void SignInDialog::showFailure(ApiError::Kind kind, int httpStatus, const QString &message)
{
    showError(failureHeading(kind, httpStatus), message);
}

void SignInDialog::showError(const QString &heading, const QString &detail)
{
    setBusy(false);
    const QColor red(0xc6, 0x28, 0x28);
    m_error->setText(QStringLiteral("<b style='color:%1'>%2</b>%3")
                         .arg(red.name(), heading.toHtmlEscaped(),
                              detail.isEmpty() || detail == heading ? QString()
                                                                    : QStringLiteral("<br>") + detail.toHtmlEscaped()));
    m_error->setAccessibleDescription(heading + QLatin1Char(' ') + detail);
    m_error->setProperty("plainText", detail.isEmpty() ? heading : heading + QStringLiteral(": ") + detail);
    m_error->show();
    m_password->selectAll();
    m_password->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->property("plainText").toString();
}

void SignInDialog::submit()
{
    const SignInRequest r = request();
    if (!r.server.isValid() || r.server.host().isEmpty()
        || (r.server.scheme() != QLatin1String("http") && r.server.scheme() != QLatin1String("https"))) {
        showError(tr("Check the server address"),
                  tr("Give the whole address, starting with https:// or http://, e.g. https://dms.example.org"));
        return;
    }
    setBusy(true);
    Q_EMIT signInRequested(r);
}

void SignInDialog::reject()
{
    if (m_busy) {
        setBusy(false);
        Q_EMIT cancelRequested();
        return;  // stay open: cancel only stops the attempt
    }
    Q_EMIT cancelRequested();
    QDialog::reject();
}

}  // namespace Dms
