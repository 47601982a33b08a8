#include "tickerlabel.h"

#include "elidedtext.h"
#include "figureshape.h"

#include <QAccessibleWidget>
#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>

namespace {
// Read as a label, its text as its name, not as a panel.
class TickerLabelAccessible : public QAccessibleWidget
{
public:
    explicit TickerLabelAccessible(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::StaticText)
    { }
    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Name && widget()->accessibleName().isEmpty())
            return static_cast<const TickerLabel *>(widget())->text();
        return QAccessibleWidget::text(kind);
    }
};

QAccessibleInterface *accessibleTickerLabel(const QString &className, QObject *object)
{
    if (className == QLatin1String("TickerLabel") && object && object->isWidgetType())
        return new TickerLabelAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

TickerLabel::TickerLabel(QWidget *parent)
    : QWidget(parent)
{
    static const bool accessible = [] {
        QAccessible::installFactory(accessibleTickerLabel);
        return true;
    }();
    Q_UNUSED(accessible)
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_widestDigit = FigureShape::widestDigit(font());
}

QString TickerLabel::text() const
{
    return m_text;
}

void TickerLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    if (widenTo(text, m_shownShape))
        updateGeometry();
    update();
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void TickerLabel::reserve(const QString &widest)
{
    if (widenTo(widest, m_reservedShape))
        updateGeometry();
}

void TickerLabel::setAlignment(Qt::Alignment alignment)
{
    m_alignment = alignment;
    update();
}

void TickerLabel::setElidable(bool elidable)
{
    m_elidable = elidable;
    setSizePolicy(elidable ? QSizePolicy::Preferred : QSizePolicy::Minimum, QSizePolicy::Fixed);
}

bool TickerLabel::isElided() const
{
    return ElidedText::isElided(this, textWidth());
}

QString TickerLabel::shownText() const
{
    return ElidedText::shown(this, m_text, textWidth());
}

int TickerLabel::textWidth() const
{
    // Its shape's width holds it (its digits the widest): measured exactly only when that
    // does not fit, which a label kept in its room never is.
    if (m_shownShape.width <= contentsRect().width())
        return m_shownShape.width;
    return ElidedText::width(font(), m_text);
}

QSize TickerLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return { m_reservedWidth + margins.left() + margins.right(),
             fontMetrics().height() + margins.top() + margins.bottom() };
}

QSize TickerLabel::minimumSizeHint() const
{
    QSize size = sizeHint();
    if (m_elidable) {
        const QMargins margins = contentsMargins();
        size.setWidth(
            std::min(size.width(),
                     ElidedText::width(font(), QStringLiteral("999…")) + margins.left() + margins.right()));
    }
    return size;
}

void TickerLabel::paintEvent(QPaintEvent *)
{
    ElidedText::paint(this, m_text, textWidth(), m_alignment);
}

void TickerLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_widestDigit = FigureShape::widestDigit(font());
        m_reservedWidth = 0;
        m_reservedShape = {};
        m_shownShape = {};
        widenTo(m_widest, m_reservedShape);
        widenTo(m_text, m_shownShape);
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

bool TickerLabel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip
        && ElidedText::showWholeText(this, static_cast<QHelpEvent *>(event), m_text, isElided()))
        return true;
    return QWidget::event(event);
}

bool TickerLabel::widenTo(const QString &text, Shape &last)
{
    const QString shape = FigureShape::of(text, m_widestDigit);
    // The same figure with other digits, as at most ticks: measured already.
    if (shape != last.text)
        last = { shape, ElidedText::width(font(), shape) };
    if (last.width <= m_reservedWidth)
        return false;
    m_reservedWidth = last.width;
    m_widest = text;
    return true;
}
