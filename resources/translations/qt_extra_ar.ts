<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA" sourcelanguage="en">
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <source>Pages &amp;per sheet:</source>
      <translation>عدد الصفحات في ال&amp;ورقة:</translation>
    </message>
    <message>
      <source>Page &amp;order:</source>
      <translation>&amp;ترتيب الصفحات:</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesWidget</name>
    <message>
      <source>Advanced</source>
      <translation>خيارات متقدمة</translation>
    </message>
    <message>
      <source>There are conflicts in some options. Please fix them.</source>
      <translation>بعض الخيارات متعارضة. المرجو تصحيحها.</translation>
    </message>
  </context>
  <context>
    <name>QCupsJobWidget</name>
    <message>
      <source>Job &amp;priority:</source>
      <translation>&amp;أولوية المهمة:</translation>
    </message>
    <message>
      <source>Scheduled &amp;printing:</source>
      <translation>&amp;موعد الطباعة:</translation>
    </message>
    <message>
      <source>&amp;Billing information:</source>
      <translation>معلومات ال&amp;فوترة:</translation>
    </message>
    <message>
      <source>&amp;Start:</source>
      <comment>Banner page at start</comment>
      <translation>ال&amp;بداية:</translation>
    </message>
    <message>
      <source>&amp;End:</source>
      <comment>Banner page at end</comment>
      <translation>ال&amp;نهاية:</translation>
    </message>
    <message>
      <source>None</source>
      <comment>CUPS Banner page</comment>
      <translation>بدون</translation>
    </message>
    <message>
      <source>Standard</source>
      <comment>CUPS Banner page</comment>
      <translation>عادية</translation>
    </message>
    <message>
      <source>Unclassified</source>
      <comment>CUPS Banner page</comment>
      <translation>غير مصنفة</translation>
    </message>
    <message>
      <source>Confidential</source>
      <comment>CUPS Banner page</comment>
      <translation>سرية</translation>
    </message>
    <message>
      <source>Classified</source>
      <comment>CUPS Banner page</comment>
      <translation>مصنفة</translation>
    </message>
    <message>
      <source>Secret</source>
      <comment>CUPS Banner page</comment>
      <translation>سري</translation>
    </message>
    <message>
      <source>Top Secret</source>
      <comment>CUPS Banner page</comment>
      <translation>سري للغاية</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>مجلد</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>Match Windows Explorer</comment>
      <translation>مجلد</translation>
    </message>
    <message>
      <source>File Folder</source>
      <comment>Match Windows Explorer</comment>
      <translation>مجلد ملفات</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>قرص</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ملف</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>غير معروف</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Type</source>
      <comment>All other platforms</comment>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Kind</source>
      <comment>Match OS X Finder</comment>
      <translation>النوع</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>ال&amp;موضع:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;نوع الملفات:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;فتح</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;حفظ</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>ا&amp;ختيار</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;حذف</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>إعادة ت&amp;سمية</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>فتح</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>حفظ باسم</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>رجوع</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>تقدم</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>مجلد</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>إظهار </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>إظهار الملفات الم&amp;خفية</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>فتح</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>حفظ الكل</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>تجاهل التغييرات</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>تطبيق</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>إعادة تعيين</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>إعادة المحاولة</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>إيقاف</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>موافق</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;طباعة</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>طباعة</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>طباعة إلى ملف (PDF)</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>طباعة إلى ملف...</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>موافق</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>ملف PDF</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>Pages</source>
      <translation>الصفحات</translation>
    </message>
    <message>
      <source>Page &amp;Set:</source>
      <translation>م&amp;جموعة الصفحات:</translation>
    </message>
    <message>
      <source>Double Sided Printing</source>
      <translation>الطباعة على الوجهين</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>التجليد على الجانب الطويل</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>التجليد على الجانب القصير</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>بدون</translation>
    </message>
    <message>
      <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
      <translation>اكتب الصفحات أو المجالات مفصولة بفواصل، والمجال رقمان بينهما شرطة. مثال: 3,5-7,9 يطبع الصفحات 3 و5 و6 و7 و9.</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>طباعة الكل</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>من صفحة</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>عكس الترتيب</translation>
    </message>
    <message>
      <source>Collate</source>
      <translation>ترتيب النسخ</translation>
    </message>
  </context>
  <context>
    <name>QPrintWidget</name>
    <message>
      <source>P&amp;roperties</source>
      <translation>&amp;خصائص</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;تراجع</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>إ&amp;عادة</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;قص</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;نسخ</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;لصق</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>تحديد الكل</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;تراجع</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>إ&amp;عادة</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;قص</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;نسخ</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;لصق</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>تحديد الكل</translation>
    </message>
  </context>
  <context>
    <name>QShortcut</name>
    <message>
      <source>Return</source>
      <translation>إدخال</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>إدخال</translation>
    </message>
    <message>
      <source>Del</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Ins</source>
      <translation>إدراج</translation>
    </message>
    <message>
      <source>Space</source>
      <translation>مسافة</translation>
    </message>
    <message>
      <source>PgUp</source>
      <translation>صفحة لأعلى</translation>
    </message>
    <message>
      <source>PgDown</source>
      <translation>صفحة لأسفل</translation>
    </message>
  </context>
</TS>
