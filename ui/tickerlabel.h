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
    // The text as painted: whole, or ending in "…" when elided.
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    // A text with its digits the widest, and its width: the room any figure of that shape takes.
    struct Shape
    {
        QString text;
        int width = 0;
    };
    // Widens the reserved room to this text's shape, and says whether it did; last keeps the
    // shape measured last on this path (reserved or shown), not measured again.
    bool widenTo(const QString &text, Shape &last);
    int textWidth() const;

    QString m_text;
    Shape m_shownShape; // m_text's
    Shape m_reservedShape; // the last reserve()'s
    QString m_widest; // measured again when the font changes
    int m_reservedWidth = 0;
    QChar m_widestDigit = QLatin1Char('0');
    bool m_elidable = false;
    Qt::Alignment m_alignment = Qt::AlignLeft | Qt::AlignVCenter;
};
