"""Settings: interface language, text size and theme — applied at once, kept per profile."""

from __future__ import annotations

from app import appearance, language
from app.qt import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class SettingsDialog(QDialog):
    def __init__(self, current: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.get("language"))))
        self.language.setAccessibleName(self.tr("Interface language"))
        form.addRow(self.tr("&Language:"), self.language)
        self.scale = QComboBox()
        for scale in appearance.SCALES:
            self.scale.addItem(self.tr("%1 %").replace("%1", str(round(scale * 100))), scale)
        self.scale.setCurrentIndex(max(0, self.scale.findData(current.get("scale", 1.0))))
        self.scale.setAccessibleName(self.tr("Text size"))
        form.addRow(self.tr("&Text size:"), self.scale)
        self.theme = QComboBox()
        names = {"light": self.tr("Light"), "dark": self.tr("Dark"), "contrast": self.tr("High contrast")}
        for theme in appearance.THEMES:
            self.theme.addItem(names[theme], theme)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current.get("theme", "light"))))
        self.theme.setAccessibleName(self.tr("Colour theme"))
        form.addRow(self.tr("&Colours:"), self.theme)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                label.widget().setBuddy(field.widget())
        layout.addLayout(form)
        hint = QLabel(self.tr("The course text keeps its own language; only the interface around it changes."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> dict:
        return {"language": self.language.currentData(), "scale": float(self.scale.currentData()),
                "theme": self.theme.currentData()}
