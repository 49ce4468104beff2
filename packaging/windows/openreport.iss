; Inno Setup 6 recipe of OpenReport's per-user setup program. tools/build_bundle.py --installer
; (tools\build-bundle.ps1) compiles it after the bundle:
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=dist\openreport /DRootDir=. /Odist openreport.iss
; Installed for the current user only, no administrator rights: the program in
; %LOCALAPPDATA%\Programs\OpenReport, a Start-menu entry, .openreport files opened by
; OpenReport (it imports the file named on its command line). The reports stay where the
; application keeps them, the user's application data (%LOCALAPPDATA%\OpenReport\library.sqlite,
; openreport/paths.py); uninstalling leaves them there.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef RootDir
  #define RootDir "..\.."
#endif
#ifndef BundleDir
  #define BundleDir RootDir + "\dist\openreport"
#endif
#define AppExe "openreport.exe"
#define ProgId "OpenReport.Exchange"

[Setup]
AppId={{5C0E7B52-3F7A-4A8E-9B1D-0E6C2F4A9D31}
AppName=OpenReport
AppVersion={#AppVersion}
AppPublisher=OpenReport
AppComments=Arabic reports of a commune's participation in forums, meetings, trainings and missions
PrivilegesRequired=lowest
DefaultDirName={autopf}\OpenReport
DefaultGroupName=OpenReport
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile={#RootDir}\resources\icons\openreport.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=OpenReport
OutputBaseFilename=OpenReport-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; Arabic is not among the languages Inno Setup ships in every version: taken when present.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Arabic.isl")
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
#endif
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; a new version's bundle replaces the old one whole (no stale module left beside it)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\OpenReport"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; IconFilename: "{app}\{#AppExe}"
Name: "{autodesktop}\OpenReport"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; .openreport (a report exchange file): OpenReport opens it, and imports it into the library.
; HKA is HKEY_CURRENT_USER for a per-user install.
Root: HKA; Subkey: "Software\Classes\.openreport"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.openreport"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-openreport"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.openreport\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "OpenReport"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".openreport"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,OpenReport}"; Flags: nowait postinstall skipifsilent
