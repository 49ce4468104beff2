"""What the main window's actions and the library's buttons do, in their tooltips: a tooltip
that repeats a button's label tells nothing."""

from __future__ import annotations

from openreport.ui.labels import tr


def action_tips() -> dict[str, str]:
    """The tooltip of each of the window's actions, by attribute name."""
    return {
        "undo_action": tr("التراجع عن آخر تعديل في الحقل أو في المكتبة"),
        "redo_action": tr("إعادة آخر ما تم التراجع عنه"),
        "new_action": tr("بدء تقرير جديد فارغ في المكتبة"),
        "open_action": tr("فتح التقرير المختار في المحرر"),
        "duplicate_action": tr("إنشاء نسخة من التقرير المختار يبدأ منها تقرير الدورة المقبلة"),
        "delete_action": tr("نقل التقرير المختار إلى سلة المحذوفات؛ يمكن استرجاعه منها"),
        "restore_action": tr("إعادة التقرير المختار من سلة المحذوفات إلى المكتبة"),
        "empty_trash_action": tr("حذف التقارير التي في السلة نهائيا، بعد التأكيد"),
        "export_action": tr("حفظ التقرير ملف Word ‏(DOCX) يمكن تعديله"),
        "pdf_action": tr("حفظ التقرير ملف PDF/A للأرشيف، بخطوط مضمنة ونص قابل للبحث"),
        "preview_action": tr("عرض صفحات التقرير كلها كما ستطبع"),
        "print_action": tr("طباعة التقرير على طابعة، مع اختيار الصفحات وعدد النسخ"),
        "export_file_action": tr("حفظ التقرير في ملف يفتح في OpenReport على حاسوب آخر"),
        "import_action": tr("إضافة تقارير من ملف ‎.openreport أو JSON إلى المكتبة"),
        "profile_action": tr("تعديل معطيات الجماعة التي تظهر في رأسية التقارير وتوقيعها"),
        "quit_action": tr("إغلاق OpenReport؛ ما كتبته محفوظ"),
    }


def button_tips() -> dict[str, str]:
    """The tooltip of each of the library page's buttons, by attribute name."""
    return {
        "new_button": tr("بدء تقرير جديد فارغ في المكتبة"),
        "demo_button": tr("فتح التقرير النموذجي (منتدى السعيدية) لترى تقريرا مكتملا"),
    }


def explain(window) -> None:
    """Give the window's actions and the library's buttons their tooltips (those the window
    has: a missing one is skipped)."""
    for name, tip in action_tips().items():
        action = getattr(window, name, None)
        if action is not None:
            action.setToolTip(tip)
            action.setStatusTip(tip)
    page = getattr(window, "library_page", None)
    for name, tip in button_tips().items():
        button = getattr(page, name, None)
        if button is not None and not button.toolTip():
            button.setToolTip(tip)
