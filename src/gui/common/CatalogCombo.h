// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Catalog.h"

#include <QComboBox>
#include <QString>

#include <algorithm>
#include <optional>

namespace kim::gui {

// Combo boxes over a catalogue enumeration: one item per core::allValues<Enum>() in that order,
// text core::label(value), the value stored as int item data.
class CatalogCombo final {
public:
    CatalogCombo() = delete;

    template <typename Enum> static void fill(QComboBox* combo) {
        for (const Enum value : core::allValues<Enum>()) {
            combo->addItem(core::label(value), static_cast<int>(value));
        }
    }
    template <typename Enum> static Enum current(const QComboBox* combo) {
        return static_cast<Enum>(combo->currentData().toInt());
    }
    // Selects value; the first item if the combo box does not hold it.
    template <typename Enum> static void select(QComboBox* combo, Enum value) {
        combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(value))));
    }

    // Same with a first item noneText (data 0) for "no value", e.g. "Alle Kommunen" in a filter.
    // Catalogue values start at 1, so 0 never clashes with a value.
    template <typename Enum> static void fillOptional(QComboBox* combo, const QString& noneText) {
        combo->addItem(noneText, 0);
        fill<Enum>(combo);
    }
    template <typename Enum> static std::optional<Enum> currentOptional(const QComboBox* combo) {
        const int value = combo->currentData().toInt();
        return value == 0 ? std::nullopt : std::optional<Enum>(static_cast<Enum>(value));
    }
    template <typename Enum> static void selectOptional(QComboBox* combo, std::optional<Enum> value) {
        if (value) {
            select(combo, *value);
        } else {
            combo->setCurrentIndex(0);
        }
    }
};

} // namespace kim::gui
