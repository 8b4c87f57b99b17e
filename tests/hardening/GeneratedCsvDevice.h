#pragma once
// A read-only sequential device that generates CSV text on the fly, so the
// huge-input tests stream gigabytes without a file on disk or the bytes in
// memory: a header, then `block` repeated until `total` bytes were produced.

#include <QIODevice>

#include <algorithm>

namespace hp::test {

class GeneratedCsvDevice : public QIODevice {
public:
    GeneratedCsvDevice(QByteArray header, QByteArray block, qint64 total)
        : m_header(std::move(header)), m_block(std::move(block)), m_total(total)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_at; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize && m_at < m_total) {
            const QByteArray &source = m_at < m_header.size() ? m_header : m_block;
            const qint64 offset = m_at < m_header.size() ? m_at : (m_at - m_header.size()) % m_block.size();
            const qint64 take = std::min({maxSize - n, qint64(source.size()) - offset, m_total - m_at});
            std::copy_n(source.constData() + offset, take, data + n);
            n += take;
            m_at += take;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_header;
    QByteArray m_block;
    qint64 m_total;
    qint64 m_at = 0;
};

} // namespace hp::test
