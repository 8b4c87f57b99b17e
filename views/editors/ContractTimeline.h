#pragma once

#include <QWidget>

namespace hp {

class ClausesModel;

/// Every clause of the selected contract as a bar over its dates, on a
/// yearly axis that spans the contract and all its clauses.
class ContractTimeline : public QWidget {
    Q_OBJECT

public:
    explicit ContractTimeline(ClausesModel *model, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ClausesModel *m_model;
};

} // namespace hp
