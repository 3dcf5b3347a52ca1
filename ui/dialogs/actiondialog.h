// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DMS Live Console developers

#pragma once

#include "actions/requestactions.h"

#include <QDialog>
#include <QJsonObject>

class QAbstractItemModel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Dms {

// Asks what an action needs before it runs: the password again for approve, reject and
// send back (the digital signature), a reason for send back, a storage location for
// allocate storage and relocate; for issue and return, a confirmation saying what happens
// to the crate. Opened window-modal with open(): the window keeps updating meanwhile.
class ActionDialog final : public QDialog
{
    Q_OBJECT
public:
    // storage: the storage locations (EntityTableModel rows with id, code, unit_id); only
    // those of the unit the action concerns are offered.
    ActionDialog(EntityAction action, const QString &entity, const QJsonObject &row,
                 const QAbstractItemModel *storage, QWidget *parent = nullptr);

    ActionRequest request() const;  // what to run (includes the typed password)

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QComboBox *storageCombo() const { return m_storage; }
    QPushButton *okButton() const;

private:
    void updateOk();
    void fillStorage();
    QString describe() const;

    EntityAction m_action;
    QString m_entity;
    QJsonObject m_row;
    const QAbstractItemModel *m_storageModel;
    QLabel *m_text;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_storage = nullptr;
    QDialogButtonBox *m_buttons;
};

}  // namespace Dms
