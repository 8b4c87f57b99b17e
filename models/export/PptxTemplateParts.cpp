#include "PptxTemplateParts.h"

#include <QXmlStreamWriter>

namespace hp {

namespace {

const char kNamespaces[] = R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
                           R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
                           R"(xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main")";

const char kEmptyTree[] = R"(<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>)"
                          R"(<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>)"
                          R"(<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr></p:spTree>)";

/// The title placeholder of the master and the layout, in the deck's title style.
QByteArray titlePlaceholder()
{
    const QByteArray x = QByteArray::number(PptxTemplateParts::kTitleX), y = QByteArray::number(PptxTemplateParts::kTitleY),
                     cx = QByteArray::number(PptxTemplateParts::kTitleWidth), cy = QByteArray::number(PptxTemplateParts::kTitleHeight);
    return QByteArrayLiteral(R"(<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1"/>)"
                             R"(</p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=")")
        + x + QByteArrayLiteral(R"(" y=")") + y + QByteArrayLiteral(R"("/><a:ext cx=")") + cx + QByteArrayLiteral(R"(" cy=")") + cy
        + QByteArrayLiteral(R"("/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody>)"
                            R"(<a:bodyPr lIns="0" rIns="0" anchor="t"><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p>)"
                            R"(<a:r><a:rPr lang="en-US" sz="2800" b="1"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:rPr>)"
                            R"(<a:t>Title</a:t></a:r></a:p></p:txBody></p:sp>)");
}

/// kEmptyTree with the title placeholder in it.
QByteArray treeWithTitle()
{
    QByteArray tree(kEmptyTree);
    tree.insert(tree.lastIndexOf("</p:spTree>"), titlePlaceholder());
    return tree;
}

QByteArray header() { return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"); }

} // namespace

QByteArray PptxTemplateParts::theme()
{
    // A complete theme: PowerPoint refuses a theme without all three format
    // style lists of three entries each.
    return header() + QByteArrayLiteral(
        R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Hedgeplan">)"
        R"(<a:themeElements><a:clrScheme name="Hedgeplan">)"
        R"(<a:dk1><a:srgbClr val="202020"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>)"
        R"(<a:dk2><a:srgbClr val="1F4E79"/></a:dk2><a:lt2><a:srgbClr val="EAF1F8"/></a:lt2>)"
        R"(<a:accent1><a:srgbClr val="1F77B4"/></a:accent1><a:accent2><a:srgbClr val="E69F00"/></a:accent2>)"
        R"(<a:accent3><a:srgbClr val="009E73"/></a:accent3><a:accent4><a:srgbClr val="CC79A7"/></a:accent4>)"
        R"(<a:accent5><a:srgbClr val="56B4E9"/></a:accent5><a:accent6><a:srgbClr val="D55E00"/></a:accent6>)"
        R"(<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>)"
        R"(</a:clrScheme><a:fontScheme name="Hedgeplan">)"
        R"(<a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>)"
        R"(<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>)"
        R"(</a:fontScheme><a:fmtScheme name="Hedgeplan"><a:fillStyleLst>)"
        R"(<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>)"
        R"(<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst>)"
        R"(<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>)"
        R"(<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>)"
        R"(<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>)"
        R"(<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>)"
        R"(<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>)"
        R"(<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>)"
        R"(<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>)"
        R"(</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>)");
}

QByteArray PptxTemplateParts::slideMaster(const QString &layoutRelationship)
{
    return header() + QByteArrayLiteral("<p:sldMaster ") + kNamespaces
        + QByteArrayLiteral(R"(><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>)") + treeWithTitle()
        + QByteArrayLiteral(R"(</p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" )"
                            R"(accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" )"
                            R"(hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id=")")
        + layoutRelationship.toUtf8() + QByteArrayLiteral(R"("/></p:sldLayoutIdLst></p:sldMaster>)");
}

QByteArray PptxTemplateParts::titleOnlyLayout()
{
    return header() + QByteArrayLiteral("<p:sldLayout ") + kNamespaces
        + QByteArrayLiteral(R"( type="titleOnly" preserve="1"><p:cSld name="Title Only">)") + treeWithTitle()
        + QByteArrayLiteral(R"(</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>)");
}

QByteArray PptxTemplateParts::presentationProperties()
{
    return header() + QByteArrayLiteral("<p:presentationPr ") + kNamespaces + QByteArrayLiteral("/>");
}

QByteArray PptxTemplateParts::viewProperties()
{
    return header() + QByteArrayLiteral("<p:viewPr ") + kNamespaces
        + QByteArrayLiteral(R"(><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr>)"
                            R"(<p:gridSpacing cx="76200" cy="76200"/></p:viewPr>)");
}

QByteArray PptxTemplateParts::tableStyles()
{
    return header()
        + QByteArrayLiteral(R"(<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
                            R"(def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>)");
}

QByteArray PptxTemplateParts::presentation(const QString &masterRelationship, const std::vector<QString> &slideRelationships)
{
    QByteArray out = header() + QByteArrayLiteral("<p:presentation ") + kNamespaces
        + QByteArrayLiteral(R"( saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id=")")
        + masterRelationship.toUtf8() + QByteArrayLiteral(R"("/></p:sldMasterIdLst><p:sldIdLst>)");
    int id = 256;
    for (const QString &rel : slideRelationships)
        out += QByteArrayLiteral(R"(<p:sldId id=")") + QByteArray::number(id++) + QByteArrayLiteral(R"(" r:id=")")
            + rel.toUtf8() + QByteArrayLiteral(R"("/>)");
    out += QByteArrayLiteral("</p:sldIdLst><p:sldSz cx=\"") + QByteArray::number(kSlideWidth) + QByteArrayLiteral("\" cy=\"")
        + QByteArray::number(kSlideHeight)
        + QByteArrayLiteral(R"("/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>)");
    return out;
}

QByteArray PptxTemplateParts::coreProperties(const QString &title, const QDateTime &created)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("cp:coreProperties"));
    xml.writeAttribute(QStringLiteral("xmlns:cp"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
    xml.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    xml.writeAttribute(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
    xml.writeAttribute(QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    xml.writeTextElement(QStringLiteral("dc:title"), title);
    xml.writeTextElement(QStringLiteral("dc:creator"), QStringLiteral("Hedgeplan"));
    xml.writeStartElement(QStringLiteral("dcterms:created"));
    xml.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
    xml.writeCharacters(created.toUTC().toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray PptxTemplateParts::appProperties(int slides)
{
    return header()
        + QByteArrayLiteral(R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">)"
                            R"(<Application>Hedgeplan</Application><PresentationFormat>Widescreen</PresentationFormat><Slides>)")
        + QByteArray::number(slides) + QByteArrayLiteral("</Slides></Properties>");
}

} // namespace hp
