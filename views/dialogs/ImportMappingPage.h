#pragma once

#include "ImportSourcePage.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace hp {

/// Page 3: which column feeds each field (matched case- and
/// punctuation-insensitively), or a constant, or nothing. A mapping is
/// remembered per file shape (ColumnMapping::shapeKey) in QSettings and
/// offered again for the next file with the same headers.
class ImportMappingPage : public ImportSourcePage {
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportSession &session, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    QTableWidget *table() const { return m_table; }
    /// Sets field `row` of the shown file to a column (by header), a constant or nothing.
    void mapToColumn(int row, const QString &header);
    void mapToConstant(int row, const QString &value);

    static QString settingsKey(const QString &shapeKey);

private:
    void showSource() override;
    void storeSource();

    QTableWidget *m_table = nullptr;
    QLabel *m_unused = nullptr;
};

} // namespace hp
