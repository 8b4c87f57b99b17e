#pragma once

#include "ImportSourcePage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace hp {

/// Page 2: the detected dialect of each CSV file, shown and changeable:
/// delimiter, quote, header row, encoding (an 8-bit encoding only by explicit
/// choice), decimal comma and the order of ambiguous slash dates; for a price
/// map, the input:output token mix.
class ImportDialectPage : public ImportSourcePage {
    Q_OBJECT

public:
    explicit ImportDialectPage(ImportSession &session, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *dateOrderBox() const { return m_dateOrder; }
    QCheckBox *decimalCommaBox() const { return m_decimalComma; }
    QCheckBox *headerBox() const { return m_header; }
    QLabel *notesLabel() const { return m_notes; }
    QLineEdit *mixEdit() const { return m_mix; }

private:
    void showSource() override; ///< the chosen file's dialect into the controls
    void storeSource(); ///< the controls into the chosen file's dialect

    QComboBox *m_delimiter = nullptr;
    QComboBox *m_quote = nullptr;
    QCheckBox *m_header = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_decimalComma = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QLineEdit *m_mix = nullptr; ///< price maps: input:output token mix
    QLabel *m_notes = nullptr;
};

} // namespace hp
