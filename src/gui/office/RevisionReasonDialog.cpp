// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/office/RevisionReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kim::gui {

namespace {
constexpr int MaxReasonLength = 500;
}

RevisionReasonDialog::RevisionReasonDialog(const QString& periodLabel, int nextRevision, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Neue Revision veröffentlichen"));
    auto* text = new QLabel(tr("Das %1 ist bereits veröffentlicht und damit eingefroren. Seitdem haben sich die "
                               "eingegangenen Meldungen geändert. Die neuen Zahlen werden als Revision %2 "
                               "veröffentlicht; frühere Revisionen bleiben lesbar.<br><br>"
                               "Bitte geben Sie den Grund an (er erscheint im Bericht):")
                                .arg(periodLabel)
                                .arg(nextRevision),
                            this);
    text->setWordWrap(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("reasonEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("z. B. Korrekturmeldung aus Verl nachgereicht"));
    text->setBuddy(m_edit);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Revision veröffentlichen"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_edit->toPlainText().size() > MaxReasonLength) {
            m_edit->setPlainText(m_edit->toPlainText().left(MaxReasonLength));
            m_edit->moveCursor(QTextCursor::End);
        }
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_edit);
    layout->addWidget(m_buttons);
    resize(480, 300);
}

QString RevisionReasonDialog::reason() const {
    return m_edit->toPlainText().simplified();
}

} // namespace kim::gui
