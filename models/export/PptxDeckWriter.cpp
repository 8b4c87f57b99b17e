#include "PptxDeckWriter.h"

#include "export/PptxChartPart.h"
#include "export/PptxSlide.h"
#include "export/PptxTemplateParts.h"
#include "export/XlsxChartBlock.h"

#include <QTimeZone>

namespace hp {

namespace {

const QString kPresentationMl = QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.");
const QString kPresentationPart = QStringLiteral("ppt/presentation.xml");

// Slide geometry (EMU): half-inch margins on a 13.33 × 7.5 in slide.
constexpr qint64 kMargin = 457200;
constexpr qint64 kContentWidth = PptxTemplateParts::kSlideWidth - 2 * kMargin;
const SlideRect kTitleBox{PptxTemplateParts::kTitleX, PptxTemplateParts::kTitleY, PptxTemplateParts::kTitleWidth,
                          PptxTemplateParts::kTitleHeight}; // the layout's title placeholder
const SlideRect kSubtitleBox{kMargin, 980000, kContentWidth, 420000};
const SlideRect kChartBox{kMargin, 1450000, kContentWidth, 4800000};
const SlideRect kFootnoteBox{kMargin, 6330000, kContentWidth, 360000};

const PptxSlide::TextStyle kTitleStyle{2800, true, 0xff1f4e79, false};
const PptxSlide::TextStyle kSubtitleStyle{1600, false, 0xff595959, false};
const PptxSlide::TextStyle kFootnoteStyle{1100, false, 0xff7f7f7f, false};

QString withIllustrative(QString footnote, bool illustrative)
{
    if (illustrative && !footnote.contains(QStringLiteral("llustrative")))
        footnote += footnote.isEmpty() ? QStringLiteral("Illustrative data") : QStringLiteral(" · Illustrative data");
    return footnote;
}

class DeckBuilder {
public:
    explicit DeckBuilder(const DeckContent &deck) : m_deck(deck) {}
    bool build(OpcPackage *package, QString *error);

private:
    QString addSlide(OpcPackage *package, PptxSlide &slide, const QString &name);
    void addTitleSlide(OpcPackage *package);
    void addSummarySlide(OpcPackage *package);
    bool addChartSlide(OpcPackage *package, const ChartData &chart, QString *error);
    void frame(PptxSlide &slide, const QString &title, const QString &subtitle, const QString &footnote) const;

    const DeckContent &m_deck;
    std::vector<QString> m_slideRelationships;
    int m_charts = 0;
};

QString DeckBuilder::addSlide(OpcPackage *package, PptxSlide &slide, const QString &name)
{
    package->addPart(name, slide.finish(), kPresentationMl + QStringLiteral("slide+xml"));
    package->addRelationship(name, QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml"));
    m_slideRelationships.push_back(
        package->addRelationship(kPresentationPart, QStringLiteral("slide"), name.mid(QStringLiteral("ppt/").size())));
    return name;
}

void DeckBuilder::frame(PptxSlide &slide, const QString &title, const QString &subtitle, const QString &footnote) const
{
    slide.addTitle(kTitleBox, title, kTitleStyle);
    if (!subtitle.isEmpty())
        slide.addText(kSubtitleBox, subtitle, kSubtitleStyle);
    slide.addText(kFootnoteBox, footnote, kFootnoteStyle);
}

void DeckBuilder::addTitleSlide(OpcPackage *package)
{
    PptxSlide slide;
    slide.addTitle({kMargin, 2100000, kContentWidth, 1200000}, m_deck.title, {4400, true, 0xff1f4e79, true});
    slide.addText({kMargin, 3400000, kContentWidth, 600000}, m_deck.subtitle, {2000, false, 0xff404040, true});
    QString line = m_deck.date.toString(Qt::ISODate);
    if (m_deck.illustrative)
        line += QStringLiteral(" · Illustrative data, not real contracts or prices");
    slide.addText({kMargin, 4100000, kContentWidth, 500000}, line, {1400, false, 0xff7f7f7f, true});
    addSlide(package, slide, QStringLiteral("ppt/slides/slide%1.xml").arg(m_slideRelationships.size() + 1));
}

void DeckBuilder::addSummarySlide(OpcPackage *package)
{
    PptxSlide slide;
    const ResultTable &table = m_deck.summary.columns.empty() ? m_deck.headline : m_deck.summary;
    frame(slide, QStringLiteral("Summary"), table.title, withIllustrative(m_deck.footnote, m_deck.illustrative));
    const qint64 rows = qint64(table.rows.size()) + 1;
    const qint64 noteHeight = m_deck.summaryNote.isEmpty() ? 0 : 600000;
    const qint64 height = std::min<qint64>(rows * 460000, kChartBox.cy - noteHeight);
    // Two columns sit in the middle; a comparison (four columns) takes the width.
    const qint64 inset = table.columns.size() > 2 ? 0 : 1400000;
    slide.addTable({kMargin + inset, kChartBox.y, kContentWidth - 2 * inset, height}, table);
    if (!m_deck.summaryNote.isEmpty())
        slide.addText({kMargin + inset, kChartBox.y + height + 150000, kContentWidth - 2 * inset, noteHeight - 150000},
                      m_deck.summaryNote, {2000, true, 0xff1f4e79, false});
    addSlide(package, slide, QStringLiteral("ppt/slides/slide%1.xml").arg(m_slideRelationships.size() + 1));
}

bool DeckBuilder::addChartSlide(OpcPackage *package, const ChartData &chart, QString *error)
{
    const QString slideName = QStringLiteral("ppt/slides/slide%1.xml").arg(m_slideRelationships.size() + 1);
    PptxSlide slide;
    frame(slide, chart.title, chart.subtitle,
          withIllustrative(chart.footnote.isEmpty() ? m_deck.footnote : chart.footnote, chart.illustrative || m_deck.illustrative));
    const int n = ++m_charts;
    const QString chartName = QStringLiteral("ppt/charts/chart%1.xml").arg(n);
    const QString workbookName = QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(n);
    const QByteArray workbook = XlsxChartBlock::standaloneWorkbook(chart, error);
    if (workbook.isEmpty())
        return false;
    package->addPart(workbookName, workbook);
    const QString workbookRelationship = package->addRelationship(
        chartName, QStringLiteral("package"), QStringLiteral("../embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(n));
    package->addPart(chartName, PptxChartPart::xml(chart, workbookRelationship),
                     QStringLiteral("application/vnd.openxmlformats-officedocument.drawingml.chart+xml"));
    slide.addChart(kChartBox, package->addRelationship(slideName, QStringLiteral("chart"), QStringLiteral("../charts/chart%1.xml").arg(n)),
                   chart.title);
    addSlide(package, slide, slideName);
    return true;
}

bool DeckBuilder::build(OpcPackage *package, QString *error)
{
    package->addDefault(QStringLiteral("xlsx"), QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    package->addRelationship({}, QStringLiteral("officeDocument"), kPresentationPart);
    package->addRelationship({}, QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                             QStringLiteral("docProps/core.xml"));
    package->addRelationship({}, QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml"));

    const QString masterName = QStringLiteral("ppt/slideMasters/slideMaster1.xml");
    const QString layoutName = QStringLiteral("ppt/slideLayouts/slideLayout1.xml");
    const QString themeName = QStringLiteral("ppt/theme/theme1.xml");
    const QString masterRelationship = package->addRelationship(kPresentationPart, QStringLiteral("slideMaster"),
                                                                QStringLiteral("slideMasters/slideMaster1.xml"));
    const QString layoutRelationship = package->addRelationship(masterName, QStringLiteral("slideLayout"),
                                                                QStringLiteral("../slideLayouts/slideLayout1.xml"));
    package->addRelationship(masterName, QStringLiteral("theme"), QStringLiteral("../theme/theme1.xml"));
    package->addRelationship(layoutName, QStringLiteral("slideMaster"), QStringLiteral("../slideMasters/slideMaster1.xml"));
    package->addPart(masterName, PptxTemplateParts::slideMaster(layoutRelationship), kPresentationMl + QStringLiteral("slideMaster+xml"));
    package->addPart(layoutName, PptxTemplateParts::titleOnlyLayout(), kPresentationMl + QStringLiteral("slideLayout+xml"));
    package->addPart(themeName, PptxTemplateParts::theme(), QStringLiteral("application/vnd.openxmlformats-officedocument.theme+xml"));

    addTitleSlide(package);
    addSummarySlide(package);
    for (const ChartData &chart : m_deck.charts)
        if (!addChartSlide(package, chart, error))
            return false;

    package->addRelationship(kPresentationPart, QStringLiteral("theme"), QStringLiteral("theme/theme1.xml"));
    package->addRelationship(kPresentationPart, QStringLiteral("presProps"), QStringLiteral("presProps.xml"));
    package->addRelationship(kPresentationPart, QStringLiteral("viewProps"), QStringLiteral("viewProps.xml"));
    package->addRelationship(kPresentationPart, QStringLiteral("tableStyles"), QStringLiteral("tableStyles.xml"));
    package->addPart(QStringLiteral("ppt/presProps.xml"), PptxTemplateParts::presentationProperties(),
                     kPresentationMl + QStringLiteral("presProps+xml"));
    package->addPart(QStringLiteral("ppt/viewProps.xml"), PptxTemplateParts::viewProperties(),
                     kPresentationMl + QStringLiteral("viewProps+xml"));
    package->addPart(QStringLiteral("ppt/tableStyles.xml"), PptxTemplateParts::tableStyles(),
                     kPresentationMl + QStringLiteral("tableStyles+xml"));
    package->addPart(kPresentationPart, PptxTemplateParts::presentation(masterRelationship, m_slideRelationships),
                     kPresentationMl + QStringLiteral("presentation.main+xml"));
    package->addPart(QStringLiteral("docProps/core.xml"),
                     PptxTemplateParts::coreProperties(m_deck.title, QDateTime(m_deck.date, QTime(0, 0), QTimeZone::utc())),
                     QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    package->addPart(QStringLiteral("docProps/app.xml"), PptxTemplateParts::appProperties(int(m_slideRelationships.size())),
                     QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    return true;
}

} // namespace

std::optional<OpcPackage> PptxDeckWriter::build(const DeckContent &deck, QString *error) const
{
    OpcPackage package;
    if (!DeckBuilder(deck).build(&package, error))
        return std::nullopt;
    return package;
}

bool PptxDeckWriter::write(const DeckContent &deck, const QString &path, QString *error) const
{
    QString buildError;
    const std::optional<OpcPackage> package = build(deck, &buildError);
    if (!package) {
        *error = QStringLiteral("%1: %2").arg(path, buildError);
        return false;
    }
    return package->write(path, error);
}

} // namespace hp
