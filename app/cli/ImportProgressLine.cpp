#include "ImportProgressLine.h"

namespace hp::cli {

ImportProgressLine::ImportProgressLine(QTextStream &err, bool enabled)
    : m_err(err)
    , m_enabled(enabled)
{
    m_timer.start();
}

QString ImportProgressLine::text(const ImportProgress &p, qint64 ms)
{
    constexpr double mb = 1024.0 * 1024.0;
    const int percent = p.bytesTotal > 0 ? int(100 * p.bytesRead / p.bytesTotal) : 0;
    const qint64 perSecond = ms > 0 ? p.rows * 1000 / ms : 0;
    return QStringLiteral("reading %1 of %2 MB (%3 %): %4 rows, %5 rows/s")
        .arg(p.bytesRead / mb, 0, 'f', 0)
        .arg(p.bytesTotal / mb, 0, 'f', 0)
        .arg(percent)
        .arg(p.rows)
        .arg(perSecond);
}

std::function<void(const ImportProgress &)> ImportProgressLine::callback()
{
    if (!m_enabled)
        return {};
    return [this](const ImportProgress &p) {
        const qint64 ms = m_timer.elapsed();
        if (ms < 500 || ms - m_lastMs < 200)
            return;
        m_lastMs = ms;
        m_shown = true;
        m_err << '\r' << text(p, ms) << QStringLiteral("\x1b[K");
        m_err.flush();
    };
}

void ImportProgressLine::clear()
{
    if (!m_shown)
        return;
    m_err << QStringLiteral("\r\x1b[K");
    m_err.flush();
    m_shown = false;
}

} // namespace hp::cli
