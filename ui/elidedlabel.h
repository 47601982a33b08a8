#pragma once

#include <QLabel>

// A one-line label of plain text that ends in "…" where it is too narrow, and shows its whole
// text as its tooltip then: the status bar's message gives way to the figures beside it
// instead of being cut mid-word.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override;
    // Whether the text is wider than the label.
    bool isElided() const;
    // The text as painted: whole, or ending in "…" when elided.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int textWidth() const;
};
