; Inno Setup 6 script: the Windows installer for Repman, built on the Windows CI runner from
; the PyInstaller folder (dist\repman) by .github/workflows/package.yml:
;   iscc /DAppVersion=0.1.0 packaging\windows\repman.iss
; AppVersion comes from repman.__version__ (the one place it is set); the default below is
; only for a manual build. Output: dist\Repman-<version>-setup.exe
; Per-user install by default (no administrator needed); the user may choose all users.
; The folder holds two programs built from one PyInstaller COLLECT: repman.exe (windowed, the
; shortcuts) and repman-cli.exe (console: scripts, Task Scheduler, `--self-check`).
; Signed builds: iscc /DSign "/Srepmansign=<signtool command with $f>" (packaging/README.md).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Repman"
#define AppId "org.repman.Repman"
#define AppExe "repman.exe"
#define CliExe "repman-cli.exe"

[Setup]
; The one reverse-DNS id (DESIGN.md §7). Inno keeps it in the uninstall log and names the
; Uninstall registry key after it (org.repman.Repman_is1), so updates find the installed copy:
; never change it once released.
AppId={#AppId}
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
; {autopf} is %LOCALAPPDATA%\Programs in the per-user mode, Program Files for all users.
DefaultDirName={autopf}\{#AppName}
; The shortcut goes straight into the Start menu's Programs ({autoprograms}), no folder to pick.
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
; A running Repman holds its files open: offer to close it first. Not restarted afterwards
; (it may have been the console program in a scheduled task); [Run] offers to start the app.
CloseApplications=yes
RestartApplications=no
; Qt 6 supports Windows 10 1809 (build 17763) and later (doc.qt.io, "Qt for Windows").
MinVersion=10.0.17763
#ifdef Sign
; The setup and its uninstaller (SignedUninstaller defaults to yes with a SignTool); the two
; .exe files are signed before this runs, so the self-check tests the signed programs.
SignTool=repmansign
#endif

[Languages]
; Only translations that ship with Inno Setup: its Greek and Urdu files are "unofficial"
; (issrc Files/Languages/Unofficial) and not installed with it, so iscc would stop there.
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build. ignoreversion: always replace, our DLLs carry Qt's versions.
; The console program is named on its own line so that iscc stops if a build lacks it.
Source: "dist\repman\*"; Excludes: "\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "dist\repman\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion

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
; Command line: "%LOCALAPPDATA%\Programs\Repman\repman-cli.exe" export ... (per-user install;
; "C:\Program Files\Repman\repman-cli.exe" for all users). Not added to PATH: Inno cannot
; take one entry back out of PATH on uninstall without custom code.
