#pragma once

#include <QMenu>

class HelpDialog;

// The Help menu: how to read the window (F1), the keyboard shortcuts, the chapter's vocabulary,
// and About. The help opens beside the window, not over it.
class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    explicit HelpMenu(QWidget *window);

    // Built when first asked for: most sessions never open it, and it is a tenth of the
    // window's start.
    HelpDialog *dialog();

private:
    QWidget *m_window;
    HelpDialog *m_dialog = nullptr;
};
