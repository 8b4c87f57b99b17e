#pragma once

#include "domain/WorkloadClass.h"

#include <QWidget>

#include <map>

class QCheckBox;

namespace hp {

/// A set of workload classes as one check box per class.
class ClassPicker : public QWidget {
    Q_OBJECT

public:
    explicit ClassPicker(QWidget *parent = nullptr);
    void setClasses(const ClassSet &classes);
    ClassSet classes() const;

private:
    std::map<WorkloadClass, QCheckBox *> m_boxes;
};

} // namespace hp
