#pragma once

#include <QDialog>

class QTabWidget;
class QTextBrowser;

// Help in place: how to read each panel, the keyboard shortcuts and the chapter's vocabulary
// with where each word shows in the window. The shortcuts are listed from the window's own
// actions and shortcuts each time the dialog is shown, so the list cannot go stale.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Topic { Reading, Shortcuts, Vocabulary };
    Q_ENUM(Topic)

    // window: the one whose shortcuts are listed (also the dialog's parent).
    explicit HelpDialog(QWidget *window);

    // Shows the dialog (not modal: the window stays usable beside it) on a topic.
    void showTopic(Topic topic);
    Topic topic() const;
    // A topic's text as the user reads it, without markup.
    QString plainText(Topic topic) const;

    // The shortcuts that act in window now: every QAction and QShortcut with a key, as HTML
    // table rows (key, what it does).
    static QString shortcutRows(const QWidget *window);

private:
    QString readingHtml() const;
    QString shortcutsHtml() const;
    QString vocabularyHtml() const;

    QWidget *m_window;
    QTabWidget *m_tabs;
    QTextBrowser *m_pages[3];
};
