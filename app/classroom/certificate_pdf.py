"""A certificate as a one-page PDF (QPdfWriter + QPainter): name, assessment, score, date, trainer and
the verification code. Needs a QGuiApplication (offscreen is enough)."""

from __future__ import annotations

from coursebook.classroom.certificate import Certificate

from app.i18n import number_text
from app.qt import QCoreApplication, QFont, QMarginsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QRectF, Qt


def write_certificate(certificate: Certificate, path: str) -> None:
    writer = QPdfWriter(path)
    writer.setTitle(QCoreApplication.translate("Certificate", "Certificate"))
    writer.setCreator("Coursebook")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    painter = QPainter(writer)
    try:
        paint(certificate, painter, writer.width(), writer.height())
    finally:
        painter.end()


def paint(certificate: Certificate, painter: QPainter, width: float, height: float) -> None:
    """Draw the certificate on any paint device (the PDF page, or an image for a preview)."""
    if True:
        area = QRectF(0, 0, width, height)
        lines = [
            (QCoreApplication.translate("Certificate", "Certificate"), 36, True),
            (certificate.learner, 28, True),
            (QCoreApplication.translate("Certificate", "passed “%1”").replace("%1", certificate.title), 18, False),
            (QCoreApplication.translate("Certificate", "with %1 %").replace("%1", number_text(certificate.grade)), 18, False),
            (QCoreApplication.translate("Certificate", "on %1").replace("%1", certificate.date), 14, False),
            (QCoreApplication.translate("Certificate", "Trainer: %1").replace("%1", certificate.trainer)
             if certificate.trainer else "", 14, False),
            (QCoreApplication.translate("Certificate", "Verification code: %1").replace("%1", certificate.code), 12,
             False),
        ]
        y = area.height() * 0.12
        for text, size, bold in lines:
            if not text:
                continue
            font = QFont()
            font.setPointSizeF(size)
            font.setBold(bold)
            painter.setFont(font)
            step = painter.fontMetrics().height() * 1.8
            painter.drawText(QRectF(0, y, area.width(), step), int(Qt.AlignmentFlag.AlignCenter), text)
            y += step
