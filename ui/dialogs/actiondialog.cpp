// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#include "dialogs/actiondialog.h"

#include "data/entitytablemodel.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dms {

namespace {

QString kindTitle(const QString &entity)
{
    if (entity == QLatin1String("withdrawal"))
        return ActionDialog::tr("withdrawal request");
    if (entity == QLatin1String("destruction"))
        return ActionDialog::tr("destruction request");
    if (entity == QLatin1String("transfer"))
        return ActionDialog::tr("transfer request");
    if (entity == QLatin1String("crate"))
        return ActionDialog::tr("crate");
    return entity;
}

}  // namespace

ActionDialog::ActionDialog(EntityAction action, const QString &entity, const QJsonObject &row,
                           const QAbstractItemModel *storage, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_entity(entity)
    , m_row(row)
    , m_storageModel(storage)
    , m_text(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("actionDialog"));
    const QString number = row.value(QLatin1String(entity == QLatin1String("crate") ? "crate_number"
                                                                                     : "request_number"))
                               .toString();
    setWindowTitle(tr("%1 %2").arg(RequestActions::title(action), number));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(describe());

    auto *form = new QFormLayout;
    if (RequestActions::takesReason(action)) {
        m_reason = new QLineEdit(this);
        m_reason->setPlaceholderText(tr("What the requester should change"));
        m_reason->setAccessibleName(tr("Reason for sending back"));
        form->addRow(tr("&Reason:"), m_reason);
        connect(m_reason, &QLineEdit::textChanged, this, &ActionDialog::updateOk);
    }
    if (RequestActions::needsStorage(action)) {
        m_storage = new QComboBox(this);
        m_storage->setAccessibleName(tr("Storage location"));
        connect(m_storage, &QComboBox::currentIndexChanged, this, &ActionDialog::updateOk);
        fillStorage();
        if (storage) {
            // The locations may still be loading (or change meanwhile): follow them.
            connect(storage, &QAbstractItemModel::rowsInserted, this, &ActionDialog::fillStorage);
            connect(storage, &QAbstractItemModel::rowsRemoved, this, &ActionDialog::fillStorage);
            connect(storage, &QAbstractItemModel::modelReset, this, &ActionDialog::fillStorage);
        }
        form->addRow(tr("&Storage:"), m_storage);
    }
    if (RequestActions::needsSignature(action)) {
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setAccessibleName(tr("Your password (digital signature)"));
        m_password->setPlaceholderText(tr("Your password"));
        form->addRow(tr("&Password:"), m_password);
        auto *hint = new QLabel(tr("Your password signs this decision; a wrong one changes nothing."), this);
        hint->setWordWrap(true);
        QFont small = hint->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        hint->setFont(small);
        form->addRow(QString(), hint);
        connect(m_password, &QLineEdit::textChanged, this, &ActionDialog::updateOk);
    }

    okButton()->setText(RequestActions::title(action));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    updateOk();
    if (m_reason)
        m_reason->setFocus();
    else if (m_password)
        m_password->setFocus();
}

void ActionDialog::fillStorage()
{
    const EntityId unit = RequestActions::storageUnitFor(m_action, m_entity, m_row);
    const EntityId current = EntityId::fromJsonOrNull(m_row.value(QLatin1String("storage_id")));
    const QVariant chosen = m_storage->currentData();
    m_storage->clear();
    for (int r = 0; m_storageModel && r < m_storageModel->rowCount(); ++r) {
        const QJsonObject location = m_storageModel->index(r, 0).data(EntityTableModel::RowJsonRole).toJsonObject();
        const EntityId id = EntityId::fromJsonOrNull(location.value(QLatin1String("id")));
        if (id.isNull() || (unit.isValid() && EntityId::fromJsonOrNull(location.value(QLatin1String("unit_id"))) != unit))
            continue;
        if (m_action == EntityAction::Relocate && id == current)
            continue;  // it is there already
        QString label = location.value(QLatin1String("code")).toString();
        const QString description = location.value(QLatin1String("description")).toString();
        if (!description.isEmpty())
            label += QStringLiteral(" — ") + description;
        m_storage->addItem(label, QVariant::fromValue(id));
    }
    const int again = m_storage->findData(chosen);
    if (again >= 0)
        m_storage->setCurrentIndex(again);
    m_storage->setEnabled(m_storage->count() > 0);
    m_storage->setPlaceholderText(m_storage->count() > 0 ? QString()
                                                         : tr("No storage location of unit %1 is known").arg(unit.toString()));
    updateOk();
}

QPushButton *ActionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ActionDialog::updateOk()
{
    bool ok = true;
    if (m_password && m_password->text().isEmpty())
        ok = false;
    if (m_reason && m_reason->text().trimmed().isEmpty())
        ok = false;
    if (m_storage && m_storage->currentIndex() < 0)
        ok = false;
    okButton()->setEnabled(ok);
}

QString ActionDialog::describe() const
{
    const bool crate = m_entity == QLatin1String("crate");
    const QString number = m_row.value(QLatin1String(crate ? "crate_number" : "request_number")).toString();
    const QString crateNumber = m_row.value(QLatin1String("crate_number")).toString();
    const QString requester = m_row.value(QLatin1String("requester")).toString();
    const QString what = tr("%1 %2").arg(kindTitle(m_entity), number);
    switch (m_action) {
    case EntityAction::Approve:
        return tr("Approve %1?").arg(what);
    case EntityAction::Reject:
        return tr("Reject %1? This cannot be undone.").arg(what);
    case EntityAction::SendBack:
        return requester.isEmpty() ? tr("Send %1 back for changes?").arg(what)
                                   : tr("Send %1 back to %2 for changes?").arg(what, requester);
    case EntityAction::AllocateStorage:
        if (m_entity == QLatin1String("transfer"))
            return tr("Choose where %1 will be stored when the transfer of %2 is received.").arg(crateNumber, what);
        if (m_entity == QLatin1String("withdrawal"))
            return tr("Choose where %1 goes back to when %2 is returned.").arg(crateNumber, what);
        return tr("Choose a storage location for %1.").arg(what);
    case EntityAction::Issue:
        if (m_entity == QLatin1String("destruction"))
            return tr("Issue %1? Crate %2 will be archived (handed over for destruction).").arg(what, crateNumber);
        return tr("Issue %1? Crate %2 will be withdrawn from the store.").arg(what, crateNumber);
    case EntityAction::Return:
        if (m_entity == QLatin1String("destruction"))
            return tr("Confirm the destruction for %1? Crate %2 will be marked destroyed.").arg(what, crateNumber);
        if (m_entity == QLatin1String("transfer"))
            return tr("Receive %1? Crate %2 moves to this unit.").arg(what, crateNumber);
        return tr("Return %1? Crate %2 comes back to the store.").arg(what, crateNumber);
    case EntityAction::Relocate:
        return tr("Move %1 to another storage location.").arg(what);
    }
    return QString();
}

ActionRequest ActionDialog::request() const
{
    ActionRequest request;
    request.action = m_action;
    request.entity = m_entity;
    request.id = EntityId::fromJsonOrNull(m_row.value(QLatin1String("id")));
    request.number = m_row.value(QLatin1String(m_entity == QLatin1String("crate") ? "crate_number"
                                                                                   : "request_number"))
                         .toString();
    if (m_password)
        request.password = m_password->text();
    if (m_reason)
        request.reason = m_reason->text().trimmed();
    if (m_storage)
        request.storageId = m_storage->currentData().value<EntityId>();
    return request;
}

}  // namespace Dms
