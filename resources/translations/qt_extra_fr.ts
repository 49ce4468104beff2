<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA" sourcelanguage="en">
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <source>Pages &amp;per sheet:</source>
      <translation>&amp;Pages par feuille :</translation>
    </message>
    <message>
      <source>Page &amp;order:</source>
      <translation>&amp;Ordre des pages :</translation>
    </message>
  </context>
  <context>
    <name>QCupsJobWidget</name>
    <message>
      <source>Job &amp;priority:</source>
      <translation>&amp;Priorité de la tâche :</translation>
    </message>
    <message>
      <source>Scheduled &amp;printing:</source>
      <translation>Impression &amp;planifiée :</translation>
    </message>
    <message>
      <source>&amp;Billing information:</source>
      <translation>Informations de &amp;facturation :</translation>
    </message>
    <message>
      <source>&amp;Start:</source>
      <comment>Banner page at start</comment>
      <translation>&amp;Début :</translation>
    </message>
    <message>
      <source>&amp;End:</source>
      <comment>Banner page at end</comment>
      <translation>&amp;Fin :</translation>
    </message>
    <message>
      <source>None</source>
      <comment>CUPS Banner page</comment>
      <translation>Aucune</translation>
    </message>
    <message>
      <source>Standard</source>
      <comment>CUPS Banner page</comment>
      <translation>Standard</translation>
    </message>
    <message>
      <source>Unclassified</source>
      <comment>CUPS Banner page</comment>
      <translation>Non classifié</translation>
    </message>
    <message>
      <source>Confidential</source>
      <comment>CUPS Banner page</comment>
      <translation>Confidentiel</translation>
    </message>
    <message>
      <source>Classified</source>
      <comment>CUPS Banner page</comment>
      <translation>Classifié</translation>
    </message>
    <message>
      <source>Secret</source>
      <comment>CUPS Banner page</comment>
      <translation>Secret</translation>
    </message>
    <message>
      <source>Top Secret</source>
      <comment>CUPS Banner page</comment>
      <translation>Très secret</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Lecteur</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Type</source>
      <comment>All other platforms</comment>
      <translation>Type</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Fichiers de &amp;type :</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <source>Page &amp;Set:</source>
      <translation>&amp;Ensemble de pages :</translation>
    </message>
    <message>
      <source>Double Sided Printing</source>
      <translation>Impression recto verso</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>Reliure bord long</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>Reliure bord court</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Désactivée</translation>
    </message>
    <message>
      <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
      <translation>Indiquez des pages ou des plages séparées par des virgules ; une plage s’écrit avec deux nombres séparés par un tiret. Par exemple : 3,5-7,9 imprime les pages 3, 5, 6, 7 et 9.</translation>
    </message>
  </context>
  <context>
    <name>QShortcut</name>
    <message>
      <source>Return</source>
      <translation>Entrée</translation>
    </message>
  </context>
</TS>
