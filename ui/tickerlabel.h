#pragma once

#include <QWidget>

// A one-line label for a figure that changes at every tick of a run: the time elapsed, the
// jobs done, the number a worker checks. Its size comes from the widest text it was told to
// expect, not from the text it shows, so a new text repaints the label alone. (A QLabel asks
// for a new layout at each setText, and every layout up to the window's is done again: on a
// two-core machine that is time the workers do not get.) Where it is narrower than its text,
// the text ends in "…".
class TickerLabel : public QWidget
{
    Q_OBJECT
public:
    explicit TickerLabel(QWidget *parent = nullptr);

    QString text() const;
    // Repaints; lays out again only for a text wider than any reserved or shown before.
    void setText(const QString &text);
    // Room for this text too, from now on, whatever is shown.
    void reserve(const QString &widest);
    void setAlignment(Qt::Alignment alignment);
    // Whether it is narrower than its text.
    bool isElided() const;
    // The room a text takes in this label's font.
    int widthOf(const QString &text) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Widens the reserved room to this text's width, and says whether it did.
    bool widenTo(const QString &text);

    QString m_text;
    QString m_widest; // measured again when the font changes
    int m_reservedWidth = 0;
    Qt::Alignment m_alignment = Qt::AlignLeft | Qt::AlignVCenter;
};
