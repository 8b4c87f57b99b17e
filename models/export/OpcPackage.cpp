#include "OpcPackage.h"

#include "export/ExportFile.h"

#include <QFile>
#include <QXmlStreamWriter>

#include <zip.h>

namespace hp {

void OpcPackage::addPart(const QString &name, const QByteArray &data, const QString &contentType)
{
    const auto it = m_index.find(name);
    if (it != m_index.end()) {
        m_parts[it->second] = {name, data, contentType};
        return;
    }
    m_index[name] = m_parts.size();
    m_parts.push_back({name, data, contentType});
}

void OpcPackage::addDefault(const QString &extension, const QString &contentType)
{
    for (const auto &[ext, type] : m_defaults)
        if (ext == extension)
            return;
    m_defaults.emplace_back(extension, contentType);
}

QString OpcPackage::addRelationship(const QString &source, const QString &type, const QString &target)
{
    std::vector<Relationship> &list = m_relationships[source];
    const QString id = QStringLiteral("rId%1").arg(list.size() + 1);
    const QString fullType = type.contains(u':') ? type : relationshipNamespace() + QLatin1Char('/') + type;
    list.push_back({id, fullType, target});
    return id;
}

QString OpcPackage::relationshipsPartName(const QString &source)
{
    const qsizetype slash = source.lastIndexOf(u'/');
    return source.left(slash + 1) + QStringLiteral("_rels/") + source.mid(slash + 1) + QStringLiteral(".rels");
}

QByteArray OpcPackage::contentTypesXml() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Types"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    const auto writeDefault = [&xml](const QString &extension, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("Default"));
        xml.writeAttribute(QStringLiteral("Extension"), extension);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    };
    writeDefault(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    writeDefault(QStringLiteral("xml"), QStringLiteral("application/xml"));
    for (const auto &[extension, type] : m_defaults)
        writeDefault(extension, type);
    for (const Part &part : m_parts) {
        if (part.contentType.isEmpty())
            continue;
        xml.writeEmptyElement(QStringLiteral("Override"));
        xml.writeAttribute(QStringLiteral("PartName"), QLatin1Char('/') + part.name);
        xml.writeAttribute(QStringLiteral("ContentType"), part.contentType);
    }
    xml.writeEndDocument();
    return out;
}

QByteArray OpcPackage::relationshipsXml(const QString &source) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Relationships"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
    const auto it = m_relationships.find(source);
    if (it != m_relationships.end()) {
        for (const Relationship &r : it->second) {
            xml.writeEmptyElement(QStringLiteral("Relationship"));
            xml.writeAttribute(QStringLiteral("Id"), r.id);
            xml.writeAttribute(QStringLiteral("Type"), r.type);
            xml.writeAttribute(QStringLiteral("Target"), r.target);
        }
    }
    xml.writeEndDocument();
    return out;
}

namespace {

/// Adds one entry; libzip reads `data` at zip_close, so it must outlive that.
bool addEntry(zip_t *archive, const QString &name, const QByteArray &data, QString *error)
{
    zip_source_t *source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
    if (!source) {
        *error = QString::fromUtf8(zip_strerror(archive));
        return false;
    }
    const zip_int64_t index = zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        *error = QString::fromUtf8(zip_strerror(archive));
        return false;
    }
    // Pictures and embedded workbooks are compressed already.
    const bool compressed = name.endsWith(QStringLiteral(".png")) || name.endsWith(QStringLiteral(".xlsx"));
    zip_set_file_compression(archive, zip_uint64_t(index), compressed ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    // A fixed time stamp (2000-01-01) makes equal content give equal bytes.
    zip_file_set_mtime(archive, zip_uint64_t(index), 946684800, 0);
    return true;
}

} // namespace

bool OpcPackage::write(const QString &path, QString *error) const
{
    ExportFile file(path);
    if (file.temporaryPath().isEmpty()) {
        *error = file.error();
        return false;
    }
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(file.temporaryPath()).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, code);
        *error = QStringLiteral("%1: cannot create the package: %2").arg(path, QString::fromUtf8(zip_error_strerror(&zipError)));
        zip_error_fini(&zipError);
        return false;
    }
    // Every buffer handed to libzip lives in `entries` until zip_close.
    std::vector<std::pair<QString, QByteArray>> entries;
    entries.emplace_back(QStringLiteral("[Content_Types].xml"), contentTypesXml());
    for (const auto &[source, list] : m_relationships)
        entries.emplace_back(relationshipsPartName(source), relationshipsXml(source));
    for (const Part &part : m_parts)
        entries.emplace_back(part.name, part.data);
    QString zipError;
    for (const auto &[name, data] : entries) {
        if (!addEntry(archive, name, data, &zipError)) {
            zip_discard(archive);
            *error = QStringLiteral("%1: cannot add %2: %3").arg(path, name, zipError);
            return false;
        }
    }
    if (zip_close(archive) != 0) {
        *error = QStringLiteral("%1: cannot write the package: %2").arg(path, QString::fromUtf8(zip_strerror(archive)));
        zip_discard(archive);
        return false;
    }
    return file.commit(error);
}

} // namespace hp
