#pragma once

#include <QWidget>

// A one-line label for a figure that changes at every tick of a run: the time elapsed, the
// jobs done, the number a worker checks. Its size comes from the widest text it was told to
// expect, not from the text it shows, so a new text repaints the label alone. (A QLabel asks
// for a new layout at each setText, and every layout up to the window's is done again: on a
// two-core machine that is time the workers do not get.) A text's digits count as the font's
// widest, so "0.12 s" and "8.88 s" take the same room.
//
// It keeps the room of its widest text; an elidable one may get less, and then ends in "…"
// with the whole text in its tooltip.
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
    // Whether a layout may give it less than its widest text (the figures beside it keep theirs).
    void setElidable(bool elidable);
    // Whether it is narrower than its text.
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Widens the reserved room to this text's, its digits the widest, and says whether it did.
    bool widenTo(const QString &text);

    QString m_text;
    int m_textWidth = 0;
    QString m_widest; // measured again when the font changes
    QString m_measured; // the last text measured, its digits the widest
    int m_reservedWidth = 0;
    QChar m_widestDigit = QLatin1Char('0');
    bool m_elidable = false;
    Qt::Alignment m_alignment = Qt::AlignLeft | Qt::AlignVCenter;
};
