#include "languagemenu.h"

#include "language.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setToolTipsVisible(true);
    const QString current = Language::chosen();
    QAction *system = addAction(tr("Follow the system"));
    system->setData(QString());
    system->setToolTip(tr("Simplified Chinese when the system speaks Chinese, English otherwise"));
    addSeparator();
    QList<QAction *> actions { system };
    for (const Language::Choice &choice : Language::shipped()) {
        QAction *action = addAction(choice.name);
        action->setData(choice.code);
        action->setToolTip(tr("Speak %1 from the next start").arg(choice.name));
        actions.append(action);
    }
    for (QAction *action : actions) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == current);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { onChosen(action->data().toString()); });
}

void LanguageMenu::onChosen(const QString &code)
{
    if (code == Language::chosen())
        return;
    Language::choose(code);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("Conviz speaks the chosen language from its next start."),
                                QMessageBox::NoButton, parentWidget());
    QPushButton *restart = box->addButton(tr("Restart now"), QMessageBox::AcceptRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, restart](QAbstractButton *button) {
        if (button == restart)
            Q_EMIT restartRequested();
    });
    box->open();
}
