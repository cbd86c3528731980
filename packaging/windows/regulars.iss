; Inno Setup 6 script: the Windows installer of Regulars.
;
; On Windows, with Python 3.11 and Inno Setup 6, from the root of the source:
;
;   py -3.11 -m venv .venv
;   .venv\Scripts\python -m pip install -e .[bundle]
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\regulars.spec
;   iscc packaging\windows\regulars.iss
;
; writes dist\regulars-VERSION-windows-x86_64-setup.exe. The version is read from the
; program's version resource, which the spec writes from pyproject.toml; /DAppVersion=X.Y.Z
; on the iscc command line overrides it.
;
; The installer needs no administrator: it installs for the current user, in
; %LOCALAPPDATA%\Programs\Regulars. Uninstalling removes the program, its shortcuts and the
; start-at-login entry, never the customers in %LOCALAPPDATA%\Regulars.

#define AppName "Regulars"
#define AppExe "regulars.exe"
#define AppPublisher "The Regulars team"
#define AppUrl "https://github.com/regulars/regulars"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\regulars"
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"

#if !FileExists(BundleDir + "\" + AppExe)
  #error The bundle is missing: build dist\regulars with PyInstaller first (see the top of this file)
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif
#define AppVersionNumbers GetVersionNumbersString(BundleDir + "\" + AppExe)

[Setup]
; The same AppId in every release, so that a new version replaces the old one. Never change it.
AppId={{E2034F26-74F2-4312-A9E0-4CCF20B66FEF}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppUrl}
AppSupportURL={#AppUrl}/issues
AppUpdatesURL={#AppUrl}/releases
AppCopyright=Copyright (C) {#AppPublisher}
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductVersion={#AppVersionNumbers}
VersionInfoProductTextVersion={#AppVersion}
; Per user: no administrator rights, and {autopf} is %LOCALAPPDATA%\Programs. The program must
; not go to %LOCALAPPDATA%\Regulars, where the customers are: see NextButtonClick below.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Qt 6 runs on 64-bit Windows 10 and later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=regulars-{#AppVersion}-windows-x86_64-setup
SetupIconFile=..\..\resources\icons\regulars.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Regulars may be open in the notification area: ask to close it rather than fail on busy files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
UninstalledAll=%1 was removed from your computer. Your customers are still in the Regulars folder in AppData\Local; delete that folder yourself if you want them gone.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "startatlogin"; Description: "Start Regulars in the notification area when I log in, so that reminders arrive"; GroupDescription: "Reminders:"; Flags: unchecked

[InstallDelete]
; Libraries of the version being replaced that this one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Remember your customers"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Remember your customers"; Tasks: desktopicon

[Registry]
; The same value that Settings > Start when I log in writes and removes (app/core/autostart.py),
; so that either place can turn it off.
Root: HKCU; Subkey: "{#RunKey}"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"" --tray"; Tasks: startatlogin; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir) and
     (CompareText(RemoveBackslashUnlessRoot(WizardDirValue),
                  ExpandConstant('{localappdata}\{#AppName}')) = 0) then
  begin
    MsgBox('That folder holds your customers. Please choose another folder for the program.',
           mbError, MB_OK);
    Result := False;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Command: String;
begin
  { Settings may have turned on the start at login after installation: remove it too, but only
    when it starts this copy of Regulars. }
  if (CurUninstallStep = usUninstall) and
     RegQueryStringValue(HKCU, '{#RunKey}', '{#AppName}', Command) and
     (Pos(Lowercase(ExpandConstant('{app}\{#AppExe}')), Lowercase(Command)) > 0) then
    RegDeleteValue(HKCU, '{#RunKey}', '{#AppName}');
end;
