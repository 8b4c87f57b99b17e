#include "ClassPicker.h"

#include <QCheckBox>
#include <QGridLayout>

namespace hp {

ClassPicker::ClassPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (WorkloadClass c : allWorkloadClasses()) {
        auto *box = new QCheckBox(toString(c), this);
        layout->addWidget(box, i / 3, i % 3);
        m_boxes[c] = box;
        ++i;
    }
}

void ClassPicker::setClasses(const ClassSet &classes)
{
    for (auto &[c, box] : m_boxes)
        box->setChecked(classes.count(c) > 0);
}

ClassSet ClassPicker::classes() const
{
    ClassSet set;
    for (const auto &[c, box] : m_boxes)
        if (box->isChecked())
            set.insert(c);
    return set;
}

} // namespace hp
