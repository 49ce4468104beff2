<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="ar">
<context>
    <name></name>
    <message>
        <location filename="../../openreport/ui/datetime_fields.py" line="74"/>
        <source>الساعة بالأرقام، مثل 09:30 أو 0930. اتركه فارغا إذا لم يحدد التوقيت.</source>
        <translation>L&apos;heure en chiffres, par exemple 09:30 ou 0930. Laisser vide si l&apos;horaire n&apos;est pas fixé.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/datetime_fields.py" line="141"/>
        <location filename="../../openreport/ui/fields.py" line="65"/>
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
        <location filename="../../openreport/ui/library_page.py" line="82"/>
        <source>بحث في كل نصوص التقارير…</source>
        <translation>Rechercher dans le texte de tous les rapports…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="89"/>
        <source>سلة المحذوفات</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="106"/>
        <source>&lt;h2&gt;مرحبا بك في OpenReport&lt;/h2&gt;&lt;p&gt;مكتبتك فارغة. ابدأ تقريرا جديدا عن فعالية شاركت فيها الجماعة، أو افتح التقرير النموذجي لترى تقريرا كاملا.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans OpenReport&lt;/h2&gt;&lt;p&gt;Votre bibliothèque est vide. Commencez un nouveau rapport sur une manifestation à laquelle la commune a pris part, ou ouvrez le rapport modèle pour voir un rapport complet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="113"/>
        <location filename="../../openreport/ui/window_menus.py" line="107"/>
        <location filename="../../openreport/ui/editor/editor.py" line="211"/>
        <source>تقرير جديد</source>
        <translation>Nouveau rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="114"/>
        <source>فتح التقرير النموذجي</source>
        <translation>Ouvrir le rapport modèle</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="137"/>
        <source>جار البحث…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/library_page.py" line="154"/>
        <source>لا تقارير</source>
        <translation>Aucun rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="44"/>
        <source>OpenReport — تقارير الجماعة</source>
        <translation>OpenReport — Rapports de la commune</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="46"/>
        <source>{0} — للقراءة فقط</source>
        <translation>{0} — lecture seule</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="102"/>
        <source>تغييرات غير محفوظة…</source>
        <translation>Modifications non enregistrées…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="103"/>
        <source>جار الحفظ…</source>
        <translation>Enregistrement en cours…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="104"/>
        <source>تم حفظ كل التغييرات</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="109"/>
        <location filename="../../openreport/ui/outputs.py" line="89"/>
        <source>OpenReport</source>
        <translation>OpenReport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="215"/>
        <source>إعادة الفتح</source>
        <translation>Réouverture</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/main_window.py" line="215"/>
        <source>إعادة فتح التقرير المعتمد كمسودة للتعديل؟</source>
        <translation>Rouvrir le rapport validé comme brouillon pour le modifier ?</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="67"/>
        <source>اللقب</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="82"/>
        <source>الاسم</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="83"/>
        <location filename="../../openreport/ui/widgets.py" line="131"/>
        <location filename="../../openreport/ui/widgets.py" line="139"/>
        <location filename="../../openreport/ui/editor/event_fields.py" line="41"/>
        <source>الجنس</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="85"/>
        <location filename="../../openreport/ui/widgets.py" line="132"/>
        <source>الصفة</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="86"/>
        <location filename="../../openreport/ui/widgets.py" line="133"/>
        <source>المؤسسة</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="87"/>
        <source>مجموعة</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="97"/>
        <source>الجهة المعنية</source>
        <translation>Entité concernée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="98"/>
        <source>الأجل</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="99"/>
        <source>الحالة</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="319"/>
        <source>(بدون عنوان)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="60"/>
        <source>تصدير DOCX</source>
        <translation>Exporter en DOCX</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="60"/>
        <source>مستند Word</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="66"/>
        <source>تصدير PDF للأرشيف</source>
        <translation>Exporter en PDF d&apos;archivage</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="66"/>
        <source>مستند PDF</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="77"/>
        <source>تم تصدير التقرير إلى {path}</source>
        <translation>Le rapport a été exporté vers {path}</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="81"/>
        <source>غير مثبت على هذا الجهاز</source>
        <translation>n&apos;est pas installée sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="83"/>
        <source> (كتب بخط {font} لأن خط التقرير {why})</source>
        <translation> (écrit avec la police {font} car la police du rapport {why})</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="110"/>
        <source>إرسال التقرير</source>
        <translation>Envoyer le rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="110"/>
        <source>ملف OpenReport (*.openreport)</source>
        <translation>Fichier OpenReport (*.openreport)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="122"/>
        <source>استيراد تقرير</source>
        <translation>Importer un rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="124"/>
        <source>تقارير OpenReport (*.openreport *.json)</source>
        <translation>Rapports OpenReport (*.openreport *.json)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/outputs.py" line="139"/>
        <source>تم استيراد {reports}.</source>
        <translation>Importé : {reports}.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/preview.py" line="134"/>
        <source>معاينة التقرير</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/preview.py" line="138"/>
        <location filename="../../openreport/ui/window_menus.py" line="149"/>
        <source>طباعة…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/preview.py" line="139"/>
        <source>إغلاق</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="89"/>
        <source>الجهة الكاتبة:</source>
        <translation>Organisme rédacteur :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="99"/>
        <source>اسم الجماعة:</source>
        <translation>Nom de la commune :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="100"/>
        <source>مثال: شفشاون</source>
        <translation>Exemple : Chefchaouen</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="102"/>
        <source>الاسم الكامل للهيئة:</source>
        <translation>Nom complet de l&apos;organisme :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="103"/>
        <source>مثال: جمعية رؤساء جماعات الشمال</source>
        <translation>Exemple : Association des présidents des communes du Nord</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="119"/>
        <source>بدون شعار</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="123"/>
        <source>شعار الجماعة</source>
        <translation>Logo de la commune</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="123"/>
        <location filename="../../openreport/ui/editor/closing.py" line="145"/>
        <source>صور (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="130"/>
        <source>الشعار</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="130"/>
        <source>تعذرت قراءة الصورة، أو حجمها يتجاوز 2 ميغابايت.</source>
        <translation>L&apos;image n&apos;a pas pu être lue, ou sa taille dépasse 2 Mo.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="137"/>
        <location filename="../../openreport/ui/profile_dialog.py" line="144"/>
        <source>قالب DOCX</source>
        <translation>Modèle DOCX</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="137"/>
        <source>مستندات Word (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="33"/>
        <source>حفظ في مكان جديد</source>
        <translation>Enregistrer dans un nouvel emplacement</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="35"/>
        <source>حفظ نسختي كتقرير جديد</source>
        <translation>Enregistrer ma version comme nouveau rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="36"/>
        <location filename="../../openreport/ui/saving.py" line="69"/>
        <source>حفظ نسخة في مكان آخر</source>
        <translation>Enregistrer une copie ailleurs</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="45"/>
        <source>هذه المكتبة مفتوحة في نافذة أخرى من OpenReport، فهي هنا للقراءة فقط: لا يحفظ في هذه النافذة شيء. للتعديل استعمل النافذة الأخرى، أو أغلقها ثم افتح البرنامج من جديد.</source>
        <translation>Cette bibliothèque est ouverte dans une autre fenêtre d&apos;OpenReport ; elle est donc ici en lecture seule : rien n&apos;est enregistré dans cette fenêtre. Pour modifier, utilisez l&apos;autre fenêtre, ou fermez-la puis relancez le programme.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="66"/>
        <source>تعذر الحفظ</source>
        <translation>L&apos;enregistrement a échoué</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="67"/>
        <location filename="../../openreport/ui/saving.py" line="234"/>
        <source>إعادة المحاولة</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="71"/>
        <source>متابعة العمل</source>
        <translation>Continuer le travail</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="79"/>
        <source>المكتبة لم تعد في مكانها. احفظها في مكان جديد لتتابع العمل.</source>
        <translation>La bibliothèque n&apos;est plus à son emplacement. Enregistrez-la dans un nouvel emplacement pour poursuivre le travail.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="82"/>
        <source>لم يحفظ شيء فوق التعديل الآخر. احفظ ما في هذه النافذة كتقرير جديد، ثم قارن بين النسختين في المكتبة.</source>
        <translation>Rien n&apos;a été enregistré par-dessus l&apos;autre modification. Enregistrez le contenu de cette fenêtre comme nouveau rapport, puis comparez les deux versions dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="87"/>
        <source>ما كتبته باق في النافذة، وسيعاد الحفظ تلقائيا كل بضع ثوان. يمكنك أيضا حفظ نسخة من المكتبة في مكان آخر.</source>
        <translation>Ce que vous avez saisi reste dans la fenêtre, et l&apos;enregistrement sera retenté automatiquement toutes les quelques secondes. Vous pouvez aussi enregistrer une copie de la bibliothèque ailleurs.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="122"/>
        <source>عاد الحفظ إلى العمل: تم حفظ كل التغييرات.</source>
        <translation>L&apos;enregistrement fonctionne de nouveau : toutes les modifications sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="140"/>
        <source>نسخة</source>
        <translation>copie</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="144"/>
        <source>حفظ نسخة من المكتبة</source>
        <translation>Enregistrer une copie de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="146"/>
        <source>مكتبة OpenReport (*.sqlite)</source>
        <translation>Bibliothèque OpenReport (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="166"/>
        <source>حفظت نسختك كتقرير جديد في المكتبة.</source>
        <translation>Votre version a été enregistrée comme nouveau rapport dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="176"/>
        <source>اختر مكانا آخر غير مكان المكتبة الحالية.</source>
        <translation>Choisissez un emplacement autre que celui de la bibliothèque actuelle.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="185"/>
        <source>حفظت نسخة المكتبة في {0}</source>
        <translation>La copie de la bibliothèque a été enregistrée dans {0}</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="222"/>
        <source>تغييرات غير محفوظة</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="224"/>
        <source>آخر التغييرات لم تحفظ بعد: {0}</source>
        <translation>Les dernières modifications ne sont pas encore enregistrées : {0}</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="228"/>
        <source>إذا أغلقت النافذة دون حفظ ضاعت هذه التغييرات. ماذا تريد أن تفعل؟</source>
        <translation>Si vous fermez la fenêtre sans enregistrer, ces modifications seront perdues. Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="232"/>
        <source>إذا تركت التقرير دون حفظ ضاعت هذه التغييرات. ماذا تريد أن تفعل؟</source>
        <translation>Si vous quittez le rapport sans enregistrer, ces modifications seront perdues. Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/saving.py" line="238"/>
        <source>الإغلاق دون حفظ</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="176"/>
        <source>إضافة</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="177"/>
        <source>حذف</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="178"/>
        <source>إلى الأعلى</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="179"/>
        <source>إلى الأسفل</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="262"/>
        <source>الاسم الكامل (اختياري إذا عرفت الصفة فقط)</source>
        <translation>Nom complet (facultatif si seule la qualité est connue)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="263"/>
        <source>الصفة كما ستظهر في التقرير</source>
        <translation>La qualité telle qu’elle figurera dans le rapport</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="266"/>
        <source>الاسم:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="267"/>
        <source>الجنس:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="268"/>
        <source>اللقب:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="269"/>
        <source>الصفة:</source>
        <translation>Qualité :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/widgets.py" line="270"/>
        <source>المؤسسة:</source>
        <translation>Organisme :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="33"/>
        <source>نقل التقرير إلى سلة المحذوفات.</source>
        <translation>Rapport placé dans la corbeille.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="34"/>
        <location filename="../../openreport/ui/window_menus.py" line="103"/>
        <source>تراجع</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="35"/>
        <source>إعادة التقرير من سلة المحذوفات إلى المكتبة</source>
        <translation>Remettre le rapport de la corbeille dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="98"/>
        <source>ملف</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="99"/>
        <source>تحرير</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="100"/>
        <source>الأدوات</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="104"/>
        <source>إعادة</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="110"/>
        <source>فتح</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="115"/>
        <source>نسخة للدورة المقبلة</source>
        <translation>Copie pour la prochaine édition</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="118"/>
        <source>نقل إلى سلة المحذوفات</source>
        <translation>Placer dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="122"/>
        <source>استرجاع من السلة</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="124"/>
        <source>إفراغ سلة المحذوفات…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="140"/>
        <source>تصدير DOCX…</source>
        <translation>Exporter en DOCX…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="143"/>
        <source>تصدير PDF للأرشيف…</source>
        <translation>Exporter en PDF d&apos;archivage…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="146"/>
        <source>معاينة الطباعة…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="156"/>
        <source>إرسال التقرير (ملف ‎.openreport)…</source>
        <translation>Envoyer le rapport (fichier .openreport)…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="159"/>
        <source>استيراد تقرير…</source>
        <translation>Importer un rapport…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="163"/>
        <source>ملف الجماعة…</source>
        <translation>Profil de la commune…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="168"/>
        <source>خروج</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="252"/>
        <source>أعيد التقرير إلى المكتبة.</source>
        <translation>Le rapport a été remis dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="263"/>
        <source>إفراغ السلة</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/window_menus.py" line="264"/>
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
        <source>ما قيل في هذه النقطة وما تقرر فيها، فقرة في كل سطر</source>
        <translation>Ce qui a été dit et décidé sur ce point, un paragraphe par ligne</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/agenda.py" line="30"/>
        <source>ما دار في النقطة المختارة:</source>
        <translation>Débats sur le point sélectionné :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/agenda.py" line="32"/>
        <source>نقط جدول الأعمال، بترتيب تناولها:</source>
        <translation>Points de l&apos;ordre du jour, dans l&apos;ordre où ils ont été traités :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="31"/>
        <source>ما اختتمت به الفعالية (مثال: تقديم نتائج الورشات)</source>
        <translation>Ce qui a clôturé la manifestation (exemple : présentation des résultats des ateliers)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="32"/>
        <source>ملاحظة</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="45"/>
        <source>القرار</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="47"/>
        <source>الخطوة</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="47"/>
        <source>على عاتق جماعتنا</source>
        <translation>À la charge de notre commune</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="52"/>
        <source>المرفق</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="53"/>
        <source>صورة</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="53"/>
        <source>نعم</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="145"/>
        <source>صورة المرفق</source>
        <translation>Image de l&apos;annexe</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="154"/>
        <location filename="../../openreport/ui/editor/closing.py" line="158"/>
        <source>المرفقات</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/closing.py" line="158"/>
        <source>تعذرت قراءة الصورة، أو حجمها يتجاوز 10 ميغابايت.</source>
        <translation>L&apos;image n&apos;a pas pu être lue, ou sa taille dépasse 10 Mo.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/delegation.py" line="33"/>
        <source>الدور في المهمة</source>
        <translation>Rôle dans la mission</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="91"/>
        <source>المكتبة</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="92"/>
        <source>السابق</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="93"/>
        <source>التالي</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="124"/>
        <source>هذا التقرير نهائي: حقوله للقراءة فقط. لتعديله أعد فتحه كمسودة.</source>
        <translation>Ce rapport est définitif : ses champs sont en lecture seule. Pour le modifier, rouvrez-le comme brouillon.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="127"/>
        <source>إعادة فتحه كمسودة…</source>
        <translation>Rouvrir comme brouillon…</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="213"/>
        <source>نهائي، مقفل للتعديل (يعاد فتحه كمسودة من قسم المراجعة)</source>
        <translation>Définitif, verrouillé (à rouvrir comme brouillon depuis la section Vérification)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/editor.py" line="215"/>
        <source>مسودة</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event.py" line="51"/>
        <source>المحور أو الهدف</source>
        <translation>Axe ou objectif</translation>
    </message>
    <message>
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
        <translation>نونبر، دجنبر (Maroc)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="50"/>
        <source>نوفمبر، ديسمبر (المشرق)</source>
        <translation>نوفمبر، ديسمبر (Machrek)</translation>
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
        <source>النتائج المنتظرة:</source>
        <translation>Résultats attendus :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event_fields.py" line="122"/>
        <source>المؤطرون:</source>
        <translation>Formateurs :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="71"/>
        <source>الجهة المستفيدة</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="75"/>
        <source>بحضور (من حضر الجلسة من الشخصيات):</source>
        <translation>En présence de (personnalités ayant assisté à la séance) :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="90"/>
        <source>مثال: الجلسة الافتتاحية (اختياري)</source>
        <translation>Exemple : séance d&apos;ouverture (facultatif)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="91"/>
        <source>عنوان الجلسة:</source>
        <translation>Intitulé de la séance :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="93"/>
        <source>المكان الذي زاره الوفد</source>
        <translation>Lieu visité par la délégation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="94"/>
        <source>المؤسسة التي استقبلت الوفد</source>
        <translation>Organisme ayant accueilli la délégation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="96"/>
        <source>مكان الزيارة:</source>
        <translation>Lieu de la visite :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="97"/>
        <source>المؤسسة المستضيفة:</source>
        <translation>Organisme d&apos;accueil :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/review.py" line="78"/>
        <source>هذا التقرير معتمد نهائيا ومقفل للتعديل.</source>
        <translation>Ce rapport est validé définitivement et verrouillé.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/review.py" line="82"/>
        <source>يجب تصحيح ما يلي قبل اعتماد التقرير نهائيا (انقر مرتين على سطر للانتقال إلى الحقل):</source>
        <translation>Les points suivants doivent être corrigés avant la validation définitive du rapport (double-cliquez sur une ligne pour aller au champ) :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/review.py" line="87"/>
        <source>التقرير قابل للاعتماد؛ تستحق الملاحظات التالية نظرة:</source>
        <translation>Le rapport peut être validé ; les remarques suivantes méritent un examen :</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/review.py" line="89"/>
        <source>لا ينقص التقرير شيء. يمكنك تصديره أو اعتماده نهائيا.</source>
        <translation>Le rapport est complet. Vous pouvez l’exporter ou le valider définitivement.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="63"/>
        <source>فقرة ورشات جديدة</source>
        <translation>Nouveaux ateliers</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="86"/>
        <source>ورشة بدون عنوان</source>
        <translation>Atelier sans titre</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="120"/>
        <source>عنوان الورشة</source>
        <translation>Intitulé de l&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="121"/>
        <source>حضرها الوفد</source>
        <translation>Suivi par la délégation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="135"/>
        <source>المهمة</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="142"/>
        <source>عنوان المداخلة</source>
        <translation>Intitulé de l&apos;intervention</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="193"/>
        <source>لا توجد فقرة ورشات في البرنامج بعد: أضفها بزر «فقرة ورشات جديدة».</source>
        <translation>Le programme ne comporte encore aucune séquence d&apos;ateliers : ajoutez-en une avec le bouton « Nouveaux ateliers ».</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="195"/>
        <source>أضف ورشة في الجدول أعلاه لتكتب ملخصها ومداخلاتها ونقاشها.</source>
        <translation>Ajoutez un atelier dans le tableau ci-dessus pour en rédiger le résumé, les interventions et les débats.</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="202"/>
        <source>اختر مداخلة في الجدول أعلاه أو أضف واحدة</source>
        <translation>Sélectionnez une intervention dans le tableau ci-dessus ou ajoutez-en une</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="314"/>
        <source>التوصية</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="315"/>
        <source>اقترحتها جماعتنا</source>
        <translation>Proposée par notre commune</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/language.py" line="221"/>
        <source>العربية</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/language.py" line="221"/>
        <source>الفرنسية</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/language.py" line="235"/>
        <source>لغة النظام</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/language.py" line="252"/>
        <source>اللغة</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/language.py" line="253"/>
        <source>ستظهر الواجهة باللغة المختارة عند تشغيل OpenReport في المرة المقبلة.</source>
        <translation>L&apos;interface s&apos;affichera dans la langue choisie au prochain démarrage d&apos;OpenReport.</translation>
    </message>
</context>
<context>
    <name>BodyKind</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="69"/>
        <source>جماعة</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="70"/>
        <source>جمعية جماعات</source>
        <translation>Association de communes</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="71"/>
        <source>مجموعة جماعات</source>
        <translation>Groupement de communes</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="72"/>
        <source>مجلس عمالة أو إقليم</source>
        <translation>Conseil préfectoral ou provincial</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="73"/>
        <source>مجلس جهة</source>
        <translation>Conseil régional</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="74"/>
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
</context>
<context>
    <name>CommuneRole</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="53"/>
        <source>مشاركة</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="54"/>
        <source>مستضيفة</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="55"/>
        <source>منظمة</source>
        <translation>Organisatrice</translation>
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
        <translation>Facultatif, tel qu’il sera écrit : 4.500,00 درهم (التنقل والإقامة)</translation>
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
        <location filename="../../openreport/ui/labels.py" line="58"/>
        <source>ملتقى</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="59"/>
        <source>ندوة</source>
        <translation>Colloque</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="60"/>
        <source>ورشة</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="61"/>
        <source>دورة تكوينية</source>
        <translation>Session de formation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="62"/>
        <source>مؤتمر</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="63"/>
        <source>زيارة عمل</source>
        <translation>Visite de travail</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="64"/>
        <source>زيارة دراسية</source>
        <translation>Visite d&apos;étude</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="65"/>
        <source>اجتماع</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="66"/>
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
        <location filename="../../forms/event_section.ui" line="29"/>
        <source>دور الجماعة:</source>
        <translation>Rôle de la commune :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="36"/>
        <source>نوع الفعالية:</source>
        <translation>Type de manifestation :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="43"/>
        <source>اسم الفعالية:</source>
        <translation>Intitulé de la manifestation :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="50"/>
        <source>الشعار:</source>
        <translation>Slogan :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="57"/>
        <source>المدينة:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="66"/>
        <source>البلد (خارج المغرب):</source>
        <translation>Pays (hors Maroc) :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="75"/>
        <source>مكان الانعقاد:</source>
        <translation>Lieu de tenue :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="82"/>
        <source>من:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="90"/>
        <source>إلى:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="96"/>
        <source>عدد المشاركين:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="104"/>
        <source>السياق (فقرة الافتتاح):</source>
        <translation>Contexte (ouverture) :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="111"/>
        <source>لمحة عامة عن الفعالية:</source>
        <translation>Présentation :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="120"/>
        <source>الجهات المنظمة والشركاء:</source>
        <translation>Organisateurs et partenaires :</translation>
    </message>
    <message>
        <location filename="../../forms/event_section.ui" line="126"/>
        <source>المحاور والأهداف:</source>
        <translation>Axes et objectifs :</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="45"/>
        <source>ذكر</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="46"/>
        <source>أنثى</source>
        <translation>Féminin</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="100"/>
        <source>كلمة افتتاحية</source>
        <translation>Allocution d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="101"/>
        <source>كلمة</source>
        <translation>Allocution</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="102"/>
        <source>عرض</source>
        <translation>Exposé</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="103"/>
        <source>مائدة مستديرة</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="104"/>
        <source>ورشات</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="105"/>
        <source>استراحة</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="106"/>
        <source>توزيع جوائز أو دروع</source>
        <translation>Remise de prix ou de trophées</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="107"/>
        <source>معرض</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="108"/>
        <source>زيارة</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="109"/>
        <source>اختتام</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="110"/>
        <source>فقرة أخرى</source>
        <translation>Autre séquence</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="113"/>
        <source>نفذت</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="114"/>
        <source>لم تنفذ</source>
        <translation>Non réalisée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="115"/>
        <source>عدلت</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>MonthStyle</name>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="26"/>
        <source>المغرب: يناير، فبراير … نونبر، دجنبر</source>
        <translation>Maroc : يناير، فبراير … نونبر، دجنبر</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/profile_dialog.py" line="27"/>
        <source>المشرق: يناير، فبراير … نوفمبر، ديسمبر</source>
        <translation>Machrek : يناير، فبراير … نوفمبر، ديسمبر</translation>
    </message>
</context>
<context>
    <name>OrganisationRole</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="84"/>
        <source>منظم</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="85"/>
        <source>شريك</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="86"/>
        <source>ممول</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="87"/>
        <source>مستضيف</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="88"/>
        <source>داع</source>
        <translation>Invitant</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="89"/>
        <source>راع</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="90"/>
        <source>جهة مشرفة</source>
        <translation>Organisme de tutelle</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="91"/>
        <source>داعم</source>
        <translation>Soutien</translation>
    </message>
</context>
<context>
    <name>PanelRole</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="118"/>
        <source>ميسر(ة)</source>
        <translation>Facilitateur(trice)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="119"/>
        <source>متدخل(ة)</source>
        <translation>Intervenant(e)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="120"/>
        <source>مقرر(ة)</source>
        <translation>Rapporteur(e)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="121"/>
        <source>منشط(ة)</source>
        <translation>Animateur(trice)</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="122"/>
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
المملكة المغربية
وزارة الداخلية
إقليم …
جماعة …</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="68"/>
        <source>الشعار:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="77"/>
        <location filename="../../forms/profile_dialog.ui" line="91"/>
        <source>بدون شعار</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="84"/>
        <source>اختيار الشعار…</source>
        <translation>Choisir le logo…</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="111"/>
        <source>رئيس(ة) الجماعة</source>
        <translation>Président(e) de la commune</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="123"/>
        <source>نقطة الارتكاز</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="139"/>
        <source>خط التقرير:</source>
        <translation>Police du rapport :</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="152"/>
        <source>الأحجام:</source>
        <translation>Tailles :</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="161"/>
        <source>المتن</source>
        <translation>Corps du texte</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="171"/>
        <source>العناوين</source>
        <translation>Titres</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="181"/>
        <source>العنوان الرئيسي</source>
        <translation>Titre principal</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="193"/>
        <source>أسماء الشهور:</source>
        <translation>Noms des mois :</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="206"/>
        <source>قالب خاص:</source>
        <translation>Modèle personnalisé :</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="218"/>
        <source>القالب المدمج</source>
        <translation>Modèle intégré</translation>
    </message>
    <message>
        <location filename="../../forms/profile_dialog.ui" line="225"/>
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
        <location filename="../../forms/programme_section.ui" line="23"/>
        <source>فترة</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="27"/>
        <source>فقرة</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="31"/>
        <source>حذف</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="35"/>
        <source>إلى الأعلى</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="39"/>
        <source>إلى الأسفل</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="47"/>
        <source>البرنامج</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="60"/>
        <source>اختر يوما أو فترة أو فقرة من البرنامج، أو أضف يوما.</source>
        <translation>Sélectionnez un élément du programme, ou ajoutez un jour.</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="71"/>
        <source>التاريخ:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="84"/>
        <source>ساعة الاختتام:</source>
        <translation>Heure de clôture :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="97"/>
        <source>جملة الاختتام:</source>
        <translation>Phrase de clôture :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="107"/>
        <source>مثال: بهذه الورشة أسدل الستار على اليوم الأول من الفعالية.</source>
        <translation>Exemple : بهذه الورشة أسدل الستار على اليوم الأول من الفعالية.</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="118"/>
        <source>الفترة:</source>
        <translation>Séance :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="131"/>
        <source>البداية:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="144"/>
        <source>النهاية:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="157"/>
        <source>المكان:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="170"/>
        <source>عدد المشاركين:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="183"/>
        <source>تقديم الفترة:</source>
        <translation>Présentation de la séance :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="202"/>
        <source>نوع الفقرة:</source>
        <translation>Type de séquence :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="215"/>
        <source>العنوان:</source>
        <translation>Intitulé :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="228"/>
        <source>الساعة:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="241"/>
        <source>التنفيذ:</source>
        <translation>Réalisation :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="254"/>
        <source>ملاحظة الوفد:</source>
        <translation>Observation de la délégation :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="267"/>
        <source>الملخص:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="280"/>
        <source>النقاط:</source>
        <translation>Points :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="290"/>
        <source>نقطة في كل سطر؛ السطر الذي يبدأ بـ «-» نقطة فرعية للسطر الذي قبله</source>
        <translation>Un point par ligne ; une ligne commençant par « - » est un sous-point de la ligne précédente</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="297"/>
        <source>الخلاصة:</source>
        <translation>Conclusion :</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="312"/>
        <source>المتدخلون</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../forms/programme_section.ui" line="324"/>
        <source>المستفيدون (توزيع الجوائز)</source>
        <translation>Bénéficiaires (remise des prix)</translation>
    </message>
</context>
<context>
    <name>RecommendationStatus</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="77"/>
        <source>مقترحة</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="78"/>
        <source>معتمدة</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="79"/>
        <source>قيد التنفيذ</source>
        <translation>En cours de réalisation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="80"/>
        <source>منجزة</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="81"/>
        <source>متخلى عنها</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="49"/>
        <source>مسودة</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="50"/>
        <source>نهائي</source>
        <translation>Définitif</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../openreport/ui/models.py" line="274"/>
        <source>العنوان</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="275"/>
        <source>الفعالية</source>
        <translation>Manifestation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="276"/>
        <source>المدينة</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="277"/>
        <source>التواريخ</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="278"/>
        <source>الحالة</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/models.py" line="279"/>
        <source>آخر تعديل</source>
        <translation>Dernière modification</translation>
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
        <location filename="../../forms/review_section.ui" line="45"/>
        <source>تصدير PDF للأرشيف…</source>
        <translation>Exporter en PDF d&apos;archivage…</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="52"/>
        <source>معاينة في نافذة…</source>
        <translation>Aperçu dans une fenêtre…</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="59"/>
        <source>طباعة…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="66"/>
        <source>اعتماد التقرير نهائيا</source>
        <translation>Valider définitivement le rapport</translation>
    </message>
    <message>
        <location filename="../../forms/review_section.ui" line="73"/>
        <source>إعادة فتحه كمسودة…</source>
        <translation>Rouvrir comme brouillon…</translation>
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
        <location filename="../../openreport/ui/editor/closing.py" line="24"/>
        <source>الاختتام والتوقيع</source>
        <translation>Clôture et signature</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/delegation.py" line="18"/>
        <source>الوفد</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/event.py" line="22"/>
        <source>الفعالية</source>
        <translation>Manifestation</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/programme.py" line="34"/>
        <source>البرنامج اليومي</source>
        <translation>Programme journalier</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/review.py" line="25"/>
        <source>المراجعة</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="110"/>
        <source>الورشات والمداخلات</source>
        <translation>Ateliers et interventions</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/editor/workshops.py" line="304"/>
        <source>التوصيات</source>
        <translation>Recommandations</translation>
    </message>
</context>
<context>
    <name>SessionPeriod</name>
    <message>
        <location filename="../../openreport/ui/labels.py" line="94"/>
        <source>الفترة الصباحية</source>
        <translation>Séance du matin</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="95"/>
        <source>الفترة المسائية</source>
        <translation>Séance de l&apos;après-midi</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="96"/>
        <source>الأمسية</source>
        <translation>Soirée</translation>
    </message>
    <message>
        <location filename="../../openreport/ui/labels.py" line="97"/>
        <source>اليوم كاملا</source>
        <translation>Journée entière</translation>
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
