#include "storage/WrittenProject.h"

#include "storage/ProjectWriter.h"
#include "storage/SqlRowReader.h"
#include "storage/SqliteConnection.h"

#include <limits>

namespace hp {

using Type = ProjectTables::Type;

WrittenProject::WrittenProject() : m_c(ProjectTables::memoryProject()) {}

void WrittenProject::write(const Project &project, const ProjectWriter::TableWritten &written)
{
    m_c->exec(QStringLiteral("BEGIN"));
    ProjectWriter::write(*m_c, project, written);
    m_c->exec(QStringLiteral("COMMIT"));
}

WrittenProject::~WrittenProject() = default;

ProjectTables::Table WrittenProject::table(std::size_t t) const
{
    ProjectTables::Table out = ProjectTables::shapes().at(t);
    QStringList order;
    for (int k : out.key)
        order << out.columns[k];
    SqlRowReader row(*m_c, out.name,
                     QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                         .arg(out.columns.join(QStringLiteral(", ")), out.name, order.join(QStringLiteral(", "))));
    while (row.next()) {
        std::vector<std::optional<QString>> values;
        values.reserve(out.types.size());
        for (std::size_t i = 0; i < out.types.size(); ++i) {
            const int col = int(i);
            if (row.isNull(col))
                values.emplace_back();
            else if (out.types[i] == Type::Integer)
                values.emplace_back(QString::number(
                    row.integer(col, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max())));
            else if (out.types[i] == Type::Real)
                values.emplace_back(QString::number(row.real(col), 'g', 17));
            else
                values.emplace_back(row.text(col));
        }
        out.rows.push_back(std::move(values));
    }
    return out;
}

} // namespace hp
