<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="ar">
<context>
    <name></name>
    <message>
        <location filename="../../openreport/ui/datetime_fields.py" line="75"/>
        <source>الساعة بالأرقام، مثل 09:30 أو 0930. اتركه فارغا إذا لم يحدد التوقيت.</source>
        <translation>L&apos;heure en chiffres, par exemple 09:30 ou 0930. Laisser vide si l&apos;horaire n&apos;est pas fixé.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/datetime_fields.py" line="143"/>
        <location filename="../../openreport/ui/fields.py" line="79"/>
        <source>غير محدد</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/honorifics.py" line="14"/>
        <source>تلقائي</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/honorifics.py" line="18"/>
        <source>بدون</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="106"/>
        <source>بحث في كل نصوص التقارير…</source>
        <translation>Rechercher dans le texte de tous les rapports…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="114"/>
        <source>يعرض التقارير التي تضم كل الكلمات المكتوبة، في عناوينها أو في أي نص من نصوصها</source>
        <translation>Affiche les rapports contenant tous les mots saisis, dans leur titre ou dans n&apos;importe lequel de leurs textes</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="116"/>
        <source>سلة المحذوفات</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="118"/>
        <source>يعرض التقارير المنقولة إلى سلة المحذوفات بدلا من المكتبة، لاسترجاعها أو حذفها</source>
        <translation>Affiche les rapports placés dans la corbeille au lieu de la bibliothèque, pour les restaurer ou les supprimer</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="136"/>
        <source>&lt;h2&gt;مرحبا بك في OpenReport&lt;/h2&gt;&lt;p&gt;مكتبتك فارغة. ابدأ تقريرا جديدا عن فعالية شاركت فيها الجماعة، أو افتح التقرير النموذجي لترى تقريرا كاملا.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans OpenReport&lt;/h2&gt;&lt;p&gt;Votre bibliothèque est vide. Commencez un nouveau rapport sur une manifestation à laquelle la commune a pris part, ou ouvrez le rapport modèle pour voir un rapport complet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="143"/>
        <location filename="../../openreport/ui/window_menus.py" line="108"/>
        <location filename="../../openreport/ui/editor/editor.py" line="229"/>
        <source>تقرير جديد</source>
        <translation>Nouveau rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="144"/>
        <source>فتح التقرير النموذجي</source>
        <translation>Ouvrir le rapport modèle</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="145"/>
        <location filename="../../openreport/ui/window_menus.py" line="177"/>
        <source>يبدأ تقريرا فارغا عن فعالية جديدة ويفتحه للتحرير</source>
        <translation>Crée un rapport vierge sur une nouvelle manifestation et l&apos;ouvre pour la saisie</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="147"/>
        <source>يفتح تقريرا كاملا جاهزا لترى ما يكتبه البرنامج؛ يمكن تعديله أو حذفه</source>
        <translation>Ouvre un rapport complet, prêt, pour voir ce que rédige le programme ; il peut être modifié ou supprimé</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="171"/>
        <source>جار البحث…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="194"/>
        <source>لا تقارير</source>
        <translation>Aucun rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="49"/>
        <source>OpenReport — تقارير الجماعة</source>
        <translation>OpenReport — Rapports de la commune</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="51"/>
        <source>{0} — للقراءة فقط</source>
        <translation>{0} — lecture seule</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="118"/>
        <source>تغييرات غير محفوظة…</source>
        <translation>Modifications non enregistrées…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="119"/>
        <source>جار الحفظ…</source>
        <translation>Enregistrement en cours…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="120"/>
        <source>تم حفظ كل التغييرات</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="127"/>
        <location filename="../../openreport/ui/outputs.py" line="98"/>
        <source>OpenReport</source>
        <translation>OpenReport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="275"/>
        <source>إعادة الفتح</source>
        <translation>Réouverture</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="275"/>
        <source>إعادة فتح التقرير المعتمد كمسودة للتعديل؟</source>
        <translation>Rouvrir le rapport validé comme brouillon pour le modifier ?</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="66"/>
        <source>اللقب</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="81"/>
        <source>الاسم</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="82"/>
        <location filename="../../openreport/ui/widgets.py" line="133"/>
        <location filename="../../openreport/ui/widgets.py" line="141"/>
        <location filename="../../openreport/ui/editor/event_fields.py" line="41"/>
        <source>الجنس</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="84"/>
        <location filename="../../openreport/ui/widgets.py" line="134"/>
        <source>الصفة</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="85"/>
        <location filename="../../openreport/ui/widgets.py" line="135"/>
        <source>المؤسسة</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="86"/>
        <source>مجموعة</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="96"/>
        <source>الجهة المعنية</source>
        <translation>Entité concernée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="56"/>
        <source>التوصية أو الخطوة</source>
        <translation>Recommandation ou étape</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="57"/>
        <source>التقرير</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="59"/>
        <source>مقترح الجماعة</source>
        <translation>Par la commune</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="60"/>
        <location filename="../../openreport/ui/followup.py" line="184"/>
        <source>المسؤول</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="61"/>
        <location filename="../../openreport/ui/models.py" line="97"/>
        <source>الأجل</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="62"/>
        <location filename="../../openreport/ui/followup.py" line="183"/>
        <location filename="../../openreport/ui/models.py" line="99"/>
        <source>الحالة</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="64"/>
        <source>متأخرة</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="65"/>
        <source>الخطوات المقبلة</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="120"/>
        <location filename="../../openreport/ui/outputs.py" line="182"/>
        <location filename="../../openreport/ui/report_list.py" line="127"/>
        <source>(بدون عنوان)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="157"/>
        <source>&lt;b&gt;متابعة التوصيات والخطوات المقبلة&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suivi des recommandations et des prochaines étapes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="160"/>
        <source>بحث في التوصيات والمسؤولين والتقارير…</source>
        <translation>Rechercher dans les recommandations, responsables et rapports…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="172"/>
        <source>كل الحالات</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="177"/>
        <source>المتأخرة</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="178"/>
        <location filename="../../openreport/ui/stats.py" line="279"/>
        <source>مقترحات الجماعة</source>
        <translation>Propositions de la commune</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="185"/>
        <source>سنة الفعالية</source>
        <translation>Année de la manifestation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="246"/>
        <source>تغيير الحالة…</source>
        <translation>Changer l&apos;état…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="250"/>
        <source>تسجيل حالة جديدة للتوصية المختارة، بتاريخ اليوم وملاحظة إن شئت (Ctrl+Shift+S)</source>
        <translation>Enregistrer un nouvel état pour la recommandation choisie, daté d&apos;aujourd&apos;hui, avec une note si vous le souhaitez (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="252"/>
        <source>فتح التقرير</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="255"/>
        <source>فتح التقرير الذي وردت فيه التوصية المختارة، على قسم توصياته</source>
        <translation>Ouvrir le rapport de la recommandation choisie, à sa section des recommandations</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="257"/>
        <location filename="../../openreport/ui/stats.py" line="86"/>
        <source>العودة إلى المكتبة</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="258"/>
        <source>الرجوع إلى لائحة التقارير</source>
        <translation>Revenir à la liste des rapports</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="272"/>
        <source>كل المسؤولين</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="273"/>
        <source>كل السنوات</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="312"/>
        <source>{0} توصية أو خطوة</source>
        <translation>Recommandations ou étapes&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="312"/>
        <source>لا توصيات</source>
        <translation>Aucune recommandation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="314"/>
        <source>{0} متأخرة</source>
        <translation>En retard&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/views.py" line="29"/>
        <source>عرض</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/views.py" line="31"/>
        <source>متابعة التوصيات</source>
        <translation>Suivi des recommandations</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/views.py" line="34"/>
        <source>كل التوصيات والخطوات المقبلة في تقارير المكتبة، بمسؤوليها وآجالها وحالاتها</source>
        <translation>Toutes les recommandations et prochaines étapes des rapports de la bibliothèque, avec leurs responsables, échéances et états</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="61"/>
        <source>تصدير DOCX</source>
        <translation>Exporter en DOCX</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="61"/>
        <source>مستند Word</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="67"/>
        <source>تصدير PDF للأرشيف</source>
        <translation>Exporter en PDF d&apos;archivage</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="67"/>
        <source>مستند PDF</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="78"/>
        <source>تم تصدير التقرير إلى {path}</source>
        <translation>Le rapport a été exporté vers {path}</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="87"/>
        <source>غير مثبت على هذا الجهاز</source>
        <translation>n&apos;est pas installée sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="89"/>
        <source>لا يُسترجع نص PDF به كاملا</source>
        <translation>ne redonne pas son texte entier dans un PDF</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="92"/>
        <source> (كتب بخط {font} لأن خط التقرير {why})</source>
        <translation> (écrit avec la police {font} car la police du rapport {why})</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="119"/>
        <source>إرسال التقرير</source>
        <translation>Envoyer le rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="119"/>
        <source>ملف OpenReport (*.openreport)</source>
        <translation>Fichier OpenReport (*.openreport)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="131"/>
        <source>استيراد تقرير</source>
        <translation>Importer un rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="133"/>
        <source>تقارير OpenReport (*.openreport *.json)</source>
        <translation>Rapports OpenReport (*.openreport *.json)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="180"/>
        <source>تقرير موجود في المكتبة</source>
        <translation>Rapport déjà dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="183"/>
        <source>التقرير «{0}» موجود في المكتبة. ماذا تريد أن تفعل؟</source>
        <translation>Le rapport «&#xa0;⁨{0}⁩&#xa0;» figure déjà dans la bibliothèque. Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="186"/>
        <source>{0} من {1} في الملف موجود في المكتبة. ماذا تريد أن تفعل به؟</source>
        <translation>Rapports du fichier : ⁨{1}⁩ ; déjà dans la bibliothèque : ⁨{0}⁩. Que souhaitez-vous en faire ?</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="188"/>
        <source>{0} من {1} في الملف موجودان في المكتبة. ماذا تريد أن تفعل بهما؟</source>
        <translation>Rapports du fichier : ⁨{1}⁩ ; déjà dans la bibliothèque : ⁨{0}⁩. Que souhaitez-vous en faire ?</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="190"/>
        <source>{0} من {1} في الملف موجودة في المكتبة. ماذا تريد أن تفعل بها؟</source>
        <translation>Rapports du fichier : ⁨{1}⁩ ; déjà dans la bibliothèque : ⁨{0}⁩. Que souhaitez-vous en faire ?</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="198"/>
        <source>استبدال: يحل المستورد محل الموجود، ويُنقل الموجود إلى سلة المحذوفات حيث يمكن استرجاعه.
الاحتفاظ بالاثنين: يضاف المستورد بعنوان ينتهي بـ«(نسخة)».
تخطي: لا يستورد الموجود، ويبقى كما هو.</source>
        <translation>Remplacer : le rapport importé prend la place de l&apos;existant, qui est placé dans la corbeille, d&apos;où il peut être restauré.
Conserver les deux : le rapport importé est ajouté avec un titre se terminant par «&#xa0;(نسخة)&#xa0;».
Ignorer : le rapport n&apos;est pas importé ; celui de la bibliothèque reste inchangé.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="203"/>
        <source>استبدال</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="204"/>
        <source>الاحتفاظ بالاثنين</source>
        <translation>Conserver les deux</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="205"/>
        <source>تخطي</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="206"/>
        <source>يعوض التقرير الموجود بالمستورد؛ الموجود ينقل إلى سلة المحذوفات</source>
        <translation>Remplace le rapport existant par le rapport importé ; l&apos;existant est placé dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="207"/>
        <source>يضيف المستورد إلى جانب الموجود، بعنوان يدل على أنه نسخة</source>
        <translation>Ajoute le rapport importé à côté de l&apos;existant, avec un titre indiquant qu&apos;il s&apos;agit d&apos;une copie</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="208"/>
        <source>لا يستورد التقارير الموجودة في المكتبة؛ تستورد الأخرى</source>
        <translation>N&apos;importe pas les rapports déjà présents dans la bibliothèque ; les autres sont importés</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/preview.py" line="187"/>
        <source>معاينة التقرير</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/preview.py" line="191"/>
        <location filename="../../openreport/ui/window_menus.py" line="151"/>
        <source>طباعة…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/preview.py" line="192"/>
        <source>إغلاق</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="92"/>
        <source>الجهة الكاتبة:</source>
        <translation>Organisme rédacteur :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="102"/>
        <source>اسم الجماعة:</source>
        <translation>Nom de la commune :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="103"/>
        <source>مثال: شفشاون</source>
        <translation>Exemple : Chefchaouen</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="105"/>
        <source>الاسم الكامل للهيئة:</source>
        <translation>Nom complet de l&apos;organisme :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="106"/>
        <source>مثال: جمعية رؤساء جماعات الشمال</source>
        <translation>Exemple : Association des présidents des communes du Nord</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="122"/>
        <source>بدون شعار</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="126"/>
        <source>شعار الجماعة</source>
        <translation>Logo de la commune</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="126"/>
        <location filename="../../openreport/ui/editor/closing.py" line="188"/>
        <source>صور (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="133"/>
        <source>الشعار</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="133"/>
        <source>تعذرت قراءة الصورة، أو حجمها يتجاوز 2 ميغابايت.</source>
        <translation>L&apos;image n&apos;a pas pu être lue, ou sa taille dépasse 2 Mo.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="140"/>
        <location filename="../../openreport/ui/profile_dialog.py" line="147"/>
        <source>قالب DOCX</source>
        <translation>Modèle DOCX</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="140"/>
        <source>مستندات Word (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="35"/>
        <source>حفظ في مكان جديد</source>
        <translation>Enregistrer dans un nouvel emplacement</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="37"/>
        <source>حفظ نسختي كتقرير جديد</source>
        <translation>Enregistrer ma version comme nouveau rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="38"/>
        <location filename="../../openreport/ui/saving.py" line="71"/>
        <source>حفظ نسخة في مكان آخر</source>
        <translation>Enregistrer une copie ailleurs</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="47"/>
        <source>هذه المكتبة مفتوحة في نافذة أخرى من OpenReport، فهي هنا للقراءة فقط: لا يحفظ في هذه النافذة شيء. للتعديل استعمل النافذة الأخرى، أو أغلقها ثم افتح البرنامج من جديد.</source>
        <translation>Cette bibliothèque est ouverte dans une autre fenêtre d&apos;OpenReport ; elle est donc ici en lecture seule : rien n&apos;est enregistré dans cette fenêtre. Pour modifier, utilisez l&apos;autre fenêtre, ou fermez-la puis relancez le programme.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="68"/>
        <source>تعذر الحفظ</source>
        <translation>L&apos;enregistrement a échoué</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="69"/>
        <location filename="../../openreport/ui/saving.py" line="236"/>
        <source>إعادة المحاولة</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="73"/>
        <source>متابعة العمل</source>
        <translation>Continuer le travail</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="81"/>
        <source>المكتبة لم تعد في مكانها. احفظها في مكان جديد لتتابع العمل.</source>
        <translation>La bibliothèque n&apos;est plus à son emplacement. Enregistrez-la dans un nouvel emplacement pour poursuivre le travail.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="84"/>
        <source>لم يحفظ شيء فوق التعديل الآخر. احفظ ما في هذه النافذة كتقرير جديد، ثم قارن بين النسختين في المكتبة.</source>
        <translation>Rien n&apos;a été enregistré par-dessus l&apos;autre modification. Enregistrez le contenu de cette fenêtre comme nouveau rapport, puis comparez les deux versions dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="89"/>
        <source>ما كتبته باق في النافذة، وسيعاد الحفظ تلقائيا كل بضع ثوان. يمكنك أيضا حفظ نسخة من المكتبة في مكان آخر.</source>
        <translation>Ce que vous avez saisi reste dans la fenêtre, et l&apos;enregistrement sera retenté automatiquement toutes les quelques secondes. Vous pouvez aussi enregistrer une copie de la bibliothèque ailleurs.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="124"/>
        <source>عاد الحفظ إلى العمل: تم حفظ كل التغييرات.</source>
        <translation>L&apos;enregistrement fonctionne de nouveau : toutes les modifications sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="142"/>
        <source>نسخة</source>
        <translation>copie</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="146"/>
        <source>حفظ نسخة من المكتبة</source>
        <translation>Enregistrer une copie de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="148"/>
        <source>مكتبة OpenReport (*.sqlite)</source>
        <translation>Bibliothèque OpenReport (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="168"/>
        <source>حفظت نسختك كتقرير جديد في المكتبة.</source>
        <translation>Votre version a été enregistrée comme nouveau rapport dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="178"/>
        <source>اختر مكانا آخر غير مكان المكتبة الحالية.</source>
        <translation>Choisissez un emplacement autre que celui de la bibliothèque actuelle.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="187"/>
        <source>حفظت نسخة المكتبة في {0}</source>
        <translation>La copie de la bibliothèque a été enregistrée dans {0}</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="224"/>
        <source>تغييرات غير محفوظة</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="226"/>
        <source>آخر التغييرات لم تحفظ بعد: {0}</source>
        <translation>Les dernières modifications ne sont pas encore enregistrées : {0}</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="230"/>
        <source>إذا أغلقت النافذة دون حفظ ضاعت هذه التغييرات. ماذا تريد أن تفعل؟</source>
        <translation>Si vous fermez la fenêtre sans enregistrer, ces modifications seront perdues. Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="234"/>
        <source>إذا تركت التقرير دون حفظ ضاعت هذه التغييرات. ماذا تريد أن تفعل؟</source>
        <translation>Si vous quittez le rapport sans enregistrer, ces modifications seront perdues. Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="240"/>
        <source>الإغلاق دون حفظ</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="180"/>
        <source>إضافة</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="181"/>
        <source>حذف</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="182"/>
        <source>إلى الأعلى</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="183"/>
        <source>إلى الأسفل</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="184"/>
        <source>إضافة سطر جديد في آخر القائمة وبدء كتابته</source>
        <translation>Ajouter une ligne en fin de liste et commencer sa saisie</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="185"/>
        <source>حذف السطر المختار من القائمة</source>
        <translation>Supprimer la ligne sélectionnée de la liste</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="186"/>
        <source>تقديم السطر المختار درجة في الترتيب</source>
        <translation>Monter la ligne sélectionnée d&apos;un rang</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="187"/>
        <source>تأخير السطر المختار درجة في الترتيب</source>
        <translation>Descendre la ligne sélectionnée d&apos;un rang</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="197"/>
        <source>القائمة فارغة: أضف سطرا بزر «إضافة» أعلاه.</source>
        <translation>La liste est vide : ajoutez une ligne avec le bouton «&#xa0;Ajouter&#xa0;» ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="273"/>
        <source>الاسم الكامل (اختياري إذا عرفت الصفة فقط)</source>
        <translation>Nom complet (facultatif si seule la qualité est connue)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="274"/>
        <source>الصفة كما ستظهر في التقرير</source>
        <translation>La qualité telle qu’elle figurera dans le rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="277"/>
        <source>الاسم:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="278"/>
        <source>الجنس:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="279"/>
        <source>اللقب:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="280"/>
        <source>الصفة:</source>
        <translation>Qualité :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="281"/>
        <source>المؤسسة:</source>
        <translation>Organisme :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="34"/>
        <source>نقل التقرير إلى سلة المحذوفات.</source>
        <translation>Rapport placé dans la corbeille.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="35"/>
        <location filename="../../openreport/ui/window_menus.py" line="104"/>
        <source>تراجع</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="36"/>
        <source>إعادة التقرير من سلة المحذوفات إلى المكتبة</source>
        <translation>Remettre le rapport de la corbeille dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="99"/>
        <source>ملف</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="100"/>
        <source>تحرير</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="101"/>
        <source>الأدوات</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="105"/>
        <source>إعادة</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="111"/>
        <source>فتح</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="116"/>
        <source>نسخة للدورة المقبلة</source>
        <translation>Copie pour la prochaine édition</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="119"/>
        <source>نقل إلى سلة المحذوفات</source>
        <translation>Placer dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="123"/>
        <source>استرجاع من السلة</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="125"/>
        <source>إفراغ سلة المحذوفات…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="142"/>
        <source>تصدير DOCX…</source>
        <translation>Exporter en DOCX…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="145"/>
        <source>تصدير PDF للأرشيف…</source>
        <translation>Exporter en PDF d&apos;archivage…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="148"/>
        <source>معاينة الطباعة…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="158"/>
        <source>إرسال التقرير (ملف ‎.openreport)…</source>
        <translation>Envoyer le rapport (fichier .openreport)…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="161"/>
        <source>استيراد تقرير…</source>
        <translation>Importer un rapport…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="165"/>
        <source>ملف الجماعة…</source>
        <translation>Profil de la commune…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="170"/>
        <source>خروج</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="178"/>
        <source>يفتح التقرير المحدد في القائمة لمتابعة تحريره</source>
        <translation>Ouvre le rapport sélectionné dans la liste pour en poursuivre la rédaction</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="180"/>
        <source>ينشئ مسودة للدورة المقبلة من الفعالية نفسها: بالوفد والجهات المنظمة نفسها، دون تواريخ، وبعنوان يحمل السنة أو الدورة الموالية</source>
        <translation>Crée un brouillon pour la prochaine édition de la même manifestation : même délégation et mêmes organisateurs, sans dates, avec un titre portant l&apos;année ou l&apos;édition suivante</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="184"/>
        <source>ينقل التقرير المحدد إلى سلة المحذوفات؛ يمكن التراجع فورا أو استرجاعه منها لاحقا</source>
        <translation>Place le rapport sélectionné dans la corbeille ; l&apos;opération peut être annulée aussitôt, ou le rapport restauré plus tard</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="186"/>
        <source>يعيد التقرير المحدد من سلة المحذوفات إلى المكتبة</source>
        <translation>Remet le rapport sélectionné de la corbeille dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="187"/>
        <source>يحذف نهائيا كل التقارير التي في سلة المحذوفات</source>
        <translation>Supprime définitivement tous les rapports de la corbeille</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="188"/>
        <source>يحفظ التقرير مستند Word يمكن تعديله أو إرساله</source>
        <translation>Enregistre le rapport en document Word, à modifier ou à envoyer</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="189"/>
        <source>يحفظ التقرير ملف PDF/A لا يتغير، للأرشيف أو للإرسال الرسمي</source>
        <translation>Enregistre le rapport en fichier PDF/A non modifiable, pour l&apos;archivage ou l&apos;envoi officiel</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="190"/>
        <source>يعرض صفحات التقرير كما ستطبع، قبل الطباعة</source>
        <translation>Affiche les pages du rapport telles qu&apos;elles seront imprimées, avant l&apos;impression</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="191"/>
        <source>يختار الطابعة والصفحات وعدد النسخ، ثم يطبع التقرير</source>
        <translation>Permet de choisir l&apos;imprimante, les pages et le nombre d&apos;exemplaires, puis imprime le rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="193"/>
        <source>يحفظ التقرير في ملف ‎.openreport يفتحه زميل أو جماعة أخرى ببرنامج OpenReport</source>
        <translation>Enregistre le rapport dans un fichier .openreport qu&apos;un collègue ou une autre commune ouvrira avec OpenReport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="196"/>
        <source>يضيف إلى المكتبة تقارير من ملف ‎.openreport أو JSON؛ يسأل إن كان التقرير موجودا</source>
        <translation>Ajoute à la bibliothèque les rapports d&apos;un fichier .openreport ou JSON ; demande quoi faire si un rapport y figure déjà</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="199"/>
        <source>اسم الجماعة وشعارها ورئيسها والمكلف بالتقارير: ما يظهر في رأس كل تقرير وتوقيعه</source>
        <translation>Nom, logo et président(e) de la commune, point focal : l&apos;en-tête et la signature de chaque rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="201"/>
        <source>يلغي آخر تغيير في الحقل، أو آخر نقل إلى سلة المحذوفات</source>
        <translation>Annule la dernière modification du champ, ou le dernier placement dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="202"/>
        <source>يعيد ما ألغي بالتراجع</source>
        <translation>Rétablit ce qui a été annulé</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="203"/>
        <source>يغلق البرنامج؛ ما كتب محفوظ</source>
        <translation>Ferme le programme ; votre saisie est enregistrée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="290"/>
        <source>أعيد التقرير إلى المكتبة.</source>
        <translation>Le rapport a été remis dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="301"/>
        <source>إفراغ السلة</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="302"/>
        <source>حذف التقارير التي في السلة نهائيا؟ لا يمكن التراجع عن ذلك.</source>
        <translation>Supprimer définitivement les rapports de la corbeille ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/agenda.py" line="24"/>
        <source>النقطة</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/agenda.py" line="29"/>
        <source>لا نقط بعد: أضف كل نقطة من جدول الأعمال بزر «إضافة»، بترتيب تناولها.</source>
        <translation>Aucun point pour l&apos;instant : ajoutez chaque point de l&apos;ordre du jour avec le bouton «&#xa0;Ajouter&#xa0;», dans l&apos;ordre où ils ont été traités.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/agenda.py" line="33"/>
        <source>ما قيل في هذه النقطة وما تقرر فيها، فقرة في كل سطر</source>
        <translation>Ce qui a été dit et décidé sur ce point, un paragraphe par ligne</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/agenda.py" line="34"/>
        <source>ما دار في النقطة المختارة:</source>
        <translation>Débats sur le point sélectionné :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/agenda.py" line="36"/>
        <source>نقط جدول الأعمال، بترتيب تناولها:</source>
        <translation>Points de l&apos;ordre du jour, dans l&apos;ordre où ils ont été traités :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="33"/>
        <source>ما اختتمت به الفعالية (مثال: تقديم نتائج الورشات)</source>
        <translation>Ce qui a clôturé la manifestation (exemple : présentation des résultats des ateliers)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="34"/>
        <source>ملاحظة</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="40"/>
        <source>لا فقرات بعد: أضف بزر «إضافة» ما اختتمت به الفعالية، فقرة في كل سطر.</source>
        <translation>Aucun paragraphe pour l&apos;instant : ajoutez avec le bouton «&#xa0;Ajouter&#xa0;» ce qui a clôturé la manifestation, un paragraphe par ligne.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="48"/>
        <source>لا ملاحظات بعد: أضف كل ملاحظة للوفد على الفعالية بزر «إضافة».</source>
        <translation>Aucune observation pour l&apos;instant : ajoutez chaque observation de la délégation sur la manifestation avec le bouton «&#xa0;Ajouter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="61"/>
        <source>مطلوب لاعتماد التقرير نهائيا: اسم محرر التقرير أو صفته</source>
        <translation>Requis pour la validation définitive : nom ou qualité du rédacteur du rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="66"/>
        <source>القرار</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="70"/>
        <source>لا قرارات بعد: أضف كل قرار بزر «إضافة».</source>
        <translation>Aucune décision pour l&apos;instant : ajoutez chaque décision avec le bouton «&#xa0;Ajouter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="73"/>
        <source>الخطوة</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="73"/>
        <source>على عاتق جماعتنا</source>
        <translation>À la charge de notre commune</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="80"/>
        <source>لا خطوات بعد: أضف كل خطوة مقبلة ومن يتكفل بها بزر «إضافة».</source>
        <translation>Aucune étape pour l&apos;instant : ajoutez chaque prochaine étape, et qui en a la charge, avec le bouton «&#xa0;Ajouter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="85"/>
        <source>المرفق</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="86"/>
        <source>صورة</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="66"/>
        <location filename="../../openreport/ui/editor/closing.py" line="86"/>
        <source>نعم</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="97"/>
        <source>لا مرفقات بعد: أضف مرفقا بزر «إضافة»، أو صورة بزر «إرفاق صورة بالمرفق المختار».</source>
        <translation>Aucune annexe pour l&apos;instant : ajoutez une annexe avec le bouton «&#xa0;Ajouter&#xa0;», ou une image avec «&#xa0;Joindre une image à l&apos;annexe sélectionnée&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="188"/>
        <source>صورة المرفق</source>
        <translation>Image de l&apos;annexe</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="197"/>
        <location filename="../../openreport/ui/editor/closing.py" line="201"/>
        <source>المرفقات</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="201"/>
        <source>تعذرت قراءة الصورة، أو حجمها يتجاوز 10 ميغابايت.</source>
        <translation>L&apos;image n&apos;a pas pu être lue, ou sa taille dépasse 10 Mo.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/delegation.py" line="36"/>
        <source>الدور في المهمة</source>
        <translation>Rôle dans la mission</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/delegation.py" line="46"/>
        <source>لا أعضاء بعد: أضف كل عضو في الوفد ودوره في المهمة بزر «إضافة».</source>
        <translation>Aucun membre pour l&apos;instant : ajoutez chaque membre de la délégation et son rôle dans la mission avec le bouton «&#xa0;Ajouter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/delegation.py" line="55"/>
        <source>لا أحد بعد: أضف بزر «إضافة» من حضر من غير أعضاء الوفد.</source>
        <translation>Personne pour l&apos;instant : ajoutez avec le bouton «&#xa0;Ajouter&#xa0;» les personnes présentes hors membres de la délégation.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/delegation.py" line="139"/>
        <source>يقرأ من النص أعلاه إن أمكن، أو اكتبه: 4.500,00</source>
        <translation>Lu dans le texte ci-dessus si possible, sinon saisissez-le&#xa0;: 4.500,00</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/delegation.py" line="140"/>
        <source>المبلغ وحده، لحصيلة السنة: يملأ من نص التكلفة ما دام فارغا</source>
        <translation>Le montant seul, pour le bilan de l&apos;année&#xa0;: repris du texte du coût tant qu&apos;il est vide</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/delegation.py" line="145"/>
        <source>عملة المبلغ: لا تجمع حصيلة السنة مبالغ عملات مختلفة</source>
        <translation>Devise du montant&#xa0;: le bilan de l&apos;année n&apos;additionne jamais des devises différentes</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/delegation.py" line="146"/>
        <source>درهم</source>
        <translation>dirham</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/delegation.py" line="146"/>
        <source>أورو</source>
        <translation>euro</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/delegation.py" line="146"/>
        <source>دولار</source>
        <translation>dollar</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/delegation.py" line="151"/>
        <source>المبلغ:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>المبلغ</source>
        <translation type="vanished">Montant</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/views.py" line="48"/>
        <location filename="../../openreport/ui/editor/editor.py" line="97"/>
        <source>المكتبة</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="98"/>
        <source>السابق</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="99"/>
        <source>التالي</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="100"/>
        <source>العودة إلى لائحة التقارير؛ ما كتبته محفوظ</source>
        <translation>Retour à la liste des rapports ; votre saisie est enregistrée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="101"/>
        <source>الانتقال إلى القسم السابق (Ctrl+PgUp)</source>
        <translation>Aller à la section précédente (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="102"/>
        <source>الانتقال إلى القسم التالي (Ctrl+PgDown)</source>
        <translation>Aller à la section suivante (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="133"/>
        <source>هذا التقرير نهائي: حقوله للقراءة فقط. لتعديله أعد فتحه كمسودة.</source>
        <translation>Ce rapport est définitif : ses champs sont en lecture seule. Pour le modifier, rouvrez-le comme brouillon.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="136"/>
        <source>إعادة فتحه كمسودة…</source>
        <translation>Rouvrir comme brouillon…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="137"/>
        <source>جعل التقرير مسودة من جديد لتعديله (بعد التأكيد)</source>
        <translation>Repasser le rapport en brouillon pour le modifier (après confirmation)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="231"/>
        <source>نهائي، مقفل للتعديل (يعاد فتحه كمسودة من قسم المراجعة)</source>
        <translation>Définitif, verrouillé (à rouvrir comme brouillon depuis la section Vérification)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="233"/>
        <source>مسودة</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="318"/>
        <source>في هذا القسم حقول تنقصها معلومات؛ هي مبينة تحتها</source>
        <translation>Des champs de cette section sont incomplets ; ils sont signalés en dessous de chacun</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event.py" line="46"/>
        <source>تاريخ بداية الفعالية مطلوب لاعتماد التقرير نهائيا</source>
        <translation>La date de début de la manifestation est requise pour la validation définitive du rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event.py" line="58"/>
        <source>لا جهة بعد: أضف بزر «إضافة» من نظم الفعالية ومن شارك في تنظيمها أو رعاها.</source>
        <translation>Aucun organisme pour l&apos;instant : ajoutez avec le bouton «&#xa0;Ajouter&#xa0;» l&apos;organisateur de la manifestation et ceux qui ont pris part à son organisation ou l&apos;ont parrainée.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event.py" line="60"/>
        <source>المحور أو الهدف</source>
        <translation>Axe ou objectif</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event.py" line="62"/>
        <source>لا محاور بعد: أضف كل محور أو هدف للفعالية بزر «إضافة».</source>
        <translation>Aucun axe pour l&apos;instant : ajoutez chaque axe ou objectif de la manifestation avec le bouton «&#xa0;Ajouter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/followup.py" line="58"/>
        <location filename="../../openreport/ui/editor/event_fields.py" line="34"/>
        <source>الجهة</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="39"/>
        <source>الدور</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="40"/>
        <source>شخص</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="48"/>
        <source>كما في ملف الجماعة</source>
        <translation>Comme dans le profil de la commune</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="49"/>
        <source>نونبر، دجنبر (المغرب)</source>
        <translation>⁨نونبر، دجنبر⁩ (Maroc)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="50"/>
        <source>نوفمبر، ديسمبر (المشرق)</source>
        <translation>⁨نوفمبر، ديسمبر⁩ (Machrek)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="68"/>
        <source>جماعة قروية</source>
        <translation>Commune rurale</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="70"/>
        <source>ذكر أيام الأسبوع</source>
        <translation>Jours de la semaine</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="72"/>
        <source>توقيت الجلسة:</source>
        <translation>Horaire de la séance :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="72"/>
        <source>إلى:</source>
        <translation>à :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="73"/>
        <source>التاريخ الهجري</source>
        <translation>Date hégirienne</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="75"/>
        <source>ناقص يوم</source>
        <translation>Moins un jour</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="75"/>
        <source>بدون تعديل</source>
        <translation>Sans ajustement</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="75"/>
        <source>زائد يوم</source>
        <translation>Plus un jour</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="77"/>
        <source>كتابة التواريخ:</source>
        <translation>Écriture des dates :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="77"/>
        <source>تعديل:</source>
        <translation>Ajustement :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="90"/>
        <source>أسماء الشهور:</source>
        <translation>Noms des mois :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="91"/>
        <source>الفئة المستهدفة:</source>
        <translation>Public cible :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="117"/>
        <source>النتيجة المنتظرة</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="121"/>
        <source>لا نتائج منتظرة بعد: أضف كل نتيجة ينتظرها التكوين بزر «إضافة».</source>
        <translation>Aucun résultat attendu pour l&apos;instant : ajoutez chaque résultat attendu de la formation avec le bouton «&#xa0;Ajouter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="127"/>
        <source>لا مؤطرين بعد: أضف كل مؤطر واسمه وصفته بزر «إضافة».</source>
        <translation>Aucun formateur pour l&apos;instant : ajoutez chaque formateur, avec son nom et sa qualité, au moyen du bouton «&#xa0;Ajouter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="129"/>
        <source>النتائج المنتظرة:</source>
        <translation>Résultats attendus :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="130"/>
        <source>المؤطرون:</source>
        <translation>Formateurs :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="72"/>
        <source>البرنامج فارغ: أضف يوما بزر «يوم» أعلاه، ثم فتراته وفقراته.</source>
        <translation>Le programme est vide : ajoutez un jour avec le bouton «&#xa0;Jour&#xa0;» ci-dessus, puis ses séances et leurs séquences.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="77"/>
        <source>تاريخ كل يوم من البرنامج مطلوب لاعتماد التقرير نهائيا</source>
        <translation>La date de chaque jour du programme est requise pour la validation définitive du rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="84"/>
        <source>لا متدخلين بعد: أضف كل من تكلم في هذه الفقرة بزر «إضافة».</source>
        <translation>Aucun intervenant pour l&apos;instant : ajoutez chaque personne ayant pris la parole dans cette séquence avec le bouton «&#xa0;Ajouter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="87"/>
        <source>الجهة المستفيدة</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="88"/>
        <source>لا مستفيدين بعد: أضف كل جهة نالت جائزة بزر «إضافة».</source>
        <translation>Aucun bénéficiaire pour l&apos;instant : ajoutez chaque organisme primé avec le bouton «&#xa0;Ajouter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="93"/>
        <source>لا أحد بعد: أضف بزر «إضافة» الشخصيات التي حضرت الفترة.</source>
        <translation>Personne pour l&apos;instant : ajoutez avec le bouton «&#xa0;Ajouter&#xa0;» les personnalités ayant assisté à la séance.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="95"/>
        <source>بحضور (من حضر الجلسة من الشخصيات):</source>
        <translation>En présence de (personnalités ayant assisté à la séance) :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="109"/>
        <source>مثال: الجلسة الافتتاحية (اختياري)</source>
        <translation>Exemple : séance d&apos;ouverture (facultatif)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="110"/>
        <source>عنوان الجلسة:</source>
        <translation>Intitulé de la séance :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="112"/>
        <source>المكان الذي زاره الوفد</source>
        <translation>Lieu visité par la délégation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="113"/>
        <source>المؤسسة التي استقبلت الوفد</source>
        <translation>Organisme ayant accueilli la délégation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="115"/>
        <source>مكان الزيارة:</source>
        <translation>Lieu de la visite :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="116"/>
        <source>المؤسسة المستضيفة:</source>
        <translation>Organisme d&apos;accueil :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/review.py" line="80"/>
        <source>هذا التقرير معتمد نهائيا ومقفل للتعديل.</source>
        <translation>Ce rapport est validé définitivement et verrouillé.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/review.py" line="76"/>
        <source>انقر مرتين أو اضغط Enter للانتقال إلى الحقل المعني</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour aller au champ concerné</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/review.py" line="84"/>
        <source>يجب تصحيح ما يلي قبل اعتماد التقرير نهائيا (انقر مرتين على سطر أو اضغط Enter للانتقال إلى الحقل):</source>
        <translation>Les points suivants doivent être corrigés avant la validation définitive du rapport (double-cliquez sur une ligne ou appuyez sur Entrée pour aller au champ)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/review.py" line="89"/>
        <source>التقرير قابل للاعتماد؛ تستحق الملاحظات التالية نظرة:</source>
        <translation>Le rapport peut être validé ; les remarques suivantes méritent un examen :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/review.py" line="91"/>
        <source>لا ينقص التقرير شيء. يمكنك تصديره أو اعتماده نهائيا.</source>
        <translation>Le rapport est complet. Vous pouvez l’exporter ou le valider définitivement.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="61"/>
        <source>فقرة ورشات جديدة</source>
        <translation>Nouveaux ateliers</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="63"/>
        <source>إضافة فقرة «ورشات» إلى آخر فترة من البرنامج، فيها ورشة أولى حضرها الوفد</source>
        <translation>Ajouter une séquence «&#xa0;Ateliers&#xa0;» à la dernière séance du programme, avec un premier atelier suivi par la délégation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="73"/>
        <source>لا توجد فقرة ورشات في البرنامج بعد</source>
        <translation>Aucune séquence d&apos;ateliers dans le programme</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="74"/>
        <source>لا ورشة بعد</source>
        <translation>Aucun atelier</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="75"/>
        <source>فقرة البرنامج:</source>
        <translation>Séquence :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="75"/>
        <source>الورشة:</source>
        <translation>Atelier :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="104"/>
        <source>ورشة بدون عنوان</source>
        <translation>Atelier sans titre</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="138"/>
        <source>عنوان الورشة</source>
        <translation>Intitulé de l&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="139"/>
        <source>حضرها الوفد</source>
        <translation>Suivi par la délégation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="178"/>
        <source>المهمة</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="183"/>
        <source>لا أحد على المنصة بعد: أضف بزر «إضافة» مسير الورشة ومقررها.</source>
        <translation>Personne à la tribune pour l&apos;instant : ajoutez avec le bouton «&#xa0;Ajouter&#xa0;» le modérateur et le rapporteur de l&apos;atelier.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="187"/>
        <source>عنوان المداخلة</source>
        <translation>Intitulé de l&apos;intervention</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="191"/>
        <source>لا مداخلات بعد: أضف كل متدخل وعنوان مداخلته بزر «إضافة».</source>
        <translation>Aucune intervention pour l&apos;instant : ajoutez chaque intervenant et l&apos;intitulé de son intervention avec le bouton «&#xa0;Ajouter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="218"/>
        <source>لا توجد فقرة ورشات في البرنامج بعد: أضفها بزر «فقرة ورشات جديدة».</source>
        <translation>Le programme ne comporte encore aucune séquence d&apos;ateliers : ajoutez-en une avec le bouton «&#xa0;Nouveaux ateliers&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="220"/>
        <source>أضف ورشة في الجدول أعلاه لتكتب ملخصها ومداخلاتها ونقاشها.</source>
        <translation>Ajoutez un atelier dans le tableau ci-dessus pour en rédiger le résumé, les interventions et les débats.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="227"/>
        <source>اختر مداخلة في الجدول أعلاه أو أضف واحدة</source>
        <translation>Sélectionnez une intervention dans le tableau ci-dessus ou ajoutez-en une</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="282"/>
        <source>لا ورشات في هذه الفقرة بعد: أضف كل ورشة بزر «إضافة» أعلاه.</source>
        <translation>Aucun atelier dans cette séquence pour l&apos;instant : ajoutez chaque atelier avec le bouton «&#xa0;Ajouter&#xa0;» ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="284"/>
        <source>أضف أولا فقرة ورشات بزر «فقرة ورشات جديدة» أعلاه، ثم ورشاتها هنا.</source>
        <translation>Ajoutez d&apos;abord une séquence d&apos;ateliers avec le bouton «&#xa0;Nouveaux ateliers&#xa0;» ci-dessus, puis ses ateliers ici.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/recommendations.py" line="29"/>
        <source>التوصية</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/recommendations.py" line="30"/>
        <source>اقترحتها جماعتنا</source>
        <translation>Proposée par notre commune</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/recommendations.py" line="37"/>
        <source>لا توجد ورشات في البرنامج بعد</source>
        <translation>Aucun atelier dans le programme</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/recommendations.py" line="59"/>
        <source>لا توصيات لهذه الورشة بعد: أضف كل توصية بزر «إضافة» أعلاه.</source>
        <translation>Cet atelier n&apos;a encore aucune recommandation : ajoutez-les une à une avec le bouton «&#xa0;Ajouter&#xa0;» ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/recommendations.py" line="62"/>
        <source>لا ورشة بعد: أضف الورشات في قسم «الورشات والمداخلات»، ثم اكتب هنا توصيات كل ورشة.</source>
        <translation>Aucun atelier pour l&apos;instant : ajoutez les ateliers dans la section «&#xa0;Ateliers et interventions&#xa0;», puis rédigez ici les recommandations de chacun.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/language.py" line="223"/>
        <source>العربية</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/language.py" line="223"/>
        <source>الفرنسية</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/language.py" line="237"/>
        <source>لغة النظام</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/language.py" line="254"/>
        <source>اللغة</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/language.py" line="255"/>
        <source>ستظهر الواجهة باللغة المختارة عند تشغيل OpenReport في المرة المقبلة.</source>
        <translation>L&apos;interface s&apos;affichera dans la langue choisie au prochain démarrage d&apos;OpenReport.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/app.py" line="83"/>
        <source>النسخة الاحتياطية</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/app.py" line="86"/>
        <source>التقارير محفوظة في المكتبة؛ ستعاد المحاولة عند التشغيل المقبل.</source>
        <translation>Les rapports sont enregistrés dans la bibliothèque ; la sauvegarde sera retentée au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/fields.py" line="129"/>
        <source>مطلوب لاعتماد التقرير نهائيا</source>
        <translation>Requis pour la validation définitive du rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/fields.py" line="142"/>
        <source>مطلوب</source>
        <translation>requis</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/font_check.py" line="23"/>
        <source>الخط «{face}» غير مثبت على هذا الجهاز: يعرض Word هنا التقرير بخط بديل، وبخطه على جهاز مثبت عليه. المعاينة والطباعة وملف PDF بالخط المرفق «{pages}».</source>
        <translation>La police «&#xa0;{face}&#xa0;» n&apos;est pas installée sur cet ordinateur : Word y affiche le rapport dans une police de remplacement, et dans la sienne sur un ordinateur où elle est installée. L&apos;aperçu, l&apos;impression et le PDF utilisent la police fournie «&#xa0;{pages}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/font_check.py" line="29"/>
        <source>الخط «{face}» مثبت على هذا الجهاز، ويستعمله Word. المعاينة والطباعة وملف PDF بالخط المرفق «{pages}»، لأن نص PDF بخط «{face}» لا يُسترجع كاملا.</source>
        <translation>La police «&#xa0;{face}&#xa0;» est installée sur cet ordinateur et Word l&apos;utilise. L&apos;aperçu, l&apos;impression et le PDF utilisent la police fournie «&#xa0;{pages}&#xa0;», car le texte d&apos;un PDF en «&#xa0;{face}&#xa0;» ne peut pas être extrait en entier.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/font_check.py" line="33"/>
        <source>الخط «{face}» مثبت على هذا الجهاز، وبه تُكتب كل النسخ.</source>
        <translation>La police «&#xa0;{face}&#xa0;» est installée sur cet ordinateur ; toutes les versions du rapport l&apos;utilisent.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/font_check.py" line="45"/>
        <source>تنبيه: </source>
        <translation>Attention : </translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="12"/>
        <source>التراجع عن آخر تعديل في الحقل أو في المكتبة</source>
        <translation>Annuler la dernière modification du champ ou de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="13"/>
        <source>إعادة آخر ما تم التراجع عنه</source>
        <translation>Rétablir la dernière opération annulée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="14"/>
        <location filename="../../openreport/ui/tooltips.py" line="34"/>
        <source>بدء تقرير جديد فارغ في المكتبة</source>
        <translation>Créer un nouveau rapport vierge dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="15"/>
        <source>فتح التقرير المختار في المحرر</source>
        <translation>Ouvrir le rapport sélectionné dans l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="16"/>
        <source>إنشاء نسخة من التقرير المختار يبدأ منها تقرير الدورة المقبلة</source>
        <translation>Créer une copie du rapport sélectionné, point de départ du rapport de la prochaine édition</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="17"/>
        <source>نقل التقرير المختار إلى سلة المحذوفات؛ يمكن استرجاعه منها</source>
        <translation>Placer le rapport sélectionné dans la corbeille ; il pourra en être restauré</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="18"/>
        <source>إعادة التقرير المختار من سلة المحذوفات إلى المكتبة</source>
        <translation>Remettre le rapport sélectionné de la corbeille dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="19"/>
        <source>حذف التقارير التي في السلة نهائيا، بعد التأكيد</source>
        <translation>Supprimer définitivement les rapports de la corbeille, après confirmation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="20"/>
        <source>حفظ التقرير ملف Word ‏(DOCX) يمكن تعديله</source>
        <translation>Enregistrer le rapport en fichier Word (DOCX) modifiable</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="21"/>
        <source>حفظ التقرير ملف PDF/A للأرشيف، بخطوط مضمنة ونص قابل للبحث</source>
        <translation>Enregistrer le rapport en fichier PDF/A d&apos;archivage, avec polices incorporées et texte interrogeable</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="22"/>
        <source>عرض صفحات التقرير كلها كما ستطبع</source>
        <translation>Afficher toutes les pages du rapport telles qu&apos;elles seront imprimées</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="23"/>
        <source>طباعة التقرير على طابعة، مع اختيار الصفحات وعدد النسخ</source>
        <translation>Imprimer le rapport, en choisissant les pages et le nombre d&apos;exemplaires</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="24"/>
        <source>حفظ التقرير في ملف يفتح في OpenReport على حاسوب آخر</source>
        <translation>Enregistrer le rapport dans un fichier à ouvrir avec OpenReport sur un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="25"/>
        <source>إضافة تقارير من ملف ‎.openreport أو JSON إلى المكتبة</source>
        <translation>Ajouter à la bibliothèque les rapports d&apos;un fichier .openreport ou JSON</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="26"/>
        <source>تعديل معطيات الجماعة التي تظهر في رأسية التقارير وتوقيعها</source>
        <translation>Modifier les informations de la commune figurant dans l&apos;en-tête et la signature des rapports</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="27"/>
        <source>إغلاق OpenReport؛ ما كتبته محفوظ</source>
        <translation>Quitter OpenReport ; votre saisie est enregistrée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/tooltips.py" line="35"/>
        <source>فتح التقرير النموذجي (منتدى السعيدية) لترى تقريرا مكتملا</source>
        <translation>Ouvrir le rapport modèle (Forum de Saïdia) pour voir un rapport complet</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/status_dialog.py" line="17"/>
        <source>تغيير الحالة</source>
        <translation>Changer l&apos;état</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/status_dialog.py" line="26"/>
        <source>ملاحظة اختيارية: ما الذي تغير ولماذا</source>
        <translation>Note facultative&#xa0;: ce qui a changé et pourquoi</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/status_dialog.py" line="29"/>
        <source>الحالة الجديدة:</source>
        <translation>Nouvel état&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/status_dialog.py" line="30"/>
        <source>ملاحظة:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/status_dialog.py" line="39"/>
        <source>السجل:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="84"/>
        <source>السنة</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="88"/>
        <source>الرجوع إلى قائمة التقارير</source>
        <translation>Revenir à la liste des rapports</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="89"/>
        <source>حفظ الحصيلة (DOCX أو PDF)…</source>
        <translation>Enregistrer le bilan (DOCX ou PDF)…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="92"/>
        <source>كتابة حصيلة السنة المختارة في مستند Word أو في ملف PDF للأرشيف، بمخططاتها</source>
        <translation>Écrire le bilan de l&apos;année choisie dans un document Word ou un PDF d&apos;archive, avec ses graphiques</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="95"/>
        <source>حصيلة سنة</source>
        <translation>Bilan de l&apos;année</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="101"/>
        <source>البيان</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="101"/>
        <source>العدد</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="194"/>
        <source>حفظ حصيلة السنة</source>
        <translation>Enregistrer le bilan de l&apos;année</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="196"/>
        <source>مستند Word (*.docx);;PDF للأرشيف (*.pdf)</source>
        <translation>Document Word (*.docx);;PDF d&apos;archive (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="249"/>
        <source>تكاليف بدون مبلغ</source>
        <translation>Coûts sans montant</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="261"/>
        <source>الفعاليات</source>
        <translation>Manifestations</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="265"/>
        <source>الفعاليات حسب النوع</source>
        <translation>Manifestations par type</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="267"/>
        <source>أعضاء الوفود</source>
        <translation>Membres des délégations</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="271"/>
        <source>تكاليف المهام</source>
        <translation>Coûts des missions</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="273"/>
        <source>المشاركون المصرح بهم</source>
        <translation>Participants déclarés</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="275"/>
        <source>الفعاليات التي صرحت بعددهم</source>
        <translation>Manifestations qui en ont déclaré le nombre</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="277"/>
        <source>التوصيات حسب مآلها</source>
        <translation>Recommandations selon leur suite</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="287"/>
        <source>بالدرهم</source>
        <translation>en dirhams</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="287"/>
        <source>بالأورو</source>
        <translation>en euros</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/stats.py" line="287"/>
        <source>بالدولار</source>
        <translation>en dollars</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/views.py" line="36"/>
        <source>حصيلة السنة</source>
        <translation>Bilan de l&apos;année</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/views.py" line="38"/>
        <source>أرقام السنة ومخططاتها: الفعاليات والوفود والتكاليف والتوصيات، وحفظها DOCX أو PDF</source>
        <translation>Les chiffres et graphiques de l&apos;année&#xa0;: manifestations, délégations, coûts et recommandations, à enregistrer en DOCX ou PDF</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/report_list.py" line="159"/>
        <source>{date}، {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/searcher.py" line="118"/>
        <source>تعذر البحث بسبب خطأ غير متوقع.</source>
        <translation>La recherche a échoué à cause d&apos;une erreur inattendue.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/dates.py" line="55"/>
        <source>اليوم {number}</source>
        <translation>Jour {number}</translation>
    </message>
    <message>
        <source>{day}: {date}</source>
        <translation type="vanished">{day} : {date}</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="42"/>
        <source>{head}: {detail}</source>
        <translation>{head} : {detail}</translation>
    </message>
</context>
<context>
    <name>BodyKind</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="121"/>
        <source>جماعة</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="122"/>
        <source>جمعية جماعات</source>
        <translation>Association de communes</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="123"/>
        <source>مجموعة جماعات</source>
        <translation>Groupement de communes</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="124"/>
        <source>مجلس عمالة أو إقليم</source>
        <translation>Conseil préfectoral ou provincial</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="125"/>
        <source>مجلس جهة</source>
        <translation>Conseil régional</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="126"/>
        <source>جمعية</source>
        <translation>Association</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <location filename="../../forms/closing_section.ui" line="20"/>
        <source>فقرات الاختتام</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="32"/>
        <source>ملاحظات الوفد</source>
        <translation>Observations de la délégation</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="46"/>
        <source>الخاتمة:</source>
        <translation>Conclusion :</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="61"/>
        <source>التوقيع</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="67"/>
        <source>محرر التقرير:</source>
        <translation>Rédacteur du rapport :</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="77"/>
        <source>الصفة فوق الاسم:</source>
        <translation>Qualité au-dessus du nom :</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="87"/>
        <source>مثال: نقطة ارتكاز جماعة شفشاون</source>
        <translation>Exemple : point focal de la commune de Chefchaouen</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="94"/>
        <source>حرر في (المكان):</source>
        <translation>Fait à (lieu) :</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="107"/>
        <source>بتاريخ:</source>
        <translation>Le :</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="123"/>
        <source>سطر المكان والتاريخ في رأس التقرير</source>
        <translation>Ligne du lieu et de la date en tête du rapport</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="129"/>
        <source>المكان:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="142"/>
        <source>التاريخ:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="155"/>
        <source>القرارات</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="155"/>
        <source>الخطوات المقبلة</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="155"/>
        <source>المرفقات</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="155"/>
        <source>إرفاق صورة بالمرفق المختار…</source>
        <translation>Joindre une image à l&apos;annexe sélectionnée…</translation>
    </message>
    <message>
        <location filename="../../forms/closing_section.ui" line="156"/>
        <source>اختيار صورة (PNG أو JPEG) تطبع مع المرفق المختار، أو مع مرفق جديد إن لم تختر أحدا</source>
        <translation>Choisir une image (PNG ou JPEG) à imprimer avec l&apos;annexe sélectionnée, ou avec une nouvelle annexe si aucune n&apos;est sélectionnée</translation>
    </message>
</context>
<context>
    <name>CommuneRole</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="105"/>
        <source>مشاركة</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="106"/>
        <source>مستضيفة</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="107"/>
        <source>منظمة</source>
        <translation>Organisatrice</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message>
        <location filename="../../openreport/actions.py" line="233"/>
        <source>تقرير واحد</source>
        <translation>1 rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="234"/>
        <source>تقريران</source>
        <translation>2 rapports</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="235"/>
        <source>تقريرين</source>
        <translation>2 rapports</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="236"/>
        <source>{count} تقارير</source>
        <translation>{count} rapports</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="237"/>
        <source>{count} تقريرا</source>
        <translation>{count} rapports</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="238"/>
        <source>{count} تقرير</source>
        <translation>{count} rapports</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="239"/>
        <source>0 تقرير</source>
        <translation>0 rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="242"/>
        <source>صفحة واحدة</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="243"/>
        <source>صفحتان</source>
        <translation>2 pages</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="244"/>
        <source>صفحتين</source>
        <translation>2 pages</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="245"/>
        <source>{count} صفحات</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="246"/>
        <location filename="../../openreport/actions.py" line="247"/>
        <source>{count} صفحة</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="248"/>
        <source>0 صفحة</source>
        <translation>0 page</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="251"/>
        <source>نسخة واحدة</source>
        <translation>1 copie</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="252"/>
        <source>نسختان</source>
        <translation>2 copies</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="253"/>
        <source>نسختين</source>
        <translation>2 copies</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="254"/>
        <source>{count} نسخ</source>
        <translation>{count} copies</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="255"/>
        <location filename="../../openreport/actions.py" line="256"/>
        <source>{count} نسخة</source>
        <translation>{count} copies</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="257"/>
        <source>0 نسخة</source>
        <translation>0 copie</translation>
    </message>
</context>
<context>
    <name>DelegationSection</name>
    <message>
        <location filename="../../forms/delegation_section.ui" line="20"/>
        <source>كلف الوفد</source>
        <translation>Mandant de la délégation</translation>
    </message>
    <message>
        <location filename="../../forms/delegation_section.ui" line="32"/>
        <source>رئيس الوفد</source>
        <translation>Chef de la délégation</translation>
    </message>
    <message>
        <location filename="../../forms/delegation_section.ui" line="46"/>
        <source>رئيس الوفد نائب من كلفه</source>
        <translation>Le chef de la délégation représente le mandant</translation>
    </message>
    <message>
        <location filename="../../forms/delegation_section.ui" line="53"/>
        <source>وصف الوفد:</source>
        <translation>Description de la délégation :</translation>
    </message>
    <message>
        <location filename="../../forms/delegation_section.ui" line="63"/>
        <source>مثال: مكلفا بمشروع الشبكة المغربية للجماعات الترابية المنفتحة</source>
        <translation>Exemple : chargé du projet du Réseau marocain des collectivités territoriales ouvertes</translation>
    </message>
    <message>
        <location filename="../../forms/delegation_section.ui" line="72"/>
        <source>أعضاء الوفد</source>
        <translation>Membres de la délégation</translation>
    </message>
    <message>
        <location filename="../../forms/delegation_section.ui" line="86"/>
        <source>المهمة:</source>
        <translation>Mission :</translation>
    </message>
    <message>
        <location filename="../../forms/delegation_section.ui" line="96"/>
        <source>اتركه فارغا ليكتب البرنامج: المشاركة في فعاليات …</source>
        <translation>Laisser vide pour que le programme écrive : participation aux travaux de …</translation>
    </message>
    <message>
        <location filename="../../forms/delegation_section.ui" line="102"/>
        <source>تكلفة المهمة:</source>
        <translation>Coût de la mission :</translation>
    </message>
    <message>
        <location filename="../../forms/delegation_section.ui" line="102"/>
        <source>اختياري، كما ستكتب: 4.500,00 درهم (التنقل والإقامة)</source>
        <translation>Facultatif, tel qu’il sera écrit : ⁨4.500,00 درهم (التنقل والإقامة)⁩</translation>
    </message>
    <message>
        <location filename="../../forms/delegation_section.ui" line="102"/>
        <source>لائحة الحضور (غير أعضاء الوفد)</source>
        <translation>Liste de présence (hors membres de la délégation)</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="110"/>
        <source>ملتقى</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="111"/>
        <source>ندوة</source>
        <translation>Colloque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="112"/>
        <source>ورشة</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="113"/>
        <source>دورة تكوينية</source>
        <translation>Session de formation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="114"/>
        <source>مؤتمر</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="115"/>
        <source>زيارة عمل</source>
        <translation>Visite de travail</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="116"/>
        <source>زيارة دراسية</source>
        <translation>Visite d&apos;étude</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="117"/>
        <source>اجتماع</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="118"/>
        <source>أخرى</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>EventSection</name>
    <message>
        <location filename="../../forms/event_section.ui" line="13"/>
        <source>عنوان التقرير:</source>
        <translation>Titre du rapport :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="22"/>
        <source>عنوان مقترح</source>
        <translation>Titre suggéré</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="23"/>
        <source>كتابة عنوان للتقرير من نوع الفعالية واسمها وتاريخها، مكان العنوان الحالي</source>
        <translation>Remplacer le titre actuel par un titre composé du type, de l&apos;intitulé et de la date de la manifestation</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="30"/>
        <source>دور الجماعة:</source>
        <translation>Rôle de la commune :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="37"/>
        <source>نوع الفعالية:</source>
        <translation>Type de manifestation :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="44"/>
        <source>اسم الفعالية:</source>
        <translation>Intitulé de la manifestation :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="51"/>
        <source>شعار الفعالية:</source>
        <translation>Slogan :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="57"/>
        <source>العبارة التي رفعتها الفعالية شعارا لها، كما ستكتب في التقرير</source>
        <translation>La phrase retenue comme slogan de la manifestation, telle qu&apos;elle figurera dans le rapport</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="62"/>
        <source>المدينة:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="71"/>
        <source>البلد (خارج المغرب):</source>
        <translation>Pays (hors Maroc) :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="80"/>
        <source>مكان الانعقاد:</source>
        <translation>Lieu de tenue :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="87"/>
        <source>من:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="95"/>
        <source>إلى:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="101"/>
        <source>عدد المشاركين:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="109"/>
        <source>السياق (فقرة الافتتاح):</source>
        <translation>Contexte (ouverture) :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="116"/>
        <source>لمحة عامة عن الفعالية:</source>
        <translation>Présentation :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="125"/>
        <source>الجهات المنظمة والشركاء:</source>
        <translation>Organisateurs et partenaires :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="131"/>
        <source>المحاور والأهداف:</source>
        <translation>Axes et objectifs :</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../openreport/storage/attachments.py" line="148"/>
        <source>صورة أحد المرفقات مفقودة أو أكبر من المسموح به.</source>
        <translation>L&apos;image d&apos;une pièce jointe est manquante ou dépasse la taille autorisée.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/attachments.py" line="154"/>
        <source>صورة أحد المرفقات لا تطابق بصمتها.</source>
        <translation>L&apos;image d&apos;une pièce jointe ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="47"/>
        <source>تعذرت الكتابة في المجلد {folder}: {cause}.</source>
        <translation>Impossible d&apos;écrire dans le dossier {folder} : {cause}.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="74"/>
        <source>تعذر حفظ الملف {path}: {cause}.</source>
        <translation>Impossible d&apos;enregistrer le fichier {path} : {cause}.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="94"/>
        <location filename="../../openreport/storage/untrusted.py" line="60"/>
        <location filename="../../openreport/storage/untrusted.py" line="85"/>
        <source>تعذرت قراءة الملف {path}: {cause}.</source>
        <translation>Impossible de lire le fichier {path} : {cause}.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="100"/>
        <source>الملف {path} أكبر من 1 جيغابايت المسموح بها.</source>
        <translation>Le fichier {path} dépasse la taille autorisée de 1 Go.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="114"/>
        <source>الملف {path} ليس ملف تبادل تقارير OpenReport سليما.</source>
        <translation>Le fichier {path} n&apos;est pas un fichier d&apos;échange de rapports OpenReport valide.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="128"/>
        <location filename="../../openreport/storage/exchange.py" line="223"/>
        <source>الملف {path} لا يطابق بنية ملفات OpenReport.</source>
        <translation>Le fichier {path} ne correspond pas à la structure des fichiers OpenReport.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="148"/>
        <source>الملف {path} من إصدار أحدث من OpenReport؛ حدّث البرنامج لاستيراده.</source>
        <translation>Le fichier {path} provient d&apos;une version plus récente d&apos;OpenReport ; mettez le programme à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="202"/>
        <source>الملف {path} يضم عددا غير معقول من التقارير ({count}).</source>
        <translation>Le fichier {path} contient un nombre de rapports déraisonnable ({count}).</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="208"/>
        <source>الملف {path} يضم نصوصا أكبر من المسموح به.</source>
        <translation>Le fichier {path} contient des textes qui dépassent la taille autorisée.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="216"/>
        <source>الملف {path} يضم تقريرا غير مقروء.</source>
        <translation>Le fichier {path} contient un rapport illisible.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="235"/>
        <location filename="../../openreport/storage/untrusted.py" line="97"/>
        <location filename="../../openreport/storage/untrusted.py" line="104"/>
        <source>الملف {path} أكبر من المسموح به.</source>
        <translation>Le fichier {path} dépasse la taille autorisée.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="244"/>
        <source>بيانات غير مقروءة</source>
        <translation>données illisibles</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="246"/>
        <source>الملف {path} مرفوض: {reason}</source>
        <translation>Le fichier {path} est refusé : {reason}</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="273"/>
        <source>{path}: {reason}</source>
        <translation>{path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/exchange.py" line="341"/>
        <source>«{title}» مرفوض: {problem}</source>
        <translation>Le rapport « {title} » est refusé : {problem}</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/untrusted.py" line="56"/>
        <source>مسار غير صالح</source>
        <translation>chemin non valide</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/untrusted.py" line="72"/>
        <source>{path} ليس ملفا عاديا؛ لا يمكن استيراد تقارير منه.</source>
        <translation>{path} n&apos;est pas un fichier ordinaire ; impossible d&apos;en importer des rapports.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/untrusted.py" line="148"/>
        <source>عرضا</source>
        <translation>une vue</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/untrusted.py" line="149"/>
        <source>مشغلا</source>
        <translation>un déclencheur</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/untrusted.py" line="154"/>
        <source>عنصرا غير معروف</source>
        <translation>un élément inconnu</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/untrusted.py" line="157"/>
        <source>الملف {path} مرفوض: يضم {kind} «{name}» لا تكتبه OpenReport.</source>
        <translation>Le fichier {path} est refusé : il contient {kind} « {name} » qu&apos;OpenReport n&apos;écrit pas.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/untrusted.py" line="176"/>
        <source>الملف {path} مرفوض: يضم صورة أكبر من المسموح به.</source>
        <translation>Le fichier {path} est refusé : il contient une image qui dépasse la taille autorisée.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/untrusted.py" line="186"/>
        <source>الملف {path} مرفوض: صوره معا أكبر من المسموح به.</source>
        <translation>Le fichier {path} est refusé : ses images dépassent ensemble la taille autorisée.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../openreport/actions.py" line="83"/>
        <source>لا يمكن الكتابة في {target}: إنه ملف مكتبة التقارير نفسها أو أحد ملفاتها أو نسخها الاحتياطية؛ اختر اسما آخر.</source>
        <translation>Impossible d&apos;écrire dans {target} : c&apos;est le fichier de la bibliothèque de rapports, l&apos;un de ses fichiers ou l&apos;une de ses sauvegardes ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="150"/>
        <source>{error} استُعمل القالب المدمج في OpenReport بدلا منه.</source>
        <translation>{error} Le modèle intégré d&apos;OpenReport a été utilisé à sa place.</translation>
    </message>
    <message>
        <location filename="../../openreport/render/files.py" line="54"/>
        <source>المجلد {folder} غير موجود.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../openreport/render/files.py" line="59"/>
        <source>الملف {name} مفتوح حاليا في برنامج آخر؛ أغلقه ثم أعد المحاولة.</source>
        <translation>Le fichier {name} est actuellement ouvert dans un autre programme ; fermez-le puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../openreport/render/files.py" line="68"/>
        <source>الملف {name} للقراءة فقط؛ اختر اسما آخر أو غير خصائصه.</source>
        <translation>Le fichier {name} est en lecture seule ; choisissez un autre nom ou modifiez ses propriétés.</translation>
    </message>
    <message>
        <location filename="../../openreport/render/files.py" line="80"/>
        <source>تعذر حفظ {name} في المجلد {folder}: {cause}.</source>
        <translation>Impossible d&apos;enregistrer {name} dans le dossier {folder} : {cause}.</translation>
    </message>
    <message>
        <location filename="../../openreport/render/files.py" line="186"/>
        <source>القرص ممتلئ</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../openreport/render/files.py" line="188"/>
        <source>الملف مفتوح في برنامج آخر أو لا يسمح بالكتابة</source>
        <translation>le fichier est ouvert dans un autre programme ou n&apos;autorise pas l&apos;écriture</translation>
    </message>
    <message>
        <location filename="../../openreport/render/files.py" line="192"/>
        <source>تعذر حفظ {name}: {cause}.</source>
        <translation>Impossible d&apos;enregistrer {name} : {cause}.</translation>
    </message>
    <message>
        <location filename="../../openreport/render/libreoffice.py" line="132"/>
        <source>برنامج LibreOffice غير مثبت على هذا الجهاز.</source>
        <translation>LibreOffice n&apos;est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../openreport/render/libreoffice.py" line="162"/>
        <source>تعذر تحويل التقرير بواسطة LibreOffice.</source>
        <translation>LibreOffice n&apos;a pas pu convertir le rapport.</translation>
    </message>
    <message>
        <location filename="../../openreport/render/libreoffice.py" line="183"/>
        <source>تجاوز LibreOffice المهلة المحددة للتحويل.</source>
        <translation>LibreOffice a dépassé le délai fixé pour la conversion.</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <location filename="../../openreport/serialization.py" line="105"/>
        <location filename="../../openreport/serialization.py" line="258"/>
        <source>صورة متوقعة</source>
        <translation>une image est attendue</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="108"/>
        <location filename="../../openreport/serialization.py" line="110"/>
        <location filename="../../openreport/serialization.py" line="262"/>
        <source>صورة غير مقروءة</source>
        <translation>image illisible</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="122"/>
        <source>الجذر</source>
        <translation>racine</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="123"/>
        <source>الملف غير صالح: {what} (في الحقل {field})</source>
        <translation>Le fichier n&apos;est pas valide : {what} (champ {field})</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="160"/>
        <source>قائمة متوقعة</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="164"/>
        <source>قائمة تتجاوز {count} عنصر</source>
        <translation>liste de plus de {count} éléments</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="181"/>
        <source>قيمة غير معروفة «{value}»</source>
        <translation>valeur inconnue « {value} »</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="199"/>
        <source>كائن متوقع</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="203"/>
        <source>الحقل «{name}» ناقص</source>
        <translation>le champ « {name} » manque</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="221"/>
        <source>نص متوقع</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="223"/>
        <source>نص أطول من المسموح</source>
        <translation>texte plus long que permis</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="229"/>
        <source>قيمة نعم/لا متوقعة</source>
        <translation>une valeur oui/non est attendue</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="235"/>
        <source>عدد صحيح متوقع</source>
        <translation>un nombre entier est attendu</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="238"/>
        <source>عدد سالب أو خارج الحدود</source>
        <translation>nombre négatif ou hors limites</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="244"/>
        <source>عدد أيام بين -2 و2 متوقع</source>
        <translation>un nombre de jours entre -2 et 2 est attendu</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="250"/>
        <source>عدد متوقع</source>
        <translation>un nombre est attendu</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="252"/>
        <source>عدد خارج الحدود</source>
        <translation>nombre hors limites</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="277"/>
        <source>{reason}: التوقيت لا يحمل منطقة زمنية</source>
        <translation>{reason} : l&apos;heure ne doit pas indiquer de fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="294"/>
        <source>مبلغ غير صالح</source>
        <translation>montant non valide</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="296"/>
        <source>رمز عملة غير صالح</source>
        <translation>code de devise non valide</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="299"/>
        <location filename="../../openreport/serialization.py" line="301"/>
        <source>تاريخ غير صالح</source>
        <translation>date non valide</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="302"/>
        <source>توقيت غير صالح</source>
        <translation>heure non valide</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="341"/>
        <source>الملف أكبر من المسموح به لتقرير واحد.</source>
        <translation>Le fichier est plus grand que ce qui est permis pour un seul rapport.</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="345"/>
        <source>الملف يضم أكثر من {count} عنصر؛ لا يمكن أن يكون تقريرا.</source>
        <translation>Le fichier contient plus de {count} éléments ; ce ne peut pas être un rapport.</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="353"/>
        <source>الملف ليس بصيغة JSON صحيحة.</source>
        <translation>Le fichier n&apos;est pas au format JSON valide.</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="361"/>
        <source>الملف ليس تقريرا من OpenReport.</source>
        <translation>Le fichier n&apos;est pas un rapport OpenReport.</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="364"/>
        <source>رقم صيغة الملف غير صالح.</source>
        <translation>Le numéro de version du format du fichier n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../openreport/serialization.py" line="367"/>
        <source>هذا التقرير من إصدار أحدث من OpenReport؛ يرجى تحديث البرنامج.</source>
        <translation>Ce rapport vient d&apos;une version plus récente d&apos;OpenReport ; veuillez mettre à jour le programme.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../openreport/storage/followup.py" line="358"/>
        <source>التوصية غير موجودة في التقرير رقم {number}.</source>
        <translation>La recommandation n&apos;existe pas dans le rapport n° {number}.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/followup.py" line="382"/>
        <source>لا توجد توصية رقمها «{number}» في المكتبة.</source>
        <translation>Aucune recommandation portant le numéro « {number} » dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/followup.py" line="389"/>
        <source>أكثر من توصية تبدأ بالرقم «{number}»؛ اكتب رقمها كاملا أو حدد التقرير (--report).</source>
        <translation>Plusieurs recommandations commencent par le numéro « {number} » ; saisissez son numéro complet ou précisez le rapport (--report).</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../openreport/compose/look.py" line="226"/>
        <source>يفقد النص المستخرج حرفي لا (لام ألف)</source>
        <translation>le texte extrait perd les lettres « lâ » (lam-alif)</translation>
    </message>
    <message>
        <location filename="../../openreport/compose/look.py" line="227"/>
        <source>يفقد النص المستخرج معظم الحروف</source>
        <translation>le texte extrait perd la plupart des lettres</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="97"/>
        <source>ذكر</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="98"/>
        <source>أنثى</source>
        <translation>Féminin</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <location filename="../../openreport/images.py" line="99"/>
        <source>الملف ليس صورة PNG أو JPEG مقروءة.</source>
        <translation>Le fichier n&apos;est pas une image PNG ou JPEG lisible.</translation>
    </message>
    <message>
        <location filename="../../openreport/images.py" line="103"/>
        <source>أبعاد الصورة ({width}×{height} بكسل) تتجاوز 50 مليون بكسل المسموح بها.</source>
        <translation>Les dimensions de l&apos;image ({width}×{height} pixels) dépassent les 50 millions de pixels permis.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../openreport/actions.py" line="286"/>
        <source>تم استيراد {reports}</source>
        <translation>Importé : {reports}</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="322"/>
        <source>{imported}، نسخةً إلى جانب الموجود في المكتبة</source>
        <translation>{imported}, en copie à côté de celui de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="328"/>
        <source>منها {copies} إلى جانب الموجود في المكتبة</source>
        <translation>dont {copies} à côté de ceux de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="335"/>
        <source>استُبدل {reports} (القديم في سلة المحذوفات)</source>
        <translation>remplacé : {reports} (l&apos;ancien est dans la corbeille)</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="341"/>
        <source>لم يُستورد {reports} موجود في المكتبة</source>
        <translation>non importé, déjà dans la bibliothèque : {reports}</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="342"/>
        <source>لم يُستورد {reports} موجودان في المكتبة</source>
        <translation>non importés, déjà dans la bibliothèque : {reports}</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="343"/>
        <source>لم يُستورد {reports} موجودة في المكتبة</source>
        <translation>non importés, déjà dans la bibliothèque : {reports}</translation>
    </message>
    <message>
        <location filename="../../openreport/actions.py" line="348"/>
        <source>{first}؛ {then}</source>
        <translation>{first} ; {then}</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="152"/>
        <source>كلمة افتتاحية</source>
        <translation>Allocution d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="153"/>
        <source>كلمة</source>
        <translation>Allocution</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="154"/>
        <source>عرض</source>
        <translation>Exposé</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="155"/>
        <source>مائدة مستديرة</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="156"/>
        <source>ورشات</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="157"/>
        <source>استراحة</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="158"/>
        <source>توزيع جوائز أو دروع</source>
        <translation>Remise de prix ou de trophées</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="159"/>
        <source>معرض</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="160"/>
        <source>زيارة</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="161"/>
        <source>اختتام</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="162"/>
        <source>فقرة أخرى</source>
        <translation>Autre séquence</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="165"/>
        <source>نفذت</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="166"/>
        <source>لم تنفذ</source>
        <translation>Non réalisée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="167"/>
        <source>عدلت</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../openreport/storage/library.py" line="123"/>
        <source>تعذر إنشاء المجلد {folder}: {cause}.</source>
        <translation>Impossible de créer le dossier {folder} : {cause}.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/library.py" line="164"/>
        <source>المكتبة {path} تحتاج إلى تحديث، ولا يمكن ذلك وهي مفتوحة في نافذة أخرى؛ أغلق النافذة الأخرى ثم أعد المحاولة.</source>
        <translation>La bibliothèque {path} doit être mise à jour, ce qui est impossible tant qu&apos;elle est ouverte dans une autre fenêtre ; fermez l&apos;autre fenêtre puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/library.py" line="200"/>
        <source>المكتبة {path} مفتوحة للقراءة فقط في هذه النافذة لأنها مفتوحة في نافذة أخرى؛ لا يمكن الحفظ هنا.</source>
        <translation>La bibliothèque {path} est ouverte en lecture seule dans cette fenêtre, car elle est ouverte dans une autre fenêtre ; impossible d&apos;enregistrer ici.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/errors.py" line="106"/>
        <source>ملف المكتبة {path} حُذف أو نُقل أو لم يعد قرصه متاحا؛ احفظ نسخة في مكان آخر حتى لا يضيع شيء.</source>
        <translation>Le fichier de la bibliothèque {path} a été supprimé ou déplacé, ou son disque n&apos;est plus disponible ; enregistrez une copie ailleurs pour ne rien perdre.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/library.py" line="247"/>
        <source>تعذر حفظ نسخة من المكتبة في {path}: {cause}.</source>
        <translation>Impossible d&apos;enregistrer une copie de la bibliothèque dans {path} : {cause}.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/library.py" line="378"/>
        <source>الملف {path} غير موجود.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/attachments.py" line="51"/>
        <source>تعذر حفظ صورة أحد المرفقات: لم تعد متاحة؛ يرجى إرفاقها من جديد.</source>
        <translation>Impossible d&apos;enregistrer l&apos;image d&apos;une pièce jointe : elle n&apos;est plus disponible ; veuillez la joindre à nouveau.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/backing_up.py" line="148"/>
        <source>الملف {path} تالف: لم تؤخذ منه نسخة احتياطية. أغلق البرنامج واسترجع آخر نسخة احتياطية سليمة (openreport restore-backup).</source>
        <translation>Le fichier {path} est endommagé : aucune sauvegarde n&apos;en a été faite. Fermez le programme et restaurez la dernière sauvegarde intacte (openreport restore-backup).</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/backing_up.py" line="160"/>
        <source>تعذر إنشاء نسخة احتياطية في {folder}: {cause}.</source>
        <translation>Impossible de créer une sauvegarde dans {folder} : {cause}.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/errors.py" line="28"/>
        <location filename="../../openreport/storage/files.py" line="127"/>
        <source>الملف {path} ليس مكتبة تقارير OpenReport.</source>
        <translation>Le fichier {path} n&apos;est pas une bibliothèque de rapports OpenReport.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/errors.py" line="34"/>
        <source>الملف {path} تالف ولا يمكن قراءته.</source>
        <translation>Le fichier {path} est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/errors.py" line="52"/>
        <source>تعذرت الكتابة في {path}: القرص ممتلئ.</source>
        <translation>Impossible d&apos;écrire dans {path} : le disque est plein.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/errors.py" line="58"/>
        <source>تعذرت القراءة أو الكتابة في {path}: القرص غير متاح أو معطوب.</source>
        <translation>Impossible de lire ou d&apos;écrire dans {path} : le disque n&apos;est pas disponible ou il est défectueux.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/errors.py" line="66"/>
        <source>المكتبة {path} مستعملة من طرف برنامج آخر؛ أعد المحاولة بعد قليل.</source>
        <translation>La bibliothèque {path} est utilisée par un autre programme ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/errors.py" line="74"/>
        <source>المكتبة {path} مشغولة بعملية أخرى من البرنامج؛ أعد المحاولة بعد قليل.</source>
        <translation>La bibliothèque {path} est occupée par une autre opération du programme ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/errors.py" line="82"/>
        <source>تعذر الحفظ في {path}: الملف أو مجلده للقراءة فقط.</source>
        <translation>Impossible d&apos;enregistrer dans {path} : le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/errors.py" line="119"/>
        <source>تعذر فتح الملف {path}.</source>
        <translation>Impossible d&apos;ouvrir le fichier {path}.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/errors.py" line="126"/>
        <source>تعذر فتح المكتبة {path}: ملف السجل المؤقت بجانبها (-wal و-shm) عالق من برنامج آخر أو من توقف مفاجئ؛ أغلق كل نوافذ OpenReport ثم أعد المحاولة.</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque {path} : son journal temporaire (-wal et -shm) est resté bloqué par un autre programme ou par un arrêt brutal ; fermez toutes les fenêtres d&apos;OpenReport puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/errors.py" line="136"/>
        <source>لا يسمح النظام بالوصول إلى الملف {path}.</source>
        <translation>Le système refuse l&apos;accès au fichier {path}.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/errors.py" line="142"/>
        <source>التقرير رقم {number} غير موجود في المكتبة.</source>
        <translation>Le rapport n° {number} n&apos;existe pas dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/errors.py" line="193"/>
        <source>تعذر فتح المكتبة {path} (خطأ SQLite: {name}).</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque {path} (erreur SQLite : {name}).</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/files.py" line="60"/>
        <source>تعذرت قراءة الملف {path}: {cause}.</source>
        <translation>Impossible de lire le fichier {path} : {cause}.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/files.py" line="68"/>
        <source>{path} مجلد وليس مكتبة تقارير OpenReport.</source>
        <translation>{path} est un dossier, pas une bibliothèque de rapports OpenReport.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/files.py" line="97"/>
        <source>تعذر فتح المكتبة {path}: مجلدها للقراءة فقط.</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque {path} : son dossier est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/files.py" line="120"/>
        <source>الملف {path} مبتور أو تالف ولا يمكن فتحه.</source>
        <translation>Le fichier {path} est tronqué ou endommagé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/files.py" line="135"/>
        <source>المكتبة {path} من إصدار أحدث من OpenReport؛ حدّث البرنامج لفتحها.</source>
        <translation>La bibliothèque {path} provient d&apos;une version plus récente d&apos;OpenReport ; mettez le programme à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/files.py" line="147"/>
        <source>الملف {path} تالف ولا يمكن فتحه.</source>
        <translation>Le fichier {path} est endommagé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/files.py" line="155"/>
        <source>الملف {path} لا يطابق بنية مكتبة OpenReport.</source>
        <translation>Le fichier {path} ne correspond pas à la structure d&apos;une bibliothèque OpenReport.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/files.py" line="228"/>
        <source>النسخة الاحتياطية {path} لا تطابق بنية مكتبة OpenReport؛ لم يتغير شيء في المكتبة.</source>
        <translation>La sauvegarde {path} ne correspond pas à la structure d&apos;une bibliothèque OpenReport ; rien n&apos;a changé dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/lock.py" line="77"/>
        <source>المجلد {folder} غير موجود.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/lock.py" line="84"/>
        <source>تعذر فتح المكتبة {folder}: المجلد للقراءة فقط.</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque {folder} : le dossier est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/lock.py" line="90"/>
        <source>تعذر إنشاء ملف القفل {path}: {cause}.</source>
        <translation>Impossible de créer le fichier de verrou {path} : {cause}.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/lock.py" line="135"/>
        <source>المكتبة {path} مفتوحة في نافذة أخرى من OpenReport أو في برنامج آخر؛ أغلقها أولا أو افتح المكتبة للقراءة فقط.</source>
        <translation>La bibliothèque {path} est ouverte dans une autre fenêtre d&apos;OpenReport ou dans un autre programme ; fermez-la d&apos;abord ou ouvrez la bibliothèque en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../openreport/storage/rows.py" line="130"/>
        <source>تغير التقرير رقم {number} في المكتبة بعد فتحه هنا (ربما حُفظ من نافذة أخرى)؛ لم يُحفظ شيء فوق التغييرات الأخرى.</source>
        <translation>Le rapport n° {number} a changé dans la bibliothèque depuis son ouverture ici (il a peut-être été enregistré depuis une autre fenêtre) ; rien n&apos;a été enregistré par-dessus les autres modifications.</translation>
    </message>
</context>
<context>
    <name>MonthStyle</name>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="26"/>
        <source>المغرب: يناير، فبراير … نونبر، دجنبر</source>
        <translation>Maroc : ⁨يناير، فبراير … نونبر، دجنبر⁩</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="27"/>
        <source>المشرق: يناير، فبراير … نوفمبر، ديسمبر</source>
        <translation>Machrek : ⁨يناير، فبراير … نوفمبر، ديسمبر⁩</translation>
    </message>
</context>
<context>
    <name>OrganisationRole</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="136"/>
        <source>منظم</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="137"/>
        <source>شريك</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="138"/>
        <source>ممول</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="139"/>
        <source>مستضيف</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="140"/>
        <source>داع</source>
        <translation>Invitant</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="141"/>
        <source>راع</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="142"/>
        <source>جهة مشرفة</source>
        <translation>Organisme de tutelle</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="143"/>
        <source>داعم</source>
        <translation>Soutien</translation>
    </message>
</context>
<context>
    <name>PanelRole</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="170"/>
        <source>ميسر(ة)</source>
        <translation>Facilitateur(trice)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="171"/>
        <source>متدخل(ة)</source>
        <translation>Intervenant(e)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="172"/>
        <source>مقرر(ة)</source>
        <translation>Rapporteur(e)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="173"/>
        <source>منشط(ة)</source>
        <translation>Animateur(trice)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="174"/>
        <source>مؤطر(ة)</source>
        <translation>Formateur(trice)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="9"/>
        <source>ملف الجماعة</source>
        <translation>Profil de la commune</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="17"/>
        <source>اسم الجماعة:</source>
        <translation>Nom de la commune :</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="27"/>
        <source>مثال: شفشاون</source>
        <translation>Exemple : Chefchaouen</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="34"/>
        <source>المدينة:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="47"/>
        <source>الترويسة:</source>
        <translation>En-tête :</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="57"/>
        <source>سطر لكل مستوى:
المملكة المغربية
وزارة الداخلية
إقليم …
جماعة …</source>
        <translation>Une ligne par niveau :
⁨المملكة المغربية⁩
⁨وزارة الداخلية⁩
⁨إقليم …⁩
⁨جماعة …⁩</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="77"/>
        <location filename="../../forms/profile_dialog.ui" line="92"/>
        <source>بدون شعار</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="68"/>
        <source>شعار الجماعة (صورة):</source>
        <translation>Logo de la commune :</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="84"/>
        <source>اختيار صورة الشعار…</source>
        <translation>Choisir le logo…</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="86"/>
        <source>اختيار صورة شعار الجماعة (PNG أو JPEG) لرأسية التقرير</source>
        <translation>Choisir l&apos;image du logo de la commune (PNG ou JPEG) pour l&apos;en-tête du rapport</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="94"/>
        <source>حذف صورة الشعار من رأسية التقرير</source>
        <translation>Retirer le logo de l&apos;en-tête du rapport</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="113"/>
        <source>رئيس(ة) الجماعة</source>
        <translation>Président(e) de la commune</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="125"/>
        <source>نقطة الارتكاز</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="141"/>
        <source>خط التقرير:</source>
        <translation>Police du rapport :</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="154"/>
        <source>الأحجام:</source>
        <translation>Tailles :</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="163"/>
        <source>المتن</source>
        <translation>Corps du texte</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="173"/>
        <source>العناوين</source>
        <translation>Titres</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="183"/>
        <source>العنوان الرئيسي</source>
        <translation>Titre principal</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="195"/>
        <source>أسماء الشهور:</source>
        <translation>Noms des mois :</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="208"/>
        <source>قالب خاص:</source>
        <translation>Modèle personnalisé :</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="220"/>
        <source>القالب المدمج</source>
        <translation>Modèle intégré</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="227"/>
        <source>اختيار…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>ProgrammeSection</name>
    <message>
        <location filename="../../forms/programme_section.ui" line="19"/>
        <source>يوم</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="21"/>
        <source>إضافة يوم إلى البرنامج بعد آخر يوم، بتاريخ اليوم الموالي</source>
        <translation>Ajouter un jour au programme après le dernier, à la date du lendemain</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="24"/>
        <source>فترة</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="26"/>
        <source>إضافة فترة (صباحية أو مسائية) إلى اليوم المختار</source>
        <translation>Ajouter une séance (matin ou après-midi) au jour sélectionné</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="29"/>
        <source>فقرة</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="31"/>
        <source>إضافة فقرة إلى الفترة المختارة، بعد الفقرة المختارة</source>
        <translation>Ajouter une séquence à la séance sélectionnée, après la séquence sélectionnée</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="34"/>
        <source>حذف</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="36"/>
        <source>حذف اليوم أو الفترة أو الفقرة المختارة بكل ما فيها</source>
        <translation>Supprimer l&apos;élément sélectionné (jour, séance ou séquence) avec tout son contenu</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="39"/>
        <source>إلى الأعلى</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="41"/>
        <source>تقديم اليوم أو الفترة أو الفقرة المختارة درجة في البرنامج</source>
        <translation>Monter d&apos;un rang l&apos;élément sélectionné (jour, séance ou séquence) dans le programme</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="44"/>
        <source>إلى الأسفل</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="46"/>
        <source>تأخير اليوم أو الفترة أو الفقرة المختارة درجة في البرنامج</source>
        <translation>Descendre d&apos;un rang l&apos;élément sélectionné (jour, séance ou séquence) dans le programme</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="53"/>
        <source>البرنامج</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="66"/>
        <source>اختر يوما أو فترة أو فقرة من البرنامج، أو أضف يوما.</source>
        <translation>Sélectionnez un élément du programme, ou ajoutez un jour.</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="77"/>
        <source>التاريخ:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="90"/>
        <source>ساعة الاختتام:</source>
        <translation>Heure de clôture :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="103"/>
        <source>جملة الاختتام:</source>
        <translation>Phrase de clôture :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="113"/>
        <source>مثال: بهذه الورشة أسدل الستار على اليوم الأول من الفعالية.</source>
        <translation>Exemple : ⁨بهذه الورشة أسدل الستار على اليوم الأول من الفعالية.⁩</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="124"/>
        <source>الفترة:</source>
        <translation>Séance :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="137"/>
        <source>البداية:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="150"/>
        <source>النهاية:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="163"/>
        <source>المكان:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="176"/>
        <source>عدد المشاركين:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="189"/>
        <source>تقديم الفترة:</source>
        <translation>Présentation de la séance :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="208"/>
        <source>نوع الفقرة:</source>
        <translation>Type de séquence :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="221"/>
        <source>العنوان:</source>
        <translation>Intitulé :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="234"/>
        <source>الساعة:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="247"/>
        <source>التنفيذ:</source>
        <translation>Réalisation :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="260"/>
        <source>ملاحظة الوفد:</source>
        <translation>Observation de la délégation :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="273"/>
        <source>الملخص:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="286"/>
        <source>النقاط:</source>
        <translation>Points :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="296"/>
        <source>نقطة في كل سطر؛ السطر الذي يبدأ بـ «-» نقطة فرعية للسطر الذي قبله</source>
        <translation>Un point par ligne ; une ligne commençant par «&#xa0;-&#xa0;» est un sous-point de la ligne précédente</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="303"/>
        <source>الخلاصة:</source>
        <translation>Conclusion :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="318"/>
        <source>المتدخلون</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="330"/>
        <source>المستفيدون (توزيع الجوائز)</source>
        <translation>Bénéficiaires (remise des prix)</translation>
    </message>
</context>
<context>
    <name>RecommendationStatus</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="129"/>
        <source>مقترحة</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="130"/>
        <source>معتمدة</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="131"/>
        <source>قيد التنفيذ</source>
        <translation>En cours de réalisation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="132"/>
        <source>منجزة</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="133"/>
        <source>متخلى عنها</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="101"/>
        <source>مسودة</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="102"/>
        <source>نهائي</source>
        <translation>Définitif</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../openreport/ui/report_list.py" line="27"/>
        <source>العنوان</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/report_list.py" line="28"/>
        <source>الفعالية</source>
        <translation>Manifestation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/report_list.py" line="29"/>
        <source>المدينة</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/report_list.py" line="30"/>
        <source>التواريخ</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/report_list.py" line="31"/>
        <source>الحالة</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/report_list.py" line="32"/>
        <source>آخر تعديل</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../openreport/validation.py" line="44"/>
        <source>عنوان التقرير فارغ.</source>
        <translation>Le titre du rapport est vide.</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="54"/>
        <source>التوقيع (اسم محرر التقرير أو صفته) مطلوب.</source>
        <translation>La signature (nom ou qualité du rédacteur du rapport) est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="61"/>
        <source>تاريخ التقرير يسبق بداية الفعالية.</source>
        <translation>La date du rapport précède le début de la manifestation.</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="70"/>
        <source>صورة المرفق {number} لن تطبع: {problem}</source>
        <translation>L&apos;image de l&apos;annexe {number} ne sera pas imprimée : {problem}</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="82"/>
        <source>اسم الفعالية مطلوب.</source>
        <translation>Le nom de la manifestation est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="86"/>
        <source>تاريخ بداية الفعالية مطلوب.</source>
        <translation>La date de début de la manifestation est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="92"/>
        <source>تاريخ نهاية الفعالية غير محدد.</source>
        <translation>La date de fin de la manifestation n&apos;est pas indiquée.</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="98"/>
        <source>تاريخ نهاية الفعالية يسبق تاريخ بدايتها.</source>
        <translation>La date de fin de la manifestation précède sa date de début.</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="110"/>
        <source>تاريخ اليوم {number} من البرنامج غير محدد.</source>
        <translation>La date du jour {number} du programme n&apos;est pas indiquée.</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="121"/>
        <source>اليوم {number} من البرنامج خارج تواريخ الفعالية.</source>
        <translation>Le jour {number} du programme est en dehors des dates de la manifestation.</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="129"/>
        <source>أيام البرنامج ليست مرتبة: اليوم {number} لا يأتي بعد سابقه.</source>
        <translation>Les jours du programme ne sont pas dans l&apos;ordre : le jour {number} ne vient pas après le précédent.</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="141"/>
        <source>نهاية الفترة تسبق بدايتها.</source>
        <translation>La fin de la séance précède son début.</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="149"/>
        <source>فقرة لم تنفذ كما كان مقررا دون ملاحظة الوفد.</source>
        <translation>Séquence non tenue comme prévu, sans remarque de la délégation.</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="157"/>
        <source>ورشة بدون عنوان.</source>
        <translation>Atelier sans titre.</translation>
    </message>
    <message>
        <location filename="../../openreport/validation.py" line="165"/>
        <source>العدد لا يمكن أن يكون سالبا.</source>
        <translation>Un nombre ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../openreport/compose/wording/ar_ma/kinds.py" line="88"/>
        <source>لم تحدد أهداف الدورة التكوينية.</source>
        <translation>Les objectifs de la formation ne sont pas indiqués.</translation>
    </message>
    <message>
        <location filename="../../openreport/compose/wording/ar_ma/kinds.py" line="92"/>
        <source>لم يذكر مؤطرو الدورة التكوينية.</source>
        <translation>Les formateurs de la formation ne sont pas indiqués.</translation>
    </message>
    <message>
        <location filename="../../openreport/compose/wording/ar_ma/kinds.py" line="96"/>
        <source>برنامج المهمة لا يتضمن أي زيارة.</source>
        <translation>Le programme de la mission ne comporte aucune visite.</translation>
    </message>
    <message>
        <location filename="../../openreport/compose/wording/ar_ma/kinds.py" line="100"/>
        <source>لم يذكر أعضاء الوفد المشارك في المهمة.</source>
        <translation>Les membres de la délégation de la mission ne sont pas indiqués.</translation>
    </message>
    <message>
        <location filename="../../openreport/compose/wording/ar_ma/kinds.py" line="104"/>
        <source>جدول أعمال الاجتماع فارغ: أضف نقاطه وما دار فيها.</source>
        <translation>L&apos;ordre du jour de la réunion est vide : ajoutez ses points et ce qui s&apos;y est dit.</translation>
    </message>
    <message>
        <location filename="../../openreport/compose/wording/ar_ma/kinds.py" line="111"/>
        <source>النقطة {ordinal} من جدول الأعمال دون عرض لما دار فيها.</source>
        <translation>Le point {number} de l&apos;ordre du jour n&apos;a pas de compte rendu.</translation>
    </message>
    <message>
        <location filename="../../openreport/compose/wording/ar_ma/kinds.py" line="118"/>
        <source>لائحة الحضور فارغة.</source>
        <translation>La liste de présence est vide.</translation>
    </message>
    <message>
        <location filename="../../openreport/compose/wording/ar_ma/kinds.py" line="122"/>
        <source>لم تسجل قرارات الاجتماع ولا خطواته المقبلة.</source>
        <translation>Ni les décisions ni les prochaines étapes de la réunion ne sont consignées.</translation>
    </message>
    <message>
        <location filename="../../openreport/compose/wording/ar_ma/kinds.py" line="126"/>
        <source>برنامج المؤتمر فارغ: أضف جلساته وعناوينها.</source>
        <translation>Le programme de la conférence est vide : ajoutez ses séances et leurs titres.</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../forms/review_section.ui" line="38"/>
        <source>تصدير DOCX…</source>
        <translation>Exporter en DOCX…</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="40"/>
        <source>حفظ التقرير ملف Word (DOCX) يمكن تعديله (Ctrl+E)</source>
        <translation>Enregistrer le rapport en fichier Word (DOCX) modifiable (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="46"/>
        <source>تصدير PDF للأرشيف…</source>
        <translation>PDF d&apos;archivage…</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="48"/>
        <source>حفظ التقرير ملف PDF/A للأرشيف، بخطوط مضمنة ونص قابل للبحث (Ctrl+Shift+E)</source>
        <translation>Enregistrer le rapport en fichier PDF/A d&apos;archivage, avec polices incorporées et texte interrogeable (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="54"/>
        <source>معاينة في نافذة…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="56"/>
        <source>عرض صفحات التقرير كلها كما ستطبع، في نافذة مستقلة</source>
        <translation>Afficher toutes les pages du rapport telles qu&apos;elles seront imprimées, dans une fenêtre séparée</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="62"/>
        <source>طباعة…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="64"/>
        <source>طباعة التقرير على طابعة، مع اختيار الصفحات وعدد النسخ (Ctrl+P)</source>
        <translation>Imprimer le rapport, en choisissant les pages et le nombre d&apos;exemplaires (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="70"/>
        <source>اعتماد التقرير نهائيا</source>
        <translation>Valider définitivement</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="72"/>
        <source>قفل التقرير للتعديل بعد التأكد من أنه لا ينقصه شيء مطلوب</source>
        <translation>Verrouiller le rapport, après avoir vérifié qu&apos;aucun élément requis ne manque</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="78"/>
        <source>إعادة فتحه كمسودة…</source>
        <translation>Rouvrir comme brouillon…</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="80"/>
        <source>جعل التقرير مسودة من جديد لتعديله (بعد التأكيد)</source>
        <translation>Repasser le rapport en brouillon pour le modifier (après confirmation)</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../openreport/ui/autosave.py" line="34"/>
        <source>تعذر الحفظ بسبب خطأ غير متوقع؛ التغييرات باقية في النافذة.</source>
        <translation>L&apos;enregistrement a échoué à cause d&apos;une erreur inattendue ; les modifications restent dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../openreport/ui/editor/agenda.py" line="18"/>
        <source>جدول الأعمال</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="26"/>
        <source>الاختتام والتوقيع</source>
        <translation>Clôture et signature</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/delegation.py" line="21"/>
        <source>الوفد</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event.py" line="22"/>
        <source>الفعالية</source>
        <translation>Manifestation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="35"/>
        <source>البرنامج اليومي</source>
        <translation>Programme journalier</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/review.py" line="25"/>
        <source>المراجعة</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="128"/>
        <source>الورشات والمداخلات</source>
        <translation>Ateliers et interventions</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/recommendations.py" line="19"/>
        <source>التوصيات</source>
        <translation>Recommandations</translation>
    </message>
</context>
<context>
    <name>SessionPeriod</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="146"/>
        <source>الفترة الصباحية</source>
        <translation>Séance du matin</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="147"/>
        <source>الفترة المسائية</source>
        <translation>Séance de l&apos;après-midi</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="148"/>
        <source>الأمسية</source>
        <translation>Soirée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="149"/>
        <source>اليوم كاملا</source>
        <translation>Journée entière</translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <location filename="../../openreport/errors.py" line="18"/>
        <source>القرص ممتلئ</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="19"/>
        <source>نفدت المساحة المخصصة لك على القرص</source>
        <translation>votre quota d&apos;espace disque est épuisé</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="20"/>
        <source>القرص أو المجلد للقراءة فقط</source>
        <translation>le disque ou le dossier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="21"/>
        <source>لا يسمح النظام بالوصول</source>
        <translation>le système refuse l&apos;accès</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="22"/>
        <source>لا يسمح النظام بهذه العملية</source>
        <translation>le système n&apos;autorise pas cette opération</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="23"/>
        <source>الملف أو المجلد غير موجود</source>
        <translation>le fichier ou le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="24"/>
        <source>جزء من المسار ليس مجلدا</source>
        <translation>une partie du chemin n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="25"/>
        <source>المسار مجلد وليس ملفا</source>
        <translation>le chemin est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="26"/>
        <source>الملف موجود من قبل</source>
        <translation>le fichier existe déjà</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="27"/>
        <location filename="../../openreport/errors.py" line="28"/>
        <source>الملف مستعمل من طرف برنامج آخر</source>
        <translation>le fichier est utilisé par un autre programme</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="29"/>
        <source>خطأ في القراءة أو الكتابة على القرص</source>
        <translation>erreur de lecture ou d&apos;écriture sur le disque</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="30"/>
        <source>اسم الملف أطول من المسموح به</source>
        <translation>le nom du fichier est trop long</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="31"/>
        <source>لا يمكن النقل بين قرصين مختلفين</source>
        <translation>impossible de déplacer entre deux disques différents</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="32"/>
        <location filename="../../openreport/errors.py" line="33"/>
        <source>عدد الملفات المفتوحة بلغ الحد الأقصى</source>
        <translation>le nombre maximal de fichiers ouverts est atteint</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="34"/>
        <location filename="../../openreport/errors.py" line="35"/>
        <source>القرص غير متاح</source>
        <translation>le disque n&apos;est pas disponible</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="36"/>
        <source>القرص الشبكي غير متاح</source>
        <translation>le disque réseau n&apos;est pas disponible</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="37"/>
        <source>الملف مقفل من طرف برنامج آخر</source>
        <translation>le fichier est verrouillé par un autre programme</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="38"/>
        <source>المسار يدور على نفسه بروابط رمزية</source>
        <translation>le chemin tourne en boucle par des liens symboliques</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="53"/>
        <source>خطأ من نظام التشغيل رقم {number}</source>
        <translation>erreur du système d&apos;exploitation n° {number}</translation>
    </message>
    <message>
        <location filename="../../openreport/errors.py" line="55"/>
        <source>خطأ من نظام التشغيل</source>
        <translation>erreur du système d&apos;exploitation</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <location filename="../../openreport/render/docx/template.py" line="78"/>
        <source>لا يمكن استعمال القالب {name}: {why}.</source>
        <translation>Impossible d&apos;utiliser le modèle {name} : {why}.</translation>
    </message>
    <message>
        <location filename="../../openreport/render/docx/template.py" line="83"/>
        <source>الجزء {name} يضم تعريف DOCTYPE غير مسموح به</source>
        <translation>la partie {name} contient une définition DOCTYPE non autorisée</translation>
    </message>
    <message>
        <location filename="../../openreport/render/docx/template.py" line="92"/>
        <source>ليس مستند Word</source>
        <translation>ce n&apos;est pas un document Word</translation>
    </message>
    <message>
        <location filename="../../openreport/render/docx/template.py" line="113"/>
        <source>لا يحدد إعدادات الصفحة (قسم)</source>
        <translation>il ne définit pas la mise en page (section)</translation>
    </message>
    <message>
        <location filename="../../openreport/render/docx/template.py" line="123"/>
        <source>بنيته غير مقروءة</source>
        <translation>sa structure est illisible</translation>
    </message>
    <message>
        <location filename="../../openreport/render/docx/template.py" line="132"/>
        <source>ليس ملفا عاديا</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../openreport/render/docx/template.py" line="134"/>
        <source>حجمه يتجاوز 20 ميغابايت</source>
        <translation>sa taille dépasse 20 Mo</translation>
    </message>
    <message>
        <location filename="../../openreport/render/docx/template.py" line="141"/>
        <source>يضم أجزاء أكثر من المعقول</source>
        <translation>il contient un nombre anormal de parties</translation>
    </message>
    <message>
        <location filename="../../openreport/render/docx/template.py" line="152"/>
        <source>حجمه بعد فك الضغط يتجاوز المسموح به</source>
        <translation>sa taille une fois décompressé dépasse la limite permise</translation>
    </message>
    <message>
        <location filename="../../openreport/render/docx/template.py" line="156"/>
        <source>ليس مستند Word سليما</source>
        <translation>ce n&apos;est pas un document Word valide</translation>
    </message>
    <message>
        <location filename="../../openreport/render/docx/template.py" line="177"/>
        <source>الجزء {name} غير مقروء</source>
        <translation>la partie {name} est illisible</translation>
    </message>
</context>
<context>
    <name>WorkshopsSection</name>
    <message>
        <location filename="../../forms/workshops_section.ui" line="15"/>
        <source>ورشات هذه الفقرة</source>
        <translation>Ateliers de cette séquence</translation>
    </message>
    <message>
        <location filename="../../forms/workshops_section.ui" line="27"/>
        <source>الورشة المختارة</source>
        <translation>Atelier sélectionné</translation>
    </message>
    <message>
        <location filename="../../forms/workshops_section.ui" line="33"/>
        <source>عدد المشاركين:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <location filename="../../forms/workshops_section.ui" line="46"/>
        <source>افتتاح الورشة:</source>
        <translation>Ouverture :</translation>
    </message>
    <message>
        <location filename="../../forms/workshops_section.ui" line="59"/>
        <source>المنصة:</source>
        <translation>Tribune :</translation>
    </message>
    <message>
        <location filename="../../forms/workshops_section.ui" line="69"/>
        <source>المداخلات:</source>
        <translation>Interventions :</translation>
    </message>
    <message>
        <location filename="../../forms/workshops_section.ui" line="79"/>
        <source>ملخص المداخلة:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <location filename="../../forms/workshops_section.ui" line="92"/>
        <source>نقاطها الأساسية:</source>
        <translation>Points essentiels :</translation>
    </message>
    <message>
        <location filename="../../forms/workshops_section.ui" line="102"/>
        <source>نقطة في كل سطر</source>
        <translation>Un point par ligne</translation>
    </message>
    <message>
        <location filename="../../forms/workshops_section.ui" line="109"/>
        <source>ما أضافه المتدخل:</source>
        <translation>Apport :</translation>
    </message>
    <message>
        <location filename="../../forms/workshops_section.ui" line="122"/>
        <source>النقاش:</source>
        <translation>Débat :</translation>
    </message>
</context>
</TS>
