#pragma once

#include <QTabWidget>

// The window's pages. QTabWidget repaints all of itself whenever anything inside asks for a
// new layout, so a label that changes its text ten times a second repaints the whole window
// ten times a second, on the cores the run is using. The pages lay themselves out: the tabs
// are laid out again only when their own size hints change. Corner widgets, a hidden tab bar
// and height-for-width are not watched: the window uses none of them.
class PageTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit PageTabs(QWidget *parent = nullptr);

    // How many layout requests were passed on to QTabWidget (tests).
    int layoutsTaken() const { return m_layoutsTaken; }

protected:
    bool event(QEvent *event) override;
    // QTabWidget lays the tabs out and tells its parent of its hints here too, beside any
    // layout request: what the parent last saw is unknown after them.
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Hints
    {
        QSize size;
        QSize minimum;
        QSize tabBar;
        friend bool operator==(const Hints &, const Hints &) = default;
    };
    Hints hints() const;

    Hints m_laidOutFor; // the hints the parent was last told of
    int m_layoutsTaken = 0;
};
