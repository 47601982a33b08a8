#pragma once

#include <QMenu>

class QActionGroup;

// Language → follow the system, English, 简体中文. The choice is kept; the window speaks it
// from its next start, which the user may ask for at once.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    // The user asked to restart now in the chosen language.
    void restartRequested();

private:
    void onChosen(const QString &code);

    QActionGroup *m_group;
};
