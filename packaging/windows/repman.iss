; Inno Setup 6 script: the Windows installer for Repman, built on the Windows CI runner from
; the PyInstaller folder (dist\repman) by .github/workflows/package.yml:
;   iscc /DAppVersion=0.1.0 packaging\windows\repman.iss
; AppVersion comes from repman.__version__ (the one place it is set); the default below is
; only for a manual build. Output: dist\Repman-<version>-setup.exe
; Per-user install by default (no administrator needed); the user may choose all users.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Repman"
#define AppId "org.repman.Repman"
#define AppExe "repman.exe"

[Setup]
; The installer's identity in "Installed apps": never change it once released ({{ escapes {).
AppId={{8E3A5C2B-4D7F-4B8E-9C1A-2F6D0B7E5A93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Repman authors
AppPublisherURL=https://repman.org
AppSupportURL=https://repman.org
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
; Paths are relative to this script (packaging\windows).
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=Repman-{#AppVersion}-setup
SetupIconFile=packaging\icons\repman.ico
LicenseFile=packaging\licenses\GPL-3.0.txt
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running Repman holds its files open: offer to close it, and reopen after an update.
CloseApplications=yes
RestartApplications=no
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "greek"; MessagesFile: "compiler:Languages\Greek.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build. ignoreversion: always replace, our DLLs carry Qt's versions.
Source: "dist\repman\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update must not leave stale Qt plugins or Python modules from the previous build.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "gui"; WorkingDir: "{app}"; AppUserModelID: "{#AppId}"; Comment: "Answer every review of your business from one inbox"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "gui"; WorkingDir: "{app}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes what [Files] installed. The user's database, settings and logs
; (under %LOCALAPPDATA%\repman) and the credentials in Windows Credential Manager are kept:
; removing the program must never delete someone's inbox.
