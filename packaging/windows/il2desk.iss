; Inno Setup script for il2desk on Windows — an OUTLINE, never compiled or run: the
; project is developed on Linux and PyInstaller cannot cross-build for Windows.
; See packaging/README.md ("Windows") for the steps this assumes.
;
; On a Windows machine with Python 3.11+ and Inno Setup 6:
;   py -3.11 -m venv packaging\.venv-build
;   packaging\.venv-build\Scripts\pip install "pyinstaller>=6.10,<7" pillow .
;   packaging\.venv-build\Scripts\pyinstaller --noconfirm --distpath dist ^
;       --workpath build\pyinstaller packaging\il2desk.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\il2desk.iss
; (pillow lets PyInstaller turn the PNG icon into il2desk.exe's .ico;
;  AppVersion must be pyproject.toml's version.)

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z il2desk.iss
#endif

[Setup]
; One id for the life of the program: upgrades replace, never duplicate.
AppId={{org.il2desk.Il2desk}
AppName=il2desk
AppVersion={#AppVersion}
AppPublisher=il2desk developers
DefaultDirName={autopf}\il2desk
DefaultGroupName=il2desk
; Per-user install by default: no administrator needed.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=il2desk-{#AppVersion}-setup
SetupIconFile=il2desk.ico
UninstallDisplayIcon={app}\il2desk.exe
LicenseFile=..\..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole PyInstaller one-folder bundle.
Source: "..\..\dist\il2desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\il2desk"; Filename: "{app}\il2desk.exe"; AppUserModelID: "org.il2desk.Il2desk"
Name: "{autodesktop}\il2desk"; Filename: "{app}\il2desk.exe"; Tasks: desktopicon; AppUserModelID: "org.il2desk.Il2desk"

[Run]
Filename: "{app}\il2desk.exe"; Description: "{cm:LaunchProgram,il2desk}"; Flags: nowait postinstall skipifsilent

; The record (%LOCALAPPDATA%\il2desk, from appdirs) is NOT listed under
; [UninstallDelete]: uninstalling must never delete a patient's health history.
