#include "ImportDialectPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace hp {

namespace {

const QList<QChar> kDelimiters = {u',', u';', u'\t', u'|'};
const QList<QChar> kQuotes = {u'"', u'\''};

} // namespace

ImportDialectPage::ImportDialectPage(ImportSession &session, QWidget *parent)
    : ImportSourcePage(session, parent)
{
    setTitle(tr("Dialect"));
    setSubTitle(tr("How each file is read, as detected. Everything that could change a value's meaning is yours to confirm."));
    m_delimiter = new QComboBox(this);
    m_delimiter->addItems({tr("Comma ,"), tr("Semicolon ;"), tr("Tab"), tr("Pipe |")});
    m_quote = new QComboBox(this);
    m_quote->addItems({tr("Double quote \""), tr("Single quote '")});
    m_header = new QCheckBox(tr("The first row is a header"), this);
    m_encoding = new QComboBox(this);
    m_encoding->addItems({tr("UTF-8"), tr("UTF-8 with BOM"), tr("Windows-1252"), tr("Latin-1 (ISO 8859-1)")});
    m_decimalComma = new QCheckBox(tr("Decimal comma (1.234,56)"), this);
    m_dateOrder = new QComboBox(this);
    m_dateOrder->addItems({tr("Month/day/year (5/1/25 = 1 May)"), tr("Day/month/year (5/1/25 = 5 January)")});
    m_mix = new QLineEdit(QStringLiteral("3:1"), this);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout(this);
    form->addRow(tr("File"), m_file);
    form->addRow(tr("Delimiter"), m_delimiter);
    form->addRow(tr("Quote"), m_quote);
    form->addRow(QString(), m_header);
    form->addRow(tr("Encoding"), m_encoding);
    form->addRow(QString(), m_decimalComma);
    form->addRow(tr("Dates with slashes"), m_dateOrder);
    form->addRow(tr("Token mix input:output (price maps)"), m_mix);
    form->addRow(tr("Detected"), m_notes);
    for (QComboBox *box : {m_delimiter, m_quote, m_encoding, m_dateOrder})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialectPage::storeSource);
    for (QCheckBox *box : {m_header, m_decimalComma})
        connect(box, &QCheckBox::toggled, this, &ImportDialectPage::storeSource);
    connect(m_mix, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (const auto mix = PriceListReader::parseMix(text)) {
            m_session.priceOptions().inputWeight = mix->first;
            m_session.priceOptions().outputWeight = mix->second;
        }
        Q_EMIT completeChanged();
    });
}

void ImportDialectPage::initializePage()
{
    fillFileBox();
}

void ImportDialectPage::showSource()
{
    const ImportSource *source = currentSource();
    if (!source)
        return;
    const ImportSource &s = *source;
    m_updating = true;
    m_delimiter->setCurrentIndex(int(std::max<qsizetype>(0, kDelimiters.indexOf(s.dialect.csv.delimiter))));
    m_quote->setCurrentIndex(int(std::max<qsizetype>(0, kQuotes.indexOf(s.dialect.csv.quote))));
    m_header->setChecked(s.dialect.hasHeader);
    m_encoding->setCurrentIndex(int(s.dialect.encoding));
    m_decimalComma->setChecked(s.dialect.decimalComma);
    m_dateOrder->setCurrentIndex(s.dialect.dateOrder == DateOrder::DayMonthYear ? 1 : 0);
    const bool csv = s.kind != ImportKind::Prices;
    for (QWidget *w : std::initializer_list<QWidget *>{m_delimiter, m_quote, m_header, m_encoding, m_decimalComma, m_dateOrder})
        w->setEnabled(csv);
    m_mix->setEnabled(!csv);
    QStringList notes = csv ? s.guess.notes : QStringList{tr("A JSON price map: no dialect.")};
    if (s.guess.dateOrderAmbiguous)
        notes << tr("Check the date order: the sample does not decide it.");
    m_notes->setText(notes.join(u'\n'));
    m_updating = false;
}

void ImportDialectPage::storeSource()
{
    ImportSource *source = currentSource();
    if (!source)
        return;
    ImportSource &s = *source;
    ImportDialect d = s.dialect;
    d.csv.delimiter = kDelimiters.value(m_delimiter->currentIndex(), u',');
    d.csv.quote = kQuotes.value(m_quote->currentIndex(), u'"');
    d.hasHeader = m_header->isChecked();
    d.encoding = TextEncoding(m_encoding->currentIndex());
    d.decimalComma = m_decimalComma->isChecked();
    d.dateOrder = m_dateOrder->currentIndex() == 1 ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
    if (d.csv.delimiter != s.dialect.csv.delimiter || d.hasHeader != s.dialect.hasHeader || d.encoding != s.dialect.encoding)
        s.mapping.reset(); // other headers: guess the mapping again
    s.dialect = d;
    Q_EMIT completeChanged();
}

bool ImportDialectPage::isComplete() const
{
    if (!PriceListReader::parseMix(m_mix->text()))
        return false;
    // A file that is not UTF-8 needs an explicit 8-bit encoding.
    for (const ImportSource &s : m_session.sources())
        if (s.kind != ImportKind::Prices && s.guess.encodingNeedsChoice
            && (s.dialect.encoding == TextEncoding::Utf8 || s.dialect.encoding == TextEncoding::Utf8Bom))
            return false;
    return true;
}

} // namespace hp
