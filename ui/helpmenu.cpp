#include "helpmenu.h"

#include "helpdialog.h"

#include <QCoreApplication>
#include <QMessageBox>

HelpMenu::HelpMenu(QWidget *window)
    : QMenu(tr("&Help"), window)
    , m_window(window)
{
    setToolTipsVisible(true);
    QAction *reading = addAction(tr("&How to read this window"), this,
                                 [this] { dialog()->showTopic(HelpDialog::Topic::Reading); });
    reading->setShortcut(QKeySequence::HelpContents);
    reading->setToolTip(tr("What each panel shows, in two sentences"));
    QAction *keys = addAction(tr("&Keyboard shortcuts"), this,
                              [this] { dialog()->showTopic(HelpDialog::Topic::Shortcuts); });
    keys->setToolTip(tr("Every shortcut of the page shown"));
    QAction *words
        = addAction(tr("&Vocabulary"), this, [this] { dialog()->showTopic(HelpDialog::Topic::Vocabulary); });
    words->setToolTip(tr("The chapter's words, and where each shows in the window"));
    addSeparator();
    QAction *about = addAction(tr("&About Conviz"), this, [this] {
        QMessageBox::about(
            m_window, tr("About Conviz"),
            tr("<h3>Conviz %1</h3><p>Chapter 19 of <i>Fluent Python</i> made visible: the same "
               "prime checker run sequentially, by threads, by worker processes and by "
               "coroutines, with a spinner that must never freeze.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
    about->setToolTip(tr("Conviz's version, and what it shows"));
}

HelpDialog *HelpMenu::dialog()
{
    if (!m_dialog)
        m_dialog = new HelpDialog(m_window);
    return m_dialog;
}
